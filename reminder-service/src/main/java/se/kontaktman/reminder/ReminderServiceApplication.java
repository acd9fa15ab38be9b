package se.kontaktman.reminder;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Import;
import org.springframework.scheduling.annotation.EnableScheduling;
import se.kontaktman.platform.EnableServicePlatform;
import se.kontaktman.platform.ServiceApplications;
import se.kontaktman.platform.consuming.ConsumingConfiguration;

/**
 * Every deadline of the seeds, enforced from the event stream: learns cases, plans and staff from
 * assignment-service's and plan-service's topics (it never calls them), keeps each case's
 * deadlines, and publishes each stage they reach (upcoming, due, overdue, escalated, met,
 * cancelled). Its events are derived from others' and published with derived ids, so it has no
 * outbox of its own.
 */
@SpringBootApplication
@EnableServicePlatform(outbox = false)
@Import(ConsumingConfiguration.class)
@EnableScheduling
public class ReminderServiceApplication {

    public static final String CONFIG_NAME = "reminder-service";

    public static SpringApplication application() {
        return ServiceApplications.create(ReminderServiceApplication.class, CONFIG_NAME);
    }

    public static void main(String[] args) {
        application().run(args);
    }
}
