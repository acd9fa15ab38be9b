package se.kontaktman.platform.testing;

import com.tngtech.archunit.core.domain.JavaClasses;
import org.junit.jupiter.api.Test;

/**
 * The architecture every service keeps ({@link ArchitectureRules}), applied to a service's main
 * classes: a service's {@code ArchitectureTest} extends this and names its package.
 */
public abstract class ServiceArchitectureTest {

    private final String servicePackage;
    private final JavaClasses service;

    protected ServiceArchitectureTest(String servicePackage) {
        this.servicePackage = servicePackage;
        this.service = ArchitectureRules.mainClassesOf(servicePackage);
    }

    @Test
    void featuresHaveNoCycles() {
        ArchitectureRules.noCyclesBetweenFeatures(servicePackage).check(service);
    }

    @Test
    void itDependsOnNoOtherService() {
        ArchitectureRules.dependsOnNoOtherService(servicePackage).check(service);
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
