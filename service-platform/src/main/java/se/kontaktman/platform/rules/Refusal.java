package se.kontaktman.platform.rules;

/**
 * The one way a service refuses a request: by a named {@link Rule}, for one field, with a
 * sentence for people. The message never repeats the refused value, which may be a personnummer
 * or a name.
 */
public class Refusal extends RuntimeException {

    private final Rule rule;
    private final FieldError error;

    public Refusal(Rule rule, String field, String message) {
        super(rule.id() + " (" + field + "): " + message);
        this.rule = rule;
        this.error = new FieldError(field, rule.id(), message);
    }

    public Rule rule() {
        return rule;
    }

    public FieldError error() {
        return error;
    }
}
