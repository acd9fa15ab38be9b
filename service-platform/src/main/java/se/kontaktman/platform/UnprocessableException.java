package se.kontaktman.platform;

/**
 * A well-formed request that breaks a rule not about the case's state: a date after today or
 * out of order, an unknown staff group, a staff member outside the case's group or without the
 * care-staff role. Answered with 422, naming the field and the rule.
 */
public class UnprocessableException extends RefusedException {

    public UnprocessableException(String field, String rule, String message) {
        super(field, rule, message);
    }
}
