package se.kontaktman.reminder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.mongodb.client.MongoCollection;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.kontaktman.events.CareProfile;
import se.kontaktman.events.EventCodec;
import se.kontaktman.events.PublishedEvent;
import se.kontaktman.events.Topics;
import se.kontaktman.events.reminder.DeadlineStageReached;
import se.kontaktman.platform.testing.EmbeddedServers;
import se.kontaktman.platform.testing.EventWriter;
import se.kontaktman.platform.testing.Http;
import se.kontaktman.platform.testing.TestClockConfiguration;
import se.kontaktman.platform.testing.TestIdentityProvider;
import se.kontaktman.platform.testing.TopicReader;
import se.kontaktman.reminder.casefile.CaseFile;
import se.kontaktman.reminder.days.Ticker;
import se.kontaktman.reminder.facts.FactsBacklog;
import se.kontaktman.reminder.support.ReminderInstances;
import se.kontaktman.reminder.support.Suite;
import tools.jackson.databind.JsonNode;

/**
 * Several instances of reminder-service on one database and one consumer group, as operations
 * would scale it, and one killed in the middle of its work: each stage reaches subscribers with
 * one id, none is skipped, and with instances that do not crash none is published twice.
 */
class InstancesIntegrationTest {

    private static final LocalDate TODAY = TestClockConfiguration.TODAY;
    /** Far enough for every stage of an introduction visit not held: escalated on the 15th day. */
    private static final LocalDate LATER = TODAY.plusDays(20);

    private final EventCodec codec = new EventCodec();
    private final ReminderInstances instances = new ReminderInstances();
    private Suite suite;
    private TopicReader deadlines;

    @BeforeEach
    void organisation() {
        suite = new Suite(new EventWriter()).defineOrganisation(TODAY.minusYears(1));
        deadlines = new TopicReader(EmbeddedServers.kafka().bootstrapServers(), Topics.DEADLINES);
    }

    @AfterEach
    void close() {
        suite.close();
        deadlines.close();
    }

