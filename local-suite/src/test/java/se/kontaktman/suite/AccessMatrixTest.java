package se.kontaktman.suite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Who may do what, over HTTP, with real tokens from the suite's own OpenID provider: every
 * endpoint of every service against every role of the demo organisation. The table below is the
 * README's; an endpoint a service documents that the table lacks (or the other way round) fails
 * the test, so no endpoint is added without saying who may use it. "Allowed" means let past the
 * access rule: the bodies sent are empty, so an allowed write is refused afterwards by validation
 * or the case's state, never stored. A refusal is 403 naming the endpoint's rule.
 */
class AccessMatrixTest {

    /** The demo organisation's people, one per role (seed/organisation.json and the provider's administrator). */
    enum Role {
        PLANNER("pia.planerare"),
        CONTACT_PERSON("anna.berg"),
        OTHER_CARE_STAFF("cecilia.holm"),
        /** Planner (and care staff) of another group, lindgarden, in another area. */
        OTHER_PLANNER("fatima.ali"),
        AREA_MANAGER("karin.lund"),
        OTHER_AREA_MANAGER("omar.said"),
        ADMINISTRATOR("sara.admin");

        final String staffId;

        Role(String staffId) {
            this.staffId = staffId;
        }
    }

    private static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");
    private static final String OPENING = """
            {"personnummer":"19121212-1212","name":"Tolvan Tolvansson","staffGroupId":"solbacken",
             "careProfile":"HOME_CARE","startDate":"%s"}""";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Set<Role> ANYONE_IN_THE_ORGANISATION = EnumSet.complementOf(EnumSet.of(Role.ADMINISTRATOR));
    private static final Set<Role> CASE_READERS = EnumSet.of(Role.PLANNER, Role.CONTACT_PERSON, Role.AREA_MANAGER);
    private static final Set<Role> CASE_RECORDERS = EnumSet.of(Role.PLANNER, Role.CONTACT_PERSON);
    private static final Set<Role> GROUP_READERS = EnumSet.of(Role.PLANNER, Role.AREA_MANAGER);

    @TempDir
    static Path data;
    private static LocalSuite suite;
    private static String caseId;
    private static final Map<Role, String> TOKENS = new EnumMap<>(Role.class);
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    /** One row: an endpoint as its service documents it, a request to it, its rule and who passes it. */
    record Row(String service, String method, String documented, String path, String rule, Set<Role> allowed,
               String body) {

        Row(String service, String method, String documented, String path, String rule, Set<Role> allowed) {
            this(service, method, documented, path, rule, allowed, method.equals("GET") ? null : "{}");
        }
    }

    @BeforeAll
    static void theDemoOrganisationWithACaseOfSolbacken() throws Exception {
        suite = LocalSuite.start(new LocalSuite.Settings(data, 0, 0, 0, 0, 0, 0, 0, "classpath:seed/organisation.json"));
        for (Role role : Role.values()) {
            TOKENS.put(role, suite.signIn(role.staffId));
        }
        LocalDate today = LocalDate.now(STOCKHOLM);
        HttpResponse<String> opened = send("assignment", "POST", "/cases", Role.PLANNER, OPENING.formatted(today));
        assertThat(opened.statusCode()).as(opened.body()).isEqualTo(201);
        caseId = JSON.readTree(opened.body()).get("caseId").asString();
        HttpResponse<String> assigned = send("assignment", "PUT", "/cases/" + caseId + "/contact-persons",
                Role.PLANNER, """
                        {"primaryStaffId":"anna.berg","substituteStaffId":"bertil.ek","effectiveFrom":"%s"}"""
                        .formatted(today));
        assertThat(assigned.statusCode()).as(assigned.body()).isEqualTo(204);
        // Every service hears of the case and its contact persons over Kafka.
        await().atMost(Duration.ofSeconds(60)).until(() ->
                send("plan", "GET", "/cases/" + caseId, Role.CONTACT_PERSON, null).statusCode() == 200
                        && send("reminder", "GET", "/cases/" + caseId + "/deadlines", Role.CONTACT_PERSON, null)
                        .statusCode() == 200
                        && send("reporting", "GET", "/contact-persons/anna.berg/clients", Role.CONTACT_PERSON, null)
                        .body().contains(caseId));
    }

