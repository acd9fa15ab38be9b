package se.kontaktman.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.SmartLifecycle;
import org.springframework.data.mongodb.core.MongoTemplate;
import se.kontaktman.events.CareProfile;
import se.kontaktman.plan.caseplan.CasePlanView;
import se.kontaktman.plan.support.PlanServiceTest;

/**
 * Without Mongo transactions a process killed between storing a command's events and updating
 * the view leaves the view behind for good (the fact is not applied twice); the next start gives
 * the views the event store again, and only what they missed changes.
 */
class ViewCatchUpIntegrationTest extends PlanServiceTest {

    @Autowired
    MongoTemplate mongo;

    @Autowired
    ApplicationContext context;

    @Test
    void aViewLeftBehindItsEventsCatchesUpAtTheNextStartAndOneUpToDateStaysAsItIs() {
        String caseId = assignment.openCaseWithContactPersons(CareProfile.HOME_CARE, LocalDate.of(2026, 10, 1));
        // Every fact of the case taken first: the catch-up runs at start, before the consumers, and a
        // live fact applied after the view was lost would create a document the replay then skips.
        await().atMost(java.time.Duration.ofSeconds(20)).until(() ->
                !awaitCase(caseId, assignment.anna).json().get("substitute").isNull());
        String before = awaitCase(caseId, assignment.anna).text();
        // What the kill leaves: the events stored, the view's write lost.
        mongo.remove(query(where("_id").is(caseId)), CasePlanView.class);
        assertThat(http.get("/cases/" + caseId, as(assignment.anna)).status()).as("the view lost").isEqualTo(404);

        context.getBean("viewCatchUp", SmartLifecycle.class).start();

        assertThat(http.get("/cases/" + caseId, as(assignment.anna)).text()).isEqualTo(before);
        context.getBean("viewCatchUp", SmartLifecycle.class).start();
        assertThat(http.get("/cases/" + caseId, as(assignment.anna)).text()).as("seen before: no change")
                .isEqualTo(before);
    }
}
