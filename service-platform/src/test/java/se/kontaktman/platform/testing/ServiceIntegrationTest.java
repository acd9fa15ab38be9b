package se.kontaktman.platform.testing;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;

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

    /**
     * The header of a request made by the staff member, signed in: a bearer token with every staff
     * role, so that what the service allows is decided by the organisation's record of them.
     */
    protected static String[] as(String staffId) {
        return bearer(TestIdentityProvider.get().token(staffId, TestIdentityProvider.STAFF_ROLES));
    }

    /** A request made with the token, such as one the service must refuse. */
    protected static String[] bearer(String token) {
        return new String[]{"Authorization", "Bearer " + token};
    }
}
