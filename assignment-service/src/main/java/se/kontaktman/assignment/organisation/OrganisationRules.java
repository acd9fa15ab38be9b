package se.kontaktman.assignment.organisation;

import java.util.Set;

import se.kontaktman.assignment.AssignmentRule;
import se.kontaktman.events.StaffRole;
import se.kontaktman.platform.rules.Refusal;

/**
 * What holds the organisation together: an area's manager has the area-manager role, a staff
 * group belongs to an existing area, and care staff and planners work in an existing staff group
 * (seed 000: the planner assigns, the area manager answers for it being done).
 */
final class OrganisationRules {

    private OrganisationRules() {
    }

    static void areaManager(OrganisationDirectory directory, String staffId) {
        if (staffId == null) {
            return;
        }
        var manager = directory.staffMember(staffId)
                .orElseThrow(() -> new Refusal(AssignmentRule.MUST_EXIST, "areaManagerStaffId", "no such staff member"));
        if (!manager.roles().contains(StaffRole.AREA_MANAGER)) {
            throw new Refusal(AssignmentRule.HAS_ROLE, "areaManagerStaffId", "must have the AREA_MANAGER role");
        }
    }

    static void areaExists(OrganisationDirectory directory, String areaId) {
        if (directory.area(areaId).isEmpty()) {
            throw new Refusal(AssignmentRule.MUST_EXIST, "areaId", "no such area");
        }
    }

    static void staffGroupFor(OrganisationDirectory directory, Set<StaffRole> roles, String staffGroupId) {
        if (staffGroupId == null) {
            if (roles.contains(StaffRole.CARE_STAFF) || roles.contains(StaffRole.PLANNER)) {
                throw new Refusal(AssignmentRule.STAFF_GROUP_REQUIRED, "staffGroupId",
                        "care staff and planners belong to a staff group");
            }
            return;
        }
        if (directory.staffGroup(staffGroupId).isEmpty()) {
            throw new Refusal(AssignmentRule.MUST_EXIST, "staffGroupId", "no such staff group");
        }
    }
}
