package se.kontaktman.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import se.kontaktman.events.CareProfile;
import se.kontaktman.plan.support.PlanServiceTest;
import se.kontaktman.platform.testing.Http;
import se.kontaktman.platform.testing.TestIdentityProvider;
import tools.jackson.databind.JsonNode;

/**
 * {@code POST /actuator/views}: the views emptied and rebuilt from the event store give the same
 * documents as the live ones, field for field (no field differs: every value in them comes from
 * the events, including the assignments' {@code publishedAt} and each document's {@code version}),
 * and a view damaged on purpose is restored.
 */
class ViewRebuildIntegrationTest extends PlanServiceTest {

    private static final List<String> VIEWS = List.of("case_plans", "case_files", "follow_up_sheets");

    @Autowired
    MongoTemplate mongo;

    private final String operations = TestIdentityProvider.get().tokenFor(null).roles(List.of("OPERATIONS")).sign();

    @Test
    void theRebuiltViewsEqualTheLiveOnesAndDamagedDocumentsAreRestored() {
        String planned = caseWithAPlanAndAFollowUp();
        String opened = assignment.openCaseWithContactPersons(CareProfile.HOME_CARE, LocalDate.of(2026, 11, 12));
        awaitCase(opened, assignment.anna);
        Map<String, List<Document>> live = views(planned, opened);
        assertThat(live.get("case_plans")).extracting(document -> document.get("_id")).contains(planned, opened);
        assertThat(live.get("follow_up_sheets")).extracting(document -> document.get("_id")).contains(planned);

        // Damage: a document lost, one changed, one of another view emptied of its entries.
        mongo.getCollection("case_plans").deleteOne(Filters.eq("_id", opened));
        mongo.getCollection("case_plans").updateOne(Filters.eq("_id", planned),
                Updates.combine(Updates.set("staffGroupId", "damaged"), Updates.unset("followUps")));
        mongo.getCollection("follow_up_sheets").updateOne(Filters.eq("_id", planned), Updates.unset("checks"));
        assertThat(views(planned, opened)).isNotEqualTo(live);

        Http.Response started = http.post("/actuator/views", "", bearer(operations));
        assertThat(started.status()).as(started.text()).isEqualTo(202);
        assertThat(started.json().get("startedAt").isNull()).isFalse();
        JsonNode finished = awaitFinished();

        assertThat(finished.get("toRead").asLong()).as("the events stored when it started").isPositive();
        assertThat(finished.get("read").asLong()).isGreaterThanOrEqualTo(finished.get("toRead").asLong());
        assertThat(finished.get("finishedAt").isNull()).isFalse();
        assertThat(finished.get("views").findValuesAsString("name"))
                .contains("case-plan-view", "case-file-view", "follow-up-sheet");
        finished.get("views").forEach(view -> {
            // The case file (private funds, devices) and gallring take none of these cases' events.
            if (!List.of("case-file-view", "records-destruction").contains(view.get("name").asString())) {
                assertThat(view.get("read").asLong()).as(view.toString()).isPositive();
            }
        });
        assertThat(views(planned, opened)).isEqualTo(live);
        assertThat(http.get("/cases/" + opened, as(assignment.anna)).status()).isEqualTo(200);
    }

    @Test
    void aRebuildOfIntactViewsChangesNothingAndStaffMayNotStartOne() {
        String planned = caseWithAPlanAndAFollowUp();
        Map<String, List<Document>> live = views(planned);

        assertThat(http.post("/actuator/views", "", as(assignment.planner)).status()).as("a staff token").isEqualTo(403);
        assertThat(http.post("/actuator/views", "").status()).as("no token").isEqualTo(401);
        assertThat(http.post("/actuator/views", "", bearer(operations)).status()).isEqualTo(202);
        awaitFinished();

        assertThat(views(planned)).isEqualTo(live);
        assertThat(http.get("/cases/" + planned + "/plan", as(assignment.anna)).status()).isEqualTo(200);
    }

    private JsonNode awaitFinished() {
        await().atMost(Duration.ofSeconds(30)).until(() -> !"RUNNING".equals(progress().get("state").asString()));
        JsonNode progress = progress();
        assertThat(progress.get("state").asString()).as(progress.toString()).isEqualTo("FINISHED");
        return progress;
    }

    private JsonNode progress() {
        Http.Response progress = http.get("/actuator/views", bearer(operations));
        assertThat(progress.status()).as(progress.text()).isEqualTo(200);
        return progress.json();
    }

    /**
     * Every document of every view about these cases, in id order: other test classes share the
     * database, and some write views directly, with no events behind them for a rebuild to replay.
     */
    private Map<String, List<Document>> views(String... caseIds) {
        Map<String, List<Document>> views = new LinkedHashMap<>();
        for (String view : VIEWS) {
            views.put(view, mongo.getCollection(view).find(Filters.in("_id", List.of(caseIds)))
                    .sort(Sorts.ascending("_id")).into(new java.util.ArrayList<>()));
        }
        return views;
    }

    /** Introduction visit, plan, follow-up and plan check, through the API, as in the home-care test. */
    private String caseWithAPlanAndAFollowUp() {
        String caseId = caseWithAPlan("Vill duscha på kvällen");
        Http.Response followedUp = http.post("/cases/" + caseId + "/follow-ups",
                followUp("2026-11-20", "SCHEDULED", "STILL_CURRENT"), as(assignment.bertil));
        assertThat(followedUp.status()).as(followedUp.text()).isEqualTo(201);
        Http.Response checked = http.post("/cases/" + caseId + "/plan-checks", Map.of("checkedOn", "2026-11-22",
                "planCurrent", true, "followUpBookedFor", "2026-12-07"), as(assignment.anna));
        assertThat(checked.status()).as(checked.text()).isEqualTo(201);
        return caseId;
    }
}