    @AfterAll
    static void stop() {
        if (suite != null) {
            suite.close();
        }
    }

    private static List<Row> table() {
        String c = "/cases/" + caseId;
        List<Row> rows = new ArrayList<>();
        // assignment-service: cases and the organisation
        // The group is in the body, checked after it is read: the same client again, so that the
        // planner who may is refused as it already has an open case (409), and nothing is stored.
        rows.add(new Row("assignment", "POST", "/cases", "/cases", "H1-planner-opens-cases-of-the-group",
                EnumSet.of(Role.PLANNER), OPENING.formatted(LocalDate.now(STOCKHOLM))));
        rows.add(new Row("assignment", "GET", "/cases/{caseId}", c, "reads-the-case", CASE_READERS));
        rows.add(new Row("assignment", "PUT", "/cases/{caseId}/contact-persons", c + "/contact-persons",
                "H1-planner-assigns", EnumSet.of(Role.PLANNER)));
        rows.add(new Row("assignment", "PUT", "/cases/{caseId}/contact-persons/{role}",
                c + "/contact-persons/substitute", "H1-planner-assigns", EnumSet.of(Role.PLANNER)));
        rows.add(new Row("assignment", "POST", "/cases/{caseId}/closure", c + "/closure",
                "planner-closes-cases-of-the-group", EnumSet.of(Role.PLANNER)));
        rows.add(new Row("assignment", "GET", "/cases/{caseId}/contact-persons", c + "/contact-persons",
                "reads-the-case", CASE_READERS));
        rows.add(new Row("assignment", "POST", "/cases/search", "/cases/search", "finds-own-cases",
                ANYONE_IN_THE_ORGANISATION));
        rows.add(new Row("assignment", "GET", "/cases", "/cases?staffId=anna.berg", "lists-a-staff-members-cases",
                EnumSet.of(Role.CONTACT_PERSON, Role.PLANNER, Role.AREA_MANAGER)));
        rows.add(new Row("assignment", "GET", "/cases", "/cases?staffGroupId=solbacken", "lists-a-groups-cases",
                GROUP_READERS));
        for (String unit : List.of("/areas/{areaId}", "/staff-groups/{staffGroupId}", "/staff/{staffId}")) {
            String path = unit.replace("{areaId}", "norra").replace("{staffGroupId}", "solbacken")
                    .replace("{staffId}", "anna.berg");
            rows.add(new Row("assignment", "PUT", unit, path, "changes-the-organisation",
                    EnumSet.of(Role.ADMINISTRATOR)));
            rows.add(new Row("assignment", "GET", unit, path, "reads-the-organisation", EnumSet.allOf(Role.class)));
            String all = unit.substring(0, unit.indexOf("/{"));
            rows.add(new Row("assignment", "GET", all, all, "reads-the-organisation", EnumSet.allOf(Role.class)));
        }
        // plan-service: the contact person's work on the case
        for (String read : List.of("", "/arrival-conversation", "/plan", "/plan/versions/{version}", "/follow-ups",
                "/planning-notes", "/contact-sheet", "/follow-up-sheet")) {
            rows.add(new Row("plan", "GET", "/cases/{caseId}" + read, c + read.replace("{version}", "1"),
                    "reads-the-case", CASE_READERS));
        }
        for (String record : List.of("/introduction-visits", "/introduction-visits/{visitId}/held",
                "/arrival-conversation", "/plan/versions", "/plan/versions/{version}/team-reviews", "/follow-ups",
                "/plan-checks", "/plan-meetings", "/planning-notes")) {
            rows.add(new Row("plan", "POST", "/cases/{caseId}" + record,
                    c + record.replace("{visitId}", "v1").replace("{version}", "1"), "contact-person-or-planner",
                    CASE_RECORDERS));
        }
        rows.add(new Row("plan", "POST", "/cases/{caseId}/planning-notes/{noteId}/acknowledgement",
                c + "/planning-notes/n1/acknowledgement", "H6-planner-acknowledges", EnumSet.of(Role.PLANNER)));
        // plan-service: the contact person's file
        for (String read : List.of("/risk-assessments", "/assistive-devices", "/network", "/daily-activity",
                "/signature-list", "/emergency-information", "/emergency-information/page", "/private-funds",
                "/feedback-information")) {
            rows.add(new Row("plan", "GET", "/cases/{caseId}" + read, c + read, "reads-the-case", CASE_READERS));
        }
        for (String record : List.of("POST /assistive-devices", "POST /assistive-devices/{deviceId}/checks",
                "POST /assistive-devices/{deviceId}/return", "POST /assistive-device-requests", "POST /network",
                "POST /network/{memberId}/end", "POST /network/contacts", "PUT /daily-activity",
                "POST /daily-activity/visits", "POST /signature-list", "PUT /emergency-information",
                "POST /private-funds/entries", "POST /private-funds/month-closings", "POST /private-funds/handover",
                "POST /feedback-information")) {
            String[] methodAndPath = record.split(" ");
            rows.add(new Row("plan", methodAndPath[0], "/cases/{caseId}" + methodAndPath[1], c + methodAndPath[1]
                    .replace("{deviceId}", "d1").replace("{memberId}", "m1"), "contact-person-or-planner",
                    CASE_RECORDERS));
        }
        rows.add(new Row("plan", "POST", "/cases/{caseId}/risk-assessments", c + "/risk-assessments",
                "H7-made-by-the-contact-person", EnumSet.of(Role.CONTACT_PERSON)));
        rows.add(new Row("plan", "POST", "/cases/{caseId}/private-funds/entries/{entryId}/countersignature",
                c + "/private-funds/entries/e1/countersignature", "L8-countersigned-by-a-colleague",
                ANYONE_IN_THE_ORGANISATION));
        // The audit of reads, in the two services that keep a client's personal data
        for (String service : List.of("assignment", "plan")) {
            rows.add(new Row(service, "GET", "/audit/cases/{caseId}/reads", "/audit/cases/" + caseId + "/reads",
                    "audit-by-area-manager", EnumSet.of(Role.AREA_MANAGER)));
            rows.add(new Row(service, "GET", "/audit/staff/{staffId}/reads", "/audit/staff/anna.berg/reads",
                    "audit-by-area-manager", EnumSet.of(Role.AREA_MANAGER)));
        }
        // reminder-service: deadlines
        rows.add(new Row("reminder", "GET", "/deadlines", "/deadlines?staffId=anna.berg", "own-or-planned-deadlines",
                EnumSet.of(Role.CONTACT_PERSON, Role.PLANNER, Role.AREA_MANAGER)));
        rows.add(new Row("reminder", "GET", "/deadlines", "/deadlines?staffGroupId=solbacken",
                "own-or-planned-deadlines", GROUP_READERS));
        rows.add(new Row("reminder", "GET", "/cases/{caseId}/deadlines", c + "/deadlines", "own-or-planned-deadlines",
                CASE_READERS));
        rows.add(new Row("reminder", "GET", "/staff-groups/{staffGroupId}/plan-checks",
                "/staff-groups/solbacken/plan-checks", "own-or-planned-deadlines", GROUP_READERS));
        // reporting-service: overviews and key figures
        rows.add(new Row("reporting", "GET", "/contact-persons/{staffId}/clients", "/contact-persons/anna.berg/clients",
                "own-or-planned-clients", EnumSet.of(Role.CONTACT_PERSON, Role.PLANNER, Role.AREA_MANAGER)));
        rows.add(new Row("reporting", "GET", "/staff-groups/{staffGroupId}/cases", "/staff-groups/solbacken/cases",
                "planned-group", GROUP_READERS));
        rows.add(new Row("reporting", "GET", "/areas/{areaId}/key-figures", "/areas/norra/key-figures", "own-area",
                GROUP_READERS));
        rows.add(new Row("reporting", "GET", "/areas/{areaId}/key-figures/monthly",
                "/areas/norra/key-figures/monthly?from=2026-01&to=2026-02", "own-area", GROUP_READERS));
        rows.add(new Row("reporting", "GET", "/projection", "/projection", "reads-the-projection-state",
                EnumSet.allOf(Role.class)));
        rows.add(new Row("reporting", "POST", "/projection/rebuilds", "/projection/rebuilds", "rebuild-by-area-manager",
                EnumSet.of(Role.AREA_MANAGER, Role.OTHER_AREA_MANAGER)));
        return rows;
    }

