package se.kontaktman.assignment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import se.kontaktman.platform.testing.Http;
import se.kontaktman.platform.testing.RealServersTest;
import se.kontaktman.assignment.support.OrganisationFixture;
import se.kontaktman.assignment.support.SignIn;
import se.kontaktman.assignment.support.TestPersonnummer;
import se.kontaktman.platform.testing.TopicReader;
import se.kontaktman.events.EventSchemas;
import se.kontaktman.events.Topics;

/**
 * The same path as the embedded tests, against a real MongoDB replica set (with transactions)
 * and a real Kafka broker in containers. Skipped where no Docker engine runs.
 */
class RealServersIntegrationTest extends RealServersTest {

    @Test
    void anHttpCommandBecomesAStoredEventAndACloudEventWithMongoTransactions() {
        Http http = new Http(port);
        OrganisationFixture org = new OrganisationFixture().defineOver(http);

        Http.Response opened = http.post("/cases", Map.of("personnummer", TestPersonnummer.random(), "name", "Tyra",
                "staffGroupId", org.groupId, "careProfile", "HOME_CARE", "startDate", "2026-11-02"),
                SignIn.staff(org.plannerId));
        assertThat(opened.status()).as(opened.text()).isEqualTo(201);
        String caseId = opened.json().get("caseId").asString();
        assertThat(http.put("/cases/" + caseId + "/contact-persons", Map.of("primaryStaffId", org.anna,
                "substituteStaffId", org.bertil, "effectiveFrom", "2026-11-17"),
                SignIn.staff(org.plannerId)).status()).isEqualTo(204);

        try (TopicReader reader = new TopicReader(KAFKA.getBootstrapServers(), Topics.CASES)) {
            var records = reader.awaitRecords(r -> caseId.equals(r.key()), 3, Duration.ofSeconds(60));
            assertThat(records).hasSize(3);
            records.forEach(r -> assertThat(new EventSchemas().violations(r.value())).isEmpty());
        }
        assertThat(http.get("/cases/" + caseId, SignIn.staff(org.plannerId)).json().get("primary").get("staffId")
                .asString()).isEqualTo(org.anna);
    }
}
