package se.kontaktman.reminder.deadlines.api;

import java.time.LocalDate;
import java.util.List;

import se.kontaktman.events.reminder.CancellationReason;
import se.kontaktman.events.reminder.DeadlineRule;

/** The questions reminder-service answers, and its answers. Every answer is as of a day. */
public final class DeadlineQueries {

    private DeadlineQueries() {
    }

    /** The running deadlines a staff member answers for, due between two days if given. */
    public record FindDeadlinesOfStaffMemberQuery(String staffId, LocalDate asOf, LocalDate dueFrom,
                                                  LocalDate dueTo) {
    }

    /** The running deadlines of a staff group's cases, due between two days if given. */
    public record FindDeadlinesOfStaffGroupQuery(String staffGroupId, LocalDate asOf, LocalDate dueFrom,
                                                 LocalDate dueTo) {
    }

    /** Every deadline of a case, met, stopped or running. */
    public record FindDeadlinesOfCaseQuery(String caseId, LocalDate asOf) {
    }

    /** H5: the group's cases still to be checked in the window of the day, or the next window. */
    public record FindPlanChecksOfStaffGroupQuery(String staffGroupId, LocalDate asOf) {
    }

    /** Where a deadline stands on a day: PENDING until it is upcoming. */
    public enum Standing { PENDING, UPCOMING, DUE, OVERDUE, ESCALATED, MET, CANCELLED }

    public record DeadlineView(String caseId, String staffGroupId, DeadlineRule rule, String occurrence,
                               Standing standing, LocalDate startsOn, LocalDate dueOn,
                               List<String> responsibleStaffIds, int daysOverdue, LocalDate metOn,
                               CancellationReason cancellationReason) {
    }

    /** A case's deadlines, with who its contact persons are now (who may see them). */
    public record CaseDeadlines(String caseId, String staffGroupId, List<String> contactPersonStaffIds,
                                List<DeadlineView> deadlines) {
    }

    public record PlanCheckWindow(String staffGroupId, LocalDate windowStart, LocalDate windowEnd, int checked,
                                  List<DeadlineView> unchecked) {
    }
}
