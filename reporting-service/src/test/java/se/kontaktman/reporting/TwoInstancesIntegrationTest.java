package se.kontaktman.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.MemberDescription;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.annotation.DirtiesContext;
import se.kontaktman.events.CareProfile;
import se.kontaktman.events.ContactRole;
import se.kontaktman.events.assignment.CaseOpened;
import se.kontaktman.events.assignment.ContactPersonAssigned;
import se.kontaktman.events.plan.IntroductionVisitHeld;
import se.kontaktman.events.plan.PlanEstablished;
import se.kontaktman.events.reminder.DeadlineRule;
import se.kontaktman.events.reminder.DeadlineStage;
import se.kontaktman.events.reminder.DeadlineStageReached;
import se.kontaktman.platform.testing.EmbeddedServers;
import se.kontaktman.platform.testing.EventWriter;
import se.kontaktman.platform.testing.Http;
import se.kontaktman.platform.testing.ServiceIntegrationTest;
import se.kontaktman.platform.testing.TestClockConfiguration;
import se.kontaktman.platform.testing.TestIdentityProvider;
import se.kontaktman.reporting.projection.ProjectionConsumers;
import se.kontaktman.reporting.support.Organisation;
import tools.jackson.databind.JsonNode;

/**
 * Two instances of reporting-service at once, on one database and in one consumer group, the
 * second joining while facts flow (so partitions move between them, and records read but not
 * committed by one are read again by the other), and a deadline stage told twice with one id, as
 * two reminder-service instances may tell it: whichever instance is asked, the overviews and key
 * figures count each case once and each fact once.
 */
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class TwoInstancesIntegrationTest extends ServiceIntegrationTest {

    private static final int CASES = 100;

    @Value("${spring.mongodb.uri}")
    String mongoUri;
    @Value("${spring.mongodb.database}")
    String database;
    @Value("${spring.kafka.consumer.group-id}")
    String groupPrefix;

    private EventWriter writer;
    private Organisation org;

    @BeforeEach
    void anArea() {
        writer = new EventWriter();
        org = new Organisation(writer).define(LocalDate.of(2026, 1, 1));
    }

    @AfterEach
    void close() {
        writer.close();
    }

    @Test
    void twoInstancesInOneGroupCountEachCaseAndEachFactOnce() throws Exception {
        List<String> cases = new ArrayList<>();
        for (int i = 0; i < CASES / 2; i++) {
            cases.add(openVisitedPlannedCase(i));
        }
        SpringApplication application = ReportingServiceApplication.application();
        application.addPrimarySources(List.of(TestClockConfiguration.class));
        try (ConfigurableApplicationContext second = application.run(
                "--server.port=0",
                "--spring.mongodb.uri=" + mongoUri,
                "--spring.mongodb.database=" + database,
                "--spring.kafka.bootstrap-servers=" + EmbeddedServers.kafka().bootstrapServers(),
                "--spring.kafka.consumer.group-id=" + groupPrefix,
                "--spring.security.oauth2.resourceserver.jwt.issuer-uri=" + TestIdentityProvider.get().issuer(),
                "--kontaktman.mongo.transactions=false");
             Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                     EmbeddedServers.kafka().bootstrapServers()))) {
            // The group of the generation being written shares the topics' partitions between the two.
            String group = ProjectionConsumers.groupOf(groupPrefix, 1);
            await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
                ConsumerGroupDescription described = admin.describeConsumerGroups(List.of(group)).all().get()
                        .get(group);
                Collection<MemberDescription> members = described.members();
                assertThat(members).hasSize(2)
                        .allSatisfy(member -> assertThat(member.assignment().topicPartitions()).isNotEmpty());
            });
            for (int i = CASES / 2; i < CASES; i++) {
                cases.add(openVisitedPlannedCase(i));
            }
            Http secondHttp = new Http(Integer.parseInt(second.getEnvironment().getProperty("local.server.port")));

            String path = "/areas/" + org.area + "/key-figures";
            for (Http instance : List.of(http, secondHttp)) {
                await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(500)).ignoreExceptions()
                        .untilAsserted(() -> {
                            JsonNode figures = instance.get(path, as(org.manager)).json();
                            assertThat(figures.get("openCases").asInt()).isEqualTo(CASES);
                            assertThat(figures.get("overdueByRule").get("H7").asInt()).isEqualTo(CASES / 2);
                            assertThat(figures.get("daysVisitToPlan").get("count").asInt()).isEqualTo(CASES);
                        });
            }
            // Nothing more arrives, and both answer the same, each case and fact counted once.
            Thread.sleep(3_000);
            String figures = http.get(path, as(org.manager)).text();
            assertThat(secondHttp.get(path, as(org.manager)).text()).isEqualTo(figures);
            JsonNode keyFigures = http.get(path, as(org.manager)).json();
            assertThat(keyFigures.get("openCases").asInt()).isEqualTo(CASES);
            assertThat(keyFigures.get("withBothContactPersons").asInt()).isEqualTo(CASES);
            assertThat(keyFigures.get("withCurrentPlan").asInt()).isEqualTo(CASES);
            assertThat(keyFigures.get("daysAppointmentToVisit").get("count").asInt()).isEqualTo(CASES);
            assertThat(keyFigures.get("daysAppointmentToVisit").get("median").asDouble()).isEqualTo(3.0);
            assertThat(keyFigures.get("daysVisitToPlan").get("count").asInt()).isEqualTo(CASES);
            assertThat(keyFigures.get("daysVisitToPlan").get("median").asDouble()).isEqualTo(5.0);
            assertThat(keyFigures.get("overdueByRule").get("H7").asInt()).isEqualTo(CASES / 2);
            assertThat(keyFigures.get("metLateByRule").get("H7").asInt()).isZero();

            for (Http instance : List.of(http, secondHttp)) {
                List<String> clients = new ArrayList<>();
                List<Integer> overdue = new ArrayList<>();
                for (JsonNode client : instance.get("/contact-persons/" + org.anna + "/clients", as(org.anna)).json()
                        .get("clients")) {
                    clients.add(client.get("caseId").asString());
                    overdue.add(client.get("overdue").size());
                    assertThat(client.get("planVersion").asInt()).isEqualTo(1);
                }
                assertThat(clients).containsExactlyInAnyOrderElementsOf(cases);
                // The stage told twice is one overdue deadline, in every other case.
                assertThat(overdue).containsOnly(0, 1).filteredOn(count -> count == 1).hasSize(CASES / 2);
                List<String> groupCases = new ArrayList<>();
                instance.get("/staff-groups/" + org.group + "/cases", as(org.planner)).json().get("cases")
                        .forEach(row -> groupCases.add(row.get("caseId").asString()));
                assertThat(groupCases).containsExactlyInAnyOrderElementsOf(cases);
            }
        }
    }

    /**
     * Opened 2 November with anna and bertil, visited on the 5th, planned on the 10th; every other
     * case's risk assessment (H7) overdue since the 18th, that stage told twice with one id.
     */
    private String openVisitedPlannedCase(int index) {
        String caseId = Organisation.newCaseId();
        org.publish(d(2), new CaseOpened(caseId, org.group, CareProfile.HOME_CARE, d(2)));
        org.publish(d(2), new ContactPersonAssigned(caseId, org.group, ContactRole.PRIMARY, org.anna, d(2), null));
        org.publish(d(2), new ContactPersonAssigned(caseId, org.group, ContactRole.SUBSTITUTE, org.bertil, d(2), null));
        org.publish(d(5), new IntroductionVisitHeld(caseId, org.group, UUID.randomUUID().toString(), d(5), org.anna,
                List.of(org.anna), true));
        org.publish(d(10), new PlanEstablished(caseId, org.group, 1, d(10), org.anna, 3));
        if (index % 2 == 0) {
            String stageId = UUID.randomUUID().toString();
            DeadlineStageReached overdue = new DeadlineStageReached(caseId, org.group, DeadlineRule.H7,
                    "risk-assessment-after-2026-11-10~PRIMARY-" + org.anna, DeadlineStage.OVERDUE, d(18), d(17),
                    List.of(org.anna), List.of(org.planner), null, 1, null);
            writer.publishAgain(stageId, Organisation.noonOf(d(18)), overdue, 2);
        }
        return caseId;
    }

    private static LocalDate d(int dayOfNovember) {
        return LocalDate.of(2026, 11, dayOfNovember);
    }
}
