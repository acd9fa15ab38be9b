package se.kontaktman.platform;

/** A command refused for one field and one named rule; the subclass says which kind of refusal. */
public abstract class RefusedException extends RuntimeException {

    private final FieldError error;

    protected RefusedException(String field, String rule, String message) {
        super(field + ": " + message);
        this.error = new FieldError(field, rule, message);
    }

    public FieldError error() {
        return error;
    }
}
