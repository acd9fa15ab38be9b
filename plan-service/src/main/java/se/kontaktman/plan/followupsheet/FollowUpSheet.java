package se.kontaktman.plan.followupsheet;

import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import se.kontaktman.events.plan.FollowUpKind;
import se.kontaktman.plan.caseplan.CasePlanView;
import se.kontaktman.rules.CareStep;
import se.kontaktman.rules.CheckWindow;
import se.kontaktman.rules.RuleProfile;

/**
 * The contact person's sheet "Dokumentation Genomförandeplan" (seed 000), field by field: the
 * staff group, "Kontaktman 1" and "Kontaktman 2", "Genomförandeplan upprättades den", then per
 * year the check windows (April/Maj, Okt/Nov) with their check and follow-ups, "Övrig uppföljning"
 * in the other months, and the follow-ups "på grund av omfattande förändring", each dated and
 * signed. The client's name and personnummer, the form's other two fields, are not in this
 * service: the contact person writes them on the printed form.
 */
public record FollowUpSheet(String caseId, String staffGroupId, String staffGroupName, StaffEntry contactPerson1,
                            StaffEntry contactPerson2, LocalDate planEstablishedOn, List<Year> years,
                            List<Signed> extensiveChangeFollowUps) {

    public record StaffEntry(String staffId, String name) {
    }

    public record Signed(LocalDate date, String signedBy) {
    }

    public record Year(int year, List<Window> checkWindows, List<MonthFollowUp> otherFollowUps) {
    }

    /** One of the year's check windows: the check made in it (H5) and the follow-ups held in it. */
    public record Window(String months, LocalDate start, LocalDate end, SheetEntries.Check check,
                         List<Signed> followUps) {
    }

    public record MonthFollowUp(Month month, LocalDate date, String signedBy) {
    }

    /**
     * The sheet from the case's view, the sheet's own entries, and staff names; one row per year
     * from the first plan (or the case's start) to today's.
     */
    static FollowUpSheet of(CasePlanView view, List<SheetEntries.Check> checks, RuleProfile profile, LocalDate today,
                            Function<String, String> staffName, String staffGroupName) {
        LocalDate firstPlan = view.planVersions().isEmpty() ? null : view.planVersions().get(0).establishedOn();
        int firstYear = (firstPlan != null ? firstPlan : view.startDate()).getYear();
        List<Year> years = new ArrayList<>();
        for (int year = firstYear; year <= today.getYear(); year++) {
            years.add(year(year, view.followUps(), checks, profile));
        }
        List<Signed> extensive = view.followUps().stream().filter(f -> f.kind() == FollowUpKind.EXTENSIVE_CHANGE)
                .map(f -> new Signed(f.followedUpOn(), f.signedBy())).toList();
        return new FollowUpSheet(view.caseId(), view.staffGroupId(), staffGroupName,
                entry(view.primary() == null ? null : view.primary().staffId(), staffName),
                entry(view.substitute() == null ? null : view.substitute().staffId(), staffName),
                firstPlan, years, extensive);
    }

    private static Year year(int year, List<CasePlanView.FollowUp> followUps, List<SheetEntries.Check> checks,
                             RuleProfile profile) {
        List<CasePlanView.FollowUp> scheduled = followUps.stream()
                .filter(f -> f.kind() == FollowUpKind.SCHEDULED && f.followedUpOn().getYear() == year).toList();
        // The windows are H5's: shown where the case's profile has the check.
        List<CheckWindow> shown = profile.applies(CareStep.PLAN_CHECK) ? profile.planCheckWindows() : List.of();
        List<Window> windows = new ArrayList<>();
        for (CheckWindow window : shown) {
            CheckWindow.Dated dated = window.in(year);
            windows.add(new Window(window.toString(), dated.start(), dated.end(),
                    checks.stream().filter(c -> c.windowStart().equals(dated.start())).findFirst().orElse(null),
                    scheduled.stream().filter(f -> dated.contains(f.followedUpOn()))
                            .map(f -> new Signed(f.followedUpOn(), f.signedBy())).toList()));
        }
        List<MonthFollowUp> other = scheduled.stream()
                .filter(f -> shown.stream().noneMatch(window -> window.contains(f.followedUpOn())))
                .map(f -> new MonthFollowUp(f.followedUpOn().getMonth(), f.followedUpOn(), f.signedBy())).toList();
        return new Year(year, windows, other);
    }

    private static StaffEntry entry(String staffId, Function<String, String> staffName) {
        return staffId == null ? null : new StaffEntry(staffId, staffName.apply(staffId));
    }
}
