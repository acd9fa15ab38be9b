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
import se.kontaktman.events.plan.AssistiveDevicesToBeReturned;
import se.kontaktman.plan.support.PlanServiceTest;
import se.kontaktman.platform.testing.EmbeddedServers;
import se.kontaktman.platform.testing.Http;
import se.kontaktman.platform.testing.TopicReader;
import tools.jackson.databind.JsonNode;

/**
 * The contact person's file of a home-care case from its opening to after its closure, over HTTP,
 * the real broker and the embedded Mongo server: risk assessment (H7), devices (H8, L7), network
 * and contacts (L5), daily activity (L6), signature list, "Information vid akutbesök" printed and
 * destroyed at closure (H9), private funds (L8) handed over after closure, feedback (L9). What is
 * published fits its schema and carries none of the file's words; neither do the logs nor the
 * event store.
 */
@ExtendWith(OutputCaptureExtension.class)
class CaseFileIntegrationTest extends PlanServiceTest {

    /** The file's words, which stay in plan-service's content store. */
    private static final List<String> PRIVATE = List.of("Eva Svensson", "Rollator", "HMC-4471", "Talar långsamt",
            "Dagcenter Solrosen", "Fallolycka i badrummet", "Kaffe och tidning", "matsedel", "dottern Eva");

    @Autowired
    MongoTemplate mongo;

    private final EventCodec codec = new EventCodec();
    private final EventSchemas schemas = new EventSchemas();

