package se.kontaktman.assignment.cases.api;

import java.time.LocalDate;

/** The questions the case view answers. */
public final class CaseQueries {

    private CaseQueries() {
    }

    /** One case with its current contact persons. */
    public record FindCaseQuery(String caseId) {
    }

    /** Who the contact persons of a case were on a date. */
    public record FindContactPersonsOnDateQuery(String caseId, LocalDate date) {
    }

    /** The open cases where a staff member is ordinarie or ersättare. */
    public record FindCasesOfStaffMemberQuery(String staffId) {
    }

    /**
     * The open cases of a staff group; with {@code incompleteOnly}, those that lack an ordinarie
     * or an ersättare who is still an active care-staff member of the group (H1).
     */
    public record FindCasesOfStaffGroupQuery(String staffGroupId, boolean incompleteOnly) {
    }

    /** All cases, open and closed, of one client (by the registry's id, never the personnummer). */
    public record FindCasesOfClientQuery(String clientId) {
    }
}
