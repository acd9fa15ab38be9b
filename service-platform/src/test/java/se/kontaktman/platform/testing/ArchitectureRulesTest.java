package se.kontaktman.platform.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

/** Each architecture rule catches what it forbids in a deliberately bad fixture, and passes a good one. */
class ArchitectureRulesTest {

    private static final String BAD = "se.kontaktman.archfixtures.bad";
    private static final String GOOD = "se.kontaktman.archfixtures.good";

    private final JavaClasses bad = new ClassFileImporter().importPackages(BAD, "se.kontaktman.archfixtures.other");
    private final JavaClasses good = new ClassFileImporter().importPackages(GOOD);

    private static void catches(ArchRule rule, JavaClasses bad, JavaClasses good) {
        assertThat(rule.evaluate(bad).hasViolation()).as("caught in the bad fixture: " + rule).isTrue();
        assertThat(rule.evaluate(good).hasViolation()).as("none in the good fixture: " + rule).isFalse();
    }

    @Test
    void aCycleBetweenFeaturesIsCaught() {
        assertThat(ArchitectureRules.noCyclesBetweenFeatures(BAD).evaluate(bad).hasViolation()).isTrue();
        assertThat(ArchitectureRules.noCyclesBetweenFeatures(GOOD).evaluate(good).hasViolation()).isFalse();
    }

    @Test
    void aServiceUsingAnotherServicesCodeIsCaught() {
        assertThat(ArchitectureRules.dependsOnNoOtherService(BAD).evaluate(bad).hasViolation()).isTrue();
        assertThat(ArchitectureRules.dependsOnNoOtherService(GOOD).evaluate(good).hasViolation()).isFalse();
    }

    @Test
    void anAggregateKnowingHttpIsCaught() {
        catches(ArchitectureRules.aggregatesAndMessagesKnowNoWebOrMongo(), bad, good);
    }

    @Test
    void aPublishedRecordBuiltOutsidePublishingIsCaught() {
        catches(ArchitectureRules.publishedRecordsAreBuiltOnlyInPublishing(), bad, good);
    }

    @Test
    void aCycleBetweenPlatformSubPackagesIsCaught() {
        assertThat(ArchitectureRules.platformSubPackagesFreeOfCycles(BAD).evaluate(bad).hasViolation()).isTrue();
        assertThat(ArchitectureRules.platformSubPackagesFreeOfCycles(GOOD).evaluate(good).hasViolation()).isFalse();
    }

    @Test
    void platformRulesKnowingHttpAreCaught() {
        assertThat(ArchitectureRules.platformRulesKnowNoWeb(BAD).evaluate(bad).hasViolation()).isTrue();
        assertThat(ArchitectureRules.platformRulesKnowNoWeb(GOOD).evaluate(good).hasViolation()).isFalse();
    }
}