    @Test
    void theFileFromOpeningToAfterClosure(CapturedOutput logs) {
        String caseId = assignment.openCaseWithContactPersons(CareProfile.HOME_CARE, LocalDate.of(2026, 10, 1));
        awaitCase(caseId, assignment.anna);
        String file = "/cases/" + caseId;

        // H7: the ordinarie assesses the profile's areas (the status names them: Senior alert's); a planner may not.
        assertThat(http.get(file, as(assignment.anna)).json().get("riskAreas").toString())
                .isEqualTo("[\"FALLS\",\"PRESSURE_ULCERS\",\"MALNUTRITION\",\"ORAL_HEALTH\",\"BLADDER_DYSFUNCTION\"]");
        Map<String, Object> risks = Map.of("assessedOn", "2026-10-02", "areas", List.of(
                Map.of("area", "FALLS", "level", "HIGH_RISK", "actions", "Fallolycka i badrummet: halkmatta, larm"),
                Map.of("area", "PRESSURE_ULCERS", "level", "NO_RISK"),
                Map.of("area", "MALNUTRITION", "level", "NO_RISK"),
                Map.of("area", "ORAL_HEALTH", "level", "NO_RISK"),
                Map.of("area", "BLADDER_DYSFUNCTION", "level", "NO_RISK")));
        assertThat(http.post(file + "/risk-assessments", risks, as(assignment.planner)).json().get("rule")
                .asString()).isEqualTo("H7-made-by-the-contact-person");
        created(http.post(file + "/risk-assessments", risks, as(assignment.anna)));
        JsonNode assessed = http.get(file + "/risk-assessments", as(assignment.manager)).json().get(0);
        assertThat(assessed.get("assessedBy").asString()).isEqualTo(assignment.anna);
        assertThat(assessed.get("text").get("areas").get(0).get("actions").asString()).startsWith("Fallolycka");

        // H8, L7: two devices, a signed function check, a request to the occupational therapist.
        String rollator = created(http.post(file + "/assistive-devices", Map.of("receivedOn", "2026-10-03",
                "kind", "Rollator", "aidCentreId", "HMC-4471", "risks", "Bromsarna", "cleaning", "Avtorkas varje vecka"),
                as(assignment.anna))).get("id").asString();
        created(http.post(file + "/assistive-devices", Map.of("receivedOn", "2026-10-03", "kind", "Duschpall"),
                as(assignment.anna)));
        created(http.post(file + "/assistive-devices/" + rollator + "/checks", Map.of("checkedOn", "2026-11-02",
                "check", "FUNCTION", "inOrder", true), as(assignment.bertil)));
        created(http.post(file + "/assistive-device-requests", Map.of("requestedOn", "2026-11-02",
                "need", "Rollator för utomhusbruk"), as(assignment.anna)));
        JsonNode devices = http.get(file + "/assistive-devices", as(assignment.anna)).json();
        assertThat(devices.get("devices")).hasSize(2);
        assertThat(devices.get("devices").get(0).get("checks").get(0).get("signedBy").asString())
                .isEqualTo(assignment.bertil);

        // L5, L6: the network with a dated contact; the daily activity with a visit.
        String eva = created(http.post(file + "/network", Map.of("addedOn", "2026-10-02", "name", "Eva Svensson",
                "relation", "RELATIVE", "description", "dotter", "phone", "070-123 45 67"), as(assignment.anna)))
                .get("id").asString();
        created(http.post(file + "/network/contacts", Map.of("contactedOn", "2026-11-10", "memberId", eva,
                "how", "PHONE", "about", "Ny matsedel"), as(assignment.anna)));
        created(http.put(file + "/daily-activity", Map.of("since", "2026-10-05", "name", "Dagcenter Solrosen",
                "kind", "ELDERLY_ACTIVITY"), as(assignment.anna)));
        created(http.post(file + "/daily-activity/visits", Map.of("visitedOn", "2026-11-12", "kind", "VISIT"),
                as(assignment.anna)));
        assertThat(http.get(file + "/network", as(assignment.anna)).json().get("contacts").get(0).get("text")
                .get("about").asString()).isEqualTo("Ny matsedel");
        assertThat(http.get(file + "/daily-activity", as(assignment.anna)).json().get("current").get("text")
                .get("name").asString()).isEqualTo("Dagcenter Solrosen");

        // The signature list: initials are unique.
        created(http.post(file + "/signature-list", Map.of("staffId", assignment.anna, "initials", "AB"),
                as(assignment.anna)));
        Http.Response sameInitials = http.post(file + "/signature-list", Map.of("staffId", assignment.bertil,
                "initials", "AB"), as(assignment.anna));
        assertThat(sameInitials.status()).isEqualTo(409);
        assertThat(http.get(file + "/signature-list", as(assignment.planner)).json().get(0).get("name").asString())
                .isEqualTo("Anna Berg");

        // "Information vid akutbesök": kept current, printed with the network and the devices in use.
        Http.Response reviewed = http.put(file + "/emergency-information", Map.of("reviewedOn", "2026-11-20",
                "communication", "Talar långsamt, hör dåligt på vänster öra", "calming", "Kaffe och tidning",
                "medicationListKept", "I kökslådan"), as(assignment.anna));
        assertThat(reviewed.status()).as(reviewed.text()).isEqualTo(200);
        Http.Response page = http.get(file + "/emergency-information/page", as(assignment.anna));
        assertThat(page.header("Content-Type")).startsWith("text/html");
        assertThat(page.text()).contains("Information vid akutbesök", "Talar långsamt", "Kaffe och tidning",
                "Eva Svensson", "Anhörig (dotter)", "070-123 45 67", "Rollator", "Duschpall", "I kökslådan",
                "Anna Berg", "0486-331 00", "Senast genomgången 2026-11-20");

        // L8: money in, countersigned by a colleague, out with a receipt; October counted and closed.
        Http.Response badAmount = http.post(file + "/private-funds/entries", Map.of("enteredOn", "2026-10-05",
                "direction", "IN", "amount", 12.345, "purpose", "Insättning"), as(assignment.anna));
        assertThat(badAmount.json().get("rule").asString()).isEqualTo("L8-amount-in-kronor");
        JsonNode deposit = created(http.post(file + "/private-funds/entries", Map.of("enteredOn", "2026-10-05",
                "direction", "IN", "amount", 500, "purpose", "Från banken"), as(assignment.anna)));
        assertThat(deposit.get("needsCountersignature").asBoolean()).isTrue();
        created(http.post(file + "/private-funds/entries/" + deposit.get("entryId").asString() + "/countersignature",
                Map.of("countersignedOn", "2026-10-05"), as(assignment.cecilia)));
        JsonNode withdrawal = created(http.post(file + "/private-funds/entries", Map.of("enteredOn", "2026-11-02",
                "direction", "OUT", "amount", 125.50, "purpose", "Frisör", "receiptReference", "K-17"),
                as(assignment.anna)));
        assertThat(withdrawal.get("balance").decimalValue()).isEqualByComparingTo("374.50");
        created(http.post(file + "/private-funds/entries/" + withdrawal.get("entryId").asString()
                + "/countersignature", Map.of("countersignedOn", "2026-11-02"), as(assignment.bertil)));
        created(http.post(file + "/private-funds/month-closings", Map.of("month", "2026-10",
                "countedOn", "2026-11-01", "countedAmount", 500), as(assignment.anna)));

        // L9.
        created(http.post(file + "/feedback-information", Map.of("informedOn", "2026-10-02",
                "informed", List.of("CLIENT", "RELATIVES"), "how", "Broschyren om synpunkter"), as(assignment.anna)));

        // Closure: the emergency page is destroyed (H9); a device comes back and the balance is handed over after.
        assignment.closeCase(caseId, LocalDate.of(2026, 11, 23));
        await().atMost(Duration.ofSeconds(20)).until(() ->
                http.get(file + "/emergency-information/page", as(assignment.anna)).status() == 410);
        assertThat(http.get(file + "/emergency-information", as(assignment.anna)).json().get("rule").asString())
                .isEqualTo("H9-working-material-destroyed");
        assertThat(mongo.getCollection("plan_content").countDocuments(new Document("caseId", caseId)
                .append("kind", "EMERGENCY_INFORMATION"))).isZero();
        JsonNode toReturn = http.get(file + "/assistive-devices", as(assignment.anna)).json().get("devices");
        assertThat(toReturn).allMatch(device -> device.get("toBeReturnedByRelatives").asBoolean());
        created(http.post(file + "/assistive-devices/" + rollator + "/return", Map.of("returnedOn", "2026-11-23",
                "returnedBy", "RELATIVES"), as(assignment.anna)));
        created(http.post(file + "/private-funds/handover", Map.of("handedOverOn", "2026-11-23", "amount", 374.50,
                "receivedBy", "dottern Eva"), as(assignment.anna)));
        JsonNode ledger = http.get(file + "/private-funds", as(assignment.manager)).json();
        assertThat(ledger.get("closure").get("finalBalance").decimalValue()).isEqualByComparingTo("374.50");
        assertThat(ledger.get("closure").get("receivedBy").asString()).isEqualTo("dottern Eva");
        assertThat(ledger.get("entries")).hasSize(2);
        assertThat(http.get(file + "/risk-assessments", as(assignment.anna)).json()).as("formal documentation, kept")
                .hasSize(1);

        // Out on Kafka: what others act on, in order, each fitting its schema, none of the file's words.
        List<String> expected = List.of("RiskAssessed", "AssistiveDeviceRegistered", "AssistiveDeviceRegistered",
                "NewAssistiveDeviceRequested", "FeedbackInformationGiven", "PlanClosed", "AssistiveDevicesToBeReturned",
                "AssistiveDeviceReturned");
        try (TopicReader reader = new TopicReader(EmbeddedServers.kafka().bootstrapServers(), Topics.PLANS)) {
            List<ConsumerRecord<String, byte[]>> records =
                    reader.awaitRecords(r -> caseId.equals(r.key()), expected.size(), Duration.ofSeconds(30));
            assertThat(records).extracting(r -> codec.decode(r.value()).contract().name())
                    .containsExactlyElementsOf(expected);
            AssistiveDevicesToBeReturned listed = (AssistiveDevicesToBeReturned) codec.decode(records.get(6).value())
                    .event();
            assertThat(listed.deviceIds()).hasSize(2).contains(rollator);
            for (ConsumerRecord<String, byte[]> record : records) {
                assertThat(schemas.violations(record.value())).isEmpty();
                assertThat(new String(record.value(), StandardCharsets.UTF_8)).doesNotContain(PRIVATE);
            }
        }
        assertThat(logs.getAll()).doesNotContain(PRIVATE);
        for (Document stored : mongo.getCollection("domainevents").find(new Document("aggregateIdentifier", caseId))) {
            assertThat(stored.toJson()).doesNotContain(PRIVATE);
        }
    }

    private static JsonNode created(Http.Response response) {
        assertThat(response.status()).as(response.text()).isEqualTo(201);
        return response.text().isEmpty() ? null : response.json();
    }
}
