package se.kontaktman.platform.testing;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;
import se.kontaktman.platform.web.Actor;

/**
 * The base of every service's integration tests: the service started through its own main
 * method (so with its own configuration files), over real connections: HTTP on a random port,
 * the in-JVM Kafka broker and the embedded MongoDB-wire server (transactions off, as that server
 * has none), with a database of its own and the test clock.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        useMainMethod = SpringBootTest.UseMainMethod.ALWAYS,
        properties = "kontaktman.mongo.transactions=false")
@ContextConfiguration(initializers = EmbeddedServersInitializer.class)
@Import(TestClockConfiguration.class)
public abstract class ServiceIntegrationTest {

    @LocalServerPort
    protected int port;

    protected Http http;

    @BeforeEach
    void connect() {
        http = new Http(port);
    }

    /** The header that says which staff member makes a request. */
    protected static String[] as(String staffId) {
        return new String[]{Actor.DEV_HEADER, staffId};
    }
}
