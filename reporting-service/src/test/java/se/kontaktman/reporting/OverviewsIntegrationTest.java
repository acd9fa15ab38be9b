package se.kontaktman.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.StreamSupport;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.annotation.DirtiesContext;
import se.kontaktman.events.CareProfile;
import se.kontaktman.events.CaseClosureReason;
import se.kontaktman.events.ContactRole;
import se.kontaktman.events.EventCodec;
import se.kontaktman.events.EventSchemas;
import se.kontaktman.events.Topics;
import se.kontaktman.events.assignment.CaseClosed;
import se.kontaktman.events.assignment.CaseOpened;
import se.kontaktman.events.assignment.ContactPersonAssigned;
import se.kontaktman.events.assignment.ContactPersonAssignedV2;
import se.kontaktman.events.plan.AssistiveDeviceRegistered;
import se.kontaktman.events.plan.AssistiveDeviceReturned;
import se.kontaktman.events.plan.AssistiveDevicesToBeReturned;
import se.kontaktman.events.plan.FeedbackInformationGiven;
import se.kontaktman.events.plan.FollowUpKind;
import se.kontaktman.events.plan.FollowUpOutcome;
import se.kontaktman.events.plan.FollowUpRecorded;
import se.kontaktman.events.plan.IntroductionVisitBooked;
import se.kontaktman.events.plan.IntroductionVisitHeld;
import se.kontaktman.events.plan.NewAssistiveDeviceRequested;
import se.kontaktman.events.plan.PlanChecked;
import se.kontaktman.events.plan.PlanEstablished;
import se.kontaktman.events.plan.RiskAssessed;
import se.kontaktman.events.reminder.DeadlineRule;
import se.kontaktman.events.reminder.DeadlineStage;
import se.kontaktman.events.reminder.DeadlineStageReached;
import se.kontaktman.platform.testing.AssignmentVersions;
import se.kontaktman.platform.testing.EmbeddedServers;
import se.kontaktman.platform.testing.EventWriter;
import se.kontaktman.platform.testing.Http;
import se.kontaktman.platform.testing.ServiceIntegrationTest;
import se.kontaktman.platform.testing.TestIdentityProvider;
import se.kontaktman.platform.testing.TopicReader;
import se.kontaktman.reporting.support.Organisation;
import tools.jackson.databind.JsonNode;

