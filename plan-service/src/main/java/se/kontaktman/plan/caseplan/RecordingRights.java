package se.kontaktman.plan.caseplan;

import se.kontaktman.platform.ForbiddenException;
import se.kontaktman.plan.organisation.StaffDirectory;

/**
 * Who may record for a case: its current contact persons (ordinarie and ersättare) and the
 * planners of its staff group (a planner without a group plans for every group).
 */
final class RecordingRights {

    static final String CONTACT_PERSON_OR_PLANNER = "contact-person-or-planner";
    static final String PLANNER_ACKNOWLEDGES = "H6-planner-acknowledges";

    private RecordingRights() {
    }

    static void requireContactPersonOrPlanner(String actor, boolean isContactPerson, String staffGroupId,
                                              StaffDirectory staff) {
        if (isContactPerson || isPlanner(actor, staffGroupId, staff)) {
            return;
        }
        throw new ForbiddenException("actor", CONTACT_PERSON_OR_PLANNER,
                "only the case's current contact persons and its staff group's planners may record for it");
    }

    /** H6: the "Viktigt att tänka på vid planering" note is handed to the planner, who answers it. */
    static void requirePlanner(String actor, String staffGroupId, StaffDirectory staff) {
        if (!isPlanner(actor, staffGroupId, staff)) {
            throw new ForbiddenException("actor", PLANNER_ACKNOWLEDGES,
                    "only a planner of the case's staff group acknowledges a planning note");
        }
    }

    private static boolean isPlanner(String actor, String staffGroupId, StaffDirectory staff) {
        return staff.staffMember(actor).map(member -> member.isPlannerFor(staffGroupId)).orElse(false);
    }
}
