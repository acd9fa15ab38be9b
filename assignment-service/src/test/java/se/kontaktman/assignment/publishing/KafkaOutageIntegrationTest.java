package se.kontaktman.assignment.publishing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.kontaktman.platform.testing.EmbeddedServers;
import se.kontaktman.platform.testing.Http;
import se.kontaktman.platform.testing.ServiceIntegrationTest;
import se.kontaktman.assignment.support.OrganisationFixture;
import se.kontaktman.assignment.support.TestPersonnummer;
import se.kontaktman.platform.testing.TopicReader;
import se.kontaktman.embedded.EmbeddedKafka;
import se.kontaktman.events.EventCodec;
import se.kontaktman.events.IntegrationEvent;
import se.kontaktman.events.PublishedEvent;
import se.kontaktman.events.Topics;

/**
 * The store is the outbox: with the broker stopped, commands still succeed; when it is back,
 * every event arrives, in order per case, exactly once per event id and version.
 */
class KafkaOutageIntegrationTest extends ServiceIntegrationTest {

    @Autowired
    MeterRegistry meters;

    private final EmbeddedKafka kafka = EmbeddedServers.kafka();

    @AfterEach
    void brokerRunsAgain() {
        kafka.start();
    }

    @Test
    void commandsSucceedWhileKafkaIsDownAndEveryEventIsPublishedOnceItReturns() {
        OrganisationFixture org = new OrganisationFixture().defineOver(http);
        double failedBefore = meters.counter("kontaktman.publisher.failed.attempts").count();

        kafka.stop();
        Http.Response opened = http.post("/cases", Map.of("personnummer", TestPersonnummer.random(),
                "name", "Tyra Testsson", "staffGroupId", org.groupId, "careProfile", "LSS", "startDate", "2026-11-02"),
                as(org.plannerId));
        assertThat(opened.status()).as(opened.text()).isEqualTo(201);
        String caseId = opened.json().get("caseId").asString();
        assertThat(http.put("/cases/" + caseId + "/contact-persons", Map.of("primaryStaffId", org.anna,
                "substituteStaffId", org.bertil, "effectiveFrom", "2026-11-17"), as(org.plannerId)).status())
                .isEqualTo(204);
        assertThat(http.put("/cases/" + caseId + "/contact-persons/substitute",
                Map.of("staffId", org.cecilia, "effectiveFrom", "2026-11-19"), as(org.plannerId)).status())
                .isEqualTo(204);
        assertThat(http.post("/cases/" + caseId + "/closure",
                Map.of("closedOn", "2026-11-20", "reason", "SERVICE_ENDED"), as(org.plannerId)).status())
                .isEqualTo(204);

        // The publisher is trying, and says how far behind it is; the service stays ready.
        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(meters.counter("kontaktman.publisher.failed.attempts").count()).isGreaterThan(failedBefore);
            assertThat(meters.get("kontaktman.publisher.lag.seconds").gauge().value()).isGreaterThan(0);
        });
        Http.Response readiness = http.get("/actuator/health/readiness");
        assertThat(readiness.status()).as(readiness.text()).isEqualTo(200);
        assertThat(http.get("/actuator/health").json().get("components").get("kafka").get("status").asString())
                .isEqualTo("DOWN");

        kafka.start();

        try (TopicReader reader = new TopicReader(kafka.bootstrapServers(), Topics.CASES)) {
            List<ConsumerRecord<String, byte[]>> records =
                    reader.awaitRecords(r -> caseId.equals(r.key()), 8, Duration.ofSeconds(90));
            assertThat(records).hasSize(8);
            List<ConsumerRecord<String, byte[]>> afterQuiet = reader.drain(r -> caseId.equals(r.key()),
                    Duration.ofSeconds(3));
            EventCodec codec = new EventCodec();
            List<PublishedEvent<IntegrationEvent>> events = afterQuiet.stream().map(r -> codec.decode(r.value())).toList();

            // Each assignment in both versions while v1 is deprecated: v1, then v2, with one id.
            assertThat(events).extracting(e -> e.id() + " " + e.contract().cloudEventType())
                    .doesNotHaveDuplicates().hasSize(8);
            assertThat(events.stream().map(PublishedEvent::id).distinct()).hasSize(5);
            assertThat(events).extracting(e -> e.event().getClass().getSimpleName()).containsExactly(
                    "CaseOpened", "ContactPersonAssigned", "ContactPersonAssignedV2", "ContactPersonAssigned",
                    "ContactPersonAssignedV2", "ContactPersonAssigned", "ContactPersonAssignedV2", "CaseClosed");
        }
        Awaitility.await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(meters.get("kontaktman.publisher.lag.seconds").gauge().value()).isZero());
    }
}
