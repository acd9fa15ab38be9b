package se.kontaktman.assignment.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;

import com.mongodb.client.MongoClient;
import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;
import com.mongodb.event.CommandSucceededEvent;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import org.awaitility.Awaitility;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.mongodb.autoconfigure.MongoClientSettingsBuilderCustomizer;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.ContextConfiguration;
import se.kontaktman.assignment.support.OrganisationFixture;
import se.kontaktman.assignment.support.TestPersonnummer;
import se.kontaktman.embedded.EmbeddedMongo;
import se.kontaktman.events.EventCodec;
import se.kontaktman.events.Topics;
import se.kontaktman.events.assignment.CaseOpened;
import se.kontaktman.platform.testing.EmbeddedServers;
import se.kontaktman.platform.testing.Http;
import se.kontaktman.platform.testing.ServiceIntegrationTest;
import se.kontaktman.platform.testing.TopicReader;

/**
 * MongoDB stopped while planners open cases, and started again on its port with its data: what
 * is asked meanwhile is answered 503 store-available (never a 500, never a hang), nothing is left
 * half-stored, and the service, never restarted, opens cases again. The service has a MongoDB of
 * its own here, on disk, so that stopping it touches no other test.
 */
@ContextConfiguration(initializers = MongoOutageIntegrationTest.OwnMongo.class)
class MongoOutageIntegrationTest extends ServiceIntegrationTest {

    private static final EmbeddedMongo MONGO = EmbeddedMongo.onDisk(dataFile(), 0).start();
    private static final int PLANNERS = 3;
    /** Well under the driver's own 30 s: the bound on how long a request waits for a missing MongoDB. */
    private static final Duration LONGEST_WAIT = Duration.ofSeconds(15);

    /** Runs after the shared servers' initializer, and replaces its MongoDB. */
    static class OwnMongo implements ApplicationContextInitializer<ConfigurableApplicationContext> {
        @Override
        public void initialize(ConfigurableApplicationContext context) {
            TestPropertyValues.of("spring.mongodb.uri=" + MONGO.connectionString(),
                    "kontaktman.mongo.server-selection-timeout=2s").applyTo(context);
        }
    }

    @Value("${spring.mongodb.uri}")
    String mongoUri;
    @Value("${spring.mongodb.database}")
    String database;

    private record Attempt(String personnummer, Http.Response response, Duration took, boolean whileDown) {
    }

    @AfterAll
    static void stopMongo() {
        MONGO.close();
    }

