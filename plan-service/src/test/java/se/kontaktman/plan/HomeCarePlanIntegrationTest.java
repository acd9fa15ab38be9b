package se.kontaktman.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.data.mongodb.core.MongoTemplate;
import se.kontaktman.events.CareProfile;
import se.kontaktman.events.EventCodec;
import se.kontaktman.events.EventSchemas;
import se.kontaktman.events.Topics;
import se.kontaktman.plan.support.PlanServiceTest;
import se.kontaktman.platform.testing.EmbeddedServers;
import se.kontaktman.platform.testing.Http;
import se.kontaktman.platform.testing.TopicReader;

/**
 * A home-care case from start to closure, as seed 000 describes it: assignment events in over
 * Kafka, the contact person's work over HTTP, plan events out on Kafka, checked against the
 * shared schemas. The client's wishes never leave the service and the working material goes
 * when the case closes (H9).
 */
@ExtendWith(OutputCaptureExtension.class)
class HomeCarePlanIntegrationTest extends PlanServiceTest {

    /** Free text that must stay inside plan-service. */
    private static final String WISH = "Vill duscha på kvällen, efter nyheterna";
    private static final String NOTE = "Önskar samma personal på morgonen";

    @Autowired
    MongoTemplate mongo;

    private final EventCodec codec = new EventCodec();
    private final EventSchemas schemas = new EventSchemas();

