package se.kontaktman.suite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.kontaktman.embedded.EmbeddedKafka;
import se.kontaktman.embedded.EmbeddedMongo;
import se.kontaktman.events.EventCodec;
import se.kontaktman.events.Topics;
import se.kontaktman.events.reminder.DeadlineRule;
import se.kontaktman.events.reminder.DeadlineStage;
import se.kontaktman.events.reminder.DeadlineStageReached;
import se.kontaktman.platform.testing.TopicReader;

/**
 * The one-command suite starts, signs the demo organisation's staff in, serves the seeded
 * organisation to them only, and keeps its data across a restart; its command-line arguments reach every service, so a demo can move the clock; pointed
 * at servers of its own choosing, it uses them and starts none.
 */
class LocalSuiteTest {

    @TempDir
    Path data;

    private static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");
    private static final String AUTHORIZATION = "Authorization";
    /** The planner of the demo organisation's group solbacken. */
    private static final String PLANNER = "pia.planerare";
    private static final EventCodec CODEC = new EventCodec();

    private final HttpClient http = HttpClient.newHttpClient();
    private final Map<String, String> tokens = new HashMap<>();

    @Test
    void startsEverythingAndKeepsDataAcrossARestart() throws Exception {
        LocalSuite.Settings settings = new LocalSuite.Settings(data, 0, 0, 0, 0, 0, 0, 0, "classpath:seed/organisation.json");
        String caseId;
        try (LocalSuite suite = LocalSuite.start(settings)) {
            int port = suite.assignmentPort();
            assertThat(suite.endpoints()).containsKeys("assignment-service", "plan-service", "reminder-service",
                    "reporting-service", "Kafka bootstrap servers", "MongoDB");
            assertThat(get(suite.reminderPort(), "/actuator/health").body()).contains("\"status\":\"UP\"");
            assertThat(get(suite.planPort(), "/actuator/health").body()).contains("\"status\":\"UP\"");
            assertThat(get(port, "/actuator/health").body()).contains("\"status\":\"UP\"");
            // Nothing without signing in; the planner and the contact person sign in with their demo passwords.
            assertThat(get(port, "/staff-groups/solbacken").statusCode()).isEqualTo(401);
            assertThat(suite.demoPasswords()).containsKeys(PLANNER, "anna.berg", "karin.lund");
            assertThat(send(port, HttpRequest.newBuilder(uri(port, "/staff-groups/solbacken"))
                    .header(AUTHORIZATION, bearer(suite, PLANNER))).body()).contains("0486-331 00");

            HttpResponse<String> opened = send(port, HttpRequest.newBuilder(uri(port, "/cases"))
                    .header("Content-Type", "application/json").header(AUTHORIZATION, bearer(suite, PLANNER))
                    .POST(HttpRequest.BodyPublishers.ofString("""
                            {"personnummer":"19121212-1212","name":"Tolvan Tolvansson","staffGroupId":"solbacken",
                             "careProfile":"HOME_CARE","startDate":"2026-01-05"}""")));
            assertThat(opened.statusCode()).as(opened.body()).isEqualTo(201);
            caseId = caseIdOf(opened);
            // The planner of the group assigns; the suite runs on the real clock, so "today".
            HttpResponse<String> assigned = send(port, HttpRequest.newBuilder(uri(port, "/cases/" + caseId
                            + "/contact-persons"))
                    .header("Content-Type", "application/json").header(AUTHORIZATION, bearer(suite, PLANNER))
                    .PUT(HttpRequest.BodyPublishers.ofString("""
                            {"primaryStaffId":"anna.berg","substituteStaffId":"bertil.ek","effectiveFrom":"%s"}"""
                            .formatted(LocalDate.now(ZoneId.of("Europe/Stockholm"))))));
            assertThat(assigned.statusCode()).as(assigned.body()).isEqualTo(204);

            // plan-service hears of the case and its contact persons over Kafka, never by calling.
            HttpRequest.Builder planView = HttpRequest.newBuilder(uri(suite.planPort(), "/cases/" + caseId))
                    .header(AUTHORIZATION, bearer(suite, "anna.berg")).GET();
            // Seen twice (of about eight runs): a 200 followed by one 403 reads-the-case; see the session notes.
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                HttpResponse<String> view = send(suite.planPort(), planView);
                return view.statusCode() == 200 && view.body().contains("\"staffId\":\"anna.berg\"");
            });
            assertThat(send(suite.planPort(), planView).body()).doesNotContain("Tolvan", "19121212");

