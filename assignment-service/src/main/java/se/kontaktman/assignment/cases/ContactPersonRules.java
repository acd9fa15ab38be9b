package se.kontaktman.assignment.cases;

import java.util.Map;

import se.kontaktman.assignment.AssignmentRule;
import se.kontaktman.assignment.organisation.OrganisationViews.StaffMemberView;
import se.kontaktman.platform.rules.Refusal;

/**
 * Rule H1 (seed 000, "Riktlinje för Kontaktmannaskap"): two persons are assigned contact
 * person for every client, an ordinarie and an ersättare; "kontaktman utses av planeraren". They
 * are two different people, both active care staff of the client's staff group, and a planner of
 * that group assigns them. (That every open case has both, still active, is what the
 * {@code staffing=incomplete} query and the reminders watch.) The checks take the staff members
 * concerned as read together, in one round trip.
 */
final class ContactPersonRules {

    private ContactPersonRules() {
    }

    static void requireAssignedByPlanner(Map<String, StaffMemberView> staff, String assignedBy, String staffGroupId) {
        StaffMemberView planner = staff.get(assignedBy);
        if (planner == null || !planner.isActivePlannerOf(staffGroupId)) {
            throw new Refusal(AssignmentRule.H1_PLANNER_ASSIGNS, "actor",
                    "only an active planner of the case's staff group assigns its contact persons");
        }
    }

    static void requireTwoDifferentPeople(String primaryStaffId, String substituteStaffId, String field) {
        if (primaryStaffId.equals(substituteStaffId)) {
            throw new Refusal(AssignmentRule.H1_TWO_DIFFERENT_PEOPLE, field,
                    "the ordinarie and the ersättare contact person must be two different people");
        }
    }

    /** Checked in the map's order (request field to staff id). */
    static void requireActiveCareStaffOfGroup(Map<String, StaffMemberView> staff, Map<String, String> staffIdByField,
                                              String staffGroupId) {
        staffIdByField.forEach((field, staffId) -> {
            StaffMemberView member = staff.get(staffId);
            if (member == null) {
                throw new Refusal(AssignmentRule.H1_ACTIVE_CARE_STAFF_OF_GROUP, field, "no such staff member");
            }
            if (!member.isActiveCareStaffOf(staffGroupId)) {
                throw new Refusal(AssignmentRule.H1_ACTIVE_CARE_STAFF_OF_GROUP, field,
                        "must be an active care-staff member of the case's staff group");
            }
        });
    }
}