    /** One test per cell of the table: each endpoint, each role. */
    @TestFactory
    Stream<DynamicTest> everyRoleIsLetThroughExactlyWhereTheTableSaysAndRefusedElsewhereByTheEndpointsRule() {
        // The rebuild last: it is the one allowed request that changes something.
        List<Row> rows = new ArrayList<>(table());
        rows.sort((a, b) -> Boolean.compare(a.path().contains("rebuilds"), b.path().contains("rebuilds")));
        return rows.stream().flatMap(row -> Arrays.stream(Role.values()).map(role -> DynamicTest.dynamicTest(
                row.service() + " " + row.method() + " " + row.documented() + " as " + role
                        + (row.allowed().contains(role) ? ": let through" : ": refused by " + row.rule()),
                () -> {
                    HttpResponse<String> answer = send(row.service(), row.method(), row.path(), role, row.body());
                    if (row.allowed().contains(role)) {
                        // Past the rule: answered, or refused by validation or the case's state, never a failure.
                        assertThat(answer.statusCode()).as(answer.body()).isNotIn(401, 403).isLessThan(500);
                    } else {
                        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(403);
                        assertThat(JSON.readTree(answer.body()).path("rule").asString()).isEqualTo(row.rule());
                    }
                })));
    }

    @Test
    void everyEndpointEveryServiceDocumentsIsInTheTableAndNothingElse() throws Exception {
        Set<String> documented = new TreeSet<>();
        for (String service : List.of("assignment", "plan", "reminder", "reporting")) {
            JsonNode paths = JSON.readTree(send(service, "GET", "/v3/api-docs", (String) null).body()).get("paths");
            paths.propertyStream().forEach(path -> path.getValue().propertyNames().forEach(method ->
                    documented.add(service + " " + method.toUpperCase() + " " + path.getKey())));
        }
        Set<String> inTable = new TreeSet<>();
        table().forEach(row -> inTable.add(row.service() + " " + row.method() + " " + row.documented()));
        assertThat(inTable).isEqualTo(documented);
    }

