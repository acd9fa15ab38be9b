package se.kontaktman.gateway.pages;

import java.util.ArrayList;
import java.util.LinkedHashMap;
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

    /**
     * The label of a field of a form's list: {@code interventions[1].how} as "Insats 2, hur" for
     * {@code rowLabel} "Insats" and {@code parts} naming "how"; any other field by {@code labels}.
     */
    static String label(String field, String list, String rowLabel, Map<String, String> parts,
                        Map<String, String> labels) {
        if (field.startsWith(list + "[") && field.contains("].")) {
            int index = Integer.parseInt(field.substring(list.length() + 1, field.indexOf(']')));
            String part = field.substring(field.indexOf("].") + 2);
            return rowLabel + " " + (index + 1) + ", " + parts.getOrDefault(part, part);
        }
        return labels.getOrDefault(field, field);
    }

    /** {@code interventions[0].how} is {@code interventions0-how} on the page, {@code revision.wishes} {@code revision-wishes}. */
    static String fieldId(String field) {
        return field.replace("[", "").replace("].", "-").replace(".", "-");
    }

    /**
     * A refusal's errors in the order of the page's fields ({@code order}), so that the summary reads
     * as the form does: a participant's error is its list's, the interventions' as a whole stands at
     * the first one, and what the page has no field for stands first, for the whole request.
     */
    static Map<String, String> inOrder(Map<String, String> errors, List<String> order) {
        Map<String, String> byField = new LinkedHashMap<>();
        errors.forEach((field, text) -> byField.merge(onPage(field, order), text,
                (first, next) -> first.equals(next) ? first : first + " " + next));
        Map<String, String> ordered = new LinkedHashMap<>();
        if (byField.containsKey("")) {
            ordered.put("", byField.get(""));
        }
        order.stream().filter(byField::containsKey).forEach(field -> ordered.put(field, byField.get(field)));
        return ordered;
    }

    private static String onPage(String field, List<String> order) {
        String onPage = field.replaceFirst("participants\\[\\d+].*$", "participants");
        if (onPage.endsWith("interventions")) {
            onPage = onPage + "[0].what";
        }
        return order.contains(onPage) ? onPage : "";
    }
}
