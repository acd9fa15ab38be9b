package se.kontaktman.assignment.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import se.kontaktman.assignment.clients.OpenCaseClaims;
import se.kontaktman.assignment.support.OrganisationFixture;
import se.kontaktman.assignment.support.TestPersonnummer;
import se.kontaktman.events.EventCodec;
import se.kontaktman.events.Topics;
import se.kontaktman.events.assignment.CaseRecordsDestroyed;
import se.kontaktman.platform.protection.DataGoneException;
import se.kontaktman.platform.protection.Vault;
import se.kontaktman.platform.testing.EmbeddedServers;
import se.kontaktman.platform.testing.Http;
import se.kontaktman.platform.testing.MutableClock;
import se.kontaktman.platform.testing.ServiceIntegrationTest;
import se.kontaktman.platform.testing.StoredDocuments;
import se.kontaktman.platform.testing.TestClockConfiguration;
import se.kontaktman.platform.testing.TopicReader;
import se.kontaktman.platform.time.ClockConfiguration;

/**
 * Personal data at rest and gallring, over the real stand-in and broker: what the database holds
 * is read raw, the clock is moved five years on, and the nightly job is run.
 */
class RetentionIntegrationTest extends ServiceIntegrationTest {

    private static final java.util.concurrent.atomic.AtomicInteger SERIALS = new java.util.concurrent.atomic.AtomicInteger(
            (int) (Math.random() * 500));

    @Autowired
    MongoTemplate mongo;
    @Autowired
    MutableClock clock;
    @Autowired
    RetentionJob job;
    @Autowired
    Vault vault;
    @Autowired
    MeterRegistry meters;
    @Autowired
    OpenCaseClaims claims;
    @Autowired
    com.mongodb.client.MongoClient mongoClient;

    private OrganisationFixture org;
    private TopicReader cases;

    @BeforeEach
    void setUp() {
        clock.setToday(TestClockConfiguration.TODAY);
        org = new OrganisationFixture().defineOver(http);
        cases = new TopicReader(EmbeddedServers.kafka().bootstrapServers(), Topics.CASES);
    }

    @AfterEach
    void tearDown() {
        clock.setToday(TestClockConfiguration.TODAY);
        cases.close();
    }

    /** A new person each time: the birth number counts up. */
    private static String bornOn(int day) {
        return TestPersonnummer.of(LocalDate.of(1938, 4, day), SERIALS.incrementAndGet(), false);
    }

    private String openCase(String personnummer, String name) {
        return openCase(personnummer, name, "HOME_CARE");
    }

    private String openCase(String personnummer, String name, String careProfile) {
        Http.Response opened = postCase(personnummer, name, careProfile);
        assertThat(opened.status()).as(opened.text()).isEqualTo(201);
        return opened.json().get("caseId").asString();
    }

    private Http.Response postCase(String personnummer, String name, String careProfile) {
        return http.post("/cases", Map.of("personnummer", personnummer, "name", name, "staffGroupId", org.groupId,
                "careProfile", careProfile, "startDate", TestClockConfiguration.TODAY.toString()), as(org.plannerId));
    }

    private void close(String caseId, LocalDate on) {
        Http.Response closed = http.post("/cases/" + caseId + "/closure", Map.of("closedOn", on.toString(),
                "reason", "SERVICE_ENDED"), as(org.plannerId));
        assertThat(closed.status()).as(closed.text()).isEqualTo(204);
    }


    /** Five years after today's entries (recorded today, real time), and a day. */
    private static LocalDate fiveYearsOn() {
        return LocalDate.now(ClockConfiguration.STOCKHOLM).plusYears(5).plusDays(1);
    }

    @Test
    void noPersonnummerOrNameIsReadableInAnyStoredDocumentOrTheEventStore() {
        String personnummer = bornOn(3);
        String caseId = openCase(personnummer, "Greta Gallringsson");

        String stored = StoredDocuments.everything(mongo);
        String keys = StoredDocuments.everything(new MongoTemplate(mongoClient,
                mongo.getDb().getName() + "_keys"));
        assertThat(stored).contains(caseId).contains("domainevents").contains("clients");
        assertThat(keys).as("the keys, in a database of their own").contains(Vault.COLLECTION);
        String digits = personnummer.replace("-", "");
        for (String raw : List.of(stored, keys)) {
            assertThat(raw).doesNotContain(digits).doesNotContain(personnummer).doesNotContain(digits.substring(2))
                    .doesNotContain("Greta").doesNotContain("Gallringsson");
        }
        // and yet the planner reads them, and finds the client by personnummer
        Http.Response read = http.get("/cases/" + caseId, as(org.plannerId));
        assertThat(read.json().get("client").get("name").asString()).isEqualTo("Greta Gallringsson");
        assertThat(http.post("/cases/search", Map.of("personnummer", personnummer), as(org.plannerId)).json())
                .hasSize(1);
    }

