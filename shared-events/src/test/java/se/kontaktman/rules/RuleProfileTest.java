package se.kontaktman.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Month;
import java.time.Period;
import java.util.EnumSet;

import org.junit.jupiter.api.Test;
import se.kontaktman.events.CareProfile;

class RuleProfileTest {

    @Test
    void homeCareDefaultsAreSeed000sNumbers() {
        RuleProfile homeCare = RuleProfile.defaults(CareProfile.HOME_CARE);

        assertThat(homeCare.introductionVisitWithin()).isEqualTo(Period.ofWeeks(1));
        assertThat(homeCare.planWithinAfterIntroduction()).isEqualTo(Period.ofWeeks(3));
        assertThat(homeCare.followUpWithin()).isEqualTo(Period.ofMonths(6));
        assertThat(homeCare.planCheckMonths()).containsExactlyInAnyOrder(Month.APRIL, Month.MAY, Month.OCTOBER,
                Month.NOVEMBER);
        assertThat(homeCare.applies(CareStep.INTRODUCTION_VISIT)).isTrue();
        assertThat(homeCare.applies(CareStep.PLANNING_NOTE)).isTrue();
        assertThat(homeCare.applies(CareStep.ARRIVAL_CONVERSATION)).isFalse();
        assertThat(homeCare.applies(CareStep.PLAN_MEETING)).isFalse();
    }

    @Test
    void lssDefaultsAreSeed001sSteps() {
        RuleProfile lss = RuleProfile.defaults(CareProfile.LSS);

        assertThat(lss.steps()).containsExactlyInAnyOrder(CareStep.ARRIVAL_CONVERSATION, CareStep.IMPLEMENTATION_PLAN,
                CareStep.TEAM_REVIEW, CareStep.PLAN_MEETING, CareStep.FOLLOW_UP);
        assertThat(lss.planMeetingWithin()).isEqualTo(Period.ofYears(1));
    }

    @Test
    void anOrganisationMayChooseItsOwnSteps() {
        RuleProfile lssWithNotes = RuleProfile.defaults(CareProfile.LSS)
                .withSteps(EnumSet.of(CareStep.IMPLEMENTATION_PLAN, CareStep.PLANNING_NOTE));

        assertThat(lssWithNotes.applies(CareStep.PLANNING_NOTE)).isTrue();
        assertThat(lssWithNotes.applies(CareStep.ARRIVAL_CONVERSATION)).isFalse();
        assertThat(lssWithNotes.planMeetingWithin()).isEqualTo(Period.ofYears(1));
    }
}
