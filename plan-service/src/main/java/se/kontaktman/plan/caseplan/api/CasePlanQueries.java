package se.kontaktman.plan.caseplan.api;

/** The questions plan-service's views answer. */
public final class CasePlanQueries {

    private CasePlanQueries() {
    }

    /** Where a case's plan work stands: dates and staff, no free text. */
    public record FindCasePlanQuery(String caseId) {
    }

    /** The case's follow-up sheet ("Dokumentation Genomförandeplan"), while the case is open. */
    public record FindFollowUpSheetQuery(String caseId) {
    }
}