    @Test
    void aTokenForSomeoneTheOrganisationDoesNotKnowOrNoLongerHasActiveReadsNothing() throws Exception {
        // bertil.ek is the case's ersättare and reads it; made inactive, his token reads nothing more.
        String bertil = suite.signIn("bertil.ek");
        assertThat(send("assignment", "GET", "/cases/" + caseId, bertil).statusCode()).isEqualTo(200);
        HttpResponse<String> inactive = send("assignment", "PUT", "/staff/bertil.ek", Role.ADMINISTRATOR, """
                {"name":"Bertil Ek","roles":["CARE_STAFF"],"staffGroupId":"solbacken","active":false}""");
        assertThat(inactive.statusCode()).as(inactive.body()).isIn(200, 204);
        for (String service : List.of("assignment", "plan")) {
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
                HttpResponse<String> refused = send(service, "GET", "/cases/" + caseId, bertil);
                assertThat(refused.statusCode()).isEqualTo(403);
                assertThat(refused.body()).doesNotContain("Tolvan", "19121212", "anna.berg");
            });
        }
        // sara.admin is signed in but not in the organisation: she reads no case.
        HttpResponse<String> stranger = send("assignment", "GET", "/cases/" + caseId, Role.ADMINISTRATOR, null);
        assertThat(stranger.statusCode()).isEqualTo(403);
        assertThat(stranger.body()).doesNotContain("Tolvan", "19121212");
    }

    private static HttpResponse<String> send(String service, String method, String path, Role role, String body)
            throws Exception {
        return send(service, method, path, role == null ? null : TOKENS.get(role), body);
    }

    private static HttpResponse<String> send(String service, String method, String path, String token)
            throws Exception {
        return send(service, method, path, token, null);
    }

    private static HttpResponse<String> send(String service, String method, String path, String token, String body)
            throws Exception {
        Map<String, Integer> ports = new HashMap<>();
        ports.put("assignment", suite.assignmentPort());
        ports.put("plan", suite.planPort());
        ports.put("reminder", suite.reminderPort());
        ports.put("reporting", suite.reportingPort());
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + ports.get(service) + path))
                .timeout(Duration.ofSeconds(30)).method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
