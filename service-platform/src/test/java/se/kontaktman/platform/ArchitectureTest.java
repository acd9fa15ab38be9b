package se.kontaktman.platform;

import com.tngtech.archunit.core.domain.JavaClasses;
import org.junit.jupiter.api.Test;
import se.kontaktman.platform.testing.ArchitectureRules;

/** The platform's own architecture. */
class ArchitectureTest {

    private final JavaClasses platform = ArchitectureRules.mainClassesOf("se.kontaktman.platform");

    @Test
    void subPackagesHaveNoCycles() {
        ArchitectureRules.platformSubPackagesFreeOfCycles().check(platform);
    }

    @Test
    void theRulesAggregatesUseKnowNoWeb() {
        ArchitectureRules.platformRulesKnowNoWeb().check(platform);
    }

    @Test
    void publishedRecordsAreBuiltOnlyInPublishing() {
        ArchitectureRules.publishedRecordsAreBuiltOnlyInPublishing().check(platform);
    }
}
