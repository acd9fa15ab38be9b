package se.kontaktman.events.reminder;

/** The seeds' rules with a deadline. */
public enum DeadlineRule {
    /** Both contact persons assigned, within a week of the case's opening or of losing one. */
    H1,
    /** A contact person presents themself in the client's home within a week of being assigned. */
    H2,
    /** The genomförandeplan within three weeks of the introduction visit. */
    H3,
    /** A follow-up within six months of the plan's current version or its last follow-up. */
    H4,
    /** The plan checked, or followed up, in every April/May and October/November window. */
    H5,
    /** The arrival conversation at the start of an LSS case. */
    L1,
    /** A plan meeting at least once a year. */
    L3
}
