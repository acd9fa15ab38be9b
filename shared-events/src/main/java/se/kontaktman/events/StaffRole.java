package se.kontaktman.events;

/** What a staff member may do in the suite. */
public enum StaffRole {
    /** Planerare: schedules visits and assigns contact persons. */
    PLANNER,
    /** Omsorgspersonal: may be assigned contact person. */
    CARE_STAFF,
    /** Områdeschef / enhetschef: answers for contact persons being assigned. */
    AREA_MANAGER
}
