package se.kontaktman.events.plan;

/** Why a follow-up was made. */
public enum FollowUpKind {
    /**
     * The regular one, within the profile's follow-up limit (H4); the April/May and October/November
     * check (H5) books one.
     */
    SCHEDULED,
    /** "På grund av omfattande förändring": needs changed, in any month (H4). */
    EXTENSIVE_CHANGE
}
