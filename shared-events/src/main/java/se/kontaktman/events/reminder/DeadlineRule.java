package se.kontaktman.events.reminder;

/** The seeds' rules with a deadline. New rules go at the end: a projection may store a rule by its position. */
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
    L3,
    // Added later: after L3, as stored projections keep a rule by its position.
    /** A risk assessment with the plan's first version and after every follow-up of the plan. */
    H7,
    /** Every assistive device not returned when the case closed is returned by relatives. */
    H8
}
