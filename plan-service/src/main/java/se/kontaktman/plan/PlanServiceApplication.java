package se.kontaktman.plan;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Import;
import org.springframework.scheduling.annotation.EnableScheduling;
import se.kontaktman.platform.EnableServicePlatform;
import se.kontaktman.platform.ServiceApplications;
import se.kontaktman.platform.audit.AuditConfiguration;
import se.kontaktman.platform.protection.ProtectionConfiguration;
import se.kontaktman.platform.consuming.ConsumingConfiguration;

/**
 * The contact person's mission for one case: introduction visits, arrival conversation,
 * genomförandeplan with its versions, follow-ups and the April/May and October/November checks,
 * plan meetings and planning notes. Knows cases and staff only from assignment-service's events;
 * keeps the plans' free text, which never leaves it.
 */
@SpringBootApplication
@EnableServicePlatform
@Import({ConsumingConfiguration.class, AuditConfiguration.class, ProtectionConfiguration.class})
@EnableScheduling
public class PlanServiceApplication {

    public static final String CONFIG_NAME = "plan-service";

    public static SpringApplication application() {
        return ServiceApplications.create(PlanServiceApplication.class, CONFIG_NAME);
    }

    public static void main(String[] args) {
        application().run(args);
    }
}
