package se.kontaktman.assignment.organisation;

import java.util.Set;

import se.kontaktman.platform.UnprocessableException;
import se.kontaktman.events.StaffRole;

/**
 * What holds the organisation together: an area's manager has the area-manager role, a staff
 * group belongs to an existing area, and care staff and planners work in an existing staff group
 * (seed 000: the planner appoints, the area manager answers for it being done).
 */
final class OrganisationRules {

    static final String EXISTS = "must-exist";
    static final String HAS_ROLE = "has-role";
    static final String GROUP_REQUIRED = "staff-group-required";

    private OrganisationRules() {
    }

    static void areaManager(OrganisationDirectory directory, String staffId) {
        if (staffId == null) {
            return;
        }
        var manager = directory.staffMember(staffId)
                .orElseThrow(() -> new UnprocessableException("areaManagerStaffId", EXISTS, "no such staff member"));
        if (!manager.roles().contains(StaffRole.AREA_MANAGER)) {
            throw new UnprocessableException("areaManagerStaffId", HAS_ROLE, "must have the AREA_MANAGER role");
        }
    }

    static void areaExists(OrganisationDirectory directory, String areaId) {
        if (directory.area(areaId).isEmpty()) {
            throw new UnprocessableException("areaId", EXISTS, "no such area");
        }
    }

    static void staffGroupFor(OrganisationDirectory directory, Set<StaffRole> roles, String staffGroupId) {
        if (staffGroupId == null) {
            if (roles.contains(StaffRole.CARE_STAFF) || roles.contains(StaffRole.PLANNER)) {
                throw new UnprocessableException("staffGroupId", GROUP_REQUIRED,
                        "care staff and planners belong to a staff group");
            }
            return;
        }
        if (directory.staffGroup(staffGroupId).isEmpty()) {
            throw new UnprocessableException("staffGroupId", EXISTS, "no such staff group");
        }
    }
}
