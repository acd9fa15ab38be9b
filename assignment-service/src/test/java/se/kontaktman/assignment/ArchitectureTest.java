package se.kontaktman.assignment;

import com.tngtech.archunit.core.domain.JavaClasses;
import org.junit.jupiter.api.Test;
import se.kontaktman.platform.testing.ArchitectureRules;

/** The architecture every service keeps (service-platform's ArchitectureRules), applied to this one. */
class ArchitectureTest {

    private static final String SERVICE = "se.kontaktman.assignment";
    private final JavaClasses service = ArchitectureRules.mainClassesOf(SERVICE);

    @Test
    void featuresHaveNoCycles() {
        ArchitectureRules.noCyclesBetweenFeatures(SERVICE).check(service);
    }

    @Test
    void itDependsOnNoOtherService() {
        ArchitectureRules.dependsOnNoOtherService(SERVICE).check(service);
    }

    @Test
    void aggregatesAndMessagesKnowNoWebOrMongo() {
        ArchitectureRules.aggregatesAndMessagesKnowNoWebOrMongo().check(service);
    }

    @Test
    void publishedRecordsAreBuiltOnlyInPublishing() {
        ArchitectureRules.publishedRecordsAreBuiltOnlyInPublishing().check(service);
    }
}
