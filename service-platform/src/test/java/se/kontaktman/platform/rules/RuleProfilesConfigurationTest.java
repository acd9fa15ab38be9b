package se.kontaktman.plan.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import se.kontaktman.events.CareProfile;
import se.kontaktman.rules.CareStep;

/** An organisation chooses its own steps per care profile; where it chooses none, the seeds' apply. */
class RuleProfilesConfigurationTest {

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withUserConfiguration(RuleProfilesConfiguration.class);

    @Test
    void withoutSettingsTheSeedsStepsApply() {
        context.run(ctx -> {
            RuleProfiles profiles = ctx.getBean(RuleProfiles.class);
            assertThat(profiles.of(CareProfile.HOME_CARE).applies(CareStep.INTRODUCTION_VISIT)).isTrue();
            assertThat(profiles.of(CareProfile.LSS).applies(CareStep.PLANNING_NOTE)).isFalse();
        });
    }

    @Test
    void anOrganisationMayGiveLssPlanningNotes() {
        // As an environment variable: KONTAKTMAN_RULES_STEPS_LSS=...
        context.withPropertyValues("kontaktman.rules.steps.lss=ARRIVAL_CONVERSATION,IMPLEMENTATION_PLAN,"
                        + "PLAN_MEETING,FOLLOW_UP,PLANNING_NOTE")
                .run(ctx -> {
                    RuleProfiles profiles = ctx.getBean(RuleProfiles.class);
                    assertThat(profiles.of(CareProfile.LSS).applies(CareStep.PLANNING_NOTE)).isTrue();
                    assertThat(profiles.of(CareProfile.LSS).applies(CareStep.TEAM_REVIEW)).isFalse();
                    assertThat(profiles.of(CareProfile.HOME_CARE).applies(CareStep.INTRODUCTION_VISIT)).isTrue();
                });
    }
}
