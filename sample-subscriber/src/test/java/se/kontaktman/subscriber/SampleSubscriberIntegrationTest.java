package se.kontaktman.subscriber;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import se.kontaktman.embedded.EmbeddedKafka;
import se.kontaktman.events.CareProfile;
import se.kontaktman.events.ContactRole;
import se.kontaktman.events.EventCodec;
import se.kontaktman.events.IntegrationEvent;
import se.kontaktman.events.PublishedEvent;
import se.kontaktman.events.Topics;
import se.kontaktman.events.assignment.CaseOpened;
import se.kontaktman.events.assignment.ContactPersonAssigned;
import se.kontaktman.events.assignment.ContactPersonAssignedV2;
import se.kontaktman.events.organisation.AreaDefined;
import se.kontaktman.events.plan.PlanChecked;
import se.kontaktman.events.reminder.DeadlineRule;
import se.kontaktman.events.reminder.DeadlineStage;
import se.kontaktman.events.reminder.DeadlineStageReached;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** The sample subscriber against a real Kafka broker (KRaft, in the JVM), started, stopped and started again. */
class SampleSubscriberIntegrationTest {

    private static final String ASSIGNMENT = "/kontaktman/assignment-service";
    private static final String PERSONNUMMER = "19121212-1212";

    @TempDir
    static Path dir;
    static EmbeddedKafka kafka;
    static KafkaProducer<String, byte[]> producer;

    private final EventCodec codec = new EventCodec();
    private final JsonMapper json = JsonMapper.builder().build();
    private final String caseId = UUID.randomUUID().toString();
    private final String otherCaseId = UUID.randomUUID().toString();

