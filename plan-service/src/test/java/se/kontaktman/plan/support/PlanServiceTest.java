package se.kontaktman.plan.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import se.kontaktman.events.CareProfile;
import se.kontaktman.platform.testing.Http;
import se.kontaktman.platform.testing.ServiceIntegrationTest;

/**
 * What every plan-service integration test starts from, besides the shared base: an organisation
 * of its own, published as assignment-service would.
 */
public abstract class PlanServiceTest extends ServiceIntegrationTest {

    protected AssignmentService assignment;

    @BeforeEach
    void startFromAnOrganisation() {
        assignment = new AssignmentService().defineOrganisation();
    }

    @AfterEach
    void closeProducer() {
        assignment.close();
    }

    /** Waits until plan-service has heard of the case, and returns its view. */
    protected Http.Response awaitCase(String caseId, String staffId) {
        await().atMost(Duration.ofSeconds(20)).until(() -> http.get("/cases/" + caseId, as(staffId)).status() == 200);
        return http.get("/cases/" + caseId, as(staffId));
    }

    /**
     * A home-care case whose ordinarie has presented themself (H2) and established the first plan
     * on 2026-11-19 with the client's wish (H3), through the API.
     */
    protected String caseWithAPlan(String wish) {
        String caseId = assignment.openCaseWithContactPersons(CareProfile.HOME_CARE, LocalDate.of(2026, 11, 10));
        awaitCase(caseId, assignment.anna);
        Http.Response booked = http.post("/cases/" + caseId + "/introduction-visits",
                Map.of("bookedFor", "2026-11-17", "contactPersonStaffId", assignment.anna), as(assignment.planner));
        assertThat(booked.status()).as(booked.text()).isEqualTo(201);
        Http.Response held = http.post("/cases/" + caseId + "/introduction-visits/"
                        + booked.json().get("visitId").asString() + "/held",
                Map.of("heldOn", "2026-11-17", "attendingStaffIds", List.of(), "sheetHandedOver", true),
                as(assignment.planner));
        assertThat(held.status()).as(held.text()).isEqualTo(200);
        Map<String, Object> plan = new java.util.HashMap<>(homeCarePlan(wish));
        plan.put("establishedOn", "2026-11-19");
        Http.Response established = http.post("/cases/" + caseId + "/plan/versions", plan, as(assignment.anna));
        assertThat(established.status()).as(established.text()).isEqualTo(201);
        return caseId;
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

    /** A follow-up made with the client, as H4 requires: who took part and how the client did. */
    public static Map<String, Object> followUp(String on, String kind, String outcome) {
        return Map.of("followedUpOn", on, "kind", kind, "outcome", outcome,
                "participants", List.of(Map.of("description", "brukaren")),
                "clientParticipation", "Gick igenom planen punkt för punkt");
    }
}
