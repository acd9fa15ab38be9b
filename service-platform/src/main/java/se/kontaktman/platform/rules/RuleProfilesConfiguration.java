package se.kontaktman.platform.rules;

import java.time.Period;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import se.kontaktman.events.CareProfile;
import se.kontaktman.rules.CareStep;
import se.kontaktman.rules.CheckWindow;
import se.kontaktman.rules.RuleProfile;

/**
 * An organisation's own rule profile, per care profile, from configuration:
 * {@code kontaktman.rules.profiles.<CARE_PROFILE>.<setting>}, e.g.
 * {@code kontaktman.rules.profiles.HOME_CARE.plan-within-after-introduction=P14D}; and a staff
 * group's own, over its care profile's: {@code kontaktman.rules.staff-groups.<group>.<setting>}. A
 * setting left out keeps the default; a profile refuses combinations that contradict each other at
 * start-up.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RuleProfilesConfiguration.Settings.class)
public class RuleProfilesConfiguration {

    @ConfigurationProperties("kontaktman.rules")
    record Settings(Map<CareProfile, Profile> profiles, Map<String, Profile> staffGroups) {
    }

    /** Every field optional: null keeps the default. */
    record Profile(Set<CareStep> steps, Period contactPersonsWithin, Period introductionVisitWithin,
                   Period planWithinAfterIntroduction, Period followUpWithin, List<CheckWindow> planCheckWindows,
                   Period arrivalConversationWithin, Period planMeetingWithin, Period backdatingLimit,
                   Boolean planWrittenInClientHome, Period remindBefore, Period escalateAfter,
                   Period riskAssessmentWithin, List<String> riskAreas, Period deviceReturnWithin) {

        RuleProfile over(RuleProfile defaults) {
            RuleProfile.Builder chosen = defaults.toBuilder();
            if (steps != null && !steps.isEmpty()) {
                chosen.steps(steps);
            }
            if (contactPersonsWithin != null) {
                chosen.contactPersonsWithin(contactPersonsWithin);
            }
            if (introductionVisitWithin != null) {
                chosen.introductionVisitWithin(introductionVisitWithin);
            }
            if (planWithinAfterIntroduction != null) {
                chosen.planWithinAfterIntroduction(planWithinAfterIntroduction);
            }
            if (followUpWithin != null) {
                chosen.followUpWithin(followUpWithin);
            }
            if (planCheckWindows != null && !planCheckWindows.isEmpty()) {
                chosen.planCheckWindows(planCheckWindows);
            }
            if (arrivalConversationWithin != null) {
                chosen.arrivalConversationWithin(arrivalConversationWithin);
            }
            if (planMeetingWithin != null) {
                chosen.planMeetingWithin(planMeetingWithin);
            }
            if (backdatingLimit != null) {
                chosen.backdatingLimit(backdatingLimit);
            }
            if (planWrittenInClientHome != null) {
                chosen.planWrittenInClientHome(planWrittenInClientHome);
            }
            if (remindBefore != null) {
                chosen.remindBefore(remindBefore);
            }
            if (escalateAfter != null) {
                chosen.escalateAfter(escalateAfter);
            }
            if (riskAssessmentWithin != null) {
                chosen.riskAssessmentWithin(riskAssessmentWithin);
            }
            if (riskAreas != null && !riskAreas.isEmpty()) {
                chosen.riskAreas(riskAreas);
            }
            if (deviceReturnWithin != null) {
                chosen.deviceReturnWithin(deviceReturnWithin);
            }
            return chosen.build();
        }
    }

    @Bean
    RuleProfiles ruleProfiles(Settings settings) {
        Map<CareProfile, RuleProfile> chosen = new EnumMap<>(CareProfile.class);
        if (settings.profiles() != null) {
            settings.profiles().forEach((careProfile, profile) ->
                    chosen.put(careProfile, profile.over(RuleProfile.defaults(careProfile))));
        }
        RuleProfiles organisation = new RuleProfiles(chosen);
        Map<String, Map<CareProfile, RuleProfile>> staffGroups = new HashMap<>();
        if (settings.staffGroups() != null) {
            settings.staffGroups().forEach((group, profile) -> {
                Map<CareProfile, RuleProfile> own = new EnumMap<>(CareProfile.class);
                for (CareProfile careProfile : CareProfile.values()) {
                    own.put(careProfile, profile.over(organisation.of(careProfile)));
                }
                staffGroups.put(group, own);
            });
        }
        return new RuleProfiles(chosen, staffGroups);
    }
}
