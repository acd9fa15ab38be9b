package se.kontaktman.plan.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import io.micrometer.core.instrument.MeterRegistry;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import se.kontaktman.events.assignment.CaseRecordsDestroyed;
import se.kontaktman.plan.support.PlanServiceTest;
import se.kontaktman.platform.protection.DataGoneException;
import se.kontaktman.platform.protection.Vault;
import se.kontaktman.platform.testing.Http;
import se.kontaktman.platform.testing.MutableClock;
import se.kontaktman.platform.testing.TestClockConfiguration;
import se.kontaktman.platform.time.ClockConfiguration;
import se.kontaktman.platform.testing.StoredDocuments;

/**
 * The plans' text at rest, and its destruction when assignment-service publishes that a case's
 * retention time ended: the raw documents and the event store are read as stored.
 */
class RecordsDestructionIntegrationTest extends PlanServiceTest {

    private static final String WISH = "Vill gärna ha radion på när hon äter frukost";

    @Autowired
    MongoTemplate mongo;
    @Autowired
    Vault vault;
    @Autowired
    MeterRegistry meters;
    @Autowired
    RecordsDestruction destruction;
    @Autowired
    MutableClock clock;

    /** Five years and a day after today's entries (recorded today, real time). */
    private static LocalDate fiveYearsOn() {
        return LocalDate.now(ClockConfiguration.STOCKHOLM).plusYears(5).plusDays(1);
    }

    @Test
    void gallring_textsWithAnEntryHereLaterThanAssignmentServiceCountedAreKeptUntilTheirOwnTimeHasPassed() {
        String caseId = caseWithPlan();
        assignment.closeCase(caseId, LocalDate.of(2026, 11, 22));
        // assignment-service's last entry was ten days before this service's last one
        LocalDate asked = fiveYearsOn().minusDays(10);

        assignment.publish(new CaseRecordsDestroyed(caseId, assignment.group, asked));

        await().atMost(Duration.ofSeconds(20)).until(() ->
                mongo.getCollection("destroyed_cases").countDocuments(new Document("_id", caseId)) == 1);
        assertThat(http.get("/cases/" + caseId + "/plan", as(assignment.anna)).json().get("text").get("wishes")
                .asString()).isEqualTo(WISH);
        clock.setToday(asked.plusDays(1));
        assertThat(destruction.destroyDue()).doesNotContain(caseId);

        clock.setToday(fiveYearsOn());
        try {
            assertThat(destruction.destroyDue()).contains(caseId);
        } finally {
            clock.setToday(TestClockConfiguration.TODAY);
        }
        assertThat(http.get("/cases/" + caseId + "/plan", as(assignment.planner)).status()).isEqualTo(410);
        assertThat(mongo.getCollection("plan_content").countDocuments(new Document("caseId", caseId))).isZero();
        assertThat(vault.holdsKeyOf(caseId)).isFalse();
    }

    private String caseWithPlan() {
        String caseId = caseWithAPlan(WISH);
        Http.Response note = http.post("/cases/" + caseId + "/planning-notes", Map.of("handedOverOn", "2026-11-21",
                "specialWishes", "Önskar samma personal på morgonen", "timeAdjustments", List.of(),
                "newInterventionsNeeded", false), as(assignment.anna));
        assertThat(note.status()).as(note.text()).isEqualTo(201);
        return caseId;
    }


    @Test
    void thePlansTextAndNotesAreReadableInNoStoredDocumentNorTheEventStore() {
        String caseId = caseWithPlan();

        String stored = StoredDocuments.everything(mongo);
        assertThat(stored).contains("plan_content").contains("domainevents").contains(caseId);
        assertThat(stored).doesNotContain("radion", "frukost", "samma personal", "Med taburett", "brukaren", "dotter");
        assertThat(http.get("/cases/" + caseId + "/plan", as(assignment.anna)).json().get("text").get("wishes")
                .asString()).isEqualTo(WISH);
    }

    @Test
    void gallring_whenTheCasesRecordsAreDestroyedItsKeyAndTextsGoAndTheCaseAnswers410() {
        String caseId = caseWithPlan();
        assignment.closeCase(caseId, LocalDate.of(2026, 11, 22));
        List<Document> texts = mongo.getCollection("plan_content").find(new Document("caseId", caseId))
                .into(new java.util.ArrayList<>());
        assertThat(texts).isNotEmpty();
        double before = meters.counter("kontaktman.retention.keys.destroyed").count();

        String factId = assignment.publish(new CaseRecordsDestroyed(caseId, assignment.group, fiveYearsOn()));

        await().atMost(Duration.ofSeconds(20)).until(() ->
                http.get("/cases/" + caseId + "/plan", as(assignment.planner)).status() == 410);
        Http.Response gone = http.get("/cases/" + caseId, as(assignment.planner));
        assertThat(gone.status()).as(gone.text()).isEqualTo(410);
        assertThat(gone.json().get("rule").asString()).isEqualTo("retention-ended");
        assertThat(mongo.getCollection("plan_content").countDocuments(new Document("caseId", caseId))).isZero();
        assertThat(vault.holdsKeyOf(caseId)).isFalse();
        assertThat(meters.counter("kontaktman.retention.keys.destroyed").count()).isEqualTo(before + 1);
        // a copy taken before (a backup) opens no more
        Document copy = texts.get(0);
        assertThatThrownBy(() -> vault.open(caseId, copy.getString("_id"), copy.getString("json")))
                .isInstanceOf(DataGoneException.class);

        // the same event again (at least once): nothing more
        assignment.publish(factId, java.time.Instant.now(), new CaseRecordsDestroyed(caseId, assignment.group,
                fiveYearsOn()));
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5)).until(() ->
                meters.counter("kontaktman.retention.keys.destroyed").count() == before + 1);
    }
}
