package se.kontaktman.events;

/** Which rule profile a case follows. */
public enum CareProfile {
    /** Hemtjänst, the home-care guideline (rules H1-H9). */
    HOME_CARE,
    /** Funktionsstöd under LSS (rules L1-L9). */
    LSS
}
