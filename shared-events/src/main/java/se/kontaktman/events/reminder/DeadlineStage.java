package se.kontaktman.events.reminder;

/** Where a deadline stands. Each stage is reached once per deadline; the last one is met or cancelled. */
public enum DeadlineStage {
    /** The rule profile's notice before the due date: the responsible person is reminded. */
    UPCOMING,
    /** The due date. */
    DUE,
    /** The day after the due date, not met: the staff group's planner is told. */
    OVERDUE,
    /** Still not met after the rule profile's further time: the area manager is told. */
    ESCALATED,
    /** Fulfilled, on time or late ({@code daysOverdue}). */
    MET,
    /** No longer to be met (the case closed; the deadline moved to another contact person). */
    CANCELLED
}
