package se.kontaktman.plan.caseplan;

import java.util.Optional;

import se.kontaktman.plan.PlanRule;
import se.kontaktman.plan.organisation.KnownStaffMember;
import se.kontaktman.plan.organisation.StaffDirectory;
import se.kontaktman.platform.rules.Refusal;

/**
 * Who may record for a case and read it: its current contact persons (ordinarie and ersättare)
 * while they are active care staff of its group, and the planners of its group (a planner
 * without a group plans for every group). A contact person made inactive, or moved to another
 * group, no longer counts (H1), even before a new one is assigned.
 */
final class RecordingRights {

    private RecordingRights() {
    }

    static void requireContactPersonOrPlanner(String actor, boolean assigned, String staffGroupId,
                                              StaffDirectory staff) {
        if (assigned && stillCareStaff(actor, staffGroupId, staff) || isPlanner(actor, staffGroupId, staff)) {
            return;
        }
        throw new Refusal(PlanRule.CONTACT_PERSON_OR_PLANNER, "actor",
                "only the case's current contact persons and its staff group's planners may record for it");
    }

    /** H6: the "Viktigt att tänka på vid planering" note is handed to the planner, who answers it. */
    static void requirePlanner(String actor, String staffGroupId, StaffDirectory staff) {
        if (!isPlanner(actor, staffGroupId, staff)) {
            throw new Refusal(PlanRule.H6_PLANNER_ACKNOWLEDGES, "actor",
                    "only a planner of the case's staff group acknowledges a planning note");
        }
    }

    /**
     * Whether an assigned contact person still counts: unless the organisation's events have said
     * that they left, were made inactive or moved (an assignment may be heard before its staff
     * member's definition, from another topic).
     */
    static boolean stillCareStaff(String staffId, String staffGroupId, StaffDirectory staff) {
        Optional<KnownStaffMember> member = staff.staffMember(staffId);
        return member.map(m -> m.isActiveCareStaffOf(staffGroupId)).orElse(true);
    }

    private static boolean isPlanner(String actor, String staffGroupId, StaffDirectory staff) {
        return staff.staffMember(actor).map(member -> member.isPlannerFor(staffGroupId)).orElse(false);
    }
}