    @Test
    void twoInstancesOneJoiningWhileFactsFlowNoteEachFactOnceAndTickingAtOncePublishEachStageWithOneId() {
        List<String> joining = new ArrayList<>();
        try (ReminderInstances.InJvm a = instances.startInJvm()) {
            a.dayComes(TODAY);
            for (int i = 0; i < 20; i++) {
                joining.add(openCaseAnnaVisits());
            }
            try (ReminderInstances.InJvm b = instances.startInJvm()) {
                // The group shares the facts' partitions between the two while the rest of the facts flow;
                // records one has read and not yet committed are read again by the other.
                await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
                    assertThat(a.factsPartitions()).isNotEmpty();
                    assertThat(b.factsPartitions()).isNotEmpty();
                });
                for (int i = 0; i < 20; i++) {
                    joining.add(openCaseAnnaVisits());
                }
                MongoCollection<Document> files = a.mongo().getCollection(CaseFile.COLLECTION);
                await().atMost(Duration.ofSeconds(90)).untilAsserted(() -> assertThat(joining).allSatisfy(caseId -> {
                    Document file = files.find(new Document("_id", caseId)).first();
                    assertThat(file).as(caseId).isNotNull();
                    assertThat(file.getList("assignments", Document.class)).hasSize(2);
                    assertThat(file.getList("visits", Document.class)).hasSize(1);
                }));
                // Nothing more arrives: the group has committed every fact on the topics, so none is read
                // again. Each fact was noted once, whichever instance read it (or both did).
                awaitFactsRead(a);
                for (String caseId : joining) {
                    assertThat(files.countDocuments(new Document("_id", caseId))).isEqualTo(1);
                    Document file = files.find(new Document("_id", caseId)).first();
                    assertThat(file.getList("assignments", Document.class)).extracting(d -> d.getString("staffId"))
                            .containsExactlyInAnyOrder(suite.anna, suite.bertil);
                    assertThat(file.getList("visits", Document.class)).extracting(d -> d.getString("presentedBy"))
                            .containsExactly(suite.anna);
                }
                // Cases opened while both read the facts, never visited: ticking at once, the two publish
                // each of their stages once between them (four for each contact person).
                List<String> steady = openCases(20);
                awaitKnown(b.http(), steady);
                awaitFactsRead(b);

                a.clock().setToday(LATER);
                b.clock().setToday(LATER);
                // Both tick at the same moment, again and again, until the days up to LATER are worked through.
                await().atMost(Duration.ofSeconds(60)).until(() -> {
                    CompletableFuture<Ticker.Result> byA = CompletableFuture.supplyAsync(() -> a.ticker().tick());
                    CompletableFuture<Ticker.Result> byB = CompletableFuture.supplyAsync(() -> b.ticker().tick());
                    return Stream.of(byA.join(), byB.join()).anyMatch(result -> result.daysWorked().contains(LATER));
                });

                Set<String> ours = new HashSet<>(joining);
                ours.addAll(steady);
                int expected = joining.size() * 6 + steady.size() * 8;
                Map<String, Set<String>> idsByStage = awaitStages(ours, expected, Duration.ofSeconds(60));
                // A stage told again (by the instance that lost the partition, and the one that got it) has
                // the id it had: a subscriber deduplicating on ids sees each once.
                assertThat(idsByStage).hasSize(expected).allSatisfy((stage, ids) -> assertThat(ids).as(stage).hasSize(1));
                // The steady cases' stages were published once each: no copy at all.
                List<PublishedEvent<?>> steadyStages = deadlines.drain(record -> steady.contains(record.key()),
                        Duration.ofSeconds(1)).stream().<PublishedEvent<?>>map(record -> codec.decode(record.value()))
                        .toList();
                assertThat(steadyStages).hasSize(steady.size() * 8);
                assertThat(steadyStages).extracting(PublishedEvent::id).doesNotHaveDuplicates();
                assertThat(steadyStages).extracting(event -> keyOf((DeadlineStageReached) event.event()))
                        .doesNotHaveDuplicates();
                Set<String> stagesOfEach = Set.of("H2|" + suite.anna + "|MET", "H3|" + suite.anna + "|UPCOMING",
                        "H2|" + suite.bertil + "|UPCOMING", "H2|" + suite.bertil + "|DUE",
                        "H2|" + suite.bertil + "|OVERDUE", "H2|" + suite.bertil + "|ESCALATED");
                for (String caseId : joining) {
                    Set<String> stages = new HashSet<>();
                    stagesOfEach.forEach(stage -> stages.add(caseId + "|" + stage));
                    assertThat(idsByStage.keySet().stream().filter(key -> key.startsWith(caseId + "|")))
                            .as(caseId).containsExactlyInAnyOrderElementsOf(stages);
                    // The file notes each of them once, whichever instance told it.
                    List<Document> published = files.find(new Document("_id", caseId)).first()
                            .getList("published", Document.class);
                    assertThat(published).extracting(p -> p.getString("rule") + "|" + p.getString("occurrence"))
                            .doesNotHaveDuplicates();
                    assertThat(published).flatExtracting(p -> p.getList("stages", String.class)).hasSize(6);
                    // Each instance answers the same deadlines: one H2 per contact person, one H3.
                    JsonNode byA = a.http().get("/cases/" + caseId + "/deadlines?asOf=" + LATER,
                            signedIn(suite.planner)).json();
                    JsonNode byB = b.http().get("/cases/" + caseId + "/deadlines?asOf=" + LATER,
                            signedIn(suite.planner)).json();
                    assertThat(byB).isEqualTo(byA);
                    List<String> standings = new ArrayList<>();
                    for (JsonNode deadline : byA.get("deadlines")) {
                        List<String> responsible = new ArrayList<>();
                        deadline.get("responsibleStaffIds").forEach(staffId -> responsible.add(staffId.asString()));
                        standings.add(deadline.get("rule").asString() + "|" + String.join(",", responsible) + "|"
                                + deadline.get("standing").asString());
                    }
                    assertThat(standings).as(caseId).filteredOn(standing -> standing.startsWith("H2") || standing.startsWith("H3"))
                            .containsExactlyInAnyOrder("H2|" + suite.anna + "|MET", "H2|" + suite.bertil + "|ESCALATED",
                                    "H3|" + suite.anna + "|UPCOMING");
                }
            }
        }
    }

    @Test
    void anInstanceKilledWhileCatchingUpIsReplacedAndEveryStageReachesSubscribersWithOneId() {
        Path logs = Path.of("target", "reminder-processes", suite.suffix);
        List<String> cases;
        try (ReminderInstances.Process first = instances.startProcess(TODAY, logs.resolve("first.log")).awaitReady()) {
            cases = openCases(200);
            awaitKnown(first.http(), cases);
            first.kill();
        }
        // While no instance runs, anna presents herself to the first forty clients.
        List<String> visited = cases.subList(0, 40);
        visited.forEach(caseId -> suite.visit(caseId, suite.anna, TODAY.plusDays(2)));

        Set<String> ours = Set.copyOf(cases);
        int expected = visited.size() * 6 + (cases.size() - visited.size()) * 8;
        int seenAtKill;
        try (ReminderInstances.Process second = instances.startProcess(LATER, logs.resolve("second.log"))) {
            await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(20))
                    .until(() -> deadlines.drain(record -> ours.contains(record.key()), Duration.ofMillis(20))
                            .size() >= expected / 20);
            second.kill();
            seenAtKill = deadlines.drain(record -> ours.contains(record.key()), Duration.ZERO).size();
        }
        assertThat(seenAtKill).as("killed in the middle of its work").isLessThan(expected);

        try (ReminderInstances.Process third = instances.startProcess(LATER, logs.resolve("third.log"))) {
            Map<String, Set<String>> idsByStage = awaitStages(ours, expected, Duration.ofSeconds(120));
            assertThat(idsByStage).hasSize(expected)
                    .allSatisfy((stage, ids) -> assertThat(ids).as(stage).hasSize(1));
            Map<String, Set<String>> stagesByCase = idsByStage.keySet().stream()
                    .collect(Collectors.groupingBy(key -> key.substring(0, key.indexOf('|')),
                            Collectors.mapping(key -> key.substring(key.indexOf('|') + 1), Collectors.toSet())));
            Set<String> bertilNeverCame = Set.of("H2|" + suite.bertil + "|UPCOMING", "H2|" + suite.bertil + "|DUE",
                    "H2|" + suite.bertil + "|OVERDUE", "H2|" + suite.bertil + "|ESCALATED");
            Set<String> annaCame = Set.of("H2|" + suite.anna + "|MET", "H3|" + suite.anna + "|UPCOMING");
            Set<String> annaNeverCame = Set.of("H2|" + suite.anna + "|UPCOMING", "H2|" + suite.anna + "|DUE",
                    "H2|" + suite.anna + "|OVERDUE", "H2|" + suite.anna + "|ESCALATED");
            for (String caseId : cases) {
                Set<String> expectedStages = new HashSet<>(bertilNeverCame);
                expectedStages.addAll(visited.contains(caseId) ? annaCame : annaNeverCame);
                assertThat(stagesByCase.get(caseId)).as(caseId).isEqualTo(expectedStages);
            }
            assertInDueOrderPerCase(ours);
        }
    }

    /** A subscriber reading a case's partition sees its stages first published in the order they were reached. */
    private void assertInDueOrderPerCase(Set<String> cases) {
        Map<String, List<DeadlineStageReached>> firstSeen = new LinkedHashMap<>();
        Set<String> seenKeys = new HashSet<>();
        for (ConsumerRecord<String, byte[]> record : deadlines.drain(r -> cases.contains(r.key()), Duration.ZERO)) {
            DeadlineStageReached stage = (DeadlineStageReached) codec.decode(record.value()).event();
            if (seenKeys.add(keyOf(stage))) {
                firstSeen.computeIfAbsent(stage.caseId(), id -> new ArrayList<>()).add(stage);
            }
        }
        firstSeen.forEach((caseId, stages) -> assertThat(stages).as(caseId)
                .isSortedAccordingTo((x, y) -> x.reachedOn().compareTo(y.reachedOn())));
    }

    /** Waits until the consumer group (both instances) has read and committed every fact on the topics. */
    private static void awaitFactsRead(ReminderInstances.InJvm instance) {
        FactsBacklog backlog = instance.context().getBean(FactsBacklog.class);
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100)).until(backlog::readUpToWhenAsked);
    }

    /** A case with anna and bertil as contact persons, where anna presents herself the same day. */
    private String openCaseAnnaVisits() {
        String caseId = suite.openCaseWithContactPersons(CareProfile.HOME_CARE, TODAY);
        suite.visit(caseId, suite.anna, TODAY);
        return caseId;
    }

    private List<String> openCases(int count) {
        List<String> cases = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            cases.add(suite.openCaseWithContactPersons(CareProfile.HOME_CARE, TODAY));
        }
        return cases;
    }

    private void awaitKnown(Http http, List<String> cases) {
        Set<String> unknown = new TreeSet<>(cases);
        await().atMost(Duration.ofSeconds(60)).until(() -> {
            unknown.removeIf(caseId -> http.get("/cases/" + caseId + "/deadlines", signedIn(suite.planner))
                    .status() == 200);
            return unknown.isEmpty();
        });
    }

    /** The header of a request made by the staff member, signed in by the test's OpenID provider. */
    private static String[] signedIn(String staffId) {
        return new String[]{"Authorization", "Bearer " + TestIdentityProvider.get().token(staffId,
                TestIdentityProvider.STAFF_ROLES)};
    }

    /** What a stage is: case, rule, who answers for it, which stage (one contact person per H2 here). */
    private static String keyOf(DeadlineStageReached stage) {
        return stage.caseId() + "|" + stage.rule() + "|" + String.join(",", stage.responsibleStaffIds()) + "|"
                + stage.stage();
    }

    /** The CloudEvent ids each stage of these cases was told with, once at least {@code expected} stages are. */
    private Map<String, Set<String>> awaitStages(Set<String> ours, int expected,
                                                 Duration within) {
        Map<String, Set<String>> idsByStage = new HashMap<>();
        await().atMost(within).until(() -> {
            idsByStage.clear();
            for (ConsumerRecord<String, byte[]> record : deadlines.drain(r -> ours.contains(r.key()),
                    Duration.ofMillis(500))) {
                PublishedEvent<?> event = codec.decode(record.value());
                idsByStage.computeIfAbsent(keyOf((DeadlineStageReached) event.event()), key -> new HashSet<>())
                        .add(event.id());
            }
            return idsByStage.size() >= expected;
        });
        return idsByStage;
    }
}
