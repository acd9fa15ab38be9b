package se.kontaktman.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.Month;
import java.time.Period;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

import org.junit.jupiter.api.Test;
import se.kontaktman.events.CareProfile;

class RuleProfileTest {

    private static final CheckWindow APRIL_MAY = new CheckWindow(Month.APRIL, Month.MAY);
    private static final CheckWindow OCTOBER_NOVEMBER = new CheckWindow(Month.OCTOBER, Month.NOVEMBER);

    @Test
    void homeCareDefaultsAreSeed000sNumbers() {
        RuleProfile homeCare = RuleProfile.defaults(CareProfile.HOME_CARE);

        assertThat(homeCare.introductionVisitWithin()).isEqualTo(Period.ofWeeks(1));
        assertThat(homeCare.planWithinAfterIntroduction()).isEqualTo(Period.ofWeeks(3));
        assertThat(homeCare.followUpWithin()).isEqualTo(Period.ofMonths(6));
        assertThat(homeCare.planCheckWindows()).containsExactly(APRIL_MAY, OCTOBER_NOVEMBER);
        assertThat(homeCare.steps()).containsExactlyInAnyOrder(CareStep.INTRODUCTION_VISIT,
                CareStep.IMPLEMENTATION_PLAN, CareStep.FOLLOW_UP, CareStep.PLAN_CHECK, CareStep.PLANNING_NOTE,
                CareStep.RISK_ASSESSMENT);
        assertThat(homeCare.applies(CareStep.ARRIVAL_CONVERSATION)).isFalse();
        assertThat(homeCare.applies(CareStep.PLAN_MEETING)).isFalse();
    }

    /** Issue-set numbers where the seeds give none: H1's week, a reminder three days ahead, a week to escalate. */
    @Test
    void h1_theContactPersonsAreAssignedWithinAWeekAndRemindersComeThreeDaysAheadAndEscalateAfterAWeek() {
        RuleProfile homeCare = RuleProfile.defaults(CareProfile.HOME_CARE);

        assertThat(homeCare.contactPersonsWithin()).isEqualTo(Period.ofWeeks(1));
        assertThat(homeCare.remindBefore()).isEqualTo(Period.ofDays(3));
        assertThat(homeCare.escalateAfter()).isEqualTo(Period.ofWeeks(1));
    }

    @Test
    void lssDefaultsAreSeed001sSteps() {
        RuleProfile lss = RuleProfile.defaults(CareProfile.LSS);

        assertThat(lss.steps()).containsExactlyInAnyOrder(CareStep.ARRIVAL_CONVERSATION, CareStep.IMPLEMENTATION_PLAN,
                CareStep.TEAM_REVIEW, CareStep.PLAN_MEETING, CareStep.FOLLOW_UP);
        assertThat(lss.applies(CareStep.PLAN_CHECK)).isFalse();
        assertThat(lss.arrivalConversationWithin()).isEqualTo(Period.ofWeeks(2));
        assertThat(lss.planMeetingWithin()).isEqualTo(Period.ofYears(1));
        assertThat(lss.planCheckWindows()).containsExactly(APRIL_MAY, OCTOBER_NOVEMBER);
    }

    @Test
    void anOrganisationMayChooseItsOwnSteps() {
        RuleProfile lssWithNotes = RuleProfile.defaults(CareProfile.LSS)
                .withSteps(EnumSet.of(CareStep.IMPLEMENTATION_PLAN, CareStep.PLANNING_NOTE));

        assertThat(lssWithNotes.applies(CareStep.PLANNING_NOTE)).isTrue();
        assertThat(lssWithNotes.applies(CareStep.ARRIVAL_CONVERSATION)).isFalse();
        assertThat(lssWithNotes.planMeetingWithin()).isEqualTo(Period.ofYears(1));
    }

    @Test
    void toBuilderChangesOneSettingAndKeepsTheRest() {
        RuleProfile defaults = RuleProfile.defaults(CareProfile.HOME_CARE);

        RuleProfile quarterly = defaults.toBuilder().followUpWithin(Period.ofMonths(3)).build();

        assertThat(quarterly.followUpWithin()).isEqualTo(Period.ofMonths(3));
        assertThat(quarterly).isEqualTo(new RuleProfile(defaults.careProfile(), defaults.steps(),
                defaults.contactPersonsWithin(), defaults.introductionVisitWithin(),
                defaults.planWithinAfterIntroduction(), Period.ofMonths(3), defaults.planCheckWindows(),
                defaults.arrivalConversationWithin(), defaults.planMeetingWithin(), defaults.backdatingLimit(),
                defaults.planWrittenInClientHome(), defaults.remindBefore(), defaults.escalateAfter(),
                defaults.riskAssessmentWithin(), defaults.riskAreas(), defaults.deviceReturnWithin()));
        assertThat(defaults.followUpWithin()).as("the original is unchanged").isEqualTo(Period.ofMonths(6));
    }