    @Test
    void requestsWhileMongoIsDownAreAnswered503AndLeaveNothingHalfStoredAndTheServiceRecovers() throws Exception {
        assertThat(mongoUri).as("the service uses this test's own MongoDB").isEqualTo(MONGO.connectionString());
        OrganisationFixture org = new OrganisationFixture().defineOver(http);
        assertThat(open(TestPersonnummer.random(), org).status()).isEqualTo(201);

        List<Attempt> attempts = Collections.synchronizedList(new ArrayList<>());
        AtomicBoolean down = new AtomicBoolean();
        AtomicBoolean restarted = new AtomicBoolean();
        AtomicInteger openedAfterRestart = new AtomicInteger();
        AtomicBoolean enough = new AtomicBoolean();
        ExecutorService planners = Executors.newFixedThreadPool(PLANNERS);
        List<Future<?>> running = new ArrayList<>();
        for (int i = 0; i < PLANNERS; i++) {
            running.add(planners.submit(() -> {
                while (!enough.get()) {
                    String personnummer = TestPersonnummer.random();
                    boolean whileDown = down.get();
                    boolean afterRestart = restarted.get();
                    long start = System.nanoTime();
                    Http.Response response = open(personnummer, org);
                    attempts.add(new Attempt(personnummer, response, Duration.ofNanos(System.nanoTime() - start),
                            whileDown && down.get()));
                    if (afterRestart && response.status() == 201) {
                        openedAfterRestart.incrementAndGet();
                    }
                }
                return null;
            }));
        }

        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> count(attempts, 201) >= 10);
        MONGO.stop();
        down.set(true);
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> {
            synchronized (attempts) {
                return attempts.stream().filter(a -> a.whileDown() && a.response().status() == 503).count()
                        >= PLANNERS * 2;
            }
        });
        down.set(false);
        MONGO.start();
        restarted.set(true);
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> openedAfterRestart.get() >= PLANNERS * 3);
        enough.set(true);
        for (Future<?> planner : running) {
            planner.get(60, TimeUnit.SECONDS);
        }
        planners.shutdown();

        // Every answer is a 201 or a 503 in problem details, and none waited for the driver's 30 s.
        assertThat(attempts).allSatisfy(a -> {
            assertThat(a.response().status()).as(a.response().text()).isIn(201, 503);
            assertThat(a.took()).isLessThan(LONGEST_WAIT);
        });
        List<Attempt> refused = attempts.stream().filter(a -> a.response().status() == 503).toList();
        assertThat(refused).isNotEmpty().allSatisfy(a -> {
            assertThat(a.response().header("Content-Type")).startsWith("application/problem+json");
            assertThat(a.response().json().get("rule").asString()).isEqualTo("store-available");
            assertThat(a.response().json().get("status").asInt()).isEqualTo(503);
            assertThat(a.response().header("Retry-After")).isNotBlank();
            assertThat(a.response().text()).doesNotContain(a.personnummer()).doesNotContain("Exception");
        });
        assertThat(attempts).filteredOn(Attempt::whileDown).extracting(a -> a.response().status()).containsOnly(503);

        // What was answered 201 is stored, readable, and on Kafka.
        Set<String> openedCases = attempts.stream().filter(a -> a.response().status() == 201)
                .map(a -> a.response().json().get("caseId").asString()).collect(Collectors.toSet());
        for (String caseId : openedCases) {
            assertThat(http.get("/cases/" + caseId, as(org.plannerId)).status()).isEqualTo(200);
        }
        try (TopicReader reader = new TopicReader(EmbeddedServers.kafka().bootstrapServers(), Topics.CASES)) {
            EventCodec codec = new EventCodec();
            // By case, not by count: a case may be published twice with one CloudEvent id (at least once).
            Set<String> onKafka = new java.util.HashSet<>();
            Awaitility.await().atMost(Duration.ofSeconds(90)).until(() -> {
                reader.awaitRecords(r -> openedCases.contains(r.key()), Integer.MAX_VALUE, Duration.ofMillis(500))
                        .forEach(r -> onKafka.add(r.key()));
                return onKafka.containsAll(openedCases);
            });
            assertThat(onKafka).containsExactlyInAnyOrderElementsOf(openedCases);

            // Nothing half-stored, and every case of the group on Kafka is one stored.
            try (MongoClient mongo = MongoClients.create(mongoUri)) {
                MongoDatabase db = mongo.getDatabase(database);
                awaitNothingHalfStored(db);
                assertThat(ids(db, "domainevents", "aggregateIdentifier", new Document("type", "Case")))
                        .containsAll(openedCases);
                Set<String> caseIds = ids(db, CaseView.COLLECTION, "_id");
                Set<String> groupOnKafka = reader.drain(r -> true, Duration.ofSeconds(3)).stream()
                        .map(r -> decoded(codec, r.value()))
                        .filter(e -> e instanceof CaseOpened opened && opened.staffGroupId().equals(org.groupId))
                        .map(e -> ((CaseOpened) e).caseId()).collect(Collectors.toSet());
                assertThat(groupOnKafka).as("cases of the group on Kafka").isSubsetOf(caseIds);
            }
        }

        // A planner whose request was answered 503 may simply send it again.
        Attempt again = refused.get(0);
        Http.Response retried = open(again.personnummer(), org);
        assertThat(retried.status()).as(retried.text()).isIn(201, 409);
    }

    @Test
    void mongoGoneRightAfterTheClientIsRegisteredLeavesNoClientOnceItIsBack() {
        OrganisationFixture org = new OrganisationFixture().defineOver(http);
        String personnummer = TestPersonnummer.random();

        StopMongoAfter.the("insert", "clients");
        Http.Response refused = open(personnummer, org);
        assertUnavailable(refused);
        MONGO.start();

        try (MongoClient mongo = MongoClients.create(mongoUri)) {
            MongoDatabase db = mongo.getDatabase(database);
            awaitNothingHalfStored(db);
            assertThat(db.getCollection(CaseView.COLLECTION).countDocuments(new Document("staffGroupId", org.groupId)))
                    .isZero();
        }
        Http.Response again = open(personnummer, org);
        assertThat(again.status()).as(again.text()).isEqualTo(201);
    }

    @Test
    void mongoGoneRightAfterTheCaseEventIsStoredHasTheCaseOpenedOnceItIsBack() {
        OrganisationFixture org = new OrganisationFixture().defineOver(http);
        String personnummer = TestPersonnummer.random();

        StopMongoAfter.the("insert", "domainevents");
        Http.Response refused = open(personnummer, org);
        assertUnavailable(refused);
        MONGO.start();

        // The event was stored: the case was opened after all, and the service, not restarted, shows it.
        String caseId;
        try (MongoClient mongo = MongoClients.create(mongoUri)) {
            MongoDatabase db = mongo.getDatabase(database);
            awaitNothingHalfStored(db);
            Set<String> ofGroup = ids(db, CaseView.COLLECTION, "_id", new Document("staffGroupId", org.groupId));
            assertThat(ofGroup).hasSize(1);
            caseId = ofGroup.iterator().next();
        }
        Http.Response read = http.get("/cases/" + caseId, as(org.plannerId));
        assertThat(read.status()).as(read.text()).isEqualTo(200);
        assertThat(read.json().get("client").get("personnummer").asString().replace("-", ""))
                .isEqualTo(personnummer.replace("-", ""));
        try (TopicReader reader = new TopicReader(EmbeddedServers.kafka().bootstrapServers(), Topics.CASES)) {
            // Once, or again with the same CloudEvent id: the publisher's token store may have missed
            // the send when MongoDB went (at least once).
            assertThat(reader.awaitRecords(r -> caseId.equals(r.key()), 1, Duration.ofSeconds(60)).stream()
                    .map(r -> new se.kontaktman.events.EventCodec().decode(r.value()).id()).distinct())
                    .hasSize(1);
        }
        // Sent again, the request is refused as the case it opened is open.
        Http.Response again = open(personnummer, org);
        assertThat(again.status()).as(again.text()).isEqualTo(409);
        assertThat(again.json().get("rule").asString()).isEqualTo("one-open-case-per-staff-group");
    }

    /**
     * Every client registered has its case, every claim its case, and every case in the event store
     * is in the view: eventually, as the service settles what MongoDB's going away left unsettled.
     */
    private static void awaitNothingHalfStored(MongoDatabase db) {
        Awaitility.await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            Set<String> caseIds = ids(db, CaseView.COLLECTION, "_id");
            assertThat(ids(db, "clients", "_id")).as("clients registered")
                    .isEqualTo(ids(db, CaseView.COLLECTION, "clientId"));
            assertThat(ids(db, "open_case_claims", "caseId")).as("claims").isSubsetOf(caseIds);
            assertThat(ids(db, "domainevents", "aggregateIdentifier", new Document("type", "Case")))
                    .as("cases in the event store").isEqualTo(caseIds);
        });
    }

    private static void assertUnavailable(Http.Response response) {
        assertThat(response.status()).as(response.text()).isEqualTo(503);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.json().get("rule").asString()).isEqualTo("store-available");
        assertThat(response.header("Retry-After")).isNotBlank();
    }

    /**
     * Stops this test's MongoDB the moment the service's driver has the answer to one chosen
     * command: a fault at an exact point between two writes, on the real connection.
     */
    static final class StopMongoAfter implements CommandListener {

        private static final AtomicReference<String[]> armed = new AtomicReference<>();
        private final Set<Integer> chosen = ConcurrentHashMap.newKeySet();

        static void the(String command, String collection) {
            armed.set(new String[]{command, collection});
        }

        @Override
        public void commandStarted(CommandStartedEvent event) {
            String[] target = armed.get();
            if (target != null && event.getCommandName().equals(target[0])
                    && target[1].equals(event.getCommand().get(target[0]).asString().getValue())) {
                chosen.add(event.getRequestId());
            }
        }

        @Override
        public void commandSucceeded(CommandSucceededEvent event) {
            if (chosen.remove(event.getRequestId()) && armed.getAndSet(null) != null) {
                MONGO.stop();
            }
        }
    }

    @TestConfiguration
    static class FaultInjection {
        @Bean
        MongoClientSettingsBuilderCustomizer stopMongoAfter() {
            return settings -> settings.addCommandListener(new StopMongoAfter());
        }
    }

    private Http.Response open(String personnummer, OrganisationFixture org) {
        return http.post("/cases", Map.of("personnummer", personnummer, "name", "Tyra Testsson",
                "staffGroupId", org.groupId, "careProfile", "LSS", "startDate", "2026-11-02"), as(org.plannerId));
    }

    /** Other tests' records on the shared broker may be of any kind; only readable ones count. */
    private static Object decoded(EventCodec codec, byte[] value) {
        try {
            return codec.decode(value).event();
        } catch (RuntimeException unreadable) {
            return null;
        }
    }

    private static long count(List<Attempt> attempts, int status) {
        synchronized (attempts) {
            return attempts.stream().filter(a -> a.response().status() == status).count();
        }
    }

    private static Set<String> ids(MongoDatabase db, String collection, String field) {
        return ids(db, collection, field, new Document());
    }

    private static Set<String> ids(MongoDatabase db, String collection, String field, Document filter) {
        Set<String> ids = new HashSet<>();
        db.getCollection(collection).find(filter).forEach((Document d) -> {
            Object value = d.get(field);
            if (value != null) {
                ids.add(value.toString());
            }
        });
        return ids;
    }

    private static java.nio.file.Path dataFile() {
        try {
            return Files.createTempDirectory("kontaktman-mongo-outage").resolve("data.mv");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
