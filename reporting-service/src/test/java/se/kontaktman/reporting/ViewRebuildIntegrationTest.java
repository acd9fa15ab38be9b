package se.kontaktman.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.test.annotation.DirtiesContext;
import se.kontaktman.events.CareProfile;
import se.kontaktman.events.ContactRole;
import se.kontaktman.events.assignment.CaseOpened;
import se.kontaktman.events.assignment.ContactPersonAssigned;
import se.kontaktman.events.plan.PlanEstablished;
import se.kontaktman.events.reminder.DeadlineRule;
import se.kontaktman.events.reminder.DeadlineStage;
import se.kontaktman.events.reminder.DeadlineStageReached;
import se.kontaktman.platform.testing.EventWriter;
import se.kontaktman.platform.testing.Http;
import se.kontaktman.platform.testing.ServiceIntegrationTest;
import se.kontaktman.platform.testing.TestIdentityProvider;
import se.kontaktman.reporting.support.Organisation;
import tools.jackson.databind.JsonNode;

/**
 * The platform's operations command {@code POST /actuator/views} on reporting-service: it builds the
 * next projection generation from the topics, its progress says {@code FINISHED} once that
 * generation answers, and the overviews it answers are the ones answered before; staff may not start it.
 */
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class ViewRebuildIntegrationTest extends ServiceIntegrationTest {

    private final String operations = TestIdentityProvider.get().tokenFor(null).roles(List.of("OPERATIONS")).sign();

    @Test
    void theOperationsCommandBuildsTheNextGenerationWhichAnswersTheSameAndStaffMayNotStartIt() {
        try (EventWriter writer = new EventWriter()) {
            Organisation org = new Organisation(writer).define(LocalDate.of(2026, 1, 1));
            String planned = Organisation.newCaseId();
            String overdue = Organisation.newCaseId();
            org.publish(d(9, 1), new CaseOpened(planned, org.group, CareProfile.HOME_CARE, d(9, 1)));
            org.publish(d(9, 2), new ContactPersonAssigned(planned, org.group, ContactRole.PRIMARY, org.anna, d(9, 2),
                    null));
            org.publish(d(9, 2), new ContactPersonAssigned(planned, org.group, ContactRole.SUBSTITUTE, org.bertil,
                    d(9, 2), null));
            org.publish(d(9, 20), new PlanEstablished(planned, org.group, 1, d(9, 20), org.anna, 3));
            org.publish(d(11, 2), new CaseOpened(overdue, org.group, CareProfile.HOME_CARE, d(11, 2)));
            org.publish(d(11, 2), new ContactPersonAssigned(overdue, org.group, ContactRole.PRIMARY, org.anna,
                    d(11, 2), null));
            org.publish(d(11, 10), new DeadlineStageReached(overdue, org.group, DeadlineRule.H1, "1",
                    DeadlineStage.OVERDUE, d(11, 10), d(11, 9), List.of(org.planner), List.of(), null, 1, null));
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).ignoreExceptions().until(() -> {
                JsonNode figures = http.get("/areas/" + org.area + "/key-figures", as(org.manager)).json();
                JsonNode clients = http.get("/contact-persons/" + org.anna + "/clients", as(org.anna)).json()
                        .get("clients");
                return figures.get("withBothContactPersons").asInt() == 1 && figures.get("withCurrentPlan").asInt() == 1
                        && figures.get("overdueByRule").get("H1").asInt() == 1 && clients.size() == 2;
            });
            String figuresBefore = http.get("/areas/" + org.area + "/key-figures", as(org.manager)).text();
            String overviewBefore = http.get("/contact-persons/" + org.anna + "/clients", as(org.anna)).text();
            int answering = http.get("/projection", as(org.manager)).json().get("answering").asInt();
            assertThat(answering).isPositive();

            // The area's manager may rebuild through /projection/rebuilds, but not use the operations command.
            assertThat(http.post("/actuator/views", "", as(org.manager)).status()).as("a staff token").isEqualTo(403);
            assertThat(http.post("/actuator/views", "").status()).as("no token").isEqualTo(401);
            Http.Response started = http.post("/actuator/views", "", bearer(operations));
            assertThat(started.status()).as(started.text()).isEqualTo(202);
            assertThat(started.json().get("startedAt").isNull()).isFalse();

            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200))
                    .until(() -> !"RUNNING".equals(progress().get("state").asString()));
            JsonNode finished = progress();
            assertThat(finished.get("state").asString()).as(finished.toString()).isEqualTo("FINISHED");
            assertThat(finished.get("finishedAt").isNull()).isFalse();
            assertThat(finished.get("views").findValuesAsString("name"))
                    .containsExactly("projection generation " + (answering + 1));

            // This instance loads the new generation before answering from it; then it answers the same.
            await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).until(() ->
                    http.get("/projection", as(org.manager)).json().get("inMemory").asInt() == answering + 1);
            assertThat(http.get("/areas/" + org.area + "/key-figures", as(org.manager)).text()).isEqualTo(figuresBefore);
            assertThat(http.get("/contact-persons/" + org.anna + "/clients", as(org.anna)).text())
                    .isEqualTo(overviewBefore);
        }
    }

    private JsonNode progress() {
        Http.Response progress = http.get("/actuator/views", bearer(operations));
        assertThat(progress.status()).as(progress.text()).isEqualTo(200);
        return progress.json();
    }

    private static LocalDate d(int month, int day) {
        return LocalDate.of(2026, month, day);
    }
}
