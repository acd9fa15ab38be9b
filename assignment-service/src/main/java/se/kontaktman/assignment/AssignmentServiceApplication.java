package se.kontaktman.assignment;

import java.util.Map;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Cases (ärenden) and the appointment of their contact persons. Owns the only copy of a
 * client's personnummer and name in the suite.
 */
@SpringBootApplication
public class AssignmentServiceApplication {

    /**
     * Its configuration file is {@code assignment-service.yml}, not {@code application.yml}, so
     * that several services can share one classpath in the local suite.
     */
    public static final String CONFIG_NAME = "assignment-service";

    public static SpringApplication application() {
        // Axon's update checker reads only system properties and the environment, not Spring's
        // configuration; a municipal system does not call home unless someone turns it on.
        if (System.getProperty("axoniq.update-checker.disabled") == null
                && System.getenv("AXONIQ_UPDATE_CHECKER_DISABLED") == null) {
            System.setProperty("axoniq.update-checker.disabled", "true");
        }
        SpringApplication app = new SpringApplication(AssignmentServiceApplication.class);
        app.setDefaultProperties(Map.of("spring.config.name", CONFIG_NAME));
        return app;
    }

    public static void main(String[] args) {
        application().run(args);
    }
}
