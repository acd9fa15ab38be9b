package se.kontaktman.reporting.api;

import java.time.LocalDate;
import java.util.List;

import se.kontaktman.events.CareProfile;
import se.kontaktman.events.ContactRole;
import se.kontaktman.events.reminder.DeadlineRule;

/** The overviews per contact person and per staff group, as answered over HTTP (JSON, CSV, PDF). */
public final class Overviews {

    private Overviews() {
    }

    /**
     * A contact person's clients ("Dokumentation Genomförandeplan", the contact person's own tab):
     * every open case where they are ordinarie or ersättare on {@code date}.
     */
    public record ContactPersonOverview(String staffId, String name, LocalDate date, LocalDate knownAsOf,
                                        List<ClientRow> clients) {
    }

    /**
     * One client by case id, never by name.
     *
     * @param nextFollowUp the follow-up booked at a check if one is, else the day H4 requires it by
     * @param checks       the April/May and October/November checks made, per year
     */
    public record ClientRow(String caseId, ContactRole role, String staffGroupId, String staffGroupName,
                            CareProfile careProfile, LocalDate introductionVisitBookedFor,
                            LocalDate introductionVisitHeldOn, LocalDate planEstablishedOn, int planVersion,
                            LocalDate planVersionOn, LocalDate lastFollowUpOn, LocalDate nextFollowUp,
                            List<YearChecks> checks, List<OverdueItem> overdue, List<KeyFigures.LateFact> countedLate) {
    }

    public record YearChecks(int year, LocalDate aprilMay, LocalDate octoberNovember) {
    }

    public record OverdueItem(DeadlineRule rule, LocalDate dueOn, int daysOverdue, boolean escalated) {
    }

    /** A staff group's open cases on {@code date}. */
    public record StaffGroupOverview(String staffGroupId, String name, LocalDate date, LocalDate knownAsOf,
                                     List<CaseRow> cases) {
    }

    /**
     * @param planStatus NONE (no plan yet), CURRENT, or NOT_CURRENT (not followed up within the profile's limit)
     */
    public record CaseRow(String caseId, CareProfile careProfile, LocalDate openedOn, String primaryStaffId,
                          String primaryName, String substituteStaffId, String substituteName, PlanStatus planStatus,
                          LocalDate planEstablishedOn, LocalDate followUpDueBy, List<OverdueItem> overdue) {
    }

    public enum PlanStatus {
        NONE,
        CURRENT,
        NOT_CURRENT
    }
}
