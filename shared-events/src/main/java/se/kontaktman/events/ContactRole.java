package se.kontaktman.events;

/** The two contact persons every open case has (rule H1). */
public enum ContactRole {
    /** Ordinarie kontaktman. */
    PRIMARY,
    /** Ersättare. */
    SUBSTITUTE
}