            // reporting-service too: the case in Anna's clients and the planner's group, by case id only.
            String staffed = caseId;
            HttpRequest.Builder clients = HttpRequest.newBuilder(uri(suite.reportingPort(),
                    "/contact-persons/anna.berg/clients")).header(AUTHORIZATION, bearer(suite, "anna.berg")).GET();
            await().atMost(Duration.ofSeconds(30)).ignoreExceptions()
                    .until(() -> send(suite.reportingPort(), clients).body().contains(staffed));
            assertThat(send(suite.reportingPort(), HttpRequest.newBuilder(uri(suite.reportingPort(),
                    "/staff-groups/solbacken/cases")).header(AUTHORIZATION, bearer(suite, PLANNER)).GET()).body())
                    .contains(caseId, "Bertil").doesNotContain("Tolvan", "19121212");
        }

        try (LocalSuite again = LocalSuite.start(settings)) {
            HttpResponse<String> kept = send(again.assignmentPort(), HttpRequest.newBuilder(
                    uri(again.assignmentPort(), "/cases/" + caseId)).header(AUTHORIZATION, bearer(again, PLANNER)));
            assertThat(kept.statusCode()).isEqualTo(200);
            assertThat(kept.body()).contains("Tolvan Tolvansson").contains("solbacken");
            assertThat(send(again.planPort(), HttpRequest.newBuilder(uri(again.planPort(), "/cases/" + caseId))
                    .header(AUTHORIZATION, bearer(again, "anna.berg")).GET()).statusCode()).isEqualTo(200);
        }
    }

    @Test
    void usesTheServersItIsGivenAndStartsNoEmbeddedOnes() throws Exception {
        try (EmbeddedMongo mongo = EmbeddedMongo.inMemory().start();
             EmbeddedKafka kafka = new EmbeddedKafka(data.resolve("elsewhere"), 0).start()) {
            LocalSuite.ExternalServers servers =
                    new LocalSuite.ExternalServers(mongo.connectionString(), kafka.bootstrapServers(), false);
            LocalSuite.Settings settings = new LocalSuite.Settings(data.resolve("unused"), 0, 0, 0, 0, 0, 0, 0,
                    "classpath:seed/organisation.json", servers, null, "given", false, List.of(), 0);
            try (LocalSuite suite = LocalSuite.start(settings)) {
                assertThat(suite.embedded()).isFalse();
                assertThat(suite.endpoints()).containsEntry("MongoDB", mongo.connectionString())
                        .containsEntry("Kafka bootstrap servers", kafka.bootstrapServers())
                        .doesNotContainKey("Data folder");
                assertThat(send(suite.assignmentPort(), HttpRequest.newBuilder(uri(suite.assignmentPort(),
                        "/staff-groups/solbacken")).header(AUTHORIZATION, bearer(suite, PLANNER))).statusCode())
                        .isEqualTo(200);
            }
            try (MongoClient client = MongoClients.create(mongo.connectionString())) {
                assertThat(client.listDatabaseNames()).contains("given_assignment", "given_plan", "given_reminder");
            }
            // Only the sign-in keeps anything in the data folder: its key and the demo passwords.
            assertThat(data.resolve("unused/mongo")).doesNotExist();
            assertThat(data.resolve("unused/kafka")).doesNotExist();
        }
    }

    @Test
    void aDemoMovesTheClockForEveryServiceAndWatchesAnIntroductionVisitFallOverdue() throws Exception {
        LocalSuite.Settings settings = new LocalSuite.Settings(data, 0, 0, 0, 0, 0, 0, 0, "classpath:seed/organisation.json");
        LocalDate today = LocalDate.now(STOCKHOLM);
        String caseId;
        try (LocalSuite suite = LocalSuite.start(settings)) {
            caseId = openAndStaff(suite, today);
            // reminder-service hears of the case over Kafka: its deadlines are answered to the planner.
            await().atMost(Duration.ofSeconds(30)).until(() -> send(suite.reminderPort(), HttpRequest.newBuilder(
                    uri(suite.reminderPort(), "/cases/" + caseId + "/deadlines")).header(AUTHORIZATION, bearer(suite, PLANNER))).statusCode() == 200);
        }

        // Eight days on: the visit was due on the seventh day and nobody presented themself.
        try (LocalSuite later = LocalSuite.start(settings.withArguments(List.of("--kontaktman.clock.offset=P8D")));
             TopicReader deadlines = new TopicReader(later.servers().kafkaBootstrapServers(), Topics.DEADLINES)) {
            List<ConsumerRecord<String, byte[]>> stages = deadlines.awaitRecords(record -> caseId.equals(record.key())
                    && stageOf(record).stage() == DeadlineStage.OVERDUE, 2, Duration.ofSeconds(60));
            assertThat(stages).extracting(LocalSuiteTest::stageOf).allSatisfy(stage -> {
                assertThat(stage.rule()).isEqualTo(DeadlineRule.H2);
                assertThat(stage.dueOn()).isEqualTo(today.plusDays(7));
                assertThat(stage.reachedOn()).isEqualTo(today.plusDays(8));
                assertThat(stage.escalatedToStaffIds()).containsExactly(PLANNER);
            }).extracting(stage -> stage.responsibleStaffIds().get(0)).containsExactlyInAnyOrder("anna.berg", "bertil.ek");
            HttpResponse<String> annas = send(later.reminderPort(), HttpRequest.newBuilder(
                    uri(later.reminderPort(), "/deadlines?staffId=anna.berg")).header(AUTHORIZATION, bearer(later, "anna.berg")));
            assertThat(annas.body()).contains("\"standing\":\"OVERDUE\"", "\"daysOverdue\":1");

            // Every service is on the moved clock: a case starting in what is now the past is accepted.
            HttpResponse<String> opened = openCase(later, today.plusDays(5), "20121212-1212");
            assertThat(opened.statusCode()).as(opened.body()).isEqualTo(201);
            // Published events carry the moved time too: H1 counts from the day the case was registered.
            String registered = caseIdOf(opened);
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(send(later.reminderPort(),
                    HttpRequest.newBuilder(uri(later.reminderPort(), "/cases/" + registered + "/deadlines"))
                            .header(AUTHORIZATION, bearer(later, PLANNER))).body())
                    .contains("\"rule\":\"H1\"", "\"dueOn\":\"" + today.plusDays(8 + 7) + "\""));
        }
    }

    private String openAndStaff(LocalSuite suite, LocalDate on) throws Exception {
        HttpResponse<String> opened = openCase(suite, on, "19121212-1212");
        assertThat(opened.statusCode()).as(opened.body()).isEqualTo(201);
        String caseId = caseIdOf(opened);
        HttpResponse<String> assigned = send(suite.assignmentPort(), HttpRequest.newBuilder(
                        uri(suite.assignmentPort(), "/cases/" + caseId + "/contact-persons"))
                .header("Content-Type", "application/json").header(AUTHORIZATION, bearer(suite, PLANNER))
                .PUT(HttpRequest.BodyPublishers.ofString("""
                        {"primaryStaffId":"anna.berg","substituteStaffId":"bertil.ek","effectiveFrom":"%s"}"""
                        .formatted(on))));
        assertThat(assigned.statusCode()).as(assigned.body()).isEqualTo(204);
        return caseId;
    }

    private HttpResponse<String> openCase(LocalSuite suite, LocalDate startDate, String personnummer)
            throws Exception {
        int port = suite.assignmentPort();
        return send(port, HttpRequest.newBuilder(uri(port, "/cases")).header("Content-Type", "application/json")
                .header(AUTHORIZATION, bearer(suite, PLANNER)).POST(HttpRequest.BodyPublishers.ofString("""
                        {"personnummer":"%s","name":"Tolvan Tolvansson","staffGroupId":"solbacken",
                         "careProfile":"HOME_CARE","startDate":"%s"}""".formatted(personnummer, startDate))));
    }

    private static String caseIdOf(HttpResponse<String> opened) {
        return opened.body().replaceAll(".*\"caseId\":\"([^\"]+)\".*", "$1");
    }

    private static DeadlineStageReached stageOf(ConsumerRecord<String, byte[]> record) {
        return (DeadlineStageReached) CODEC.decode(record.value()).event();
    }

    /** Signed in at the suite's provider through its form, as the staff member, once per start. */
    private String bearer(LocalSuite suite, String staffId) {
        return "Bearer " + tokens.computeIfAbsent(suite.issuer() + " " + staffId, key -> suite.signIn(staffId));
    }

    private HttpResponse<String> get(int port, String path) throws Exception {
        return send(port, HttpRequest.newBuilder(uri(port, path)).GET());
    }

    private HttpResponse<String> send(int port, HttpRequest.Builder request) throws Exception {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static URI uri(int port, String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }
}
