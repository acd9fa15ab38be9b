package se.kontaktman.assignment.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
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
import se.kontaktman.assignment.support.OrganisationFixture;
import se.kontaktman.assignment.support.TestPersonnummer;
import se.kontaktman.platform.testing.Http;
import se.kontaktman.platform.testing.ServiceIntegrationTest;
import se.kontaktman.platform.testing.TestIdentityProvider;
import tools.jackson.databind.JsonNode;

/**
 * {@code POST /actuator/views} in assignment-service: the case and organisation views emptied and
 * rebuilt from the event store equal the live ones field for field, a damaged one restored.
 */
class ViewRebuildIntegrationTest extends ServiceIntegrationTest {

    private static final List<String> VIEWS = List.of("case_views", "area_views", "staff_group_views",
            "staff_views");

    @Autowired
    MongoTemplate mongo;

    private final String operations = TestIdentityProvider.get().tokenFor(null).roles(List.of("OPERATIONS")).sign();

    @Test
    void theRebuiltViewsEqualTheLiveOnesAndADamagedCaseIsRestored() {
        OrganisationFixture org = new OrganisationFixture().defineOver(http);
        String assigned = open(org);
        Http.Response assignment = http.put("/cases/" + assigned + "/contact-persons", Map.of("primaryStaffId",
                org.anna, "substituteStaffId", org.bertil, "effectiveFrom", "2026-11-16"), as(org.plannerId));
        assertThat(assignment.status()).as(assignment.text()).isEqualTo(204);
        String closed = open(org);
        assertThat(http.post("/cases/" + closed + "/closure", Map.of("closedOn", "2026-11-20",
                "reason", "SERVICE_ENDED"), as(org.plannerId)).status()).isEqualTo(204);
        Map<String, List<Document>> live = views(org, assigned, closed);

        mongo.getCollection("case_views").deleteOne(Filters.eq("_id", closed));
        mongo.getCollection("case_views").updateOne(Filters.eq("_id", assigned), Updates.unset("primary"));
        assertThat(views(org, assigned, closed)).isNotEqualTo(live);

        assertThat(http.post("/actuator/views", "", as(org.plannerId)).status()).as("a staff token").isEqualTo(403);
        Http.Response started = http.post("/actuator/views", "", bearer(operations));
        assertThat(started.status()).as(started.text()).isEqualTo(202);
        await().atMost(Duration.ofSeconds(30)).until(() -> !"RUNNING".equals(progress().get("state").asString()));
        JsonNode finished = progress();

        assertThat(finished.get("state").asString()).as(finished.toString()).isEqualTo("FINISHED");
        assertThat(finished.get("read").asLong()).isGreaterThanOrEqualTo(finished.get("toRead").asLong()).isPositive();
        assertThat(views(org, assigned, closed)).isEqualTo(live);
        assertThat(http.get("/cases/" + closed, as(org.plannerId)).status()).isEqualTo(200);
    }

    private String open(OrganisationFixture org) {
        Http.Response opened = http.post("/cases", Map.of("personnummer", TestPersonnummer.random(), "name",
                "Vera Vy", "staffGroupId", org.groupId, "careProfile", "HOME_CARE", "startDate", "2026-11-02"),
                as(org.plannerId));
        assertThat(opened.status()).as(opened.text()).isEqualTo(201);
        return opened.json().get("caseId").asString();
    }

    /** This test's cases and organisation, in id order: other test classes share the database. */
    private Map<String, List<Document>> views(OrganisationFixture org, String... caseIds) {
        Map<String, List<Document>> views = new LinkedHashMap<>();
        for (String view : VIEWS) {
            views.put(view, mongo.getCollection(view).find(view.equals("case_views")
                            ? Filters.in("_id", List.of(caseIds)) : Filters.regex("_id", org.suffix))
                    .sort(Sorts.ascending("_id")).into(new java.util.ArrayList<>()));
        }
        return views;
    }

    private JsonNode progress() {
        Http.Response progress = http.get("/actuator/views", bearer(operations));
        assertThat(progress.status()).as(progress.text()).isEqualTo(200);
        return progress.json();
    }
}
