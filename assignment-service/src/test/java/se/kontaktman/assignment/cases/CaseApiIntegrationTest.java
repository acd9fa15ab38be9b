package se.kontaktman.assignment.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.data.mongodb.core.MongoTemplate;
import se.kontaktman.platform.testing.EmbeddedServers;
import se.kontaktman.platform.testing.Http;
import se.kontaktman.platform.testing.ServiceIntegrationTest;
import se.kontaktman.assignment.support.OrganisationFixture;
import se.kontaktman.assignment.support.TestPersonnummer;
import se.kontaktman.platform.testing.TopicReader;
import se.kontaktman.events.ContactRole;
import se.kontaktman.events.EventCodec;
import se.kontaktman.events.EventSchemas;
import se.kontaktman.events.IntegrationEvent;
import se.kontaktman.events.PublishedEvent;
import se.kontaktman.events.Topics;
import se.kontaktman.events.assignment.CaseClosed;
import se.kontaktman.events.assignment.CaseOpened;
import se.kontaktman.events.assignment.ContactPersonAssigned;
import tools.jackson.databind.JsonNode;

/** HTTP in, stored event, CloudEvent out on the real broker, read by a plain consumer. */
@ExtendWith(OutputCaptureExtension.class)
class CaseApiIntegrationTest extends ServiceIntegrationTest {

    private static final Duration KAFKA_WAIT = Duration.ofSeconds(30);

    @Autowired
    EventStore eventStore;
    @Autowired
    MongoTemplate mongo;

    private OrganisationFixture org;
    private TopicReader cases;
    private final EventCodec codec = new EventCodec();
    private final EventSchemas schemas = new EventSchemas();

    @BeforeEach
    void setUp() {
        org = new OrganisationFixture().defineOver(http);
        cases = new TopicReader(EmbeddedServers.kafka().bootstrapServers(), Topics.CASES);
    }

    @AfterEach
    void tearDown() {
        cases.close();
    }

    /** Opened by the group's planner. */
    private String openCase(String personnummer, String name) {
        Http.Response response = http.post("/cases", Map.of("personnummer", personnummer, "name", name,
                "staffGroupId", org.groupId, "careProfile", "HOME_CARE", "startDate", "2026-11-02"), asPlanner());
        assertThat(response.status()).as(response.text()).isEqualTo(201);
        String caseId = response.json().get("caseId").asString();
        assertThat(response.header("Location")).isEqualTo("/cases/" + caseId);
        assertThat(response.header("ETag")).isEqualTo("\"0\"");
        return caseId;
    }

    /** Assigned by the group's planner, as H1 has it. */
    private Http.Response assign(String caseId, String primary, String substitute, String from) {
        return http.put("/cases/" + caseId + "/contact-persons", Map.of(
                "primaryStaffId", primary, "substituteStaffId", substitute, "effectiveFrom", from), asPlanner());
    }

    private Http.Response replace(String caseId, String role, String staffId, String from, String... headers) {
        String[] all = java.util.stream.Stream.concat(java.util.Arrays.stream(asPlanner()),
                java.util.Arrays.stream(headers)).toArray(String[]::new);
        return http.put("/cases/" + caseId + "/contact-persons/" + role, Map.of("staffId", staffId,
                "effectiveFrom", from), all);
    }

    /** Cases are opened, closed, read and staffed by a planner of their staff group. */
    private String[] asPlanner() {
        return as(org.plannerId);
    }

    /**
     * The case's events as a v1 subscriber reads them: each assignment is also sent as
     * ContactPersonAssigned v2, which {@code ContactPersonAssignedVersionsIntegrationTest} reads.
     */
    private List<PublishedEvent<IntegrationEvent>> eventsOf(String caseId, int count) {
        List<ConsumerRecord<String, byte[]>> records = cases.awaitRecords(r -> caseId.equals(r.key())
                && !codec.decode(r.value()).contract().cloudEventType().equals("se.kontaktman.ContactPersonAssigned.v2"),
                count, KAFKA_WAIT);
        assertThat(records).hasSize(count);
        records.forEach(r -> assertThat(schemas.violations(r.value())).as("schema").isEmpty());
        return records.stream().map(r -> codec.decode(r.value())).toList();
    }

