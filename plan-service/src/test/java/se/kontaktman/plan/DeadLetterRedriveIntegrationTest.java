package se.kontaktman.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.support.KafkaHeaders;
import se.kontaktman.events.CareProfile;
import se.kontaktman.events.EventCodec;
import se.kontaktman.events.PublishedEvent;
import se.kontaktman.events.Topics;
import se.kontaktman.events.assignment.CaseOpened;
import se.kontaktman.plan.support.PlanServiceTest;
import se.kontaktman.platform.testing.EmbeddedServers;
import se.kontaktman.platform.testing.Http;
import se.kontaktman.platform.testing.TestIdentityProvider;
import se.kontaktman.platform.testing.TopicReader;
import tools.jackson.databind.JsonNode;

/**
 * Re-drive: records on a dead-letter topic put back on their topic by operations once a fix lets
 * the consumers read them, over HTTP with a token with the role OPERATIONS, on the real broker.
 * A record set aside by an older version (put on the dead-letter topic here with the headers the
 * recoverer writes) is processed once; a second run sends nothing; a record still unreadable goes
 * back to the dead-letter topic once and waits there, not sent round in a loop.
 */
class DeadLetterRedriveIntegrationTest extends PlanServiceTest {

    private static final LocalDate START = LocalDate.of(2026, 10, 1);
    private static final String DEAD_LETTERS = Topics.deadLetterTopicOf(Topics.CASES);
    private static final String REDRIVE = "/actuator/deadletters/" + Topics.CASES;

    @Autowired
    MongoTemplate mongo;
    @Value("${spring.kafka.consumer.group-id}")
    String groupId;
    @Value("${kontaktman.deadletters.redrive-group}")
    String redriveGroup;

    private final EventCodec codec = new EventCodec();

