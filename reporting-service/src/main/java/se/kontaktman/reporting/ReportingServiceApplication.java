package se.kontaktman.reporting;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.scheduling.annotation.EnableScheduling;
import se.kontaktman.platform.EnableServicePlatform;
import se.kontaktman.platform.ServiceApplications;
import se.kontaktman.platform.consuming.ConsumedTopics;
import se.kontaktman.platform.consuming.ConsumingConfiguration;
import se.kontaktman.reporting.projection.ProjectionConsumers;

/**
 * Overviews and key figures for the people responsible, from a projection of every service's
 * topics (it never calls the services): per contact person, per staff group and per area, for
 * any date as it was known then. The projection can be rebuilt from the topics' beginning while
 * the current one keeps answering. Publishes nothing.
 */
@SpringBootApplication
@EnableServicePlatform(outbox = false)
@Import(ConsumingConfiguration.class)
@EnableScheduling
public class ReportingServiceApplication {

    public static final String CONFIG_NAME = "reporting-service";

    public static SpringApplication application() {
        return ServiceApplications.create(ReportingServiceApplication.class, CONFIG_NAME);
    }

    /**
     * The projection's consumers are made at run time, not by {@code @KafkaListener}: named here so
     * that operations can re-drive these topics' dead letters on this service too.
     */
    @Bean
    ConsumedTopics projectionTopics() {
        return new ConsumedTopics(ProjectionConsumers.TOPICS);
    }

    public static void main(String[] args) {
        application().run(args);
    }
}
