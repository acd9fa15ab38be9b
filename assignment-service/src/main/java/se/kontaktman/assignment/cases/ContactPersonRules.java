package se.kontaktman.assignment.cases;

import java.util.Map;

import se.kontaktman.assignment.organisation.StaffDirectory;
import se.kontaktman.platform.RuleViolationException;

/**
 * Rule H1 (seed 000, "Riktlinje för Kontaktmannaskap"): two persons are appointed contact
 * person for every client, an ordinarie and an ersättare. They are two different people, and
 * both work as care staff in the client's staff group. (That every open case has both is what
 * the "incomplete" staffing query and, later, the reminders watch.)
 */
final class ContactPersonRules {

    static final String H1 = "H1";

    private ContactPersonRules() {
    }

    static void requireTwoDifferentPeople(String primaryStaffId, String substituteStaffId, String field) {
        if (primaryStaffId.equals(substituteStaffId)) {
            throw new RuleViolationException(H1, field,
                    "the ordinarie and the ersättare contact person must be two different people");
        }
    }

    static void requireCareStaffOfGroup(StaffDirectory staff, String field, String staffId, String staffGroupId) {
        staff.requireActiveCareStaffOf(field, staffId, staffGroupId);
    }

    /** Several at once, in the map's order (one read of the directory). */
    static void requireCareStaffOfGroup(StaffDirectory staff, Map<String, String> staffIdByField,
                                        String staffGroupId) {
        staff.requireActiveCareStaffOf(staffIdByField, staffGroupId);
    }
}