    /**
     * Other test classes leave unreadable records on the shared broker's dead-letter topic: once
     * this service has read all of its topic, what waits there is taken as re-driven before, so
     * that each test counts only its own records.
     */
    @BeforeEach
    void startFromAnEmptyDeadLetterTopic() {
        awaitCaughtUp();
        try (Admin admin = admin()) {
            Map<TopicPartition, OffsetAndMetadata> ends = new HashMap<>();
            latest(admin, DEAD_LETTERS).forEach((partition, end) -> ends.put(partition, new OffsetAndMetadata(end)));
            if (!ends.isEmpty()) {
                admin.alterConsumerGroupOffsets(redriveGroup, ends).all().get();
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        assertThat(waitingOn(Topics.CASES).get("waiting").asLong()).isZero();
    }

    @Test
    void aRecordSetAsideByAnOlderVersionIsProcessedOnceAfterARedriveAndASecondRunSendsNothing() {
        String caseId = UUID.randomUUID().toString();
        ProducerRecord<String, byte[]> opened = caseOpened(caseId, UUID.randomUUID().toString());
        assignment.send(setAside(opened, "record at kontaktman.assignment.cases-0@7 breaks its contract: "
                + "$.data.careProfile: does not have a value in the enumeration"));
        String marker = assignment.openCaseWithContactPersons(CareProfile.HOME_CARE, START);
        awaitCase(marker, assignment.planner);
        assertThat(view(caseId).status()).as("set aside, so not yet known").isEqualTo(404);

        JsonNode waiting = waitingOn(Topics.CASES);
        assertThat(waiting.get("deadLetterTopic").asString()).isEqualTo(DEAD_LETTERS);
        assertThat(waiting.get("waiting").asLong()).isEqualTo(1);
        assertThat(waiting.get("oldestReason").asString()).contains("$.data.careProfile");

        Http.Response redriven = http.post(REDRIVE, "", operations());
        assertThat(redriven.status()).isEqualTo(200);
        assertThat(redriven.json().get("redriven").asLong()).isEqualTo(1);
        assertThat(redriven.json().get("copiesSkipped").asLong()).isZero();

        Http.Response view = awaitCase(caseId, assignment.planner);
        assertThat(view.json().get("careProfile").asString()).isEqualTo("HOME_CARE");
        assertThat(noted(caseId)).as("the opening noted once").isEqualTo(1);
        try (TopicReader cases = new TopicReader(EmbeddedServers.kafka().bootstrapServers(), Topics.CASES)) {
            List<ConsumerRecord<String, byte[]>> copies = cases.awaitRecords(r -> caseId.equals(r.key()), 1,
                    Duration.ofSeconds(10));
            assertThat(copies).hasSize(1);
            ConsumerRecord<String, byte[]> copy = copies.get(0);
            assertThat(copy.value()).isEqualTo(opened.value());
            assertThat(headerNames(copy)).as("the original's headers, not the dead-letter ones")
                    .containsExactly(EventCodec.CONTENT_TYPE_HEADER);
        }
        assertThat(waitingOn(Topics.CASES).get("waiting").asLong()).isZero();

        Http.Response again = http.post(REDRIVE, "", operations());
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().get("redriven").asLong()).isZero();
        try (TopicReader cases = new TopicReader(EmbeddedServers.kafka().bootstrapServers(), Topics.CASES)) {
            assertThat(cases.drain(r -> caseId.equals(r.key()), Duration.ofSeconds(3))).as("not sent again")
                    .hasSize(1);
        }
        awaitCaughtUp();
        assertThat(noted(caseId)).isEqualTo(1);
        assertThat(view(caseId).json().get("careProfile").asString()).isEqualTo("HOME_CARE");
    }

    @Test
    void aCopySentTwiceByACrashBetweenSendAndCommitIsProcessedOnce() {
        String caseId = UUID.randomUUID().toString();
        ProducerRecord<String, byte[]> opened = caseOpened(caseId, UUID.randomUUID().toString());
        assignment.send(setAside(opened, "record at kontaktman.assignment.cases-0@8 breaks its contract"));
        // A run that sent the copy and crashed before remembering it: the next run sends it again.
        assignment.send(new ProducerRecord<>(Topics.CASES, null, caseId, opened.value(), opened.headers()));
        awaitCase(caseId, assignment.planner);

        Http.Response redriven = http.post(REDRIVE, "", operations());
        assertThat(redriven.json().get("redriven").asLong()).isEqualTo(1);

        try (TopicReader cases = new TopicReader(EmbeddedServers.kafka().bootstrapServers(), Topics.CASES)) {
            assertThat(cases.awaitRecords(r -> caseId.equals(r.key()), 2, Duration.ofSeconds(10))).hasSize(2);
        }
        awaitCaughtUp();
        assertThat(noted(caseId)).as("the same CloudEvent id, noted once").isEqualTo(1);
    }

    @Test
    void aRecordStillUnreadableGoesBackToTheDeadLetterTopicOnceAndWaitsThere() {
        String key = "garbage-" + UUID.randomUUID();
        byte[] garbage = "{\"not\": \"a cloud event\"".getBytes(StandardCharsets.UTF_8);
        assignment.send(new ProducerRecord<>(Topics.CASES, key, garbage));
        int copies;
        try (TopicReader deadLetters = new TopicReader(EmbeddedServers.kafka().bootstrapServers(), DEAD_LETTERS)) {
            // One copy per consumer group reading the topic on this broker (other test contexts may run one).
            deadLetters.awaitRecords(r -> key.equals(r.key()), 1, Duration.ofSeconds(20));
            copies = deadLetters.drain(r -> key.equals(r.key()), Duration.ofSeconds(1)).size();
        }
        awaitCaughtUp();
        assertThat(waitingOn(Topics.CASES).get("waiting").asLong()).isEqualTo(copies);

        Http.Response redriven = http.post(REDRIVE, "", operations());
        assertThat(redriven.status()).as("the command finishes").isEqualTo(200);
        assertThat(redriven.json().get("redriven").asLong()).as("sent once however many copies").isEqualTo(1);
        assertThat(redriven.json().get("copiesSkipped").asLong()).isEqualTo(copies - 1);

        awaitCaughtUp();
        try (TopicReader cases = new TopicReader(EmbeddedServers.kafka().bootstrapServers(), Topics.CASES);
             TopicReader deadLetters = new TopicReader(EmbeddedServers.kafka().bootstrapServers(), DEAD_LETTERS)) {
            List<ConsumerRecord<String, byte[]>> onTopic = cases.drain(r -> key.equals(r.key()), Duration.ofSeconds(3));
            assertThat(onTopic).as("the original and one copy, no loop").hasSize(2);
            List<ConsumerRecord<String, byte[]>> setAside = deadLetters.drain(r -> key.equals(r.key()),
                    Duration.ofSeconds(1));
            assertThat(setAside).hasSize(2 * copies);
            assertThat(setAside.subList(copies, 2 * copies)).allSatisfy(again -> assertThat(
                    ByteBuffer.wrap(again.headers().lastHeader(KafkaHeaders.DLT_ORIGINAL_OFFSET).value()).getLong())
                    .as("set aside again: the copy").isEqualTo(onTopic.get(1).offset()));
        }
        assertThat(waitingOn(Topics.CASES).get("waiting").asLong()).as("waiting for the next fix and run")
                .isEqualTo(copies);
    }

    @Test
    void onlyOperationsRedriveAndOnlyTheTopicsThisServiceReads() {
        String caseId = UUID.randomUUID().toString();
        assignment.send(setAside(caseOpened(caseId, UUID.randomUUID().toString()), "breaks its contract"));
        await().atMost(Duration.ofSeconds(10)).until(() -> waitingOn(Topics.CASES).get("waiting").asLong() == 1);

        Http.Response staff = http.post(REDRIVE, "", as(assignment.planner));
        assertThat(staff.status()).isEqualTo(403);
        assertThat(staff.header("Content-Type")).startsWith("application/problem+json");
        assertThat(staff.json().get("rule").asString()).isEqualTo("role");
        assertThat(http.get("/actuator/deadletters", as(assignment.planner)).status()).isEqualTo(403);
        assertThat(http.post(REDRIVE, "").status()).isEqualTo(401);

        Http.Response notRead = http.post("/actuator/deadletters/" + Topics.DEADLINES, "", operations());
        assertThat(notRead.status()).isEqualTo(404);
        assertThat(notRead.header("Content-Type")).startsWith("application/problem+json");
        assertThat(notRead.json().get("rule").asString()).isEqualTo("read-topic");

        Http.Response list = http.get("/actuator/deadletters", operations());
        assertThat(list.json().get("deadLetterTopics").findValuesAsString("topic"))
                .containsExactly(Topics.CASES, Topics.ORGANISATION);
        assertThat(waitingOn(Topics.CASES).get("waiting").asLong()).as("nothing re-driven").isEqualTo(1);
        assertThat(view(caseId).status()).isEqualTo(404);
    }

    /** A token of the monitoring system: the role OPERATIONS and no staff id. */
    private static String[] operations() {
        return bearer(TestIdentityProvider.get().tokenFor(null).roles(List.of("OPERATIONS")).sign());
    }

    private JsonNode waitingOn(String topic) {
        Http.Response list = http.get("/actuator/deadletters", operations());
        assertThat(list.status()).isEqualTo(200);
        for (JsonNode entry : list.json().get("deadLetterTopics")) {
            if (topic.equals(entry.get("topic").asString())) {
                return entry;
            }
        }
        throw new AssertionError("no dead-letter topic listed for " + topic + ": " + list.text());
    }

    private Http.Response view(String caseId) {
        return http.get("/cases/" + caseId, as(assignment.planner));
    }

    private long noted(String caseId) {
        return mongo.getCollection("domainevents").countDocuments(new Document("aggregateIdentifier", caseId));
    }

    private ProducerRecord<String, byte[]> caseOpened(String caseId, String eventId) {
        return codec.toRecord(new PublishedEvent<>(eventId, "/kontaktman/assignment-service", Instant.now(),
                new CaseOpened(caseId, assignment.group, CareProfile.HOME_CARE, START)));
    }

    /** The record as the dead-letter recoverer writes it: unchanged, with where it came from and why. */
    private static ProducerRecord<String, byte[]> setAside(ProducerRecord<String, byte[]> original, String reason) {
        ProducerRecord<String, byte[]> dead = new ProducerRecord<>(DEAD_LETTERS, null, original.key(),
                original.value(), original.headers());
        dead.headers().add(KafkaHeaders.DLT_ORIGINAL_TOPIC, Topics.CASES.getBytes(StandardCharsets.UTF_8));
        dead.headers().add(KafkaHeaders.DLT_ORIGINAL_PARTITION, ByteBuffer.allocate(4).putInt(0).array());
        dead.headers().add(KafkaHeaders.DLT_ORIGINAL_OFFSET,
                ByteBuffer.allocate(8).putLong(Math.abs(UUID.randomUUID().getLeastSignificantBits())).array());
        dead.headers().add(KafkaHeaders.DLT_EXCEPTION_FQCN,
                "se.kontaktman.events.MalformedEventException".getBytes(StandardCharsets.UTF_8));
        dead.headers().add(KafkaHeaders.DLT_EXCEPTION_MESSAGE, reason.getBytes(StandardCharsets.UTF_8));
        return dead;
    }

    private static List<String> headerNames(ConsumerRecord<?, ?> record) {
        return StreamSupport.stream(record.headers().spliterator(), false).map(Header::key).toList();
    }

    /** Until this service's consumer has read to the end of the case topic. */
    private void awaitCaughtUp() {
        try (Admin admin = admin()) {
            await().atMost(Duration.ofSeconds(20)).until(() -> {
                Map<TopicPartition, Long> ends = latest(admin, Topics.CASES);
                Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(groupId)
                        .partitionsToOffsetAndMetadata().get();
                return ends.entrySet().stream().allMatch(end -> end.getValue() == 0
                        || committed.get(end.getKey()) != null
                        && committed.get(end.getKey()).offset() >= end.getValue());
            });
        }
    }

    /** The end of each partition; none for a topic not yet written. */
    private static Map<TopicPartition, Long> latest(Admin admin, String topic) throws Exception {
        if (!admin.listTopics().names().get().contains(topic)) {
            return Map.of();
        }
        Set<TopicPartition> partitions = admin.describeTopics(List.of(topic)).allTopicNames().get().get(topic)
                .partitions().stream().map(p -> new TopicPartition(topic, p.partition())).collect(Collectors.toSet());
        return admin.listOffsets(partitions.stream().collect(Collectors.toMap(p -> p, p -> OffsetSpec.latest())))
                .all().get().entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().offset()));
    }

    private static Admin admin() {
        return Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                EmbeddedServers.kafka().bootstrapServers()));
    }
}
