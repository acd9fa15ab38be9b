package se.kontaktman.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.mongodb.core.MongoTemplate;
import se.kontaktman.events.CareProfile;
import se.kontaktman.events.ContactRole;
import se.kontaktman.events.EventCodec;
import se.kontaktman.events.PublishedEvent;
import se.kontaktman.events.StaffRole;
import se.kontaktman.events.Topics;
import se.kontaktman.events.assignment.CaseOpened;
import se.kontaktman.events.assignment.ContactPersonAssigned;
import se.kontaktman.events.assignment.ContactPersonAssignedV2;
import se.kontaktman.events.organisation.StaffMemberDefined;
import se.kontaktman.plan.support.AssignmentService;
import se.kontaktman.plan.support.PlanServiceTest;
import se.kontaktman.platform.testing.AssignmentVersions;
import se.kontaktman.platform.testing.EmbeddedServers;
import se.kontaktman.platform.testing.Http;
import se.kontaktman.platform.testing.TopicReader;

/**
 * What plan-service hears from assignment-service: delivered at least once and, across topics,
 * in no particular order. Duplicates and late arrivals change nothing; an unreadable record goes
 * to the dead-letter topic and the consumer carries on.
 */
class CaseFactsIntegrationTest extends PlanServiceTest {

    private static final LocalDate START = LocalDate.of(2026, 10, 1);

    @Autowired
    MongoTemplate mongo;
    @Value("${spring.kafka.consumer.group-id}")
    String groupId;

    private Http.Response view(String caseId) {
        return http.get("/cases/" + caseId, as(assignment.planner));
    }

    @Test
    void duplicatesAndLateArrivalsChangeNothing() {
        String caseId = UUID.randomUUID().toString();
        Instant t0 = Instant.parse("2026-10-01T08:00:00Z");
        ContactPersonAssigned first = new ContactPersonAssigned(caseId, assignment.group, ContactRole.PRIMARY,
                assignment.anna, START, null);
        // The assignment is heard before the opening, and the opening twice.
        String firstId = assignment.publish(UUID.randomUUID().toString(), t0, first);
        String openedId = assignment.publish(new CaseOpened(caseId, assignment.group, CareProfile.HOME_CARE, START));
        assignment.publish(openedId, t0, new CaseOpened(caseId, assignment.group, CareProfile.HOME_CARE, START));
        assignment.publish(UUID.randomUUID().toString(), t0.plusSeconds(60), new ContactPersonAssigned(caseId,
                assignment.group, ContactRole.PRIMARY, assignment.cecilia, START.plusDays(14), assignment.anna));
        // The first assignment is delivered again, after the one that replaced it.
        assignment.publish(firstId, t0, first);
        // A staff member renamed; the older definition arrives late.
        Instant renamed = Instant.now().plusSeconds(120);
        assignment.publishAt(renamed, new StaffMemberDefined(assignment.cecilia, "Cecilia Nyström",
                Set.of(StaffRole.CARE_STAFF), assignment.group, true));
        RecordMetadata late = assignment.publishAt(renamed.minusSeconds(60), new StaffMemberDefined(
                assignment.cecilia, "Cecilia Holm", Set.of(StaffRole.CARE_STAFF), assignment.group, true));
        String marker = assignment.openCaseWithContactPersons(CareProfile.HOME_CARE, START);

        // The case topic is read in order: once the marker case is known, all before it was read.
        await().atMost(Duration.ofSeconds(20)).until(() -> view(marker).status() == 200);
        AssignmentService.awaitConsumed(groupId, late, Duration.ofSeconds(20));
        Http.Response view = view(caseId);
        assertThat(view.status()).isEqualTo(200);
        assertThat(view.json().get("primary").get("staffId").asString()).isEqualTo(assignment.cecilia);
        assertThat(view.json().get("careProfile").asString()).isEqualTo("HOME_CARE");
        assertThat(mongo.getCollection("domainevents").countDocuments(new Document("aggregateIdentifier", caseId)))
                .as("three facts noted, the repeated ones ignored").isEqualTo(3);
        assertThat(http.get("/cases/" + caseId + "/contact-sheet", as(assignment.cecilia))
                .text()).contains("Cecilia Nyström").doesNotContain("Cecilia Holm");
    }

