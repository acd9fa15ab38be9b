package se.kontaktman.events;

/**
 * Why a date (an assignment's {@code effectiveFrom}) lies further back than the rule profile's
 * backdating limit allows without a reason.
 */
public enum BackdatingReason {
    /** Efterregistrering: it happened then and is recorded now. */
    LATE_REGISTRATION,
    /** An earlier record was wrong and is corrected. */
    CORRECTION,
    /** Taken over from the system used before this one. */
    MIGRATION
}
