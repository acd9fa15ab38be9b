package se.kontaktman.gateway.pages;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The summary at the top of a refused form: one line per error, "label: what is wrong", linked to
 * its field (the field's id on the page), and a rule of the whole request without a link.
 */
final class ErrorSummary {

    /** {@code fieldId} empty: the request as a whole. */
    record Line(String fieldId, String text) {
    }

    private ErrorSummary() {
    }

    static List<Line> of(Map<String, String> errors, Function<String, String> label) {
        List<Line> lines = new ArrayList<>();
        errors.forEach((field, text) -> lines.add(field.isEmpty() ? new Line("", text)
                : new Line(fieldId(field), label.apply(field) + ": " + text)));
        return lines;
    }

    /** {@code interventions[0].how} is {@code interventions0-how} on the page. */
    static String fieldId(String field) {
        return field.replace("[", "").replace("].", "-");
    }
}
