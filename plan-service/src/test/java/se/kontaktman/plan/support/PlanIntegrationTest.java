package se.kontaktman.plan.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;
import se.kontaktman.platform.testing.EmbeddedServersInitializer;
import se.kontaktman.platform.testing.TestClockConfiguration;

/**
 * plan-service over real connections: HTTP on a random port, the in-JVM Kafka broker (its
 * input topics and its own) and the embedded MongoDB-wire server (transactions off).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.config.name=plan-service",
        "kontaktman.mongo.transactions=false"
})
@ContextConfiguration(initializers = EmbeddedServersInitializer.class)
@Import(TestClockConfiguration.class)
public @interface PlanIntegrationTest {
}
