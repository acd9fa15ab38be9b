package se.kontaktman.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
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
import se.kontaktman.events.plan.PlanChecked;
import se.kontaktman.plan.support.PlanServiceTest;
import se.kontaktman.platform.testing.EmbeddedServers;
import se.kontaktman.platform.testing.Http;
import se.kontaktman.platform.testing.TopicReader;
import tools.jackson.databind.JsonNode;

/**
 * A home-care case from start to closure, as seed 000 describes it: assignment events in over
 * Kafka, the contact person's work over HTTP, plan events out on Kafka, checked against the
 * shared schemas. The client's wishes never leave the service; when the case closes the
 * follow-up sheet is destroyed (H9) and the formal documentation kept.
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
        String caseId = assignment.openCaseWithContactPersons(CareProfile.HOME_CARE, LocalDate.of(2026, 11, 10));
        JsonNode known = awaitCase(caseId, assignment.anna).json();
        assertThat(known.get("primary").get("staffId").asString()).isEqualTo(assignment.anna);
        assertThat(known.get("primary").get("introductionDue").asBoolean()).isTrue();
        assertThat(known.get("primary").get("introductionDueBy").asString()).isEqualTo("2026-11-17");
        assertThat(known.get("substitute").get("introductionDue").asBoolean()).isTrue();

        // H2: the planner books the visit; the ordinarie it was booked for presents themself with the sheet.
        Http.Response booked = http.post("/cases/" + caseId + "/introduction-visits",
                Map.of("bookedFor", "2026-11-17", "contactPersonStaffId", assignment.anna), as(assignment.planner));
        assertThat(booked.status()).as(booked.text()).isEqualTo(201);
        String visitId = booked.json().get("visitId").asString();
        Http.Response held = http.post("/cases/" + caseId + "/introduction-visits/" + visitId + "/held",
                Map.of("heldOn", "2026-11-17", "attendingStaffIds", List.of(), "sheetHandedOver", true),
                as(assignment.planner));
        assertThat(held.status()).as(held.text()).isEqualTo(200);
        assertThat(held.json().get("presentedBy").asString()).isEqualTo(assignment.anna);
        JsonNode introduced = http.get("/cases/" + caseId, as(assignment.anna)).json();
        assertThat(introduced.get("primary").get("introducedOn").asString()).isEqualTo("2026-11-17");
        assertThat(introduced.get("primary").get("introductionDue").asBoolean()).isFalse();
        assertThat(introduced.get("substitute").get("introductionDue").asBoolean())
                .as("the ersättare presents themself too").isTrue();

        Http.Response sheet = http.get("/cases/" + caseId + "/contact-sheet", as(assignment.anna));
        assertThat(sheet.status()).isEqualTo(200);
        assertThat(sheet.header("Content-Type")).startsWith("text/html");
        assertThat(sheet.text()).contains("Jag är din kontaktman", "Anna Berg", "0486-331 00",
                "inom tre veckor efter mitt första hembesök", "minst var sjätte månad");

        // H3: the plan, with the client's wishes; H4: a follow-up with the client that revises it.
        Map<String, Object> plan = new HashMap<>(homeCarePlan(WISH));
        plan.put("establishedOn", "2026-11-19");
        Http.Response established = http.post("/cases/" + caseId + "/plan/versions", plan, as(assignment.anna));
        assertThat(established.status()).as(established.text()).isEqualTo(201);
        assertThat(established.json().get("version").asInt()).isEqualTo(1);

        Map<String, Object> followUp = new HashMap<>(followUp("2026-11-20", "EXTENSIVE_CHANGE", "REVISED"));
        followUp.put("revision", homeCarePlan(WISH + " och ibland bad"));
        Http.Response followedUp = http.post("/cases/" + caseId + "/follow-ups", followUp, as(assignment.bertil));
        assertThat(followedUp.status()).as(followedUp.text()).isEqualTo(201);
        assertThat(followedUp.json().get("planVersion").asInt()).isEqualTo(2);
        JsonNode current = http.get("/cases/" + caseId + "/plan", as(assignment.anna)).json();
        assertThat(current.get("version").get("version").asInt()).isEqualTo(2);
        assertThat(current.get("text").get("wishes").asString()).endsWith("ibland bad");
        assertThat(http.get("/cases/" + caseId + "/plan/versions/1", as(assignment.anna)).json()
                .get("text").get("wishes").asString()).isEqualTo(WISH);
        assertThat(http.get("/cases/" + caseId + "/follow-ups", as(assignment.anna)).json().get(0).get("text")
                .get("participants").get(0).get("description").asString()).isEqualTo("brukaren");

        // H5: the October/November check, with a booked follow-up, on the follow-up sheet.
        Http.Response checked = http.post("/cases/" + caseId + "/plan-checks", Map.of("checkedOn", "2026-11-22",
                "planCurrent", true, "followUpBookedFor", "2026-12-07"), as(assignment.anna));
        assertThat(checked.status()).as(checked.text()).isEqualTo(201);
        assertThat(checked.json().get("windowStart").asString()).isEqualTo("2026-10-01");
        JsonNode followUpSheet = http.get("/cases/" + caseId + "/follow-up-sheet", as(assignment.anna)).json();
        assertThat(followUpSheet.get("contactPerson1").get("name").asString()).isEqualTo("Anna Berg");
        assertThat(followUpSheet.get("planEstablishedOn").asString()).isEqualTo("2026-11-19");
        JsonNode autumn = followUpSheet.get("years").get(0).get("checkWindows").get(1);
        assertThat(autumn.get("months").asString()).isEqualTo("OCTOBER-NOVEMBER");
        assertThat(autumn.get("check").get("followUpBookedFor").asString()).isEqualTo("2026-12-07");
        assertThat(followUpSheet.get("extensiveChangeFollowUps").get(0).get("signedBy").asString())
                .isEqualTo(assignment.bertil);

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
        JsonNode notes = http.get("/cases/" + caseId + "/planning-notes", as(assignment.planner)).json();
        assertThat(notes.get(0).get("text").get("specialWishes").asString()).isEqualTo(NOTE);
        assertThat(notes.get(0).get("note").get("newInterventionsRequested").asBoolean()).isTrue();

        // H9: the case closes; the follow-up sheet is destroyed, the plan, follow-ups and notes are kept.
        assignment.closeCase(caseId, LocalDate.of(2026, 11, 23));
        await().atMost(Duration.ofSeconds(20)).until(() ->
                "CLOSED".equals(http.get("/cases/" + caseId, as(assignment.anna)).json().get("status").asString()));
        Http.Response destroyed = http.get("/cases/" + caseId + "/follow-up-sheet", as(assignment.anna));
        assertThat(destroyed.status()).isEqualTo(410);
        assertThat(destroyed.json().get("rule").asString()).isEqualTo("H9-sheet-destroyed-at-closure");
        assertThat(mongo.getCollection("follow_up_sheets").countDocuments(new Document("_id", caseId))).isZero();
        assertThat(http.get("/cases/" + caseId + "/plan", as(assignment.anna)).json().get("text").get("wishes")
                .asString()).endsWith("ibland bad");
        assertThat(http.get("/cases/" + caseId + "/planning-notes", as(assignment.planner)).text()).contains(NOTE);
        Http.Response afterClosure = http.post("/cases/" + caseId + "/follow-ups",
                followUp("2026-11-23", "SCHEDULED", "STILL_CURRENT"), as(assignment.anna));
        assertThat(afterClosure.status()).isEqualTo(409);
        assertThat(afterClosure.json().get("rule").asString()).isEqualTo("case-open");

        // Out on Kafka: what happened, when and by whom; never the wishes; every record fits its schema.
        List<String> expected = List.of("IntroductionVisitBooked", "IntroductionVisitHeld", "PlanEstablished",
                "PlanEstablished", "FollowUpRecorded", "PlanChecked", "PlanningNoteHandedOver",
                "NewInterventionsRequested", "PlanningNoteAcknowledged", "PlanClosed");
        try (TopicReader reader = new TopicReader(EmbeddedServers.kafka().bootstrapServers(), Topics.PLANS)) {
            List<ConsumerRecord<String, byte[]>> records =
                    reader.awaitRecords(r -> caseId.equals(r.key()), expected.size(), Duration.ofSeconds(30));
            assertThat(records).extracting(r -> codec.decode(r.value()).contract().name())
                    .containsExactlyElementsOf(expected);
            PlanChecked check = (PlanChecked) codec.decode(records.get(5).value()).event();
            assertThat(check.followUpBookedFor()).isEqualTo(LocalDate.of(2026, 12, 7));
            for (ConsumerRecord<String, byte[]> record : records) {
                assertThat(schemas.violations(record.value())).isEmpty();
                String json = new String(record.value(), StandardCharsets.UTF_8);
                assertThat(json).doesNotContain("duscha", "samma personal", "Inlagt", "brukaren", "punkt för punkt");
            }
            assertThat(reader.drain(r -> caseId.equals(r.key()), Duration.ofSeconds(1))).hasSize(expected.size());
        }

        // Nor in the logs, nor in the event store: free text lives in the content store only.
        assertThat(logs.getAll()).doesNotContain("duscha", "samma personal", "Inlagt", "brukaren", "punkt för punkt");
        for (Document stored : mongo.getCollection("domainevents").find(new Document("aggregateIdentifier", caseId))) {
            assertThat(stored.toJson()).doesNotContain("duscha", "samma personal", "Inlagt", "brukaren");
        }
    }
}
