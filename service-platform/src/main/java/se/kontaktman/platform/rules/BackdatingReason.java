package se.kontaktman.platform.rules;

/**
 * Why a date lies further back than the rule profile's backdating limit. Without one, such a
 * date is refused: a deadline counted from it would be overdue the moment it arrived.
 */
public enum BackdatingReason {
    /** Efterregistrering: it happened then and is recorded now. */
    LATE_REGISTRATION,
    /** An earlier record was wrong and is corrected. */
    CORRECTION,
    /** Taken over from the system used before this one. */
    MIGRATION
}
