package se.kontaktman.reminder.queries;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import se.kontaktman.events.CareProfile;
import se.kontaktman.platform.rules.Ids;
import se.kontaktman.platform.rules.NotFoundException;
import se.kontaktman.platform.rules.Refusal;
import se.kontaktman.platform.rules.RuleProfiles;
import se.kontaktman.platform.web.Actor;
import se.kontaktman.reminder.ReminderRule;
import se.kontaktman.reminder.deadlines.api.DeadlineQueries.CaseDeadlines;
import se.kontaktman.reminder.deadlines.api.DeadlineQueries.DeadlineView;
import se.kontaktman.reminder.deadlines.api.DeadlineQueries.FindDeadlinesOfCaseQuery;
import se.kontaktman.reminder.deadlines.api.DeadlineQueries.FindDeadlinesOfStaffGroupQuery;
import se.kontaktman.reminder.deadlines.api.DeadlineQueries.FindDeadlinesOfStaffMemberQuery;
import se.kontaktman.reminder.deadlines.api.DeadlineQueries.FindPlanChecksOfStaffGroupQuery;
import se.kontaktman.reminder.deadlines.api.DeadlineQueries.PlanCheckWindow;
import se.kontaktman.reminder.organisation.Organisation;
import se.kontaktman.rules.CareStep;
import se.kontaktman.rules.RuleProfile;

/**
 * Deadlines over HTTP, each as of a day ({@code asOf}, today by default): a staff member's
 * ("what is mine, what is late"), a staff group's, a case's, and the group's April/May or
 * October/November checks still to be made. {@code dueFrom}/{@code dueTo} look ahead.
 */
@RestController
class DeadlineController {

    private final QueryGateway queries;
    private final Organisation organisation;
    private final RuleProfiles profiles;
    private final Clock clock;

    DeadlineController(QueryGateway queries, Organisation organisation, RuleProfiles profiles, Clock clock) {
        this.queries = queries;
        this.organisation = organisation;
        this.profiles = profiles;
        this.clock = clock;
    }

    @GetMapping("/deadlines")
    List<DeadlineView> deadlines(@Actor String actor,
                                 @RequestParam(required = false) String staffId,
                                 @RequestParam(required = false) String staffGroupId,
                                 @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                                 LocalDate asOf,
                                 @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                                 LocalDate dueFrom,
                                 @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                                 LocalDate dueTo) {
        if ((staffId == null) == (staffGroupId == null)) {
            throw new Refusal(ReminderRule.STAFF_MEMBER_OR_GROUP, "staffId",
                    "give either staffId or staffGroupId");
        }
        if (dueFrom != null && dueTo != null && dueFrom.isAfter(dueTo)) {
            throw new Refusal(ReminderRule.DUE_RANGE_IN_ORDER, "dueFrom", "must not be after dueTo");
        }
        LocalDate day = asOf == null ? LocalDate.now(clock) : asOf;
        if (staffId != null) {
            Ids.require("staffId", staffId);
            boolean allowed = actor.equals(staffId)
                    || organisation.staffGroupOf(staffId).map(group -> plans(actor, group)).orElse(false);
            if (!allowed) {
                throw refused();
            }
            return queries.query(new FindDeadlinesOfStaffMemberQuery(staffId, day, dueFrom, dueTo),
                    ResponseTypes.multipleInstancesOf(DeadlineView.class)).join();
        }
        requirePlans(actor, Ids.require("staffGroupId", staffGroupId));
        return queries.query(new FindDeadlinesOfStaffGroupQuery(staffGroupId, day, dueFrom, dueTo),
                ResponseTypes.multipleInstancesOf(DeadlineView.class)).join();
    }

    @GetMapping("/cases/{caseId}/deadlines")
    CaseDeadlines caseDeadlines(@PathVariable String caseId, @Actor String actor,
                                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                                LocalDate asOf) {
        CaseDeadlines found = queries.query(new FindDeadlinesOfCaseQuery(Ids.requireCaseId(caseId),
                        asOf == null ? LocalDate.now(clock) : asOf), ResponseTypes.optionalInstanceOf(CaseDeadlines.class))
                .join().orElseThrow(() -> new NotFoundException("case", caseId));
        if (!found.contactPersonStaffIds().contains(actor)) {
            requirePlans(actor, found.staffGroupId());
        }
        return found;
    }

    @GetMapping("/staff-groups/{staffGroupId}/plan-checks")
    PlanCheckWindow planChecks(@PathVariable String staffGroupId, @Actor String actor,
                               @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                               LocalDate asOf) {
        requirePlans(actor, Ids.require("staffGroupId", staffGroupId));
        RuleProfile homeCare = profiles.of(CareProfile.HOME_CARE, staffGroupId);
        if (!homeCare.applies(CareStep.PLAN_CHECK) || homeCare.planCheckWindows().isEmpty()) {
            throw new Refusal(ReminderRule.CHECK_WINDOWS_IN_PROFILE, "staffGroupId",
                    "the group's rule profile has no April/May or October/November checks");
        }
        return queries.query(new FindPlanChecksOfStaffGroupQuery(staffGroupId,
                asOf == null ? LocalDate.now(clock) : asOf), ResponseTypes.instanceOf(PlanCheckWindow.class)).join();
    }

    /** The group's planners, and the manager of its area. */
    private boolean plans(String actor, String staffGroupId) {
        return organisation.isPlannerOf(actor, staffGroupId) || organisation.isAreaManagerOf(actor, staffGroupId);
    }

    private void requirePlans(String actor, String staffGroupId) {
        if (!plans(actor, staffGroupId)) {
            throw refused();
        }
    }

    private static Refusal refused() {
        return new Refusal(ReminderRule.OWN_OR_PLANNED_DEADLINES, "actor",
                "a staff member sees their own deadlines; a planner or area manager their group's");
    }
}