    @Test
    void anAssignmentPublishedInV1AndV2IsNotedOnceAndAV1FromBeforeV2IsNotedToo() {
        String caseId = UUID.randomUUID().toString();
        Instant t0 = Instant.parse("2026-10-01T08:00:00Z");
        assignment.publish(UUID.randomUUID().toString(), t0,
                new CaseOpened(caseId, assignment.group, CareProfile.HOME_CARE, START));
        // From before v2: v1 alone.
        assignment.publish(UUID.randomUUID().toString(), t0, new ContactPersonAssigned(caseId, assignment.group,
                ContactRole.SUBSTITUTE, assignment.bertil, START, null));
        // During v1's deprecation period: v1 marked as superseded, then v2, with one id.
        ContactPersonAssignedV2 v2 = new ContactPersonAssignedV2(caseId, assignment.group, ContactRole.PRIMARY,
                assignment.anna, START, null, assignment.planner, null);
        String occurrence = UUID.randomUUID().toString();
        assignment.send(new EventCodec().toRecord(AssignmentVersions.markedV1(occurrence, t0.plusSeconds(1), v2)));
        assignment.publish(occurrence, t0.plusSeconds(1), v2);
        String marker = assignment.openCaseWithContactPersons(CareProfile.HOME_CARE, START);

        await().atMost(Duration.ofSeconds(20)).until(() -> view(marker).status() == 200);
        Http.Response view = view(caseId);
        assertThat(view.status()).isEqualTo(200);
        assertThat(view.json().get("primary").get("staffId").asString()).isEqualTo(assignment.anna);
        assertThat(view.json().get("substitute").get("staffId").asString()).isEqualTo(assignment.bertil);
        assertThat(mongo.getCollection("domainevents").countDocuments(new Document("aggregateIdentifier", caseId)))
                .as("the opening and two assignments, the v2 one once").isEqualTo(3);
    }

    @Test
    void aRecordWhoseDataBreaksItsSchemaGoesToTheDeadLetterTopicNotIntoARetryLoop() {
        String caseId = UUID.randomUUID().toString();
        // A readable CloudEvent of a known type, but without the start date its contract requires.
        String broken = new String(new EventCodec().encode(new PublishedEvent<>(
                UUID.randomUUID().toString(), "/kontaktman/assignment-service", Instant.now(),
                new CaseOpened(caseId, assignment.group, CareProfile.HOME_CARE, START))), StandardCharsets.UTF_8)
                .replace(",\"startDate\":\"2026-10-01\"", "");
        assertThat(broken).doesNotContain("startDate");
        assignment.send(new ProducerRecord<>(Topics.CASES, caseId, broken.getBytes(StandardCharsets.UTF_8)));
        String after = assignment.openCaseWithContactPersons(CareProfile.HOME_CARE, START);

        await().atMost(Duration.ofSeconds(20)).until(() -> view(after).status() == 200);
        try (TopicReader deadLetters = new TopicReader(EmbeddedServers.kafka().bootstrapServers(),
                Topics.deadLetterTopicOf(Topics.CASES))) {
            var dead = deadLetters.awaitRecords(r -> caseId.equals(r.key()), 1, Duration.ofSeconds(20));
            assertThat(dead).hasSize(1);
            String reason = new String(dead.get(0).headers().lastHeader("kafka_dlt-exception-message").value(),
                    StandardCharsets.UTF_8);
            assertThat(reason).contains("$.data.startDate: required");
        }
        assertThat(view(caseId).status()).as("the broken opening was not noted").isEqualTo(404);
    }

    @Test
    void anUnreadableRecordGoesToTheDeadLetterTopicAndTheConsumerCarriesOn() {
        String key = "garbage-" + UUID.randomUUID();
        byte[] garbage = "{\"not\": \"a cloud event\"".getBytes(StandardCharsets.UTF_8);
        assignment.send(new ProducerRecord<>(Topics.CASES, key, garbage));
        String after = assignment.openCaseWithContactPersons(CareProfile.LSS, START);

        await().atMost(Duration.ofSeconds(20)).until(() -> view(after).status() == 200);
        try (TopicReader deadLetters = new TopicReader(EmbeddedServers.kafka().bootstrapServers(),
                Topics.deadLetterTopicOf(Topics.CASES))) {
            List<byte[]> values = deadLetters.awaitRecords(r -> key.equals(r.key()), 1, Duration.ofSeconds(20))
                    .stream().map(r -> r.value()).toList();
            assertThat(values).hasSize(1);
            assertThat(values.get(0)).isEqualTo(garbage);
        }
    }
}