    // H3 -----------------------------------------------------------------------------------------

    @Test
    void h3_aHomeCarePlanIsWrittenInTheClientsHomeAnLssPlanNeedNotBe() {
        assertThat(RuleProfile.defaults(CareProfile.HOME_CARE).planWrittenInClientHome()).isTrue();
        assertThat(RuleProfile.defaults(CareProfile.LSS).planWrittenInClientHome()).isFalse();
    }

    // H7, H8 -------------------------------------------------------------------------------------

    @Test
    void h7_homeCareAssessesRisksInSeniorAlertsAreasWithinAWeekOfThePlanOrAFollowUp() {
        RuleProfile homeCare = RuleProfile.defaults(CareProfile.HOME_CARE);

        assertThat(homeCare.applies(CareStep.RISK_ASSESSMENT)).isTrue();
        assertThat(RuleProfile.defaults(CareProfile.LSS).applies(CareStep.RISK_ASSESSMENT)).isFalse();
        assertThat(homeCare.riskAssessmentWithin()).isEqualTo(Period.ofWeeks(1));
        assertThat(homeCare.riskAreas()).containsExactly("FALLS", "PRESSURE_ULCERS", "MALNUTRITION", "ORAL_HEALTH",
                "BLADDER_DYSFUNCTION");
    }

    @Test
    void h7_anOrganisationChoosesItsOwnRiskAreasAsCodes() {
        RuleProfile defaults = RuleProfile.defaults(CareProfile.HOME_CARE);

        assertThat(defaults.toBuilder().riskAreas(List.of("FALLS", "SUICIDE_RISK")).build().riskAreas())
                .containsExactly("FALLS", "SUICIDE_RISK");
        for (List<String> wrong : List.of(List.<String>of(), List.of("falls"), List.of("FALLS", "FALLS"))) {
            assertThatThrownBy(() -> defaults.toBuilder().riskAreas(wrong).build())
                    .as(wrong.toString()).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("riskAreas");
        }
    }

    @Test
    void h8_devicesAreReturnedWithinAMonthOfClosure() {
        assertThat(RuleProfile.defaults(CareProfile.HOME_CARE).deviceReturnWithin()).isEqualTo(Period.ofMonths(1));
        assertThat(RuleProfile.defaults(CareProfile.LSS).deviceReturnWithin()).isEqualTo(Period.ofMonths(1));
    }

    // Backdating ---------------------------------------------------------------------------------

    @Test
    void theBackdatingLimitIsAWeekForBothProfiles() {
        assertThat(RuleProfile.defaults(CareProfile.HOME_CARE).backdatingLimit()).isEqualTo(Period.ofDays(7));
        assertThat(RuleProfile.defaults(CareProfile.LSS).backdatingLimit()).isEqualTo(Period.ofDays(7));
    }

