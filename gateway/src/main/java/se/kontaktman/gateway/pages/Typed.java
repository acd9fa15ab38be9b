package se.kontaktman.gateway.pages;

import tools.jackson.databind.JsonNode;

/** What a form's field sent, as the services take it, and a service's text as a field shows it. */
final class Typed {

    private Typed() {
    }

    /** An empty or blank field is a value not given (the service then names the rule it needs). */
    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** A service's text, or null where it gave none (missing or JSON null). */
    static String text(JsonNode node) {
        return node == null || node.isMissingNode() || node.isNull() ? null : node.asString();
    }

    /** A service's text or date as a page shows it: empty where it gave none. */
    static String orEmpty(JsonNode node) {
        String text = text(node);
        return text == null ? "" : text;
    }
}
