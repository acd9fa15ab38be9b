package se.kontaktman.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import se.kontaktman.events.CareProfile;
import se.kontaktman.events.EventSchemas;
import se.kontaktman.events.Topics;
import se.kontaktman.plan.support.AssignmentService;
import se.kontaktman.plan.support.PlanServiceTest;
import se.kontaktman.platform.testing.Http;
import se.kontaktman.platform.testing.RealServersTest;
import se.kontaktman.platform.testing.TestIdentityProvider;
import se.kontaktman.platform.testing.TopicReader;

/**
 * A home-care case against a real MongoDB replica set (with transactions, so that the follow-up
 * sheet's destruction at closure commits with its events) and a real Kafka broker in containers. Skipped where no
 * Docker engine runs.
 */
class RealServersIntegrationTest extends RealServersTest {

    @Test
    void aCaseFromAssignmentEventsToAClosedPlanWithMongoTransactions() {
        Http http = new Http(port);
        try (AssignmentService assignment = new AssignmentService(KAFKA.getBootstrapServers())) {
            assignment.defineOrganisation();
            String caseId = assignment.openCaseWithContactPersons(CareProfile.HOME_CARE, LocalDate.of(2026, 11, 10));
            // Signed in as anna, by the test OpenID provider RealServersTest points the service at.
            String[] anna = {"Authorization", "Bearer " + TestIdentityProvider.get().token(assignment.anna,
                    TestIdentityProvider.STAFF_ROLES)};
            await().atMost(Duration.ofSeconds(60)).until(() -> http.get("/cases/" + caseId, anna).status() == 200);

            String visitId = http.post("/cases/" + caseId + "/introduction-visits", Map.of("bookedFor", "2026-11-17",
                    "contactPersonStaffId", assignment.anna), anna).json().get("visitId").asString();
            assertThat(http.post("/cases/" + caseId + "/introduction-visits/" + visitId + "/held", Map.of(
                    "heldOn", "2026-11-17", "sheetHandedOver", true), anna).status()).isEqualTo(200);
            Map<String, Object> plan = new HashMap<>(PlanServiceTest.homeCarePlan("Kaffe först"));
            plan.put("establishedOn", "2026-11-19");
            assertThat(http.post("/cases/" + caseId + "/plan/versions", plan, anna).status()).isEqualTo(201);
            assertThat(http.post("/cases/" + caseId + "/planning-notes", Map.of("handedOverOn", "2026-11-02",
                    "specialWishes", "Tidig morgon"), anna).status()).isEqualTo(201);

            assignment.closeCase(caseId, LocalDate.of(2026, 11, 23));
            await().atMost(Duration.ofSeconds(60)).until(() ->
                    "CLOSED".equals(http.get("/cases/" + caseId, anna).json().get("status").asString()));
            assertThat(http.get("/cases/" + caseId + "/follow-up-sheet", anna).status()).isEqualTo(410);
            assertThat(http.get("/cases/" + caseId + "/planning-notes", anna).json().size()).isEqualTo(1);

            try (TopicReader reader = new TopicReader(KAFKA.getBootstrapServers(), Topics.PLANS)) {
                var records = reader.awaitRecords(r -> caseId.equals(r.key()), 5, Duration.ofSeconds(60));
                assertThat(records).hasSize(5);
                records.forEach(r -> assertThat(new EventSchemas().violations(r.value())).isEmpty());
            }
        }
    }
}
