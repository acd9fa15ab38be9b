package se.kontaktman.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import se.kontaktman.embedded.EmbeddedKafka;
import se.kontaktman.events.CareProfile;
import se.kontaktman.plan.support.PlanServiceTest;
import se.kontaktman.platform.testing.EmbeddedServers;
import se.kontaktman.platform.testing.Http;

/**
 * The broker stopped while plan-service reads assignment-service's topics, and started again on its
 * port with its log: what was published before, meanwhile in flight and after is each in the view,
 * none skipped and none noted twice (an offset not committed before the stop is read again, and
 * its fact is ignored by its event id).
 */
class BrokerOutageIntegrationTest extends PlanServiceTest {

    private static final int CASES_PER_ROUND = 10;
    private static final LocalDate START = LocalDate.of(2026, 10, 1);

    private final EmbeddedKafka kafka = EmbeddedServers.kafka();

    @Autowired
    MongoTemplate mongo;

    @AfterEach
    void brokerRunsAgain() {
        kafka.start();
    }

    @Test
    void everyFactPublishedAroundABrokerRestartIsInTheViewOnce() {
        List<String> cases = new ArrayList<>();
        for (int i = 0; i < CASES_PER_ROUND; i++) {
            cases.add(assignment.openCaseWithContactPersons(CareProfile.HOME_CARE, START));
        }
        awaitCase(cases.get(0), assignment.planner);
        // Published and acknowledged, then the broker stops while the consumer is still at them.
        for (int i = 0; i < CASES_PER_ROUND; i++) {
            cases.add(assignment.openCaseWithContactPersons(CareProfile.LSS, START));
        }
        kafka.stop();
        kafka.start();
        for (int i = 0; i < CASES_PER_ROUND; i++) {
            cases.add(assignment.openCaseWithContactPersons(CareProfile.HOME_CARE, START.plusDays(1)));
        }

        await().atMost(Duration.ofSeconds(120)).untilAsserted(() -> assertThat(cases)
                .allSatisfy(caseId -> assertThat(view(caseId).status()).isEqualTo(200)));
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(cases).allSatisfy(caseId -> {
            Http.Response view = view(caseId);
            assertThat(view.json().get("primary").get("staffId").asString()).isEqualTo(assignment.anna);
            assertThat(view.json().get("substitute").get("staffId").asString()).isEqualTo(assignment.bertil);
        }));
        for (String caseId : cases) {
            assertThat(mongo.getCollection("domainevents").countDocuments(new Document("aggregateIdentifier", caseId)))
                    .as("the opening and two assignments of %s, each noted once", caseId).isEqualTo(3);
        }
    }

    private Http.Response view(String caseId) {
        return http.get("/cases/" + caseId, as(assignment.planner));
    }
}
