package se.kontaktman.events;

import java.util.List;

/** The Kafka topics of the suite. Records are keyed by case id (or organisation unit id). */
public final class Topics {

    /** Cases opened and closed, contact persons assigned: published by assignment-service. */
    public static final String CASES = "kontaktman.assignment.cases";

    /** Areas, staff groups and staff members: published by assignment-service. */
    public static final String ORGANISATION = "kontaktman.assignment.organisation";

    /**
     * Introduction visits, plans, follow-ups and planning notes: published by plan-service.
     * Never the plan's text.
     */
    public static final String PLANS = "kontaktman.plan.cases";

    /** Deadlines reaching a stage (upcoming, due, overdue, escalated, met, cancelled): published by reminder-service. */
    public static final String DEADLINES = "kontaktman.reminder.deadlines";

    /** Every topic of the suite. */
    public static final List<String> ALL = List.of(CASES, ORGANISATION, PLANS, DEADLINES);

    /** Suffix of the dead-letter topic a consumer writes unreadable records to. */
    public static final String DEAD_LETTER_SUFFIX = ".dlt";

    private Topics() {
    }

    /** The service that publishes a topic, as in the CloudEvents {@code source} {@code /kontaktman/<service>}. */
    public static String publisherOf(String topic) {
        return switch (topic) {
            case CASES, ORGANISATION -> "assignment-service";
            case PLANS -> "plan-service";
            case DEADLINES -> "reminder-service";
            default -> throw new IllegalArgumentException("not a topic of the suite: " + topic);
        };
    }

    public static String deadLetterTopicOf(String topic) {
        return topic + DEAD_LETTER_SUFFIX;
    }
}
