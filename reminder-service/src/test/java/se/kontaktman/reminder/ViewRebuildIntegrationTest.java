package se.kontaktman.reminder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import se.kontaktman.events.CareProfile;
import se.kontaktman.reminder.casefile.CaseFile;
import se.kontaktman.reminder.support.ReminderServiceTest;
import se.kontaktman.platform.testing.Http;
import se.kontaktman.platform.testing.TestIdentityProvider;
import tools.jackson.databind.JsonNode;

/**
 * {@code POST /actuator/views}: the case files rebuilt from the topics' beginning equal the live
 * ones, a damaged file is restored, and no stage already published is published again. Ignored in
 * the comparison: {@code revision} and {@code writer} (which write stored the file, not what it
 * holds), and the order of {@code published} (the deadlines topic is read back after the facts).
 */
class ViewRebuildIntegrationTest extends ReminderServiceTest {

    private final String operations = TestIdentityProvider.get().tokenFor(null).roles(List.of("OPERATIONS")).sign();

    @Test
    void theRebuiltCaseFilesEqualTheLiveOnesAndNothingPublishedIsPublishedAgain() {
        String visited = suite.openCaseWithContactPersons(CareProfile.HOME_CARE, TODAY);
        String overdue = suite.openCaseWithContactPersons(CareProfile.HOME_CARE, TODAY);
        awaitCase(visited);
        awaitCase(overdue);
        suite.visit(visited, suite.anna, TODAY.plusDays(3));
        dayComes(TODAY.plusDays(3));
        dayComes(TODAY.plusDays(12));
        int publishedBefore = records(overdue, 4).size() + records(visited, 2).size();
        List<String> ids = List.of(visited, overdue);
        Map<String, Document> live = files(ids);
        Document staffCases = mongo.getCollection("staff_cases").find(Filters.eq("_id", suite.anna)).first();

        // Damage: one file lost, the other's visit and published stages forgotten.
        mongo.getCollection(CaseFile.COLLECTION).deleteOne(Filters.eq("_id", overdue));
        mongo.getCollection(CaseFile.COLLECTION).updateOne(Filters.eq("_id", visited),
                Updates.combine(Updates.set("visits", List.of()), Updates.set("published", List.of())));
        assertThat(files(ids)).isNotEqualTo(live);

        Http.Response started = http.post("/actuator/views", "", bearer(operations));
        assertThat(started.status()).as(started.text()).isEqualTo(202);
        await().atMost(Duration.ofSeconds(60)).until(() -> !"RUNNING".equals(progress().get("state").asString()));
        JsonNode finished = progress();
        assertThat(finished.get("state").asString()).as(finished.toString()).isEqualTo("FINISHED");
        assertThat(finished.get("read").asLong()).isEqualTo(finished.get("toRead").asLong()).isPositive();
        assertThat(finished.get("views").findValuesAsString("name"))
                .containsExactly("kontaktman.assignment.cases", "kontaktman.plan.cases", "kontaktman.reminder.deadlines");
        // The tick works the rebuilt cases, on today's agenda, as of the same day.
        dayComes(TODAY.plusDays(12));

        assertThat(files(ids)).isEqualTo(live);
        assertThat(mongo.getCollection("staff_cases").find(Filters.eq("_id", suite.anna)).first().getList("caseIds",
                String.class)).containsExactlyInAnyOrderElementsOf(staffCases.getList("caseIds", String.class));
        assertThat(deadlines.drain(record -> ids.contains(record.key()), Duration.ofSeconds(3)))
                .as("no stage published again").hasSize(publishedBefore);
        assertThat(http.get("/cases/" + overdue + "/deadlines", as(suite.planner)).status()).isEqualTo(200);
    }

    private JsonNode progress() {
        Http.Response progress = http.get("/actuator/views", bearer(operations));
        assertThat(progress.status()).as(progress.text()).isEqualTo(200);
        return progress.json();
    }

    /** The case files, without what only says which write stored them; published stages in one order. */
    private Map<String, Document> files(List<String> caseIds) {
        Map<String, Document> files = new LinkedHashMap<>();
        for (Document file : mongo.getCollection(CaseFile.COLLECTION).find(Filters.in("_id", caseIds))
                .sort(Sorts.ascending("_id"))) {
            file.remove("revision");
            file.remove("writer");
            List<Document> published = new ArrayList<>(file.getList("published", Document.class));
            published.sort(Comparator.comparing(p -> p.getString("rule") + "|" + p.getString("occurrence")));
            file.put("published", published);
            files.put(file.getString("_id"), file);
        }
        return files;
    }
}
