package se.kontaktman.plan.support;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.web.server.LocalServerPort;
import se.kontaktman.platform.StaffIdentity;
import se.kontaktman.platform.testing.Http;

/**
 * What every plan-service integration test starts from: the service on a random port, an
 * organisation of its own published as assignment-service would, and requests made as a staff
 * member.
 */
@PlanIntegrationTest
public abstract class PlanServiceTest {

    @LocalServerPort
    protected int port;

    protected Http http;
    protected AssignmentService assignment;

    @BeforeEach
    void startFromAnOrganisation() {
        http = new Http(port);
        assignment = new AssignmentService().defineOrganisation();
    }

    @AfterEach
    void closeProducer() {
        assignment.close();
    }

    /** The header that says which staff member makes a request. */
    protected static String[] as(String staffId) {
        return new String[]{StaffIdentity.DEV_HEADER, staffId};
    }

    /** Waits until plan-service has heard of the case, and returns its view. */
    protected Http.Response awaitCase(String caseId, String staffId) {
        await().atMost(Duration.ofSeconds(20)).until(() -> http.get("/cases/" + caseId, as(staffId)).status() == 200);
        return http.get("/cases/" + caseId, as(staffId));
    }

    /** A home-care plan's text without its date; {@code wish} is the client's wish in it. */
    public static Map<String, Object> homeCarePlan(String wish) {
        return Map.of("place", "CLIENT_HOME",
                "participants", List.of(Map.of("description", "brukaren"), Map.of("description", "dotter")),
                "clientParticipation", "Berättade själv hur hon vill ha sin hjälp",
                "wishes", wish,
                "interventions", List.of(Map.of("what", "Dusch", "how", "Med taburett, varmt vatten först",
                        "when", "Tisdag och fredag kväll", "responsible", "Kontaktman", "goal", "Känna sig fräsch")));
    }
}
