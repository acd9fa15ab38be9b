package se.kontaktman.plan.followupsheet;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import se.kontaktman.plan.PlanRule;
import se.kontaktman.plan.caseplan.CasePlanAccess;
import se.kontaktman.plan.caseplan.CasePlanView;
import se.kontaktman.plan.caseplan.api.CasePlanQueries.FindFollowUpSheetQuery;
import se.kontaktman.plan.organisation.KnownStaffGroup;
import se.kontaktman.plan.organisation.KnownStaffMember;
import se.kontaktman.plan.organisation.StaffDirectory;
import se.kontaktman.platform.rules.Refusal;
import se.kontaktman.platform.rules.RuleProfiles;
import se.kontaktman.platform.security.Access;
import se.kontaktman.platform.security.Who;
import se.kontaktman.platform.web.Actor;

/** The follow-up sheet of an open case; once the case has closed, it is gone (H9). */
@RestController
class FollowUpSheetController {

    private final CasePlanAccess access;
    private final QueryGateway queries;
    private final StaffDirectory staff;
    private final RuleProfiles profiles;
    private final Clock clock;

    FollowUpSheetController(CasePlanAccess access, QueryGateway queries, StaffDirectory staff, RuleProfiles profiles,
                            Clock clock) {
        this.access = access;
        this.queries = queries;
        this.staff = staff;
        this.profiles = profiles;
        this.clock = clock;
    }

    @Access(rule = "reads-the-case", value = {Who.CONTACT_PERSON_OF_CASE, Who.PLANNER_OF_CASE, Who.MANAGER_OF_CASE})
    @GetMapping("/cases/{caseId}/follow-up-sheet")
    FollowUpSheet sheet(@PathVariable String caseId, @Actor String actor) {
        CasePlanView view = access.known(caseId);
        if (view.status() == CasePlanView.Status.CLOSED) {
            throw new Refusal(PlanRule.H9_SHEET_DESTROYED_AT_CLOSURE, "caseId", "the case closed on "
                    + view.closedOn() + " and its follow-up sheet, working material, was destroyed with it");
        }
        List<SheetEntries.Check> checks = queries.query(new FindFollowUpSheetQuery(caseId),
                        ResponseTypes.optionalInstanceOf(SheetEntries.class)).join()
                .map(SheetEntries::checks).orElse(List.of());
        return FollowUpSheet.of(view, checks, profiles.of(view.careProfile(), view.staffGroupId()),
                LocalDate.now(clock),
                id -> staff.staffMember(id).map(KnownStaffMember::name).orElse(null),
                staff.staffGroup(view.staffGroupId()).map(KnownStaffGroup::name).orElse(null));
    }
}
