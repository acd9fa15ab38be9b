package se.kontaktman.platform.testing;

import java.util.UUID;

import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.Ordered;

/**
 * Points a test context at the shared embedded servers, with a database of its own, and at the test OpenID provider.
 * It runs first, so that a test's own initializer can point it elsewhere (a MongoDB the test stops and starts).
 */
public class EmbeddedServersInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext>, Ordered {

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        TestPropertyValues.of(
                "spring.mongodb.uri=" + EmbeddedServers.mongo().connectionString(),
                "spring.mongodb.database=test_" + UUID.randomUUID().toString().replace("-", ""),
                "spring.kafka.bootstrap-servers=" + EmbeddedServers.kafka().bootstrapServers(),
                // A consumer group of its own, so that contexts sharing the broker each read everything.
                "spring.kafka.consumer.group-id=test-" + UUID.randomUUID(),
                // Tokens from the test's own OpenID provider, over HTTP.
                "spring.security.oauth2.resourceserver.jwt.issuer-uri=" + TestIdentityProvider.get().issuer()
        ).applyTo(context);
    }
}