    @Test
    void openingAndAssigningBecomeStoredEventsAndCloudEventsOnTheCaseTopic(CapturedOutput output) {
        String personnummer = TestPersonnummer.random();
        String caseId = openCase(personnummer, "Tyra Testsson");

        Http.Response assigned = assign(caseId, org.anna, org.bertil, "2026-11-16");
        assertThat(assigned.status()).as(assigned.text()).isEqualTo(204);
        assertThat(assigned.header("ETag")).isEqualTo("\"2\"");

        assertThat(eventStore.readEvents(caseId, 0).asStream().count()).isEqualTo(3);

        List<PublishedEvent<IntegrationEvent>> published = eventsOf(caseId, 3);
        assertThat(published.get(0).event()).isEqualTo(new CaseOpened(caseId, org.groupId,
                se.kontaktman.events.CareProfile.HOME_CARE, java.time.LocalDate.of(2026, 11, 2)));
        assertThat(published.get(1).event()).isEqualTo(new ContactPersonAssigned(caseId, org.groupId,
                ContactRole.PRIMARY, org.anna, java.time.LocalDate.of(2026, 11, 16), null));
        assertThat(published.get(2).event()).isEqualTo(new ContactPersonAssigned(caseId, org.groupId,
                ContactRole.SUBSTITUTE, org.bertil, java.time.LocalDate.of(2026, 11, 16), null));
        assertThat(published).extracting(PublishedEvent::source).containsOnly("/kontaktman/assignment-service");

        // The client's identity stays here: not on Kafka, not in the logs.
        List<ConsumerRecord<String, byte[]>> records = cases.awaitRecords(r -> caseId.equals(r.key()), 3, KAFKA_WAIT);
        String digits = personnummer.replace("-", "");
        for (ConsumerRecord<String, byte[]> record : records) {
            String value = new String(record.value(), StandardCharsets.UTF_8);
            assertThat(value).doesNotContain(digits).doesNotContain(personnummer).doesNotContain("Tyra");
        }
        assertThat(output.getAll()).doesNotContain(digits).doesNotContain(personnummer).doesNotContain("Tyra");
    }

    @Test
    void aCaseShowsItsClientAndCurrentContactPersons() {
        String personnummer = TestPersonnummer.random();
        String caseId = openCase(personnummer, "Tyra Testsson");
        assign(caseId, org.anna, org.bertil, "2026-11-16");

        Http.Response response = http.get("/cases/" + caseId, asPlanner());

        assertThat(response.status()).isEqualTo(200);
        JsonNode body = response.json();
        assertThat(body.get("client").get("personnummer").asString()).isEqualTo(personnummer);
        assertThat(body.get("client").get("name").asString()).isEqualTo("Tyra Testsson");
        assertThat(body.get("status").asString()).isEqualTo("OPEN");
        assertThat(body.get("primary").get("staffId").asString()).isEqualTo(org.anna);
        assertThat(body.get("primary").get("name").asString()).isEqualTo("Name of " + org.anna);
        assertThat(body.get("substitute").get("staffId").asString()).isEqualTo(org.bertil);
        assertThat(response.header("ETag")).isEqualTo("\"2\"");
    }