    @Test
    void theBackdatingLimitMayEqualButNotExceedH2sWeek() {
        RuleProfile.Builder homeCare = RuleProfile.defaults(CareProfile.HOME_CARE).toBuilder();

        assertThat(homeCare.backdatingLimit(Period.ofWeeks(1)).build().backdatingLimit()).isEqualTo(Period.ofDays(7));
        assertThatThrownBy(() -> homeCare.backdatingLimit(Period.ofDays(8)).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("backdatingLimit")
                .hasMessageContaining("introductionVisitWithin");
    }

    @Test
    void theBackdatingLimitMayNotExceedH3sDeadline() {
        RuleProfile.Builder fastPlan = RuleProfile.defaults(CareProfile.HOME_CARE).toBuilder()
                .introductionVisitWithin(Period.ofWeeks(2))
                .planWithinAfterIntroduction(Period.ofDays(5));

        assertThatThrownBy(fastPlan::build)
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("backdatingLimit")
                .hasMessageContaining("planWithinAfterIntroduction");
    }

    @Test
    void periodsOfDifferentUnitsAreComparedAsDates() {
        RuleProfile.Builder monthly = RuleProfile.defaults(CareProfile.HOME_CARE).toBuilder()
                .introductionVisitWithin(Period.ofMonths(1))
                .planWithinAfterIntroduction(Period.ofMonths(1));

        assertThat(monthly.backdatingLimit(Period.ofDays(28)).build().backdatingLimit()).isEqualTo(Period.ofDays(28));
        assertThatThrownBy(() -> monthly.backdatingLimit(Period.ofDays(40)).build())
                .isInstanceOf(IllegalArgumentException.class);
    }

    // H5: check windows --------------------------------------------------------------------------

    @Test
    void h5_aWindowHoldsEveryDayOfItsMonths() {
        assertThat(APRIL_MAY.contains(LocalDate.of(2026, 3, 31))).isFalse();
        assertThat(APRIL_MAY.contains(LocalDate.of(2026, 4, 1))).isTrue();
        assertThat(APRIL_MAY.contains(LocalDate.of(2026, 5, 31))).isTrue();
        assertThat(APRIL_MAY.contains(LocalDate.of(2026, 6, 1))).isFalse();
        assertThat(APRIL_MAY.in(2026)).isEqualTo(new CheckWindow.Dated(LocalDate.of(2026, 4, 1),
                LocalDate.of(2026, 5, 31)));
        assertThat(new CheckWindow(Month.FEBRUARY, Month.FEBRUARY).in(2028).end()).isEqualTo(LocalDate.of(2028, 2, 29));
    }

    @Test
    void h5_aDatedWindowIncludesBothEnds() {
        CheckWindow.Dated spring = APRIL_MAY.in(2026);

        assertThat(spring.contains(LocalDate.of(2026, 4, 1))).isTrue();
        assertThat(spring.contains(LocalDate.of(2026, 5, 31))).isTrue();
        assertThat(spring.contains(LocalDate.of(2026, 6, 1))).isFalse();
        assertThat(spring.contains(LocalDate.of(2027, 4, 15))).isFalse();
    }

    @Test
    void h5_aWindowIsReadAndPrintedAsConfigurationWritesIt() {
        assertThat(CheckWindow.valueOf("APRIL-MAY")).isEqualTo(APRIL_MAY);
        assertThat(CheckWindow.valueOf("october-November")).isEqualTo(OCTOBER_NOVEMBER);
        assertThat(CheckWindow.valueOf("april")).isEqualTo(new CheckWindow(Month.APRIL, Month.APRIL));
        assertThat(APRIL_MAY).hasToString("APRIL-MAY");
        assertThat(CheckWindow.valueOf(APRIL_MAY.toString())).isEqualTo(APRIL_MAY);
        assertThat(CheckWindow.valueOf(new CheckWindow(Month.MAY, Month.MAY).toString()))
                .isEqualTo(new CheckWindow(Month.MAY, Month.MAY));
    }

    @Test
    void h5_badWindowTextIsRefusedWithAClearMessage() {
        for (String bad : List.of("", "APRIL-", "APRIL-MAY-JUNE", "april/maj", "APRIL-MAJ", "4-5")) {
            assertThatThrownBy(() -> CheckWindow.valueOf(bad)).as(bad)
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("APRIL-MAY");
        }
        assertThatThrownBy(() -> CheckWindow.valueOf(null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void h5_aWindowLiesWithinOneCalendarYear() {
        assertThatThrownBy(() -> CheckWindow.valueOf("DECEMBER-JANUARY"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("one calendar year");
    }

    @Test
    void h5_windowsMayNotOverlap() {
        RuleProfile.Builder homeCare = RuleProfile.defaults(CareProfile.HOME_CARE).toBuilder();

        assertThatThrownBy(() -> homeCare.planCheckWindows(List.of(APRIL_MAY, CheckWindow.valueOf("MAY-JUNE"))).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("APRIL-MAY")
                .hasMessageContaining("MAY-JUNE");
        assertThat(homeCare.planCheckWindows(List.of(CheckWindow.valueOf("MARCH"), CheckWindow.valueOf("SEPTEMBER")))
                .build().planCheckWindows()).hasSize(2);
    }

    @Test
    void h5_theWindowsAreCopiedSoTheProfileCannotChangeLater() {
        List<CheckWindow> windows = new ArrayList<>(List.of(APRIL_MAY));
        RuleProfile profile = RuleProfile.defaults(CareProfile.HOME_CARE).toBuilder().planCheckWindows(windows).build();

        windows.add(OCTOBER_NOVEMBER);

        assertThat(profile.planCheckWindows()).containsExactly(APRIL_MAY);
        assertThatThrownBy(() -> profile.planCheckWindows().add(OCTOBER_NOVEMBER))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void h5_theWindowOnADateHasThatYearsDates() {
        RuleProfile homeCare = RuleProfile.defaults(CareProfile.HOME_CARE);

        assertThat(homeCare.checkWindowOn(LocalDate.of(2026, 5, 31)))
                .contains(new CheckWindow.Dated(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 5, 31)));
        assertThat(homeCare.checkWindowOn(LocalDate.of(2026, 6, 1))).isEmpty();
        assertThat(homeCare.checkWindowOn(LocalDate.of(2027, 11, 30)))
                .contains(new CheckWindow.Dated(LocalDate.of(2027, 10, 1), LocalDate.of(2027, 11, 30)));
    }
}
