package se.kontaktman.platform;

/**
 * The staff member may not do this (not one of the case's contact persons, say): 403, naming
 * the rule.
 */
public class ForbiddenException extends RefusedException {

    public ForbiddenException(String field, String rule, String message) {
        super(field, rule, message);
    }
}