    @Test
    void replacingAContactPersonKeepsTheHistoryAndAnswersWhoItWasOnADate() {
        String caseId = openCase(TestPersonnummer.random(), "Tyra Testsson");
        assign(caseId, org.anna, org.bertil, "2026-11-16");

        Http.Response replaced = replace(caseId, "primary", org.cecilia, "2026-11-20");
        assertThat(replaced.status()).as(replaced.text()).isEqualTo(204);

        JsonNode before = http.get("/cases/" + caseId + "/contact-persons?date=2026-11-18", asPlanner()).json();
        assertThat(before.get("primaryStaffId").asString()).isEqualTo(org.anna);
        assertThat(before.get("substituteStaffId").asString()).isEqualTo(org.bertil);
        JsonNode after = http.get("/cases/" + caseId + "/contact-persons?date=2026-11-20", asPlanner()).json();
        assertThat(after.get("primaryStaffId").asString()).isEqualTo(org.cecilia);
        JsonNode beforeStart = http.get("/cases/" + caseId + "/contact-persons?date=2026-10-01", asPlanner()).json();
        assertThat(beforeStart.get("primaryStaffId").isNull()).isTrue();
        assertThat(http.get("/cases/" + caseId, asPlanner()).json().get("history")).hasSize(3);

        ContactPersonAssigned replacement = (ContactPersonAssigned) eventsOf(caseId, 4).get(3).event();
        assertThat(replacement.replacedStaffId()).isEqualTo(org.anna);
        assertThat(replacement.staffId()).isEqualTo(org.cecilia);
    }

    @Test
    void staffMembersAndStaffGroupsListTheirCasesAndTheGaps() {
        String complete = openCase(TestPersonnummer.random(), "Alma Andersson");
        String half = openCase(TestPersonnummer.random(), "Berit Berg");
        String none = openCase(TestPersonnummer.random(), "Cilla Carlsson");
        assign(complete, org.anna, org.bertil, "2026-11-16");
        replace(half, "substitute", org.anna, "2026-11-16");

        JsonNode annasCases = http.get("/cases?staffId=" + org.anna, asPlanner()).json();
        assertThat(annasCases.findValuesAsString("caseId")).containsExactlyInAnyOrder(complete, half);

        JsonNode all = http.get("/cases?staffGroupId=" + org.groupId, asPlanner()).json();
        assertThat(all.findValuesAsString("caseId")).containsExactlyInAnyOrder(complete, half, none);
        JsonNode gaps = http.get("/cases?staffGroupId=" + org.groupId + "&staffing=incomplete", asPlanner()).json();
        assertThat(gaps.findValuesAsString("caseId")).containsExactlyInAnyOrder(half, none);
        assertThat(gaps.findValuesAsString("clientName")).containsExactlyInAnyOrder("Berit Berg", "Cilla Carlsson");
    }

    @Test
    void aClientIsFoundByPersonnummerInTheBodyNeverInTheUrl() {
        String personnummer = TestPersonnummer.random();
        String caseId = openCase(personnummer, "Tyra Testsson");

        Http.Response found = http.post("/cases/search", Map.of("personnummer", personnummer), asPlanner());

        assertThat(found.status()).isEqualTo(200);
        assertThat(found.json().findValuesAsString("caseId")).containsExactly(caseId);
    }

    @Test
    void closingACaseIsPublishedAndReleasesTheClientForANewCase() {
        String personnummer = TestPersonnummer.random();
        String caseId = openCase(personnummer, "Tyra Testsson");

        Http.Response closed = http.post("/cases/" + caseId + "/closure",
                Map.of("closedOn", "2026-11-20", "reason", "MOVED_TO_OTHER_CARE"), asPlanner());
        assertThat(closed.status()).as(closed.text()).isEqualTo(204);

        assertThat(eventsOf(caseId, 2).get(1).event()).isEqualTo(new CaseClosed(caseId, org.groupId,
                java.time.LocalDate.of(2026, 11, 20), se.kontaktman.events.CaseClosureReason.MOVED_TO_OTHER_CARE));
        assertThat(http.get("/cases/" + caseId, asPlanner()).json().get("status").asString()).isEqualTo("CLOSED");
        openCase(personnummer, "Tyra Testsson");
    }

