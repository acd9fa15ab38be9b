package se.kontaktman.plan.followupsheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.util.List;

import org.junit.jupiter.api.Test;
import se.kontaktman.events.CareProfile;
import se.kontaktman.events.plan.FollowUpKind;
import se.kontaktman.events.plan.FollowUpOutcome;
import se.kontaktman.plan.caseplan.Assignment;
import se.kontaktman.plan.caseplan.CasePlanView;
import se.kontaktman.rules.RuleProfile;

/** The follow-up sheet lays out the case's follow-ups and checks as seed 000's form does. */
class FollowUpSheetTest {

    private static final Instant AT = Instant.parse("2025-09-01T08:00:00Z");
    private static final LocalDate PLAN = LocalDate.of(2025, 9, 10);
    private static final RuleProfile HOME_CARE = RuleProfile.defaults(CareProfile.HOME_CARE);

    private static CasePlanView.FollowUp followUp(LocalDate on, FollowUpKind kind, String by) {
        return new CasePlanView.FollowUp(on, by, kind, FollowUpOutcome.STILL_CURRENT, 1, "content");
    }

    private static final CasePlanView VIEW = new CasePlanView("c", "solbacken", CareProfile.HOME_CARE,
            LocalDate.of(2025, 9, 1), null, new Assignment("anna", PLAN, AT), new Assignment("bertil", PLAN, AT),
            List.of(), null,
            List.of(new CasePlanView.Version(1, PLAN, "anna", 2, "content", null)),
            List.of(followUp(LocalDate.of(2025, 11, 5), FollowUpKind.SCHEDULED, "anna"),
                    followUp(LocalDate.of(2026, 2, 10), FollowUpKind.EXTENSIVE_CHANGE, "bertil"),
                    followUp(LocalDate.of(2026, 3, 12), FollowUpKind.SCHEDULED, "bertil"),
                    followUp(LocalDate.of(2026, 5, 4), FollowUpKind.SCHEDULED, "anna")),
            List.of(), List.of(), 9);

    private static final List<SheetEntries.Check> CHECKS = List.of(new SheetEntries.Check(
            LocalDate.of(2026, 4, 1), LocalDate.of(2026, 5, 31), LocalDate.of(2026, 4, 14), "anna", true,
            LocalDate.of(2026, 5, 4), 1));

    private final FollowUpSheet sheet = FollowUpSheet.of(VIEW, CHECKS, HOME_CARE, LocalDate.of(2026, 11, 23),
            id -> id.equals("anna") ? "Anna Berg" : "Bertil Ek", "Solbacken");

    @Test
    void theFormsHeadIsTheGroupBothContactPersonsAndWhenThePlanWasEstablished() {
        assertThat(sheet.staffGroupName()).isEqualTo("Solbacken");
        assertThat(sheet.contactPerson1()).isEqualTo(new FollowUpSheet.StaffEntry("anna", "Anna Berg"));
        assertThat(sheet.contactPerson2()).isEqualTo(new FollowUpSheet.StaffEntry("bertil", "Bertil Ek"));
        assertThat(sheet.planEstablishedOn()).isEqualTo(PLAN);
    }

    @Test
    void h5_eachYearHasItsAprilMayAndOctoberNovemberWindowWithItsCheckAndFollowUps() {
        assertThat(sheet.years()).extracting(FollowUpSheet.Year::year).containsExactly(2025, 2026);
        FollowUpSheet.Window autumn2025 = sheet.years().get(0).checkWindows().get(1);
        FollowUpSheet.Window spring2026 = sheet.years().get(1).checkWindows().get(0);

        assertThat(autumn2025.months()).isEqualTo("OCTOBER-NOVEMBER");
        assertThat(autumn2025.check()).as("not checked in that window").isNull();
        assertThat(autumn2025.followUps()).containsExactly(
                new FollowUpSheet.Signed(LocalDate.of(2025, 11, 5), "anna"));
        assertThat(spring2026.check().followUpBookedFor()).isEqualTo(LocalDate.of(2026, 5, 4));
        assertThat(spring2026.followUps()).containsExactly(new FollowUpSheet.Signed(LocalDate.of(2026, 5, 4), "anna"));
    }

    @Test
    void h4_followUpsInOtherMonthsAreOtherFollowUpsAndThoseDueToExtensiveChangeAreListedApart() {
        assertThat(sheet.years().get(1).otherFollowUps()).containsExactly(
                new FollowUpSheet.MonthFollowUp(Month.MARCH, LocalDate.of(2026, 3, 12), "bertil"));
        assertThat(sheet.extensiveChangeFollowUps()).containsExactly(
                new FollowUpSheet.Signed(LocalDate.of(2026, 2, 10), "bertil"));
    }

    @Test
    void h5_aProfileWithoutThePlanCheckShowsNoWindowsAndEveryScheduledFollowUpUnderItsMonth() {
        FollowUpSheet lss = FollowUpSheet.of(VIEW, List.of(), RuleProfile.defaults(CareProfile.LSS),
                LocalDate.of(2026, 11, 23), id -> id, "Lindgården");

        assertThat(lss.years().get(1).checkWindows()).isEmpty();
        assertThat(lss.years().get(1).otherFollowUps()).extracting(FollowUpSheet.MonthFollowUp::month)
                .containsExactly(Month.MARCH, Month.MAY);
    }
}