    @BeforeAll
    static void startBroker() {
        // Keep logback-test.xml's configuration (and the test's appender) through Spring Boot's start.
        System.setProperty("org.springframework.boot.logging.LoggingSystem", "none");
        kafka = new EmbeddedKafka(dir.resolve("kafka"), 0).start();
        producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new ByteArraySerializer());
    }

    @AfterAll
    static void stopBroker() {
        producer.close();
        kafka.close();
        System.clearProperty("org.springframework.boot.logging.LoggingSystem");
    }

    @Test
    void writesEveryEventOnceSkipsWhatItCannotReadAndNeverWritesAnEventTwice() throws Exception {
        Path output = dir.resolve("integrator/seen-events.jsonl");
        ListAppender<ILoggingEvent> logged = captureLogs();

        PublishedEvent<IntegrationEvent> opened = event(ASSIGNMENT,
                new CaseOpened(caseId, "solbacken", CareProfile.HOME_CARE, LocalDate.of(2026, 11, 2)));
        PublishedEvent<IntegrationEvent> assigned = event(ASSIGNMENT, new ContactPersonAssigned(caseId, "solbacken",
                ContactRole.PRIMARY, "anna.berg", LocalDate.of(2026, 11, 3), null));
        PublishedEvent<IntegrationEvent> area = event(ASSIGNMENT, new AreaDefined("norr", "Område Norr", "maria.chef"));
        PublishedEvent<IntegrationEvent> checked = event("/kontaktman/plan-service", new PlanChecked(caseId, "solbacken",
                LocalDate.of(2026, 4, 14), "anna.berg", LocalDate.of(2026, 4, 1), LocalDate.of(2026, 5, 31), 1, true,
                LocalDate.of(2026, 5, 5)));
        PublishedEvent<IntegrationEvent> overdue = event("/kontaktman/reminder-service", new DeadlineStageReached(caseId,
                "solbacken", DeadlineRule.H2, "introduction~PRIMARY-anna.berg-2026-11-03", DeadlineStage.OVERDUE,
                LocalDate.of(2026, 11, 11), LocalDate.of(2026, 11, 10), List.of("anna.berg"),
                List.of("pia.planerare"), null, 1, null));
        // v1 in its deprecation period: sent marked, then as v2, with one id.
        ContactPersonAssignedV2 substituteV2 = new ContactPersonAssignedV2(caseId, "solbacken",
                ContactRole.SUBSTITUTE, "bo.ek", LocalDate.of(2026, 11, 3), null, "pia.planerare", null);
        PublishedEvent<IntegrationEvent> substituteAsV2 = event(ASSIGNMENT, substituteV2);
        PublishedEvent<IntegrationEvent> substituteAsV1 = new PublishedEvent<IntegrationEvent>(substituteAsV2.id(),
                ASSIGNMENT, substituteAsV2.time(), substituteV2.toV1())
                .markedSupersededBy("se.kontaktman.ContactPersonAssigned.v2");
        PublishedEvent<IntegrationEvent> openedWithMore = event(ASSIGNMENT,
                new CaseOpened(otherCaseId, "solbacken", CareProfile.LSS, LocalDate.of(2026, 11, 4)));

        publish(opened);
        publish(assigned);
        publish(assigned);                                    // the same CloudEvent again: at least once
        publish(area);
        publish(checked);
        publish(overdue);
        publish(substituteAsV1);
        publish(substituteAsV2);
        publishRaw(Topics.CASES, otherCaseId, edited(openedWithMore, envelope -> {
            ((ObjectNode) envelope.get("data")).put("reasonForOpening", "a field added in a compatible change");
            envelope.put("traceparent", "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01");
        }));
        publishRaw(Topics.CASES, caseId, edited(event(ASSIGNMENT,
                new CaseOpened(caseId, "solbacken", CareProfile.HOME_CARE, LocalDate.of(2026, 11, 2))), envelope -> {
            envelope.put("type", "se.kontaktman.CaseReopened.v1");   // a contract newer than this subscriber
            envelope.put("dataschema", "urn:se.kontaktman:schema:CaseReopened:v1");
        }));
        publishRaw(Topics.CASES, caseId, "{ not a CloudEvent".getBytes(StandardCharsets.UTF_8));
        publishRaw(Topics.CASES, caseId, edited(event(ASSIGNMENT,
                new CaseOpened(caseId, "solbacken", CareProfile.HOME_CARE, LocalDate.of(2026, 11, 2))), envelope ->
                ((ObjectNode) envelope.get("data")).put("staffGroupId", PERSONNUMMER)));   // breaks its schema

        // First run: every topic from the beginning.
        try (ConfigurableApplicationContext subscriber = start(output, "integrator")) {
            SubscriberCounts counts = awaitRecords(subscriber, 12);
            assertThat(counts.written()).isEqualTo(7);
            assertThat(counts.olderVersions()).isEqualTo(1);
            assertThat(counts.duplicates()).isEqualTo(1);
            assertThat(counts.unknownTypes()).isEqualTo(1);
            assertThat(counts.malformed()).isEqualTo(2);
        }
        List<JsonNode> lines = lines(output);
        assertThat(lines).extracting(line -> line.get("id").asString()).containsExactlyInAnyOrder(
                opened.id(), assigned.id(), area.id(), checked.id(), overdue.id(), substituteAsV2.id(),
                openedWithMore.id());
        assertThat(lineOf(lines, substituteAsV2.id()).get("type").asString())
                .isEqualTo("se.kontaktman.ContactPersonAssigned.v2");

        JsonNode assignedLine = lineOf(lines, assigned.id());
        assertThat(assignedLine.get("type").asString()).isEqualTo("se.kontaktman.ContactPersonAssigned.v1");
        assertThat(assignedLine.get("source").asString()).isEqualTo(ASSIGNMENT);
        assertThat(assignedLine.get("time").asString()).isEqualTo(assigned.time().toString());
        assertThat(assignedLine.get("subject").asString()).isEqualTo(caseId);
        assertThat(assignedLine.get("data").get("staffId").asString()).isEqualTo("anna.berg");
        assertThat(assignedLine.get("data").get("effectiveFrom").asString()).isEqualTo("2026-11-03");
        assertThat(assignedLine.get("data").get("replacedStaffId").isNull()).isTrue();
        assertThat(lineOf(lines, area.id()).get("subject").asString()).isEqualTo("norr");
        assertThat(lineOf(lines, overdue.id()).get("data").get("stage").asString()).isEqualTo("OVERDUE");

        JsonNode withMore = lineOf(lines, openedWithMore.id());
        assertThat(withMore.get("data").has("reasonForOpening")).isFalse();
        assertThat(withMore.get("data").get("careProfile").asString()).isEqualTo("LSS");

        assertThat(Files.readString(output)).doesNotContain(PERSONNUMMER);
        assertThat(logged.list).extracting(ILoggingEvent::getFormattedMessage)
                .anyMatch(m -> m.contains("malformed record at " + Topics.CASES))
                .anyMatch(m -> m.contains("unknown type se.kontaktman.CaseReopened.v1"))
                .anyMatch(m -> m.matches("Read \\d+ records; since start: written 7, duplicates 1, unknown types 1, "
                        + "malformed 2, older versions 1"))
                .noneMatch(m -> m.contains(PERSONNUMMER) || m.contains("not a CloudEvent"));

        // Restarted with its group: only what came meanwhile, and a redelivery of a seen event.
        PublishedEvent<IntegrationEvent> substitute = event(ASSIGNMENT, new ContactPersonAssigned(caseId, "solbacken",
                ContactRole.SUBSTITUTE, "bo.ek", LocalDate.of(2026, 11, 5), null));
        publish(assigned);
        publish(substitute);
        try (ConfigurableApplicationContext subscriber = start(output, "integrator")) {
            SubscriberCounts counts = awaitRecords(subscriber, 2);
            assertThat(counts.written()).isEqualTo(1);
            assertThat(counts.duplicates()).isEqualTo(1);
        }
        assertThat(lines(output)).hasSize(8).extracting(line -> line.get("id").asString())
                .doesNotHaveDuplicates().contains(substitute.id());

        // Restarted with a new group (offsets lost, or a deliberate re-read): every topic from the
        // beginning again, and the file stays as it was, because the seen ids are kept with it.
        byte[] before = Files.readAllBytes(output);
        try (ConfigurableApplicationContext subscriber = start(output, "integrator-reread")) {
            SubscriberCounts counts = awaitRecords(subscriber, 14);
            assertThat(counts.written()).isZero();
            assertThat(counts.duplicates()).isEqualTo(10);
            assertThat(counts.olderVersions()).isEqualTo(1);
            assertThat(counts.unknownTypes()).isEqualTo(1);
            assertThat(counts.malformed()).isEqualTo(2);
        }
        assertThat(Files.readAllBytes(output)).isEqualTo(before);
    }

    private ConfigurableApplicationContext start(Path output, String group) {
        return new SpringApplicationBuilder(SampleSubscriberApplication.class)
                .main(SampleSubscriberApplication.class)
                .web(WebApplicationType.NONE)
                .run("--spring.kafka.bootstrap-servers=" + kafka.bootstrapServers(),
                        "--spring.kafka.consumer.group-id=" + group,
                        "--kontaktman.subscriber.output=" + output);
    }

    private static SubscriberCounts awaitRecords(ConfigurableApplicationContext subscriber, long expected)
            throws InterruptedException {
        SubscriberCounts counts = subscriber.getBean(SubscriberCounts.class);
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (counts.records() < expected && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        assertThat(counts.records()).as("records read: %s", counts).isEqualTo(expected);
        Thread.sleep(1000);   // and no more than that
        assertThat(counts.records()).as("records read: %s", counts).isEqualTo(expected);
        return counts;
    }

    private PublishedEvent<IntegrationEvent> event(String source, IntegrationEvent event) {
        return new PublishedEvent<>(UUID.randomUUID().toString(), source, Instant.parse("2026-11-11T05:00:00.123Z"),
                event);
    }

    private void publish(PublishedEvent<IntegrationEvent> event) throws Exception {
        producer.send(codec.toRecord(event)).get();
    }

    private void publishRaw(String topic, String key, byte[] value) throws Exception {
        producer.send(new ProducerRecord<>(topic, key, value)).get();
    }

    private byte[] edited(PublishedEvent<IntegrationEvent> event, Consumer<ObjectNode> edit) {
        ObjectNode envelope = (ObjectNode) json.readTree(codec.encode(event));
        edit.accept(envelope);
        return json.writeValueAsBytes(envelope);
    }

    private List<JsonNode> lines(Path output) throws Exception {
        return Files.readAllLines(output).stream().map(json::readTree).toList();
    }

    private static JsonNode lineOf(List<JsonNode> lines, String id) {
        return lines.stream().filter(l -> l.get("id").asString().equals(id)).findFirst().orElseThrow();
    }

    private static ListAppender<ILoggingEvent> captureLogs() {
        ListAppender<ILoggingEvent> appender = new ListAppender<>();
        appender.start();
        ((Logger) LoggerFactory.getLogger("se.kontaktman.subscriber")).addAppender(appender);
        return appender;
    }
}
