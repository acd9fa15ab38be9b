package se.kontaktman.assignment;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Import;
import org.springframework.scheduling.annotation.EnableScheduling;
import se.kontaktman.platform.EnableServicePlatform;
import se.kontaktman.platform.ServiceApplications;
import se.kontaktman.platform.audit.AuditConfiguration;
import se.kontaktman.platform.protection.ProtectionConfiguration;

/**
 * Cases (ärenden) and the assignment of their contact persons. Owns the only copy of a client's
 * personnummer and name in the suite, and audits every read of them.
 */
@SpringBootApplication
@EnableServicePlatform
@Import({AuditConfiguration.class, ProtectionConfiguration.class})
@EnableScheduling
public class AssignmentServiceApplication {

    public static final String CONFIG_NAME = "assignment-service";

    public static SpringApplication application() {
        return ServiceApplications.create(AssignmentServiceApplication.class, CONFIG_NAME);
    }

    public static void main(String[] args) {
        application().run(args);
    }
}
