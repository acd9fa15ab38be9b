package se.kontaktman.assignment.cases.api;

import java.time.LocalDate;

/** The questions the case view answers, as Axon queries. */
public final class CaseQueries {

    private CaseQueries() {
    }

    /** One case with its current contact persons. */
    public record FindCase(String caseId) {
    }

    /** Who the contact persons of a case were on a date. */
    public record FindContactPersonsOnDate(String caseId, LocalDate date) {
    }

    /** The open cases where a staff member is ordinarie or ersättare. */
    public record FindCasesOfStaffMember(String staffId) {
    }

    /** The open cases of a staff group; with {@code incompleteOnly}, those lacking a contact person (H1). */
    public record FindCasesOfStaffGroup(String staffGroupId, boolean incompleteOnly) {
    }

    /** All cases, open and closed, of one client (by the registry's id, never the personnummer). */
    public record FindCasesOfClient(String clientId) {
    }
}