    @Test
    void fromIntroductionVisitToFollowedUpPlanAndClosure(CapturedOutput logs) {
        String caseId = assignment.openCaseWithContactPersons(CareProfile.HOME_CARE, LocalDate.of(2026, 10, 1));
        Http.Response known = awaitCase(caseId, assignment.anna);
        assertThat(known.json().get("primary").get("staffId").asString()).isEqualTo(assignment.anna);
        assertThat(known.json().get("introductionDue").asBoolean()).isTrue();

        // H2: the planner books the visit; the ordinarie presents themself with the sheet.
        Http.Response booked = http.post("/cases/" + caseId + "/introduction-visits",
                Map.of("bookedFor", "2026-10-06", "contactPersonStaffId", assignment.anna), as(assignment.planner));
        assertThat(booked.status()).as(booked.text()).isEqualTo(201);
        String visitId = booked.json().get("visitId").asString();
        Http.Response held = http.post("/cases/" + caseId + "/introduction-visits/" + visitId + "/held",
                Map.of("heldOn", "2026-10-06", "presentedBy", assignment.anna, "attendingStaffIds", List.of(),
                        "sheetHandedOver", true), as(assignment.anna));
        assertThat(held.status()).as(held.text()).isEqualTo(200);
        assertThat(http.get("/cases/" + caseId, as(assignment.anna)).json().get("introductionDue").asBoolean())
                .isFalse();

        Http.Response sheet = http.get("/cases/" + caseId + "/contact-sheet", as(assignment.anna));
        assertThat(sheet.status()).isEqualTo(200);
        assertThat(sheet.header("Content-Type")).startsWith("text/html");
        assertThat(sheet.text()).contains("Jag är din kontaktman", "Anna Berg", "0486-331 00",
                "minst var sjätte månad");

        // H3: the plan, with the client's wishes; H4: a follow-up that revises it.
        Map<String, Object> plan = new java.util.HashMap<>(homeCarePlan(WISH));
        plan.put("establishedOn", "2026-10-20");
        Http.Response established = http.post("/cases/" + caseId + "/plan/versions", plan, as(assignment.anna));
        assertThat(established.status()).as(established.text()).isEqualTo(201);
        assertThat(established.json().get("version").asInt()).isEqualTo(1);

        Http.Response followUp = http.post("/cases/" + caseId + "/follow-ups", Map.of("followedUpOn", "2026-11-20",
                "kind", "EXTENSIVE_CHANGE", "outcome", "REVISED", "revision", homeCarePlan(WISH + " och ibland bad")),
                as(assignment.bertil));
        assertThat(followUp.status()).as(followUp.text()).isEqualTo(201);
        assertThat(followUp.json().get("planVersion").asInt()).isEqualTo(2);
        Http.Response current = http.get("/cases/" + caseId + "/plan", as(assignment.anna));
        assertThat(current.json().get("version").get("version").asInt()).isEqualTo(2);
        assertThat(current.json().get("text").get("wishes").asString()).endsWith("ibland bad");
        assertThat(http.get("/cases/" + caseId + "/plan/versions/1", as(assignment.anna)).json()
                .get("text").get("wishes").asString()).isEqualTo(WISH);

        // H6: a planning note to the planner, who answers it; new interventions go to the needs assessor.
        Http.Response note = http.post("/cases/" + caseId + "/planning-notes", Map.of("handedOverOn", "2026-11-21",
                "specialWishes", NOTE, "timeAdjustments", List.of(Map.of("intervention", "Dusch",
                        "direction", "INCREASE", "minutes", 15, "reason", "Tar längre tid nu")),
                "newInterventionsNeeded", true), as(assignment.anna));
        assertThat(note.status()).as(note.text()).isEqualTo(201);
        String noteId = note.json().get("noteId").asString();
        Http.Response acknowledged = http.post("/cases/" + caseId + "/planning-notes/" + noteId + "/acknowledgement",
                Map.of("acknowledgedOn", "2026-11-23", "plannerNotes", "Inlagt i planeringen"),
                as(assignment.planner));
        assertThat(acknowledged.status()).as(acknowledged.text()).isEqualTo(201);
        assertThat(http.get("/cases/" + caseId + "/planning-notes", as(assignment.planner)).text()).contains(NOTE);

        // Closure (H9): the plan closes, the working material is erased, the plan itself is kept.
        assignment.closeCase(caseId, LocalDate.of(2026, 11, 23));
        await().atMost(Duration.ofSeconds(20)).until(() ->
                "CLOSED".equals(http.get("/cases/" + caseId, as(assignment.anna)).json().get("status").asString()));
        assertThat(http.get("/cases/" + caseId + "/planning-notes", as(assignment.planner)).json().size()).isZero();
        assertThat(mongo.getCollection("plan_content").countDocuments(
                new Document("caseId", caseId).append("workingMaterial", true))).isZero();
        assertThat(http.get("/cases/" + caseId + "/plan", as(assignment.anna)).json().get("text").get("wishes")
                .asString()).endsWith("ibland bad");
        Http.Response afterClosure = http.post("/cases/" + caseId + "/follow-ups", Map.of("followedUpOn",
                "2026-11-23", "kind", "SCHEDULED", "outcome", "STILL_CURRENT"), as(assignment.anna));
        assertThat(afterClosure.status()).isEqualTo(409);
        assertThat(afterClosure.json().get("rule").asString()).isEqualTo("case-open");

        // Out on Kafka: what happened, when and by whom; never the wishes; every record fits its schema.
        List<String> expected = List.of("IntroductionVisitBooked", "IntroductionVisitHeld", "PlanEstablished",
                "PlanEstablished", "FollowUpRecorded", "PlanningNoteHandedOver", "NewInterventionsRequested",
                "PlanningNoteAcknowledged", "PlanClosed");
        try (TopicReader reader = new TopicReader(EmbeddedServers.kafka().bootstrapServers(), Topics.PLANS)) {
            List<ConsumerRecord<String, byte[]>> records =
                    reader.awaitRecords(r -> caseId.equals(r.key()), expected.size(), Duration.ofSeconds(30));
            assertThat(records).extracting(r -> codec.decode(r.value()).contract().name())
                    .containsExactlyElementsOf(expected);
            for (ConsumerRecord<String, byte[]> record : records) {
                assertThat(schemas.violations(record.value())).isEmpty();
                String json = new String(record.value(), StandardCharsets.UTF_8);
                assertThat(json).doesNotContain("duscha", "samma personal", "Inlagt", "brukaren");
            }
            assertThat(reader.drain(r -> caseId.equals(r.key()), Duration.ofSeconds(1))).hasSize(expected.size());
        }

        // Nor in the logs, nor in the event store: free text lives in the content store only.
        assertThat(logs.getAll()).doesNotContain("duscha", "samma personal", "Inlagt", "brukaren");
        for (Document stored : mongo.getCollection("domainevents").find(new Document("aggregateIdentifier", caseId))) {
            assertThat(stored.toJson()).doesNotContain("duscha", "samma personal", "Inlagt", "brukaren");
        }
    }
}