/**
 * Events of the other services in over the real broker, overviews out over HTTP, from the
 * projection in the embedded MongoDB-wire server: a contact person's clients (JSON, CSV, the form
 * as PDF), a staff group's cases, an area's key figures as of days before and after a late event,
 * redeliveries, a record that cannot be read, refusals, and a rebuild that ends where the live
 * projection is.
 */
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class OverviewsIntegrationTest extends ServiceIntegrationTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    private final EventCodec codec = new EventCodec();
    private EventWriter writer;
    private Organisation org;
    private String caseA;
    private String caseB;

    @BeforeEach
    void anAreaWithTwoCases() {
        writer = new EventWriter();
        org = new Organisation(writer).define(LocalDate.of(2026, 1, 1));
        caseA = Organisation.newCaseId();
        caseB = Organisation.newCaseId();
        String visitA = Organisation.newCaseId();
        // Case A: staffed, visited, planned, checked in October; a follow-up of 10 November recorded on the 20th.
        org.publish(d(9, 1), new CaseOpened(caseA, org.group, CareProfile.HOME_CARE, d(9, 1)));
        org.publish(d(9, 2), new ContactPersonAssigned(caseA, org.group, ContactRole.PRIMARY, org.anna, d(9, 2), null));
        org.publish(d(9, 2), new ContactPersonAssigned(caseA, org.group, ContactRole.SUBSTITUTE, org.bertil, d(9, 2),
                null));
        org.publish(d(9, 3), new IntroductionVisitBooked(caseA, org.group, visitA, d(9, 5), org.anna,
                org.planner));
        org.publish(d(9, 5), new IntroductionVisitHeld(caseA, org.group, visitA, d(9, 5), org.anna,
                List.of(org.anna), true));
        org.publish(d(9, 20), new PlanEstablished(caseA, org.group, 1, d(9, 20), org.anna, 3));
        org.publish(d(10, 10), new PlanChecked(caseA, org.group, d(10, 10), org.anna, d(10, 1), d(11, 30), 1, true,
                d(12, 1)));
        org.publish(d(11, 20), new FollowUpRecorded(caseA, org.group, d(11, 10), org.anna,
                FollowUpKind.EXTENSIVE_CHANGE, FollowUpOutcome.STILL_CURRENT, 1));
        // Case B: only an ordinarie; H1 overdue since 10 November.
        org.publish(d(11, 2), new CaseOpened(caseB, org.group, CareProfile.HOME_CARE, d(11, 2)));
        org.publish(d(11, 2), new ContactPersonAssigned(caseB, org.group, ContactRole.PRIMARY, org.anna, d(11, 2),
                null));
        org.publish(d(11, 10), new DeadlineStageReached(caseB, org.group, DeadlineRule.H1, "1",
                DeadlineStage.OVERDUE, d(11, 10), d(11, 9), List.of(org.planner), List.of(), null, 1, null));
        // Each topic's partition is read in order: A's follow-up is the last of its plan events.
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).ignoreExceptions().until(() -> {
            JsonNode overview = http.get("/contact-persons/" + org.anna + "/clients", as(org.anna)).json();
            return "2026-11-10".equals(client(overview, caseA).get("lastFollowUpOn").asString())
                    && client(overview, caseB).get("overdue").size() == 1;
        });
    }

    @AfterEach
    void close() {
        writer.close();
    }

    @Test
    void aContactPersonSeesEachClientWithVisitPlanFollowUpsChecksAndWhatIsOverdue() {
        JsonNode overview = http.get("/contact-persons/" + org.anna + "/clients", as(org.anna)).json();
        assertThat(overview.get("name").asString()).isEqualTo("Åsa Öberg");
        JsonNode a = client(overview, caseA);
        assertThat(a.get("role").asString()).isEqualTo("PRIMARY");
        assertThat(a.get("staffGroupName").asString()).isEqualTo("Solbacken");
        assertThat(a.get("introductionVisitHeldOn").asString()).isEqualTo("2026-09-05");
        assertThat(a.get("planEstablishedOn").asString()).isEqualTo("2026-09-20");
        assertThat(a.get("planVersion").asInt()).isEqualTo(1);
        assertThat(a.get("lastFollowUpOn").asString()).isEqualTo("2026-11-10");
        // The follow-up booked at the October check comes before H4's six months.
        assertThat(a.get("nextFollowUp").asString()).isEqualTo("2026-12-01");
        assertThat(a.get("checks").get(0).get("octoberNovember").asString()).isEqualTo("2026-10-10");
        assertThat(a.get("countedLate").get(0).get("fact").asString()).isEqualTo("FOLLOW_UP_RECORDED");
        assertThat(a.get("overdue")).isEmpty();
        JsonNode b = client(overview, caseB);
        assertThat(b.get("overdue").get(0).get("rule").asString()).isEqualTo("H1");
        assertThat(b.get("overdue").get(0).get("daysOverdue").asInt()).isEqualTo(14);
    }

    @Test
    void asOfADayBeforeALateFollowUpWasRecordedItIsNotThereAndTheAnswerSaysItWasLearnedLater() {
        JsonNode before = http.get("/contact-persons/" + org.anna + "/clients?asOf=2026-11-15", as(org.anna)).json();
        assertThat(client(before, caseA).get("lastFollowUpOn").isNull()).isTrue();
        JsonNode figuresBefore = http.get("/areas/" + org.area + "/key-figures?asOf=2026-11-15", as(org.manager))
                .json();
        assertThat(figuresBefore.get("learnedLater").get("count").asInt()).isEqualTo(1);
        assertThat(figuresBefore.get("learnedLater").get("first").get(0).get("knownOn").asString())
                .isEqualTo("2026-11-20");
        assertThat(figuresBefore.get("countedLate").get("count").asInt()).isZero();

        JsonNode figuresAfter = http.get("/areas/" + org.area + "/key-figures", as(org.manager)).json();
        assertThat(figuresAfter.get("learnedLater").get("count").asInt()).isZero();
        assertThat(figuresAfter.get("countedLate").get("first").get(0).get("on").asString()).isEqualTo("2026-11-10");
    }

    @Test
    void anAreasKeyFiguresAreHandComputedForADayAndForAMonth() {
        JsonNode today = http.get("/areas/" + org.area + "/key-figures", as(org.manager)).json();
        assertThat(today.get("openCases").asInt()).isEqualTo(2);
        assertThat(today.get("withBothContactPersons").asInt()).isEqualTo(1);
        assertThat(today.get("shareWithBothContactPersons").asDouble()).isEqualTo(0.5);
        assertThat(today.get("withCurrentPlan").asInt()).isEqualTo(1);
        assertThat(today.get("overdueByRule").get("H1").asInt()).isEqualTo(1);
        JsonNode check = today.get("planChecks").get(0);
        assertThat(check.get("windowStart").asString()).isEqualTo("2026-10-01");
        assertThat(check.get("underWay").asBoolean()).isTrue();
        assertThat(check.get("plans").asInt()).isEqualTo(1);
        assertThat(check.get("checked").asInt()).isEqualTo(1);

        JsonNode september = http.get("/areas/" + org.area + "/key-figures/monthly?from=2026-09&to=2026-11",
                as(org.manager)).json().get("months");
        assertThat(september).hasSize(3);
        JsonNode sep = september.get(0);
        assertThat(sep.get("date").asString()).isEqualTo("2026-09-30");
        assertThat(sep.get("openCases").asInt()).isEqualTo(1);
        assertThat(sep.get("daysAppointmentToVisit").get("median").asDouble()).isEqualTo(3.0);
        assertThat(sep.get("daysVisitToPlan").get("p90").asInt()).isEqualTo(15);
        assertThat(sep.get("overdueByRule").get("H1").asInt()).isZero();
        assertThat(september.get(2).get("date").asString()).isEqualTo("2026-11-23");
        assertThat(september.get(2).get("daysVisitToPlan").get("count").asInt()).isZero();
    }

    @Test
    void aStaffGroupSeesEveryOpenCaseWithItsContactPersonsAndPlanStatus() {
        JsonNode cases = http.get("/staff-groups/" + org.group + "/cases", as(org.planner)).json().get("cases");
        assertThat(cases).hasSize(2);
        assertThat(cases.get(0).get("caseId").asString()).isEqualTo(caseA);
        assertThat(cases.get(0).get("primaryName").asString()).isEqualTo("Åsa Öberg");
        assertThat(cases.get(0).get("substituteName").asString()).isEqualTo("Bertil Ek");
        assertThat(cases.get(0).get("planStatus").asString()).isEqualTo("CURRENT");
        assertThat(cases.get(1).get("planStatus").asString()).isEqualTo("NONE");
        assertThat(cases.get(1).get("substituteStaffId").isNull()).isTrue();
    }

    @Test
    void theOverviewsComeAsCsvWithSwedishHeadings() throws Exception {
        String csv = new String(get("/contact-persons/" + org.anna + "/clients", "text/csv", org.anna).body(),
                StandardCharsets.UTF_8);
        List<String> lines = csv.lines().toList();
        assertThat(lines.get(0)).startsWith("\uFEFFÄrende;Roll;Personalgrupp");
        assertThat(lines).anySatisfy(line -> assertThat(line).startsWith(caseA + ";Ordinarie;Solbacken;Hemtjänst;"
                + "2026-09-05;2026-09-05;2026-09-20;1;2026-09-20;2026-11-10;2026-12-01;;2026-10-10;;1"));
        String figures = new String(get("/areas/" + org.area + "/key-figures", "text/csv", org.manager).body(),
                StandardCharsets.UTF_8);
        assertThat(figures.lines().toList().get(1)).startsWith("Område Norr;2026-11-23;2026-11-01;2026-11-23;2;1;50;1;50;");
    }

    @Test
    void anAreasMonthlyFiguresComeAsAPdfReportForItsManager() throws Exception {
        String path = "/areas/" + org.area + "/key-figures/monthly?from=2026-09&to=2026-11";
        HttpResponse<byte[]> pdf = get(path, "application/pdf", org.manager);
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Disposition")).get().asString().contains("attachment");
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            String report = page(document, 1);
            assertThat(report).contains("Nyckeltal per månad, Område Norr", "2026-09 – 2026-11");
            assertThat(report.lines()).anySatisfy(line -> assertThat(line).startsWith("2026-09 1 "));
            assertThat(report.lines()).anySatisfy(line -> assertThat(line).startsWith("2026-11 2 1 50 % 1 50 % 1 "));
        }
        assertThat(get(path, "application/pdf", org.anna).statusCode()).as("own-area").isEqualTo(403);
    }

    @Test
    void theContactPersonsFormsComeAsAPdfWithOnePagePerClient() throws Exception {
        HttpResponse<byte[]> pdf = get("/contact-persons/" + org.anna + "/clients", "application/pdf", org.anna);
        assertThat(pdf.statusCode()).isEqualTo(200);
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            assertThat(document.getNumberOfPages()).isEqualTo(2);
            String first = page(document, 1);
            String second = page(document, 2);
            if (!first.contains(caseA)) { // the pages come in the overview's order, by case id
                String swap = first;
                first = second;
                second = swap;
            }
            assertThat(second).contains(caseB);
            assertThat(first).contains("Dokumentation Genomförandeplan", caseA);
            assertThat(first.lines().filter(line -> line.contains("Kontaktman 1:"))).singleElement().asString()
                    .contains("Åsa Öberg");
            assertThat(first.lines().filter(line -> line.contains("Kontaktman 2:"))).singleElement().asString()
                    .contains("Bertil Ek");
            assertThat(first.lines().filter(line -> line.contains("upprättades den"))).singleElement().asString()
                    .contains("2026-09-20");
            assertThat(first).contains("2026-10-10", "2026-11-10");
            assertThat(first).doesNotContain(caseB);
        }
    }

    @Test
    void anEventDeliveredAgainChangesNoFigure() {
        JsonNode before = http.get("/areas/" + org.area + "/key-figures", as(org.manager)).json();
        String caseC = Organisation.newCaseId();
        CaseOpened opened = new CaseOpened(caseC, org.group, CareProfile.LSS, d(11, 20));
        writer.publishAgain("again-" + caseC, Organisation.noonOf(d(11, 20)), opened, 3);
        writer.publishAgain("again-a-" + caseC, Organisation.noonOf(d(11, 20)),
                new ContactPersonAssigned(caseC, org.group, ContactRole.PRIMARY, org.bertil, d(11, 20), null), 3);
        await().atMost(Duration.ofSeconds(30)).until(() ->
                http.get("/areas/" + org.area + "/key-figures", as(org.manager)).json().get("openCases").asInt() == 3);
        JsonNode after = http.get("/areas/" + org.area + "/key-figures", as(org.manager)).json();
        assertThat(after.get("withBothContactPersons").asInt())
                .isEqualTo(before.get("withBothContactPersons").asInt());
        JsonNode bertils = http.get("/contact-persons/" + org.bertil + "/clients", as(org.bertil)).json();
        assertThat(bertils.get("clients").findValuesAsString("caseId")).containsOnlyOnce(caseC);
    }

    @Test
    void anAssignmentPublishedInV1AndV2CountsOnceEvenRedeliveredOrWithABrokenV1AndAV1FromBeforeV2Counts() {
        // Anna made ordinarie of case D as published before v2 existed: v1 alone, unmarked.
        String caseD = Organisation.newCaseId();
        org.publish(d(11, 2), new CaseOpened(caseD, org.group, CareProfile.HOME_CARE, d(11, 2)));
        org.publish(d(11, 2), new ContactPersonAssigned(caseD, org.group, ContactRole.PRIMARY, org.anna, d(11, 2),
                null));
        // Bertil made ordinarie of case C during v1's deprecation period, registered two days late: v1 marked
        // superseded, then v2, with one id.
        String caseC = Organisation.newCaseId();
        org.publish(d(11, 2), new CaseOpened(caseC, org.group, CareProfile.HOME_CARE, d(11, 2)));
        ContactPersonAssignedV2 ordinarie = new ContactPersonAssignedV2(caseC, org.group, ContactRole.PRIMARY,
                org.bertil, d(11, 2), null, org.planner, null);
        String occurrence = Organisation.newCaseId();
        publishInV1AndV2(occurrence, Organisation.noonOf(d(11, 4)), ordinarie);
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).ignoreExceptions().until(() ->
                clientsOf(org.bertil).contains(caseC) && clientsOf(org.anna).contains(caseD));
        JsonNode bertilsHeardOnce = http.get("/contact-persons/" + org.bertil + "/clients", as(org.bertil)).json();

        // The pair delivered again; then, on the same key so read after it, anna made ersättare of case C with a
        // marked v1 whose data breaks its schema.
        publishInV1AndV2(occurrence, Organisation.noonOf(d(11, 4)), ordinarie);
        ContactPersonAssignedV2 ersattare = new ContactPersonAssignedV2(caseC, org.group, ContactRole.SUBSTITUTE,
                org.anna, d(11, 5), null, org.planner, null);
        String ersattaresId = Organisation.newCaseId();
        byte[] brokenV1 = new String(codec.encode(AssignmentVersions.markedV1(ersattaresId, Organisation.noonOf(d(11, 5)), ersattare)),
                StandardCharsets.UTF_8).replace("\"role\":\"SUBSTITUTE\"", "\"role\":\"DEPUTY\"")
                .getBytes(StandardCharsets.UTF_8);
        assertThat(new EventSchemas().incomingViolations(brokenV1)).containsExactly("$.data.role: enum");
        writer.send(new ProducerRecord<>(Topics.CASES, caseC, brokenV1));
        writer.publish(ersattaresId, Organisation.noonOf(d(11, 5)), ersattare);
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).ignoreExceptions().until(() ->
                clientsOf(org.anna).contains(caseC));

        JsonNode bertils = http.get("/contact-persons/" + org.bertil + "/clients", as(org.bertil)).json();
        assertThat(bertils.get("clients")).as("the redelivery changed nothing")
                .isEqualTo(bertilsHeardOnce.get("clients"));
        assertThat(clientsOf(org.bertil)).containsOnlyOnce(caseC);
        JsonNode c = client(bertils, caseC);
        assertThat(c.get("role").asString()).isEqualTo("PRIMARY");
        assertThat(c.get("countedLate")).as("the assignment registered late, counted once")
                .extracting(fact -> fact.get("fact").asString(), fact -> fact.get("on").asString(),
                        fact -> fact.get("knownOn").asString())
                .containsExactly(tuple("CONTACT_PERSON_ASSIGNED", "2026-11-02", "2026-11-04"));
        JsonNode annas = http.get("/contact-persons/" + org.anna + "/clients", as(org.anna)).json();
        assertThat(client(annas, caseC).get("role").asString()).as("the broken v1's v2").isEqualTo("SUBSTITUTE");
        assertThat(client(annas, caseD).get("role").asString()).as("the v1 from before v2").isEqualTo("PRIMARY");
        JsonNode cases = http.get("/staff-groups/" + org.group + "/cases", as(org.planner)).json().get("cases");
        assertThat(cases).filteredOn(row -> row.get("caseId").asString().equals(caseC)).singleElement()
                .satisfies(row -> {
                    assertThat(row.get("primaryStaffId").asString()).isEqualTo(org.bertil);
                    assertThat(row.get("substituteStaffId").asString()).isEqualTo(org.anna);
                });
        JsonNode figures = http.get("/areas/" + org.area + "/key-figures", as(org.manager)).json();
        assertThat(figures.get("openCases").asInt()).isEqualTo(4);
        assertThat(figures.get("withBothContactPersons").asInt()).as("A and C").isEqualTo(2);
        assertThat(figures.get("countedLate").get("first").findValuesAsString("caseId")).containsOnlyOnce(caseC);
        try (TopicReader deadLetters = new TopicReader(EmbeddedServers.kafka().bootstrapServers(),
                Topics.deadLetterTopicOf(Topics.CASES))) {
            assertThat(deadLetters.drain(record -> caseC.equals(record.key()), Duration.ofSeconds(3)))
                    .extracting(record -> new String(record.headers().lastHeader("kafka_dlt-exception-message").value(),
                            StandardCharsets.UTF_8)).isEmpty();
        }
    }

    /**
     * An assignment as assignment-service publishes it during v1's deprecation period: v1 marked as
     * superseded by v2, then v2, on the case's key and with one id.
     */
    private void publishInV1AndV2(String id, Instant time, ContactPersonAssignedV2 v2) {
        writer.send(codec.toRecord(AssignmentVersions.markedV1(id, time, v2)));
        writer.publish(id, time, v2);
    }

    @Test
    void aStageToldAgainDaysLaterWithItsIdCountsAsKnownFromWhenItWasFirstTold() {
        // reminder-service tells a stage again with the id it had, and the time of telling: after a crash
        // between publishing and storing, the next tick (possibly another instance's, a day later) does.
        String caseC = Organisation.newCaseId();
        org.publish(d(11, 2), new CaseOpened(caseC, org.group, CareProfile.HOME_CARE, d(11, 2)));
        org.publish(d(11, 2), new ContactPersonAssigned(caseC, org.group, ContactRole.PRIMARY, org.anna, d(11, 2),
                null));
        DeadlineStageReached overdue = new DeadlineStageReached(caseC, org.group, DeadlineRule.H7,
                "risk-assessment-after-2026-11-10~PRIMARY-" + org.anna, DeadlineStage.OVERDUE, d(11, 18), d(11, 17),
                List.of(org.anna), List.of(org.planner), null, 1, null);
        String stageId = "stage-" + caseC;
        writer.publish(stageId, Organisation.noonOf(d(11, 18)), overdue);
        writer.publish(stageId, Organisation.noonOf(d(11, 21)), overdue);
        // After the copy on the case's partition: once this is counted, so is the copy.
        org.publish(d(11, 21), new DeadlineStageReached(caseC, org.group, DeadlineRule.H1, "1",
                DeadlineStage.OVERDUE, d(11, 21), d(11, 20), List.of(org.planner), List.of(), null, 1, null));
        await().atMost(Duration.ofSeconds(30)).until(() -> http.get("/areas/" + org.area + "/key-figures",
                as(org.manager)).json().get("overdueByRule").get("H1").asInt() == 2);

        JsonNode asOf19th = http.get("/areas/" + org.area + "/key-figures?asOf=2026-11-19", as(org.manager)).json();
        assertThat(asOf19th.get("overdueByRule").get("H7").asInt()).isEqualTo(1);
        assertThat(asOf19th.get("learnedLater").get("first").findValuesAsString("caseId")).doesNotContain(caseC);
        assertThat(http.get("/areas/" + org.area + "/key-figures", as(org.manager)).json().get("overdueByRule")
                .get("H7").asInt()).isEqualTo(1);
    }

    @Test
    void aRecordThatCannotBeReadGoesToTheDeadLetterTopicAndTheRestIsRead() {
        try (TopicReader deadLetters = new TopicReader(EmbeddedServers.kafka().bootstrapServers(),
                Topics.deadLetterTopicOf(Topics.PLANS))) {
            String key = "unreadable-" + caseA;
            writer.send(new ProducerRecord<>(Topics.PLANS, key, "not a cloud event".getBytes(StandardCharsets.UTF_8)));
            String caseC = Organisation.newCaseId();
            org.publish(TODAY, new CaseOpened(caseC, org.group, CareProfile.HOME_CARE, TODAY));
            org.publish(TODAY, new ContactPersonAssigned(caseC, org.group, ContactRole.PRIMARY, org.anna, TODAY, null));
            awaitClients(org.anna, 3);
            // At least once: in the two seconds after a rebuild's switch both generations may set it aside.
            assertThat(deadLetters.awaitRecords(record -> key.equals(record.key()), 1, Duration.ofSeconds(30)))
                    .isNotEmpty()
                    .allSatisfy(record -> assertThat(record.headers().lastHeader("kafka_dlt-original-offset"))
                            .isNotNull());
        }
        // Operations see it waiting, on this service too, whose consumers are not @KafkaListeners.
        String operations = TestIdentityProvider.get().tokenFor(null).roles(List.of("OPERATIONS")).sign();
        JsonNode deadLetterTopics = http.get("/actuator/deadletters", bearer(operations)).json().get("deadLetterTopics");
        assertThat(deadLetterTopics.findValuesAsString("topic")).containsExactlyInAnyOrderElementsOf(Topics.ALL);
        for (JsonNode topic : deadLetterTopics) {
            if (topic.get("topic").asString().equals(Topics.PLANS)) {
                assertThat(topic.get("waiting").asLong()).isPositive();
                assertThat(topic.get("oldestReason").asString()).isNotBlank();
            }
        }
    }

    @Test
    void theContactPersonsFileIsReadAndSkippedAndItsH7AndH8DeadlinesAreCountedAlsoInCsv() throws Exception {
        try (TopicReader deadLetters = new TopicReader(EmbeddedServers.kafka().bootstrapServers(),
                Topics.deadLetterTopicOf(Topics.PLANS))) {
            // Case A's file: risks assessed with the plan, a walker lent and given back, a new device
            // asked for, feedback information given; then a second version of the plan, read after them.
            String walker = Organisation.newCaseId(); // device ids are uuids like case ids
            org.publish(d(9, 22), new RiskAssessed(caseA, org.group, d(9, 22), org.anna, 1));
            org.publish(d(9, 22), new AssistiveDeviceRegistered(caseA, org.group, walker, d(9, 22), org.anna));
            org.publish(d(10, 1), new NewAssistiveDeviceRequested(caseA, org.group,
                    "3c4d5e6f-7a8b-4c9d-8e0f-1a2b3c4d5e6f", d(10, 1), org.anna));
            org.publish(d(10, 1), new FeedbackInformationGiven(caseA, org.group, d(10, 1), org.anna));
            org.publish(d(10, 5), new AssistiveDeviceReturned(caseA, org.group, walker, d(10, 5), org.anna));
            org.publish(d(11, 21), new PlanEstablished(caseA, org.group, 2, d(11, 21), org.anna, 1));
            // H7: the follow-up of 10 November wants risks assessed again within a week.
            org.publish(d(11, 18), new DeadlineStageReached(caseA, org.group, DeadlineRule.H7, "2026-11-10",
                    DeadlineStage.OVERDUE, d(11, 18), d(11, 17), List.of(org.anna), List.of(), null, 1, null));
            // H8: case D closed on 1 October with a bed at home, due back within a month.
            String caseD = Organisation.newCaseId();
            String bed = Organisation.newCaseId();
            org.publish(d(9, 1), new CaseOpened(caseD, org.group, CareProfile.HOME_CARE, d(9, 1)));
            org.publish(d(10, 1), new CaseClosed(caseD, org.group, d(10, 1), CaseClosureReason.DECEASED));
            org.publish(d(10, 1), new AssistiveDevicesToBeReturned(caseD, org.group, d(10, 1),
                    List.of(bed)));
            org.publish(d(11, 2), new DeadlineStageReached(caseD, org.group, DeadlineRule.H8, "bed",
                    DeadlineStage.OVERDUE, d(11, 2), d(11, 1), List.of(org.planner), List.of(), null, 1, null));

            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).ignoreExceptions().until(() ->
                    client(http.get("/contact-persons/" + org.anna + "/clients", as(org.anna)).json(), caseA)
                            .get("planVersion").asInt() == 2
                            && http.get("/areas/" + org.area + "/key-figures", as(org.manager)).json()
                            .get("overdueByRule").get("H8").asInt() == 1);
            JsonNode figures = http.get("/areas/" + org.area + "/key-figures", as(org.manager)).json();
            assertThat(figures.get("openCases").asInt()).isEqualTo(2);
            assertThat(figures.get("overdueByRule").get("H1").asInt()).isEqualTo(1);
            assertThat(figures.get("overdueByRule").get("H7").asInt()).isEqualTo(1);
            assertThat(figures.get("overdueByRule").get("H8").asInt()).isEqualTo(1);
            assertThat(client(http.get("/contact-persons/" + org.anna + "/clients", as(org.anna)).json(), caseA)
                    .get("overdue").get(0).get("rule").asString()).isEqualTo("H7");

            List<String> csv = new String(get("/areas/" + org.area + "/key-figures", "text/csv", org.manager).body(),
                    StandardCharsets.UTF_8).lines().toList();
            assertThat(csv.get(0)).contains("Försenade H1;Försenade H2;Försenade H3;Försenade H4;Försenade H5;"
                    + "Försenade L1;Försenade L3;Försenade H7;Försenade H8;Klara för sent H1;");
            List<String> headings = List.of(csv.get(0).split(";"));
            List<String> today = List.of(csv.get(1).split(";", -1));
            assertThat(today.get(headings.indexOf("Försenade H7"))).isEqualTo("1");
            assertThat(today.get(headings.indexOf("Försenade H8"))).isEqualTo("1");
            assertThat(today.get(headings.indexOf("Klara för sent H8"))).isEqualTo("0");

            // Read, not set aside.
            assertThat(deadLetters.drain(record -> caseA.equals(record.key()) || caseD.equals(record.key()),
                    Duration.ofSeconds(3))).isEmpty();
        }
    }

    @Test
    void refusalsNameTheFieldAndTheRule() {
        Http.Response future = http.get("/areas/" + org.area + "/key-figures?asOf=2026-11-24", as(org.manager));
        assertThat(future.status()).isEqualTo(422);
        assertThat(future.json().get("rule").asString()).isEqualTo("as-of-not-in-future");
        Http.Response dateAfter = http.get("/areas/" + org.area + "/key-figures?date=2026-11-20&asOf=2026-11-10",
                as(org.manager));
        assertThat(dateAfter.json().get("errors").get(0).get("field").asString()).isEqualTo("date");
        assertThat(http.get("/areas/" + org.area + "/key-figures", as(org.anna)).json().get("rule").asString())
                .isEqualTo("own-area");
        assertThat(http.get("/contact-persons/" + org.anna + "/clients", as(org.bertil)).status()).isEqualTo(403);
        assertThat(http.get("/contact-persons/" + org.anna + "/clients", as(org.planner)).status()).isEqualTo(200);
        assertThat(http.get("/staff-groups/" + org.group + "/cases", as(org.anna)).json().get("rule").asString())
                .isEqualTo("planned-group");
        assertThat(http.get("/areas/" + org.area + "/key-figures/monthly?from=2026-11&to=2026-09", as(org.manager))
                .json().get("rule").asString()).isEqualTo("months-in-order");
        assertThat(http.get("/areas/no-such-area/key-figures", as(org.manager)).status()).isEqualTo(403);
        assertThat(http.get("/contact-persons/" + org.anna + "/clients").status()).isEqualTo(401);
    }

    @Test
    void aRebuildReadsTheTopicsAgainWhileTheOldGenerationAnswersAndEndsWithTheSameFigures() {
        String unreadable = "unreadable-before-rebuild-" + caseA;
        TopicReader deadLetters = new TopicReader(EmbeddedServers.kafka().bootstrapServers(),
                Topics.deadLetterTopicOf(Topics.PLANS));
        writer.send(new ProducerRecord<>(Topics.PLANS, unreadable, "not a cloud event".getBytes(StandardCharsets.UTF_8)));
        assertThat(deadLetters.awaitRecords(record -> unreadable.equals(record.key()), 1, Duration.ofSeconds(30)))
                .hasSize(1);
        String figuresBefore = http.get("/areas/" + org.area + "/key-figures", as(org.manager)).text();
        String overviewBefore = http.get("/contact-persons/" + org.anna + "/clients", as(org.anna)).text();
        int answering = http.get("/projection", as(org.manager)).json().get("answering").asInt();

        Http.Response started = http.post("/projection/rebuilds", null, as(org.manager));
        assertThat(started.status()).isEqualTo(202);
        assertThat(started.json().get("building").asInt()).isEqualTo(answering + 1);
        assertThat(http.post("/projection/rebuilds", null, as(org.manager)).json().get("rule").asString())
                .isIn("one-rebuild-at-a-time");
        // The old generation answers meanwhile.
        assertThat(http.get("/areas/" + org.area + "/key-figures", as(org.manager)).text()).isEqualTo(figuresBefore);

        await().atMost(Duration.ofSeconds(60)).until(() -> http.get("/projection", as(org.manager)).json().get("inMemory").asInt()
                == answering + 1);
        assertThat(http.get("/areas/" + org.area + "/key-figures", as(org.manager)).text()).isEqualTo(figuresBefore);
        assertThat(http.get("/contact-persons/" + org.anna + "/clients", as(org.anna)).text())
                .isEqualTo(overviewBefore);
        assertThat(http.post("/projection/rebuilds", null, as(org.anna)).status()).isEqualTo(403);
        // The rebuild read the unreadable record again but left it to the generation answering then.
        try (deadLetters) {
            assertThat(deadLetters.drain(record -> unreadable.equals(record.key()), Duration.ofSeconds(3)))
                    .hasSize(1);
        }
    }

    private static String page(PDDocument document, int page) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        return stripper.getText(document);
    }

    private void awaitClients(String staffId, int count) {
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).ignoreExceptions().until(() ->
                http.get("/contact-persons/" + staffId + "/clients", as(staffId)).json().get("clients").size()
                        == count);
    }

    /** The case ids of the staff member's clients today. */
    private List<String> clientsOf(String staffId) {
        return StreamSupport.stream(http.get("/contact-persons/" + staffId + "/clients", as(staffId)).json()
                .get("clients").spliterator(), false).map(client -> client.get("caseId").asString()).toList();
    }

    private static JsonNode client(JsonNode overview, String caseId) {
        for (JsonNode client : overview.get("clients")) {
            if (client.get("caseId").asString().equals(caseId)) {
                return client;
            }
        }
        throw new AssertionError("no client " + caseId);
    }

    private HttpResponse<byte[]> get(String path, String accept, String staffId) throws IOException,
            InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept", accept).header(as(staffId)[0], as(staffId)[1]).build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
    }

    private static LocalDate d(int month, int day) {
        return LocalDate.of(2026, month, day);
    }

}
