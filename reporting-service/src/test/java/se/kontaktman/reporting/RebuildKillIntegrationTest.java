package se.kontaktman.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Future;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.kontaktman.events.CareProfile;
import se.kontaktman.events.ContactRole;
import se.kontaktman.events.EventCodec;
import se.kontaktman.events.IntegrationEvent;
import se.kontaktman.events.PublishedEvent;
import se.kontaktman.events.assignment.CaseOpened;
import se.kontaktman.events.assignment.ContactPersonAssigned;
import se.kontaktman.platform.testing.EmbeddedServers;
import se.kontaktman.platform.testing.EventWriter;
import se.kontaktman.platform.testing.Http;
import se.kontaktman.platform.testing.TestIdentityProvider;
import se.kontaktman.reporting.support.Organisation;
import tools.jackson.databind.JsonNode;

/**
 * A SIGKILL in the middle of a rebuild changes no figure: reporting-service runs as a process of its
 * own on the embedded servers, builds its projection, is asked to rebuild it, is killed while the
 * rebuild is half-way, and started again; the rebuild carries on from its consumer group's
 * committed offsets, switches over, and the figures are those from before.
 */
class RebuildKillIntegrationTest {

    private static final int CASES = 6_000;
    private final String database = "test_" + UUID.randomUUID().toString().replace("-", "");
    private final String group = "test-" + UUID.randomUUID();

    @Test
    void aRebuildKilledHalfWayCarriesOnWhenStartedAgainAndEndsWithTheSameFigures(@TempDir Path logs)
            throws Exception {
        Organisation org;
        try (EventWriter writer = new EventWriter()) {
            org = new Organisation(writer).define(LocalDate.of(2026, 1, 1));
        }
        publishCases(org);

        JsonNode before;
        try (Instance first = start(logs.resolve("first.log"))) {
            first.awaitGeneration(1);
            await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(500)).ignoreExceptions()
                    .until(() -> figures(first, org).get("openCases").asInt() == CASES);
            before = figures(first, org);

            assertThat(first.http.post("/projection/rebuilds", null, signedIn(org.manager)).status())
                    .isEqualTo(202);
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(20)).ignoreExceptions()
                    .until(() -> first.http.get("/projection", signedIn(org.manager)).json().get("progress").get("read")
                            .asLong() > 0);
            first.kill();
        }
        try (MongoClient mongo = MongoClients.create(EmbeddedServers.mongo().connectionString())) {
            Document state = mongo.getDatabase(database).getCollection("projection_generations").find().first();
            assertThat(state.getInteger("building")).as("killed while generation 2 was being built").isEqualTo(2);
            assertThat(state.getInteger("active")).isEqualTo(1);
        }
        try (Instance again = start(logs.resolve("again.log"))) {
            // Generation 2 was still being built when the process died: it is finished, then answers.
            await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(200)).ignoreExceptions()
                    .until(() -> again.http.get("/projection", signedIn(org.manager)).json().get("inMemory")
                            .asInt() == 2);
            JsonNode after = figures(again, org);
            assertThat(after.get("openCases").asInt()).isEqualTo(CASES);
            assertThat(after).isEqualTo(before);
        }
    }

    /** Each case opened and staffed, half of them with an ersättare too. */
    private static void publishCases(Organisation org) {
        EventCodec codec = new EventCodec();
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, EmbeddedServers.kafka().bootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all", ProducerConfig.LINGER_MS_CONFIG, 10),
                new StringSerializer(), new ByteArraySerializer())) {
            List<Future<RecordMetadata>> sent = new ArrayList<>();
            Instant at = Organisation.noonOf(LocalDate.of(2026, 3, 1));
            LocalDate day = LocalDate.of(2026, 3, 1);
            for (int i = 0; i < CASES; i++) {
                String caseId = UUID.randomUUID().toString();
                List<IntegrationEvent> events = new ArrayList<>(List.of(
                        new CaseOpened(caseId, org.group, CareProfile.HOME_CARE, day),
                        new ContactPersonAssigned(caseId, org.group, ContactRole.PRIMARY, org.anna, day, null)));
                if (i % 2 == 0) {
                    events.add(new ContactPersonAssigned(caseId, org.group, ContactRole.SUBSTITUTE, org.bertil, day,
                            null));
                }
                for (IntegrationEvent event : events) {
                    sent.add(producer.send(codec.toRecord(new PublishedEvent<>(UUID.randomUUID().toString(),
                            "/kontaktman/assignment-service", at, event))));
                }
            }
            for (Future<RecordMetadata> each : sent) {
                each.get();
            }
        } catch (Exception e) {
            throw new IllegalStateException("could not publish the cases", e);
        }
    }

    private static JsonNode figures(Instance instance, Organisation org) {
        return instance.http.get("/areas/" + org.area + "/key-figures?asOf=2026-11-23", signedIn(org.manager))
                .json();
    }

    private static String[] signedIn(String staffId) {
        return new String[]{"Authorization", "Bearer " + TestIdentityProvider.get().token(staffId,
                TestIdentityProvider.STAFF_ROLES)};
    }

    private Instance start(Path log) throws IOException {
        int port = freePort();
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx384m",
                "-cp", System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")),
                ReportingServiceApplication.class.getName(),
                "--server.port=" + port,
                "--spring.mongodb.uri=" + EmbeddedServers.mongo().connectionString(),
                "--spring.mongodb.database=" + database,
                "--spring.kafka.bootstrap-servers=" + EmbeddedServers.kafka().bootstrapServers(),
                "--spring.kafka.consumer.group-id=" + group,
                "--kontaktman.mongo.transactions=false",
                "--spring.security.oauth2.resourceserver.jwt.issuer-uri=" + TestIdentityProvider.get().issuer(),
                // Small batches, so that the rebuild takes long enough to be killed in the middle.
                "--spring.kafka.consumer.max-poll-records=200",
                "--kontaktman.reporting.progress-every=PT0.2S",
                // The business day the figures are asked of.
                "--kontaktman.clock.offset=" + Duration.between(Instant.now(),
                        Organisation.noonOf(LocalDate.of(2026, 11, 23)))));
        Files.createDirectories(log.getParent());
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        return new Instance(process, new Http(port), log);
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private record Instance(Process process, Http http, Path log) implements AutoCloseable {

        void awaitGeneration(int generation) {
            await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(200)).ignoreExceptions()
                    .until(() -> {
                        if (!process.isAlive()) {
                            throw new IllegalStateException("reporting-service stopped; see " + log);
                        }
                        return http.get("/projection", signedIn("anna.berg")).json().get("inMemory").asInt()
                                == generation;
                    });
        }

        /** SIGKILL: no shutdown hook runs, nothing is flushed or committed on the way out. */
        void kill() throws InterruptedException {
            process.destroyForcibly();
            process.waitFor();
        }

        @Override
        public void close() throws InterruptedException {
            kill();
        }
    }
}
