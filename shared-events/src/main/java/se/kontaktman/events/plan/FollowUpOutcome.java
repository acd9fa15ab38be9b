package se.kontaktman.events.plan;

/** What a follow-up or plan meeting found. */
public enum FollowUpOutcome {
    /** The plan is still current. */
    STILL_CURRENT,
    /** The plan was revised: a new version was established the same day. */
    REVISED
}
