package se.kontaktman.platform.security;

import se.kontaktman.events.StaffRole;

/**
 * Who may do something, by their role and their relation to what the request names: a case
 * ({caseId}), a staff group ({staffGroupId}), an area ({areaId}) or a staff member ({staffId}),
 * from the path or the query. The roles in the token are an upper bound: a planner of the group by
 * the organisation's record whose token lacks PLANNER is not one here.
 */
public enum Who {
    /** Anyone with a staff member's valid token, known to the organisation or not: for what holds no data. */
    SIGNED_IN("anyone signed in", null),
    /** Every signed-in staff member the organisation knows as active. */
    STAFF("any active staff member", null),
    /** A planner, of whichever group: what they name in the body is checked by the controller. */
    PLANNER("a planner", StaffRole.PLANNER),
    /** An area manager, of whichever area. */
    AREA_MANAGER("an area manager", StaffRole.AREA_MANAGER),
    /** A planner of one of the area's staff groups. */
    PLANNER_IN_AREA("a planner of one of the area's staff groups", StaffRole.PLANNER),
    /** Changes the organisation (areas, groups, staff): the provider's role, not the organisation's. */
    ADMINISTRATOR("an administrator", null),
    /** A planner of the staff group named. */
    PLANNER_OF_GROUP("a planner of the staff group", StaffRole.PLANNER),
    /** A planner of the case's staff group. */
    PLANNER_OF_CASE("a planner of the case's staff group", StaffRole.PLANNER),
    /** The case's current ordinarie or ersättare. */
    CONTACT_PERSON_OF_CASE("the case's current ordinarie or ersättare", StaffRole.CARE_STAFF),
    /** The area manager of the staff group's area. */
    MANAGER_OF_GROUP("the area manager of the staff group's area", StaffRole.AREA_MANAGER),
    /** The area manager of the case's staff group's area. */
    MANAGER_OF_CASE("the area manager of the case's area", StaffRole.AREA_MANAGER),
    /** The manager of the area named. */
    MANAGER_OF_AREA("the area's manager", StaffRole.AREA_MANAGER),
    /** The staff member named, about themself. */
    SELF("the staff member themself", null),
    /** A planner of the named staff member's group. */
    PLANNER_OF_STAFF("a planner of the staff member's group", StaffRole.PLANNER),
    /** The area manager of the named staff member's area. */
    MANAGER_OF_STAFF("the area manager of the staff member's area", StaffRole.AREA_MANAGER);

    private final String description;
    private final StaffRole role;

    Who(String description, StaffRole role) {
        this.description = description;
        this.role = role;
    }

    public String description() {
        return description;
    }

    /** The role the token and the organisation must both give, if any. */
    StaffRole role() {
        return role;
    }
}
