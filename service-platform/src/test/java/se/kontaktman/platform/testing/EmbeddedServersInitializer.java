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

    /** One per test JVM, so that a service started again on the same database reads what it sealed. */
    public static final String MASTER_KEY = java.util.Base64.getEncoder()
            .encodeToString(randomKey());

    private static byte[] randomKey() {
        byte[] key = new byte[32];
        new java.security.SecureRandom().nextBytes(key);
        return key;
    }

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        TestPropertyValues.of(
                "spring.mongodb.uri=" + EmbeddedServers.mongo().connectionString(),
                "spring.mongodb.database=test_" + UUID.randomUUID().toString().replace("-", ""),
                "kontaktman.protection.master-key=" + MASTER_KEY,
                "spring.kafka.bootstrap-servers=" + EmbeddedServers.kafka().bootstrapServers(),
                // A consumer group of its own, so that contexts sharing the broker each read everything.
                "spring.kafka.consumer.group-id=test-" + UUID.randomUUID(),
                // Tokens from the test's own OpenID provider, over HTTP.
                "spring.security.oauth2.resourceserver.jwt.issuer-uri=" + TestIdentityProvider.get().issuer()
        ).applyTo(context);
    }
}
