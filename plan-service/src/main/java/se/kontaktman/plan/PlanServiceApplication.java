package se.kontaktman.plan;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import se.kontaktman.platform.ServiceApplications;

/**
 * The contact person's mission for one case: introduction visit, arrival conversation,
 * genomförandeplan with its versions, follow-ups, plan meetings and planning notes. Knows
 * cases and staff only from assignment-service's events; keeps the plans' free text, which
 * never leaves it.
 */
@SpringBootApplication(scanBasePackages = {"se.kontaktman.plan", "se.kontaktman.platform"})
public class PlanServiceApplication {

    public static final String CONFIG_NAME = "plan-service";

    public static SpringApplication application() {
        return ServiceApplications.create(PlanServiceApplication.class, CONFIG_NAME);
    }

    public static void main(String[] args) {
        application().run(args);
    }
}