    @Test
    void gallring_fiveYearsAfterTheLastEntryTheClientsKeyAndDataAreDestroyedAndTheCaseIsGone_SoL12_1() {
        String personnummer = bornOn(3);
        String caseId = openCase(personnummer, "Greta Gallringsson");
        close(caseId, TestClockConfiguration.TODAY);
        String clientId = clientIdOf(caseId);
        Document client = mongo.getCollection("clients").find(new Document("_id", clientId)).first();
        double before = meters.counter("kontaktman.retention.cases.destroyed").count();

        clock.setToday(fiveYearsOn().minusDays(2));
        assertThat(job.run().destroyedCases()).doesNotContain(caseId);
        assertThat(http.get("/cases/" + caseId, as(org.plannerId)).status()).isEqualTo(200);

        clock.setToday(fiveYearsOn());
        RetentionJob.Report report = job.run();

        assertThat(report.destroyedCases()).contains(caseId);
        Http.Response gone = http.get("/cases/" + caseId, as(org.plannerId));
        assertThat(gone.status()).as(gone.text()).isEqualTo(410);
        assertThat(gone.json().get("rule").asString()).isEqualTo("retention-ended");
        assertThat(http.post("/cases/search", Map.of("personnummer", personnummer), as(org.plannerId)).json())
                .isEmpty();
        assertThat(vault.holdsKeyOf(clientId)).isFalse();
        assertThat(mongo.getCollection("clients").countDocuments(new Document("_id", clientId))).isZero();
        // a copy of the document taken before (a backup) opens no more
        assertThatThrownBy(() -> vault.open(clientId, "name", client.getString("name")))
                .isInstanceOf(DataGoneException.class);
        assertThat(meters.counter("kontaktman.retention.cases.destroyed").count()).isGreaterThan(before);
        List<ConsumerRecord<String, byte[]>> published = cases.awaitRecords(
                r -> caseId.equals(r.key()) && new String(r.value()).contains("CaseRecordsDestroyed"), 1,
                Duration.ofSeconds(30));
        assertThat(published).hasSize(1);
        assertThat(new EventCodec().decode(published.get(0).value()).event())
                .isEqualTo(new CaseRecordsDestroyed(caseId, org.groupId, fiveYearsOn()));
        // run again: nothing more happens
        assertThat(job.run().destroyedCases()).doesNotContain(caseId);
    }

    @Test
    void gallring_notWhileAnotherCaseOfTheSameClientIsOpenOrRecent_SoL12_1() {
        String personnummer = bornOn(4);
        String first = openCase(personnummer, "Olle Öppen");
        close(first, TestClockConfiguration.TODAY);
        String second = openCase(personnummer, "Olle Öppen");

        clock.setToday(fiveYearsOn());
        assertThat(job.run().destroyedCases()).doesNotContain(first, second);
        assertThat(http.get("/cases/" + first, as(org.plannerId)).status()).isEqualTo(200);

        close(second, fiveYearsOn());
        assertThat(job.run().destroyedCases()).as("the second case's last entry is today")
                .doesNotContain(first, second);
        assertThat(http.get("/cases/" + first, as(org.plannerId)).json().get("client").get("name").asString())
                .isEqualTo("Olle Öppen");
    }

    @Test
    void gallring_someoneBornOnThe15thIsKeptForResearch_SoL12_2() {
        String caseId = openCase(bornOn(15), "Rut Forskning");
        close(caseId, TestClockConfiguration.TODAY);

        clock.setToday(fiveYearsOn());
        RetentionJob.Report report = job.run();

        assertThat(report.destroyedCases()).doesNotContain(caseId);
        assertThat(report.clientsKept()).isGreaterThanOrEqualTo(1);
        assertThat(http.get("/cases/" + caseId, as(org.plannerId)).status()).isEqualTo(200);
    }

    @Test
    void gallring_lssRecordsAreKeptForGood() {
        String caseId = openCase(bornOn(6), "Lisa Lss", "LSS");
        close(caseId, TestClockConfiguration.TODAY);

        clock.setToday(fiveYearsOn().plusYears(20));
        RetentionJob.Report report = job.run();

        assertThat(report.destroyedCases()).doesNotContain(caseId);
        assertThat(http.get("/cases/" + caseId, as(org.plannerId)).json().get("client").get("name").asString())
                .isEqualTo("Lisa Lss");
    }

    @Test
    void gallring_noCaseIsOpenedForAClientWhileTheirRecordsAreBeingDestroyed() {
        String personnummer = bornOn(7);
        String first = openCase(personnummer, "Nils Natt");
        close(first, TestClockConfiguration.TODAY);
        String clientId = clientIdOf(first);

        assertThat(claims.claimForGallring(clientId, clock.instant())).isTrue();
        Http.Response refused = postCase(personnummer, "Nils Natt", "HOME_CARE");
        assertThat(refused.status()).as(refused.text()).isEqualTo(409);
        assertThat(refused.json().get("rule").asString()).isEqualTo("records-being-destroyed");
        assertThat(claims.openFor(clientId)).as("the refused opening's claim released").isFalse();
        assertThat(claims.claimForGallring(clientId, clock.instant())).as("one gallring at a time").isFalse();

        claims.releaseGallring(clientId);
        openCase(personnummer, "Nils Natt");
    }

    private String clientIdOf(String caseId) {
        return mongo.getCollection("case_views").find(new Document("_id", caseId)).first().getString("clientId");
    }
}
