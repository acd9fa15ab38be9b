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
import se.kontaktman.platform.security.Access;
import se.kontaktman.platform.security.Who;
import se.kontaktman.reminder.ReminderRule;
import se.kontaktman.reminder.deadlines.api.DeadlineQueries.CaseDeadlines;
import se.kontaktman.reminder.deadlines.api.DeadlineQueries.DeadlineView;
import se.kontaktman.reminder.deadlines.api.DeadlineQueries.FindDeadlinesOfCaseQuery;
import se.kontaktman.reminder.deadlines.api.DeadlineQueries.FindDeadlinesOfStaffGroupQuery;
import se.kontaktman.reminder.deadlines.api.DeadlineQueries.FindDeadlinesOfStaffMemberQuery;
import se.kontaktman.reminder.deadlines.api.DeadlineQueries.FindPlanChecksOfStaffGroupQuery;
import se.kontaktman.reminder.deadlines.api.DeadlineQueries.PlanCheckWindow;
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
    private final RuleProfiles profiles;
    private final Clock clock;

    DeadlineController(QueryGateway queries, RuleProfiles profiles, Clock clock) {
        this.queries = queries;
        this.profiles = profiles;
        this.clock = clock;
    }

    @Access(rule = "own-or-planned-deadlines", value = {Who.SELF, Who.PLANNER_OF_STAFF, Who.MANAGER_OF_STAFF,
            Who.PLANNER_OF_GROUP, Who.MANAGER_OF_GROUP})
    @GetMapping("/deadlines")
    List<DeadlineView> deadlines(@RequestParam(required = false) String staffId,
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
            return queries.query(new FindDeadlinesOfStaffMemberQuery(staffId, day, dueFrom, dueTo),
                    ResponseTypes.multipleInstancesOf(DeadlineView.class)).join();
        }
        Ids.require("staffGroupId", staffGroupId);
        return queries.query(new FindDeadlinesOfStaffGroupQuery(staffGroupId, day, dueFrom, dueTo),
                ResponseTypes.multipleInstancesOf(DeadlineView.class)).join();
    }

    @Access(rule = "own-or-planned-deadlines", value = {Who.CONTACT_PERSON_OF_CASE, Who.PLANNER_OF_CASE,
            Who.MANAGER_OF_CASE})
    @GetMapping("/cases/{caseId}/deadlines")
    CaseDeadlines caseDeadlines(@PathVariable String caseId,
                                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                                LocalDate asOf) {
        CaseDeadlines found = queries.query(new FindDeadlinesOfCaseQuery(Ids.requireCaseId(caseId),
                        asOf == null ? LocalDate.now(clock) : asOf), ResponseTypes.optionalInstanceOf(CaseDeadlines.class))
                .join().orElseThrow(() -> new NotFoundException("case", caseId));
        return found;
    }

    @Access(rule = "own-or-planned-deadlines", value = {Who.PLANNER_OF_GROUP, Who.MANAGER_OF_GROUP})
    @GetMapping("/staff-groups/{staffGroupId}/plan-checks")
    PlanCheckWindow planChecks(@PathVariable String staffGroupId,
                               @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                               LocalDate asOf) {
        Ids.require("staffGroupId", staffGroupId);
        RuleProfile homeCare = profiles.of(CareProfile.HOME_CARE, staffGroupId);
        if (!homeCare.applies(CareStep.PLAN_CHECK) || homeCare.planCheckWindows().isEmpty()) {
            throw new Refusal(ReminderRule.CHECK_WINDOWS_IN_PROFILE, "staffGroupId",
                    "the group's rule profile has no April/May or October/November checks");
        }
        return queries.query(new FindPlanChecksOfStaffGroupQuery(staffGroupId,
                asOf == null ? LocalDate.now(clock) : asOf), ResponseTypes.instanceOf(PlanCheckWindow.class)).join();
    }
}
