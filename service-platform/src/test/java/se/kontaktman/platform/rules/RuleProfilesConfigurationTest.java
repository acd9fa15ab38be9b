package se.kontaktman.platform.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Period;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import se.kontaktman.events.CareProfile;
import se.kontaktman.rules.CareStep;
import se.kontaktman.rules.CheckWindow;
import se.kontaktman.rules.RuleProfile;

/** An organisation chooses its own steps and numbers per care profile; where it chooses none, the seeds' apply. */
class RuleProfilesConfigurationTest {

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withUserConfiguration(RuleProfilesConfiguration.class);

    @Test
    void withoutSettingsTheSeedsProfilesApply() {
        context.run(ctx -> {
            RuleProfiles profiles = ctx.getBean(RuleProfiles.class);
            assertThat(profiles.of(CareProfile.HOME_CARE).applies(CareStep.INTRODUCTION_VISIT)).isTrue();
            assertThat(profiles.of(CareProfile.HOME_CARE).planWithinAfterIntroduction()).isEqualTo(Period.ofWeeks(3));
            assertThat(profiles.of(CareProfile.LSS).applies(CareStep.PLANNING_NOTE)).isFalse();
        });
    }

    @Test
    void anOrganisationMayGiveLssPlanningNotes() {
        context.withPropertyValues("kontaktman.rules.profiles.lss.steps=ARRIVAL_CONVERSATION,IMPLEMENTATION_PLAN,"
                        + "PLAN_MEETING,FOLLOW_UP,PLANNING_NOTE")
                .run(ctx -> {
                    RuleProfiles profiles = ctx.getBean(RuleProfiles.class);
                    assertThat(profiles.of(CareProfile.LSS).applies(CareStep.PLANNING_NOTE)).isTrue();
                    assertThat(profiles.of(CareProfile.LSS).applies(CareStep.TEAM_REVIEW)).isFalse();
                    assertThat(profiles.of(CareProfile.HOME_CARE).applies(CareStep.INTRODUCTION_VISIT)).isTrue();
                });
    }

    @Test
    void h3_anOrganisationMayWriteThePlanWithinTwoWeeksSetAsAnEnvironmentVariable() {
        context.withInitializer(ctx -> ctx.getEnvironment().getPropertySources().addFirst(
                        new SystemEnvironmentPropertySource("test-systemEnvironment", Map.of(
                                "KONTAKTMAN_RULES_PROFILES_HOMECARE_PLANWITHINAFTERINTRODUCTION", "P14D"))))
                .run(ctx -> {
                    RuleProfiles profiles = ctx.getBean(RuleProfiles.class);
                    assertThat(profiles.of(CareProfile.HOME_CARE).planWithinAfterIntroduction())
                            .isEqualTo(Period.ofDays(14));
                    assertThat(profiles.of(CareProfile.HOME_CARE).followUpWithin()).isEqualTo(Period.ofMonths(6));
                    assertThat(profiles.of(CareProfile.LSS).planWithinAfterIntroduction())
                            .isEqualTo(Period.ofWeeks(3));
                });
    }

    @Test
    void h5_anOrganisationMayCheckItsPlansInOtherMonths() {
        context.withInitializer(ctx -> ctx.getEnvironment().getPropertySources().addFirst(
                        new SystemEnvironmentPropertySource("test-systemEnvironment", Map.of(
                                "KONTAKTMAN_RULES_PROFILES_HOMECARE_PLANCHECKWINDOWS",
                                "MARCH-APRIL,SEPTEMBER-OCTOBER"))))
                .run(ctx -> assertThat(ctx.getBean(RuleProfiles.class).of(CareProfile.HOME_CARE).planCheckWindows())
                        .containsExactly(CheckWindow.valueOf("MARCH-APRIL"), CheckWindow.valueOf("SEPTEMBER-OCTOBER")));
    }

    @Test
    void h3_aStaffGroupMayWriteItsPlansWithinTwoWeeksWhileTheOthersKeepThree() {
        context.withPropertyValues("kontaktman.rules.profiles.HOME_CARE.follow-up-within=P3M",
                        "kontaktman.rules.staff-groups.solbacken.plan-within-after-introduction=P14D")
                .run(ctx -> {
                    RuleProfiles profiles = ctx.getBean(RuleProfiles.class);
                    RuleProfile solbacken = profiles.of(CareProfile.HOME_CARE, "solbacken");
                    assertThat(solbacken.planWithinAfterIntroduction()).isEqualTo(Period.ofDays(14));
                    assertThat(solbacken.followUpWithin()).as("the organisation's own, kept").isEqualTo(Period.ofMonths(3));
                    assertThat(profiles.of(CareProfile.HOME_CARE, "ekbacken").planWithinAfterIntroduction())
                            .isEqualTo(Period.ofWeeks(3));
                    assertThat(profiles.of(CareProfile.LSS, "solbacken").planWithinAfterIntroduction())
                            .isEqualTo(Period.ofDays(14));
                });
    }

    @Test
    void aBackdatingLimitLongerThanTheWeekOfH2IsRefusedAtStartUp() {
        context.withPropertyValues("kontaktman.rules.profiles.HOME_CARE.backdating-limit=P30D")
                .run(ctx -> assertThat(ctx).hasFailed());
    }
}
