package se.kontaktman.events;

/** What a staff member may do in the suite. */
public enum StaffRole {
    /** Planerare: schedules visits and appoints contact persons. */
    PLANNER,
    /** Omsorgspersonal: may be appointed contact person. */
    CARE_STAFF,
    /** Områdeschef / enhetschef: answers for contact persons being appointed. */
    AREA_MANAGER
}
