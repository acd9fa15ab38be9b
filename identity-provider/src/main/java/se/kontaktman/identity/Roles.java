package se.kontaktman.identity;

/** Roles the provider grants beyond the organisation's own (PLANNER, CARE_STAFF, AREA_MANAGER). */
final class Roles {

    /** Changes the organisation: areas, staff groups, staff. */
    static final String ADMINISTRATOR = "ADMINISTRATOR";
    /** A monitoring system reading the services' metrics. */
    static final String OPERATIONS = "OPERATIONS";

    private Roles() {
    }
}
