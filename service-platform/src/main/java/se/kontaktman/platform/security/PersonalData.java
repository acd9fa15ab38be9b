package se.kontaktman.platform.security;

/** What of a client's personal data an answer holds: what an audit record says was read (never the data itself). */
public enum PersonalData {
    PERSONNUMMER,
    NAME,
    /** The genomförandeplan's text. */
    PLAN_TEXT,
    /** Free text about the client: planning notes, follow-ups, the arrival conversation. */
    NOTES
}
