package se.kontaktman.plan.rules;

import java.util.Map;
import java.util.Set;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import se.kontaktman.events.CareProfile;
import se.kontaktman.rules.CareStep;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RuleProfilesConfiguration.Settings.class)
class RuleProfilesConfiguration {

    /** {@code kontaktman.rules.steps.<CARE_PROFILE>}: the steps that apply, where not the defaults. */
    @ConfigurationProperties("kontaktman.rules")
    record Settings(Map<CareProfile, Set<CareStep>> steps) {
    }

    @Bean
    RuleProfiles ruleProfiles(Settings settings) {
        return new RuleProfiles(settings.steps() == null ? Map.of() : settings.steps());
    }
}
