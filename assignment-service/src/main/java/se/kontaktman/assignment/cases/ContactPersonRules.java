package se.kontaktman.assignment.cases;

import java.util.Map;

import se.kontaktman.assignment.AssignmentRule;
import se.kontaktman.assignment.organisation.StaffDirectory;
import se.kontaktman.platform.rules.Refusal;

/**
 * Rule H1 (seed 000, "Riktlinje för Kontaktmannaskap"): two persons are assigned contact
 * person for every client, an ordinarie and an ersättare; "kontaktman utses av planeraren". They
 * are two different people, both active care staff of the client's staff group, and the planner
 * of that group assigns them. (That every open case has both, still active, is what the
 * {@code staffing=incomplete} query and the reminders watch.)
 */
final class ContactPersonRules {

    private ContactPersonRules() {
    }

    static void requireAssignedByPlanner(StaffDirectory staff, String assignedBy, String staffGroupId) {
        if (!staff.isActivePlannerOf(assignedBy, staffGroupId)) {
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

    /** Checked in the map's order (field to staff id), in one read of the directory. */
    static void requireCareStaffOfGroup(StaffDirectory staff, Map<String, String> staffIdByField,
                                        String staffGroupId) {
        staff.requireActiveCareStaffOf(staffIdByField, staffGroupId);
    }
}