    @Test
    void h1_aPlannerOpensCasesOfTheirOwnGroupOnlyAndARefusalStoresNothing() {
        OrganisationFixture elsewhere = new OrganisationFixture().defineOver(http);
        String personnummer = TestPersonnummer.random();
        long clientsBefore = mongo.getCollection("clients").countDocuments();

        Http.Response refused = http.post("/cases", Map.of("personnummer", personnummer, "name", "Tyra Testsson",
                "staffGroupId", org.groupId, "careProfile", "HOME_CARE", "startDate", "2026-11-02"),
                as(elsewhere.plannerId));

        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.json().get("rule").asString()).isEqualTo("H1-planner-opens-cases-of-the-group");
        assertThat(refused.text()).doesNotContain("Tyra", personnummer);
        assertThat(mongo.getCollection("clients").countDocuments())
                .isEqualTo(clientsBefore);
        assertThat(http.post("/cases/search", Map.of("personnummer", personnummer), asPlanner()).json()).isEmpty();
    }

    @Test
    void h1_onlyAPlannerOfTheCasesGroupAssignsAndWhoDidIsInTheHistory() {
        String caseId = openCase(TestPersonnummer.random(), "Tyra Testsson");
        Map<String, String> body = Map.of("primaryStaffId", org.anna, "substituteStaffId", org.bertil,
                "effectiveFrom", "2026-11-16");

        Http.Response anonymous = http.put("/cases/" + caseId + "/contact-persons", body);
        Http.Response careStaff = http.put("/cases/" + caseId + "/contact-persons", body, as(org.anna));
        Http.Response planner = http.put("/cases/" + caseId + "/contact-persons", body, as(org.plannerId));

        // Without a token the request never gets as far as H1.
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.json().get("rule").asString()).isEqualTo("signed-in");
        assertThat(careStaff.status()).isEqualTo(403);
        assertThat(careStaff.json().get("rule").asString()).isEqualTo("H1-planner-assigns");
        assertThat(planner.status()).as(planner.text()).isEqualTo(204);
        assertThat(http.get("/cases/" + caseId, asPlanner()).json().get("history").findValuesAsString("assignedBy"))
                .containsExactly(org.plannerId, org.plannerId);
    }

    @Test
    void h1_aContactPersonMadeInactiveNoLongerCountsAndTheCaseShowsAmongTheGaps() {
        String caseId = openCase(TestPersonnummer.random(), "Tyra Testsson");
        assign(caseId, org.anna, org.bertil, "2026-11-16");
        assertThat(http.get("/cases?staffGroupId=" + org.groupId + "&staffing=incomplete", asPlanner()).json()
                .findValuesAsString("caseId")).doesNotContain(caseId);

        assertThat(http.put("/staff/" + org.anna, Map.of("name", "Name of " + org.anna, "roles", List.of("CARE_STAFF"),
                "staffGroupId", org.groupId, "active", false), org.asAdministrator()).status()).isEqualTo(200);

        assertThat(http.get("/cases?staffGroupId=" + org.groupId + "&staffing=incomplete", asPlanner()).json()
                .findValuesAsString("caseId")).contains(caseId);
        JsonNode details = http.get("/cases/" + caseId, asPlanner()).json();
        assertThat(details.get("incomplete").asBoolean()).isTrue();
        assertThat(details.get("primary").get("active").asBoolean()).isFalse();
        assertThat(details.get("substitute").get("active").asBoolean()).isTrue();
    }

    @Test
    void h2_anAssignmentDatedFurtherBackThanAWeekNeedsAReasonWhichTheHistoryKeeps() {
        String caseId = openCase(TestPersonnummer.random(), "Tyra Testsson");
        Map<String, String> migrated = Map.of("primaryStaffId", org.anna, "substituteStaffId", org.bertil,
                "effectiveFrom", "2026-11-02");

        Http.Response withoutReason = http.put("/cases/" + caseId + "/contact-persons", migrated, as(org.plannerId));
        Map<String, String> withReason = new java.util.HashMap<>(migrated);
        withReason.put("backdatingReason", "MIGRATION");
        Http.Response accepted = http.put("/cases/" + caseId + "/contact-persons", withReason, as(org.plannerId));

        assertThat(withoutReason.status()).isEqualTo(422);
        assertThat(withoutReason.json().get("rule").asString()).isEqualTo("backdating-limit");
        assertThat(withoutReason.json().get("errors").get(0).get("field").asString()).isEqualTo("effectiveFrom");
        assertThat(accepted.status()).as(accepted.text()).isEqualTo(204);
        assertThat(http.get("/cases/" + caseId, asPlanner()).json().get("history")
                .findValuesAsString("backdatingReason"))
                .containsOnly("MIGRATION");
    }

    // --- refusals: problem details naming field and rule, nothing stored ---

    @Test
    void aNameOfAControlCharacterIsRefusedByItsFieldAndNothingIsStored() {
        long clientsBefore = mongo.getCollection("clients").countDocuments();

        Http.Response response = http.post("/cases", Map.of("personnummer", "19121212-1212", "name", "\u0000",
                "staffGroupId", org.groupId, "careProfile", "HOME_CARE", "startDate", "2026-11-02"), asPlanner());

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        JsonNode error = response.json().get("errors").get(0);
        assertThat(error.get("field").asString()).isEqualTo("name");
        assertThat(error.get("rule").asString()).isEqualTo("no-control-characters");
        assertThat(mongo.getCollection("clients").countDocuments())
                .isEqualTo(clientsBefore);
    }

    @Test
    void anInvalidPersonnummerIsRefusedWith400AndNothingIsStored(CapturedOutput output) {
        long clientsBefore = mongo.getCollection("clients").countDocuments();
        String wrongCheckDigit = "19121212-1213";

        Http.Response response = http.post("/cases", Map.of("personnummer", wrongCheckDigit, "name", "Tolvan",
                "staffGroupId", org.groupId, "careProfile", "HOME_CARE", "startDate", "2026-11-02"), asPlanner());

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        JsonNode error = response.json().get("errors").get(0);
        assertThat(error.get("field").asString()).isEqualTo("personnummer");
        assertThat(error.get("rule").asString()).isEqualTo("personnummer");
        assertThat(response.text()).doesNotContain("1213");
        assertThat(mongo.getCollection("clients").countDocuments())
                .isEqualTo(clientsBefore);
        assertThat(output.getAll()).doesNotContain("19121212");
    }

    @Test
    void missingFieldsAreNamed() {
        Http.Response response = http.post("/cases", Map.of("personnummer", TestPersonnummer.random(),
                "name", "Tyra", "careProfile", "LSS"), asPlanner());

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("errors").findValuesAsString("field"))
                .containsExactlyInAnyOrder("staffGroupId", "startDate");
        assertThat(response.json().get("errors").findValuesAsString("rule")).containsOnly("NotNull");
    }

    @Test
    void aValueOfTheWrongShapeNamesItsField() {
        Http.Response response = http.post("/cases", Map.of("personnummer", TestPersonnummer.random(),
                "name", "Tyra", "staffGroupId", org.groupId, "careProfile", "NURSING_HOME", "startDate", "2026-11-02"),
                asPlanner());

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo("careProfile");
    }

    @Test
    void anUnknownCaseIs404() {
        Http.Response get = http.get("/cases/00000000-0000-4000-8000-000000000000", asPlanner());
        Http.Response assign = assign("00000000-0000-4000-8000-000000000000", org.anna, org.bertil, "2026-11-16");

        assertThat(get.status()).isEqualTo(404);
        assertThat(assign.status()).isEqualTo(404);
        assertThat(get.header("Content-Type")).startsWith("application/problem+json");
    }

    @Test
    void h1_theSamePersonAsBothContactPersonsIs409AndNothingIsStored() {
        String caseId = openCase(TestPersonnummer.random(), "Tyra Testsson");

        Http.Response response = assign(caseId, org.anna, org.anna, "2026-11-16");

        assertThat(response.status()).isEqualTo(409);
        assertThat(response.json().get("rule").asString()).isEqualTo("H1-two-different-people");
        assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo("substituteStaffId");
        assertThat(eventStore.readEvents(caseId, 0).asStream().count()).isEqualTo(1);
    }

    @Test
    void h1_staffOutsideTheCasesGroupIs422() {
        OrganisationFixture otherGroup = new OrganisationFixture().defineOver(http);
        String caseId = openCase(TestPersonnummer.random(), "Tyra Testsson");

        Http.Response response = assign(caseId, org.anna, otherGroup.bertil, "2026-11-16");

        assertThat(response.status()).isEqualTo(422);
        JsonNode error = response.json().get("errors").get(0);
        assertThat(error.get("field").asString()).isEqualTo("substituteStaffId");
        assertThat(error.get("rule").asString()).isEqualTo("H1-active-care-staff-of-group");
    }

    @Test
    void assigningOnAClosedCaseIs409() {
        String caseId = openCase(TestPersonnummer.random(), "Tyra Testsson");
        http.post("/cases/" + caseId + "/closure", Map.of("closedOn", "2026-11-20", "reason", "SERVICE_ENDED"),
                asPlanner());

        Http.Response response = assign(caseId, org.anna, org.bertil, "2026-11-21");

        assertThat(response.status()).isEqualTo(409);
        assertThat(response.json().get("rule").asString()).isEqualTo("case-open");
    }

    @Test
    void aSecondOpenCaseForTheSamePersonInTheSameGroupIs409AndNothingIsStored() {
        String personnummer = TestPersonnummer.random();
        openCase(personnummer, "Tyra Testsson");
        long casesBefore = mongo.count(new org.springframework.data.mongodb.core.query.Query(), CaseView.class);

        Http.Response response = http.post("/cases", Map.of("personnummer", personnummer, "name", "Tyra Testsson",
                "staffGroupId", org.groupId, "careProfile", "HOME_CARE", "startDate", "2026-11-02"), asPlanner());

        assertThat(response.status()).isEqualTo(409);
        assertThat(response.json().get("rule").asString()).isEqualTo("one-open-case-per-staff-group");
        assertThat(mongo.count(new org.springframework.data.mongodb.core.query.Query(), CaseView.class))
                .isEqualTo(casesBefore);
    }

    @Test
    void aChangeBasedOnAnOutdatedVersionIs409() {
        String caseId = openCase(TestPersonnummer.random(), "Tyra Testsson");
        assign(caseId, org.anna, org.bertil, "2026-11-16");

        Http.Response stale = replace(caseId, "primary", org.cecilia, "2026-11-20", "If-Match", "\"0\"");
        Http.Response current = replace(caseId, "primary", org.cecilia, "2026-11-20", "If-Match", "\"2\"");

        assertThat(stale.status()).isEqualTo(409);
        assertThat(current.status()).as(current.text()).isEqualTo(204);
    }

    @Test
    void anIfMatchThisServiceDidNotGiveIs400NamingTheHeader() {
        String caseId = openCase(TestPersonnummer.random(), "Tyra Testsson");
        assign(caseId, org.anna, org.bertil, "2026-11-16");

        Http.Response refused = replace(caseId, "primary", org.cecilia, "2026-11-20", "If-Match", "\"abc\"");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("rule").asString()).isEqualTo("etag");
        assertThat(refused.json().get("errors").get(0).get("field").asString()).isEqualTo("If-Match");
    }

    @Test
    void aDateAfterTodayIs422() {
        String caseId = openCase(TestPersonnummer.random(), "Tyra Testsson");

        Http.Response response = assign(caseId, org.anna, org.bertil, "2026-11-24");

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.json().get("errors").get(0).get("rule").asString()).isEqualTo("date-not-in-future");
    }
}
