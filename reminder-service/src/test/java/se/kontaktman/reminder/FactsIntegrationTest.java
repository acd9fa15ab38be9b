package se.kontaktman.reminder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.stream.StreamSupport;

import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.listener.MessageListenerContainer;
import se.kontaktman.events.CareProfile;
import se.kontaktman.events.ContactRole;
import se.kontaktman.events.EventCodec;
import se.kontaktman.events.EventSchemas;
import se.kontaktman.events.IntegrationEvent;
import se.kontaktman.events.PublishedEvent;
import se.kontaktman.events.Topics;
import se.kontaktman.events.assignment.CaseOpened;
import se.kontaktman.events.assignment.ContactPersonAssigned;
import se.kontaktman.events.assignment.ContactPersonAssignedV2;
import se.kontaktman.events.plan.IntroductionVisitHeld;
import se.kontaktman.events.plan.PlanEstablished;
import se.kontaktman.events.plan.RiskAssessed;
import se.kontaktman.events.reminder.DeadlineRule;
import se.kontaktman.events.reminder.DeadlineStage;
import se.kontaktman.events.reminder.DeadlineStageReached;
import se.kontaktman.platform.testing.AssignmentVersions;
import se.kontaktman.platform.testing.EmbeddedServers;
import se.kontaktman.platform.testing.TopicReader;
import se.kontaktman.reminder.casefile.CaseFile;
import se.kontaktman.reminder.casefile.CaseFiles;
import se.kontaktman.reminder.support.ReminderServiceTest;
import se.kontaktman.reminder.support.Suite;
import tools.jackson.databind.JsonNode;

/** Bad input over the real broker: facts out of order, late and twice; unreadable records; unknown types; a backlog. */
class FactsIntegrationTest extends ReminderServiceTest {

    private final EventCodec codec = new EventCodec();

    @Autowired
    private KafkaListenerEndpointRegistry listeners;
    @Autowired
    private MeterRegistry meters;
    @Autowired
    private CaseFiles files;

    /** One case's life, heard the way the test chooses; every event with its own CloudEvent id. */
    private List<PublishedEvent<IntegrationEvent>> lifeOf(String caseId) {
        List<PublishedEvent<IntegrationEvent>> life = new ArrayList<>();
        life.add(fact(TODAY, new CaseOpened(caseId, suite.group, CareProfile.HOME_CARE, TODAY)));
        life.add(fact(TODAY, new ContactPersonAssigned(caseId, suite.group, ContactRole.PRIMARY, suite.anna, TODAY, null)));
        life.add(fact(TODAY, new ContactPersonAssigned(caseId, suite.group, ContactRole.SUBSTITUTE, suite.bertil, TODAY,
                null)));
        life.add(fact(TODAY.plusDays(3), new IntroductionVisitHeld(caseId, suite.group, UUID.randomUUID().toString(),
                TODAY.plusDays(3), suite.anna, List.of(suite.anna), true)));
        life.add(fact(TODAY.plusDays(20), new PlanEstablished(caseId, suite.group, 1, TODAY.plusDays(20), suite.anna, 2)));
        return life;
    }

    private static PublishedEvent<IntegrationEvent> fact(LocalDate on, IntegrationEvent event) {
        return new PublishedEvent<>(UUID.randomUUID().toString(), "", Suite.at(on), event);
    }

    private void publish(PublishedEvent<IntegrationEvent> fact) {
        suite.publish(fact.id(), fact.time(), fact.event());
    }

