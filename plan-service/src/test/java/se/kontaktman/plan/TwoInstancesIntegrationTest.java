package se.kontaktman.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import se.kontaktman.events.CareProfile;
import se.kontaktman.plan.support.PlanServiceTest;
import se.kontaktman.platform.testing.EmbeddedServers;
import se.kontaktman.platform.testing.EmbeddedServersInitializer;
import se.kontaktman.platform.testing.Http;
import se.kontaktman.platform.testing.TestIdentityProvider;

/**
 * Two instances of plan-service at once, on one database and in one consumer group, the second
 * joining while facts flow (so partitions move between them, and records read but not committed by
 * one are read again by the other): each case is in the view once, with its contact persons, and
 * each fact noted once, whichever instance is asked.
 */
class TwoInstancesIntegrationTest extends PlanServiceTest {

    private static final int CASES = 100;
    private static final LocalDate START = LocalDate.of(2026, 10, 1);

    @Autowired
    MongoTemplate mongo;
    @Value("${spring.mongodb.uri}")
    String mongoUri;
    @Value("${spring.mongodb.database}")
    String database;
    @Value("${spring.kafka.consumer.group-id}")
    String groupId;

    @Autowired
    ConfigurableApplicationContext context;

    private static Collection<?> assigned(ConfigurableApplicationContext instance) {
        Collection<?> partitions = instance.getBean(KafkaListenerEndpointRegistry.class)
                .getListenerContainer("plan-service-assignment-events").getAssignedPartitions();
        return partitions == null ? List.of() : partitions;
    }

    @Test
    void twoInstancesInOneGroupNoteEveryFactOnce() {
        List<String> cases = new ArrayList<>();
        for (int i = 0; i < CASES / 2; i++) {
            cases.add(assignment.openCaseWithContactPersons(CareProfile.HOME_CARE, START));
        }
        try (ConfigurableApplicationContext second = PlanServiceApplication.application().run(
                "--server.port=0",
                "--spring.mongodb.uri=" + mongoUri,
                "--spring.mongodb.database=" + database,
                "--spring.kafka.bootstrap-servers=" + EmbeddedServers.kafka().bootstrapServers(),
                "--spring.kafka.consumer.group-id=" + groupId,
                "--spring.security.oauth2.resourceserver.jwt.issuer-uri=" + TestIdentityProvider.get().issuer(),
                "--kontaktman.mongo.transactions=false",
                // the same master key as the first instance: one service, two processes
                "--kontaktman.protection.master-key=" + EmbeddedServersInitializer.MASTER_KEY)) {
            // The group shares the topics' partitions between the two.
            await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
                assertThat(assigned(second)).isNotEmpty();
                assertThat(assigned(context)).isNotEmpty();
            });
            for (int i = CASES / 2; i < CASES; i++) {
                cases.add(assignment.openCaseWithContactPersons(CareProfile.LSS, START));
            }
            Http secondHttp = new Http(Integer.parseInt(second.getEnvironment().getProperty("local.server.port")));

            await().atMost(Duration.ofSeconds(180)).untilAsserted(() -> assertThat(cases).allSatisfy(caseId ->
                    assertThat(mongo.getCollection("domainevents")
                            .countDocuments(new Document("aggregateIdentifier", caseId))).isEqualTo(3)));
            // Nothing more arrives: each fact was noted once, by one instance or the other.
            await().pollDelay(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                    assertThat(mongo.getCollection("domainevents").countDocuments(
                            new Document("aggregateIdentifier", new Document("$in", cases)))).isEqualTo(3L * CASES));
            for (String caseId : cases) {
                for (Http instance : List.of(http, secondHttp)) {
                    Http.Response view = instance.get("/cases/" + caseId, as(assignment.planner));
                    assertThat(view.status()).as(view.text()).isEqualTo(200);
                    assertThat(view.json().get("primary").get("staffId").asString()).isEqualTo(assignment.anna);
                    assertThat(view.json().get("substitute").get("staffId").asString()).isEqualTo(assignment.bertil);
                }
                assertThat(mongo.getCollection("case_plans").countDocuments(new Document("_id", caseId))).isEqualTo(1);
                assertThat(mongo.getCollection("case_plans").find(new Document("_id", caseId)).first()
                        .get("version", Number.class).longValue()).as("three events applied, the last numbered 2")
                        .isEqualTo(2);
            }
        }
    }
}
