package se.kontaktman.gateway.pages;

/** What a form's field sent, as the services take it. */
final class Typed {

    private Typed() {
    }

    /** An empty or blank field is a value not given (the service then names the rule it needs). */
    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