    @Test
    void factsHeardOutOfOrderLateAndTwiceGiveTheSameDeadlinesAndStagesAsInOrderOnTimeAndOnce() {
        String inOrder = UUID.randomUUID().toString();
        List<PublishedEvent<IntegrationEvent>> lifeInOrder = lifeOf(inOrder);
        lifeInOrder.subList(0, 3).forEach(this::publish);
        awaitCase(inOrder);
        dayComes(TODAY.plusDays(3));
        publish(lifeInOrder.get(3));
        awaitStage(inOrder, DeadlineRule.H2, DeadlineStage.MET);
        dayComes(TODAY.plusDays(20));
        publish(lifeInOrder.get(4));
        awaitStage(inOrder, DeadlineRule.H3, DeadlineStage.MET);
        dayComes(TODAY.plusDays(30));

        // The other case's life is heard a month late, the plan before the visit it follows and both
        // before the case is heard opened (plan-service's topic before assignment-service's), each twice.
        String outOfOrder = UUID.randomUUID().toString();
        List<PublishedEvent<IntegrationEvent>> reversed = new ArrayList<>(lifeOf(outOfOrder));
        Collections.reverse(reversed);
        reversed.forEach(this::publish);
        reversed.forEach(this::publish);
        dayComes(TODAY.plusDays(30));

        List<String> stagesInOrder = stagesOf(inOrder);
        assertThat(stagesInOrder).anyMatch(stage -> stage.startsWith("H3 MET reached " + TODAY.plusDays(20)))
                .anyMatch(stage -> stage.startsWith("H2 ESCALATED"));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(stagesOf(outOfOrder)).containsExactlyInAnyOrderElementsOf(stagesInOrder));
        assertThat(deadlinesOf(outOfOrder)).isEqualTo(deadlinesOf(inOrder));
    }

    @Test
    void anAssignmentPublishedInV1AndV2GivesTheDeadlinesOfOneEvenRedeliveredOrWithABrokenV1AndAV1FromBeforeV2Counts() {
        Instant morning = Suite.at(TODAY);
        String staffed = UUID.randomUUID().toString();
        suite.publish(TODAY, new CaseOpened(staffed, suite.group, CareProfile.HOME_CARE, TODAY));
        // The ersättare as published before v2 existed: v1 alone, unmarked.
        suite.assign(staffed, ContactRole.SUBSTITUTE, suite.bertil, TODAY);
        // The ordinarie during v1's deprecation period: v1 marked superseded, then v2, with one id.
        ContactPersonAssignedV2 ordinarie = new ContactPersonAssignedV2(staffed, suite.group, ContactRole.PRIMARY,
                suite.anna, TODAY, null, suite.planner, null);
        String occurrence = UUID.randomUUID().toString();
        publishInV1AndV2(occurrence, morning, ordinarie);
        // Another case's ordinarie whose marked v1 breaks its schema: the v2 that follows says it right.
        String other = UUID.randomUUID().toString();
        suite.publish(TODAY, new CaseOpened(other, suite.group, CareProfile.HOME_CARE, TODAY));
        ContactPersonAssignedV2 cecilias = new ContactPersonAssignedV2(other, suite.group, ContactRole.PRIMARY,
                suite.cecilia, TODAY, null, suite.planner, null);
        String ceciliasId = UUID.randomUUID().toString();
        byte[] brokenV1 = new String(codec.encode(AssignmentVersions.markedV1(ceciliasId, morning, cecilias)), StandardCharsets.UTF_8)
                .replace("\"role\":\"PRIMARY\"", "\"role\":\"LEADER\"").getBytes(StandardCharsets.UTF_8);
        assertThat(new EventSchemas().incomingViolations(brokenV1)).containsExactly("$.data.role: enum");
        double deadLettered = deadLettered();
        suite.send(new ProducerRecord<>(Topics.CASES, other, brokenV1));
        suite.publish(ceciliasId, morning, cecilias);
        // For comparison: the same contact persons assigned once each, in v1.
        String single = suite.openCaseWithContactPersons(CareProfile.HOME_CARE, TODAY);
        dayComes(TODAY); // the tick waits until every fact published before it has been read

        String heardOnce = http.get("/cases/" + staffed + "/deadlines", as(suite.planner)).text();
        publishInV1AndV2(occurrence, morning, ordinarie);
        dayComes(TODAY);

        assertThat(http.get("/cases/" + staffed + "/deadlines", as(suite.planner)).text())
                .as("the pair delivered again changes nothing").isEqualTo(heardOnce);
        JsonNode deadlines = http.get("/cases/" + staffed + "/deadlines", as(suite.planner)).json();
        assertThat(strings(deadlines.get("contactPersonStaffIds"))).containsExactlyInAnyOrder(suite.anna, suite.bertil);
        // Staffed from its first day, the unmarked v1 included: no H1; one H2 each, the ordinarie's once.
        assertThat(deadlines.get("deadlines")).extracting(d -> d.get("rule").asString(),
                        d -> d.get("occurrence").asString(), d -> strings(d.get("responsibleStaffIds")))
                .containsExactlyInAnyOrder(
                        tuple("H2", "introduction~PRIMARY-" + suite.anna + "-" + TODAY, List.of(suite.anna)),
                        tuple("H2", "introduction~SUBSTITUTE-" + suite.bertil + "-" + TODAY, List.of(suite.bertil)));
        assertThat(deadlinesOf(staffed)).as("as for one assignment of each").isEqualTo(deadlinesOf(single));
        JsonNode ceciliasCase = http.get("/cases/" + other + "/deadlines", as(suite.planner)).json();
        assertThat(strings(ceciliasCase.get("contactPersonStaffIds"))).containsExactly(suite.cecilia);
        assertThat(ceciliasCase.get("deadlines")).extracting(d -> d.get("rule").asString(),
                d -> strings(d.get("responsibleStaffIds"))).contains(tuple("H2", List.of(suite.cecilia)));
        // The broken v1 skipped unread: its v2 says the same, so there is nothing to set aside.
        try (TopicReader deadLetters = new TopicReader(EmbeddedServers.kafka().bootstrapServers(),
                Topics.deadLetterTopicOf(Topics.CASES))) {
            assertThat(deadLetters.drain(record -> other.equals(record.key()), Duration.ofSeconds(3)))
                    .extracting(record -> new String(record.headers().lastHeader("kafka_dlt-exception-message").value(),
                            StandardCharsets.UTF_8)).isEmpty();
        }
        assertThat(deadLettered()).isEqualTo(deadLettered);

        dayComes(TODAY.plusDays(4));
        assertThat(stagesOf(staffed, 2)).extracting(DeadlineStageReached::rule, DeadlineStageReached::stage,
                        DeadlineStageReached::responsibleStaffIds)
                .containsExactlyInAnyOrder(tuple(DeadlineRule.H2, DeadlineStage.UPCOMING, List.of(suite.anna)),
                        tuple(DeadlineRule.H2, DeadlineStage.UPCOMING, List.of(suite.bertil)));
        assertThat(stagesOf(staffed)).hasSize(2);
    }

    @Test
    void whileFactsAreWaitingToBeReadNoDeadlineIsWorkedOutFromHalfOfThem() {
        // A case opened and staffed a month ago (so H1 never ran), its visits, plan and risk assessment held in time,
        // heard only now behind a backlog: nothing may be reminded of, only what was met is told.
        String caseId = UUID.randomUUID().toString();
        LocalDate opened = TODAY.minusDays(30);
        MessageListenerContainer facts = listeners.getListenerContainer("reminder-facts");
        facts.stop();
        PublishedEvent<IntegrationEvent> opening = fact(opened, new CaseOpened(caseId, suite.group,
                CareProfile.HOME_CARE, opened));
        // More than one batch of the consumer: the opening, then its redeliveries.
        suite.publishAgain(opening.id(), opening.time(), opening.event(), 2_501);
        suite.assign(caseId, ContactRole.PRIMARY, suite.anna, opened);
        suite.assign(caseId, ContactRole.SUBSTITUTE, suite.bertil, opened);
        suite.visit(caseId, suite.anna, opened.plusDays(2));
        suite.visit(caseId, suite.bertil, opened.plusDays(2));
        suite.plan(caseId, 1, opened.plusDays(5));
        suite.publish(opened.plusDays(5), new RiskAssessed(caseId, suite.group, opened.plusDays(5), suite.anna, 1));
        facts.start();

        dayComes(TODAY);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(stagesOf(caseId))
                .map(stage -> stage.substring(0, stage.indexOf(" due ")))
                .containsExactlyInAnyOrder("H2 MET reached " + opened.plusDays(2),
                        "H2 MET reached " + opened.plusDays(2), "H3 MET reached " + opened.plusDays(5),
                        "H7 MET reached " + opened.plusDays(5)));
    }

    @Test
    void ofTwoWritersOfOneCaseFileOnlyTheFirstBelievesItStoredIt() {
        // As the consumer of one instance and the tick of another can: the second must read the file again.
        String caseId = suite.openCaseWithContactPersons(CareProfile.HOME_CARE, TODAY);
        awaitCase(caseId);
        CaseFile first = files.load(List.of(caseId)).get(caseId);
        CaseFile second = files.load(List.of(caseId)).get(caseId);

        assertThat(files.save(List.of(first))).isEmpty();
        assertThat(files.save(List.of(second))).containsExactly(caseId);
        assertThat(files.load(List.of(caseId)).get(caseId).revision()).isEqualTo(first.revision());
    }

    @Test
    void anUnreadableRecordGoesToTheDeadLetterTopicAndTheConsumerCarriesOn() {
        String key = "garbage-" + UUID.randomUUID();
        double deadLettered = deadLettered();
        suite.send(new ProducerRecord<>(Topics.CASES, key, "{\"not\": \"a cloud event\"".getBytes(StandardCharsets.UTF_8)));
        String after = suite.openCaseWithContactPersons(CareProfile.HOME_CARE, TODAY);

        awaitCase(after);
        try (TopicReader deadLetters = new TopicReader(EmbeddedServers.kafka().bootstrapServers(),
                Topics.deadLetterTopicOf(Topics.CASES))) {
            assertThat(deadLetters.awaitRecords(record -> key.equals(record.key()), 1, Duration.ofSeconds(20)))
                    .extracting(record -> new String(record.value(), StandardCharsets.UTF_8))
                    .containsExactly("{\"not\": \"a cloud event\"");
        }
        assertThat(deadLettered()).as("counted for operations").isEqualTo(deadLettered + 1);
    }

    /**
     * An assignment as assignment-service publishes it during v1's deprecation period: v1 marked as
     * superseded by v2, then v2, on the case's key and with one id.
     */
    private void publishInV1AndV2(String id, Instant time, ContactPersonAssignedV2 v2) {
        suite.send(codec.toRecord(AssignmentVersions.markedV1(id, time, v2)));
        suite.publish(id, time, v2);
    }

    private static List<String> strings(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).map(JsonNode::asString).toList();
    }

    private double deadLettered() {
        return meters.counter("kontaktman.consumer.dead.lettered", "topic", Topics.CASES).count();
    }

    @Test
    void anEventOfATypeNotKnownHereIsCountedAndSkipped() {
        String caseId = UUID.randomUUID().toString();
        // A CloudEvent as assignment-service would send it, of a type this copy does not know.
        String newer = new String(codec.encode(new PublishedEvent<>(UUID.randomUUID().toString(),
                "/kontaktman/assignment-service", Suite.at(TODAY), new CaseOpened(caseId, suite.group,
                CareProfile.HOME_CARE, TODAY))), StandardCharsets.UTF_8)
                .replace("se.kontaktman.CaseOpened.v1", "se.kontaktman.CaseReopened.v1");
        double before = unknownTypes();
        suite.send(new ProducerRecord<>(Topics.CASES, caseId, newer.getBytes(StandardCharsets.UTF_8)));
        String after = suite.openCaseWithContactPersons(CareProfile.HOME_CARE, TODAY);

        awaitCase(after);
        // The two cases' keys may be on different partitions: the later case says nothing of when the
        // earlier record is read.
        await().atMost(Duration.ofSeconds(30)).until(() -> unknownTypes() == before + 1);
        assertThat(http.get("/cases/" + caseId + "/deadlines", as(suite.planner)).status())
                .as("not taken for the opening it resembles").isEqualTo(404);
    }

    private double unknownTypes() {
        return meters.counter("kontaktman.reminder.events.unknown.type").count();
    }

    private void awaitStage(String caseId, DeadlineRule rule, DeadlineStage stage) {
        await().atMost(Duration.ofSeconds(30)).until(() -> stagesOf(caseId).stream()
                .anyMatch(seen -> seen.startsWith(rule + " " + stage)));
    }

    /** The case's stages on the topic so far, without what names the case. */
    private List<String> stagesOf(String caseId) {
        return deadlines.drain(record -> caseId.equals(record.key()), Duration.ofMillis(500)).stream()
                .map(ConsumerRecord::value).map(value -> (DeadlineStageReached) codec.decode(value).event())
                .map(stage -> stage.rule() + " " + stage.stage() + " reached " + stage.reachedOn() + " due "
                        + stage.dueOn() + " to " + stage.responsibleStaffIds() + " escalated to "
                        + stage.escalatedToStaffIds() + " met " + stage.metOn() + " overdue " + stage.daysOverdue()
                        + " " + stage.cancellationReason())
                .toList();
    }

    /** The case's deadlines as the service answers them, without what names the case. */
    private List<String> deadlinesOf(String caseId) {
        JsonNode deadlines = http.get("/cases/" + caseId + "/deadlines", as(suite.planner)).json().get("deadlines");
        return StreamSupport.stream(deadlines.spliterator(), false)
                .map(deadline -> deadline.toString().replace(caseId, "<case>")
                        .replaceAll("\"occurrence\":\"[^\"]*\"", "")).sorted().toList();
    }
}
