package se.kontaktman.platform;

/**
 * A command that the current state forbids (appointing on a closed case, the same person as both
 * contact persons): 409, naming the rule (e.g. {@code H1}) and the field.
 */
public class RuleViolationException extends RefusedException {

    public RuleViolationException(String rule, String field, String message) {
        super(field, rule, message);
    }

    @Override
    public String getMessage() {
        return error().rule() + ": " + error().message();
    }
}
