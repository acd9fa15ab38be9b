package se.kontaktman.events.plan;

/** Why a follow-up was made. */
public enum FollowUpKind {
    /** The regular one: within six months, and the April/May and October/November checks (H4, H5). */
    SCHEDULED,
    /** "På grund av omfattande förändring": needs changed, in any month (H4). */
    EXTENSIVE_CHANGE
}
