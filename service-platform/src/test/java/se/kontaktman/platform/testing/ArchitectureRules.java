package se.kontaktman.platform.testing;

import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaConstructorCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.lang.ArchRule;
import org.axonframework.spring.stereotype.Aggregate;
import se.kontaktman.events.IntegrationEvent;

/**
 * The architecture every service keeps, as ArchUnit rules; each service's {@code ArchitectureTest}
 * applies them to its own main classes ({@link #mainClassesOf}). {@code ArchitectureRulesTest}
 * proves that each one catches what it forbids.
 */
public final class ArchitectureRules {

    private static final String PLATFORM = "se.kontaktman.platform";

    private static final String[] WEB_AND_MONGO = {"org.springframework.web..", "org.springframework.http..",
            "jakarta.servlet..", "org.springframework.data.mongodb..", "com.mongodb..", "org.bson.."};

    private ArchitectureRules() {
    }

    /** A module's main classes, without its tests. */
    public static JavaClasses mainClassesOf(String rootPackage) {
        return new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(rootPackage);
    }

    public static ArchRule noCyclesBetweenFeatures(String servicePackage) {
        return slices().matching(servicePackage + ".(*)..").should().beFreeOfCycles()
                .because("a service is packaged by feature, and features depend on each other one way only");
    }

    public static ArchRule dependsOnNoOtherService(String servicePackage) {
        return classes().that().resideInAPackage(servicePackage + "..")
                .should().onlyDependOnClassesThat(resideOutsideOfPackage("se.kontaktman..").or(resideInAnyPackage(
                        servicePackage + "..", "se.kontaktman.events..", "se.kontaktman.rules..",
                        "se.kontaktman.platform..")))
                .because("services learn from each other over Kafka, never by calling or sharing code");
    }

    public static ArchRule aggregatesAndMessagesKnowNoWebOrMongo() {
        return noClasses().that().areAnnotatedWith(Aggregate.class).or().resideInAPackage("..api..")
                .should().dependOnClassesThat().resideInAnyPackage(WEB_AND_MONGO)
                .because("the rules are tested with fixtures alone and outlive their transport and their store");
    }

    public static ArchRule publishedRecordsAreBuiltOnlyInPublishing() {
        return noClasses().that().resideOutsideOfPackage("..publishing..")
                .should().callConstructorWhere(describe("a constructor of a published event",
                        (JavaConstructorCall call) -> call.getTargetOwner().isAssignableTo(IntegrationEvent.class)))
                .because("each service decides in one place what leaves it, and leaves personal data behind there");
    }

    public static ArchRule platformSubPackagesFreeOfCycles() {
        return platformSubPackagesFreeOfCycles(PLATFORM);
    }

    public static ArchRule platformRulesKnowNoWeb() {
        return platformRulesKnowNoWeb(PLATFORM);
    }

    /** {@link #platformSubPackagesFreeOfCycles()} for a platform in another package: ArchitectureRulesTest's fixtures. */
    static ArchRule platformSubPackagesFreeOfCycles(String platformPackage) {
        return slices().matching(platformPackage + ".(*)..").should().beFreeOfCycles()
                .because("a service takes only the parts of the platform it needs");
    }

    /** {@link #platformRulesKnowNoWeb()} for a platform in another package: ArchitectureRulesTest's fixtures. */
    static ArchRule platformRulesKnowNoWeb(String platformPackage) {
        return noClasses().that().resideInAPackage(platformPackage + ".rules..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework.web..",
                        "org.springframework.http..", "jakarta.servlet..")
                .because("aggregates refuse commands with these rules");
    }
}
