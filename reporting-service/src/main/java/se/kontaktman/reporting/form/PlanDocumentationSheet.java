package se.kontaktman.reporting.form;

import java.time.LocalDate;
import java.util.List;

/**
 * What the reporting projection knows for one case's "Dokumentation Genomförandeplan" sheet. The
 * client's name and personnummer are deliberately absent: they never reach this service and are
 * written on the printed sheet by hand.
 */
public record PlanDocumentationSheet(String caseId, String staffGroup, String primaryContact, String substituteContact,
        LocalDate planEstablishedOn, List<SeasonalCheck> seasonalChecks, List<Signed> followUps,
        List<Signed> extensiveChangeFollowUps, LocalDate knownAsOf) {
    /** One year's row of the April/May and October/November checks; a date is null where no check is recorded. */
    public record SeasonalCheck(int year, LocalDate aprilMay, LocalDate octoberNovember) {}
    /** A dated entry and who signed it (the staff member's name). */
    public record Signed(LocalDate on, String signature) {}
}
