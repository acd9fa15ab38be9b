package se.kontaktman.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/** A service reads the shared defaults, then its own file, which wins where both say something. */
class ServiceApplicationsTest {

    @Configuration(proxyBeanMethods = false)
    static class NothingElse {
    }

    @Test
    void aServicesOwnFileOverridesTheSharedDefaultsAndKeepsTheRest() {
        SpringApplication app = ServiceApplications.create(NothingElse.class, "precedence-test");
        app.setWebApplicationType(WebApplicationType.NONE);
        try (ConfigurableApplicationContext context = app.run()) {
            Environment environment = context.getEnvironment();
            assertThat(environment.getProperty("server.shutdown")).isEqualTo("immediate");
            assertThat(environment.getProperty("precedence-test.own-setting")).isEqualTo("kept");
            assertThat(environment.getProperty("axon.eventhandling.processors.kafka-publisher.mode"))
                    .isEqualTo("tracking");
            assertThat(environment.getProperty("management.endpoint.health.group.readiness.include"))
                    .isEqualTo("readinessState,mongo");
        }
    }
}
