package se.kontaktman.platform.rules;

/** One reason a request was refused: which field, which rule, and a sentence for people. */
public record FieldError(String field, String rule, String message) {
}
