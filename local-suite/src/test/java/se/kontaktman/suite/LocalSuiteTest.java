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

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.kontaktman.embedded.EmbeddedKafka;
import se.kontaktman.embedded.EmbeddedMongo;

/**
 * The one-command suite starts, serves the seeded organisation, and keeps its data across a
 * restart; pointed at servers of its own choosing, it uses them and starts none.
 */
class LocalSuiteTest {

    @TempDir
    Path data;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void startsEverythingAndKeepsDataAcrossARestart() throws Exception {
        LocalSuite.Settings settings = new LocalSuite.Settings(data, 0, 0, 0, 0, "classpath:seed/organisation.json");
        String caseId;
        try (LocalSuite suite = LocalSuite.start(settings)) {
            int port = suite.assignmentPort();
            assertThat(suite.endpoints()).containsKeys("assignment-service", "plan-service", "Kafka bootstrap servers",
                    "MongoDB");
            assertThat(get(suite.planPort(), "/actuator/health").body()).contains("\"status\":\"UP\"");
            assertThat(get(port, "/actuator/health").body()).contains("\"status\":\"UP\"");
            assertThat(get(port, "/staff-groups/solbacken").body()).contains("0486-331 00");

            HttpResponse<String> opened = send(port, HttpRequest.newBuilder(uri(port, "/cases"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("""
                            {"personnummer":"19121212-1212","name":"Tolvan Tolvansson","staffGroupId":"solbacken",
                             "careProfile":"HOME_CARE","startDate":"2026-01-05"}""")));
            assertThat(opened.statusCode()).as(opened.body()).isEqualTo(201);
            caseId = opened.body().replaceAll(".*\"caseId\":\"([^\"]+)\".*", "$1");
            // The planner of the group assigns; the suite runs on the real clock, so "today".
            HttpResponse<String> assigned = send(port, HttpRequest.newBuilder(uri(port, "/cases/" + caseId
                            + "/contact-persons"))
                    .header("Content-Type", "application/json").header("X-Dev-Staff-Id", "pia.planerare")
                    .PUT(HttpRequest.BodyPublishers.ofString("""
                            {"primaryStaffId":"anna.berg","substituteStaffId":"bertil.ek","effectiveFrom":"%s"}"""
                            .formatted(LocalDate.now(ZoneId.of("Europe/Stockholm"))))));
            assertThat(assigned.statusCode()).as(assigned.body()).isEqualTo(204);

            // plan-service hears of the case and its contact persons over Kafka, never by calling.
            HttpRequest.Builder planView = HttpRequest.newBuilder(uri(suite.planPort(), "/cases/" + caseId))
                    .header("X-Dev-Staff-Id", "anna.berg").GET();
            await().atMost(Duration.ofSeconds(30)).until(() -> send(suite.planPort(), planView).statusCode() == 200);
            assertThat(send(suite.planPort(), planView).body()).contains("\"staffId\":\"anna.berg\"")
                    .doesNotContain("Tolvan", "19121212");
        }

        try (LocalSuite again = LocalSuite.start(settings)) {
            HttpResponse<String> kept = get(again.assignmentPort(), "/cases/" + caseId);
            assertThat(kept.statusCode()).isEqualTo(200);
            assertThat(kept.body()).contains("Tolvan Tolvansson").contains("solbacken");
            assertThat(send(again.planPort(), HttpRequest.newBuilder(uri(again.planPort(), "/cases/" + caseId))
                    .header("X-Dev-Staff-Id", "anna.berg").GET()).statusCode()).isEqualTo(200);
        }
    }

    @Test
    void usesTheServersItIsGivenAndStartsNoEmbeddedOnes() throws Exception {
        try (EmbeddedMongo mongo = EmbeddedMongo.inMemory().start();
             EmbeddedKafka kafka = new EmbeddedKafka(data.resolve("elsewhere"), 0).start()) {
            LocalSuite.ExternalServers servers =
                    new LocalSuite.ExternalServers(mongo.connectionString(), kafka.bootstrapServers(), false);
            LocalSuite.Settings settings = new LocalSuite.Settings(data.resolve("unused"), 0, 0, 0, 0,
                    "classpath:seed/organisation.json", servers, "given", false);
            try (LocalSuite suite = LocalSuite.start(settings)) {
                assertThat(suite.embedded()).isFalse();
                assertThat(suite.endpoints()).containsEntry("MongoDB", mongo.connectionString())
                        .containsEntry("Kafka bootstrap servers", kafka.bootstrapServers())
                        .doesNotContainKey("Data folder");
                assertThat(get(suite.assignmentPort(), "/staff-groups/solbacken").statusCode()).isEqualTo(200);
            }
            try (MongoClient client = MongoClients.create(mongo.connectionString())) {
                assertThat(client.listDatabaseNames()).contains("given_assignment", "given_plan");
            }
            assertThat(data.resolve("unused")).doesNotExist();
        }
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
