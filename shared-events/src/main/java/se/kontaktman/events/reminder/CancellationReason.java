package se.kontaktman.events.reminder;

/** Why a deadline was cancelled. */
public enum CancellationReason {
    /** The case closed. */
    CASE_CLOSED,
    /** The deadline moved to another contact person, who has a deadline of their own with the same due date. */
    REASSIGNED,
    /** What it was counted from no longer holds: the contact person left the case's staff group. */
    NO_LONGER_APPLIES
}
