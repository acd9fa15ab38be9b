package se.kontaktman.reporting.projection;

/** What a {@link Fact} records; the event it comes from is named in {@link Facts}. */
public enum FactKind {
    CASE_OPENED,
    CASE_CLOSED,
    CONTACT_PERSON_ASSIGNED,
    INTRODUCTION_VISIT_BOOKED,
    INTRODUCTION_VISIT_HELD,
    ARRIVAL_CONVERSATION_HELD,
    PLAN_ESTABLISHED,
    PLAN_REVIEWED_BY_TEAM,
    FOLLOW_UP_RECORDED,
    PLAN_CHECKED,
    PLAN_MEETING_HELD,
    PLAN_CLOSED,
    DEADLINE_STAGE_REACHED
}
