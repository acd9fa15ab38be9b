package se.kontaktman.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import se.kontaktman.events.CareProfile;
import se.kontaktman.plan.support.PlanServiceTest;
import se.kontaktman.platform.audit.ReadAudit;
import se.kontaktman.platform.testing.Http;
import tools.jackson.databind.JsonNode;

/**
 * Every read of a client's plan text and notes is recorded (who, when, which case, which data,
 * through which endpoint), refused attempts too, and only the area manager answering for the case
 * sees the record; the record holds ids and names of data, never the data.
 */
class ReadAuditIntegrationTest extends PlanServiceTest {

    private static final String WISH = "Vill ha kaffe innan duschen";

    @Autowired
    MongoTemplate mongo;

    private String caseId;

    @BeforeEach
    void aCaseWithAPlan() {
        caseId = assignment.openCaseWithContactPersons(CareProfile.HOME_CARE, LocalDate.of(2026, 11, 2));
        awaitCase(caseId, assignment.anna);
        String visitId = http.post("/cases/" + caseId + "/introduction-visits",
                Map.of("bookedFor", "2026-11-17", "contactPersonStaffId", assignment.anna), as(assignment.planner))
                .json().get("visitId").asString();
        assertThat(http.post("/cases/" + caseId + "/introduction-visits/" + visitId + "/held",
                Map.of("heldOn", "2026-11-17", "sheetHandedOver", true), as(assignment.anna)).status()).isEqualTo(200);
        Map<String, Object> plan = new HashMap<>(homeCarePlan(WISH));
        plan.put("establishedOn", "2026-11-19");
        assertThat(http.post("/cases/" + caseId + "/plan/versions", plan, as(assignment.anna)).status())
                .isEqualTo(201);
    }

    @Test
    void theContactPersonReadingThePlanLeavesExactlyOneRecordForTheAreaManagerToSee() {
        Http.Response plan = http.get("/cases/" + caseId + "/plan", as(assignment.anna));
        assertThat(plan.status()).isEqualTo(200);
        assertThat(plan.text()).contains(WISH);

        JsonNode reads = http.get("/audit/cases/" + caseId + "/reads", as(assignment.manager)).json();

        assertThat(reads).hasSize(1);
        JsonNode read = reads.get(0);
        assertThat(read.get("staffId").asString()).isEqualTo(assignment.anna);
        assertThat(read.get("caseId").asString()).isEqualTo(caseId);
        assertThat(read.get("data").get(0).asString()).isEqualTo("PLAN_TEXT");
        assertThat(read.get("endpoint").asString()).isEqualTo("GET /cases/{caseId}/plan");
        assertThat(read.get("outcome").asString()).isEqualTo("READ");
        assertThat(read.get("at").asString()).isNotBlank();
        // Ids and the names of the data only: nothing of the plan is in the audit.
        List<Document> stored = mongo.getCollection(ReadAudit.COLLECTION).find(new Document("caseId", caseId))
                .into(new ArrayList<>());
        assertThat(stored).hasSize(1);
        assertThat(stored.get(0).toJson()).doesNotContain(WISH, "Dusch", "kaffe");
    }

    @Test
    void aRefusedAttemptIsRecordedWithTheRuleAndReadsNothing() {
        Http.Response refused = http.get("/cases/" + caseId + "/planning-notes", as(assignment.cecilia));
        assertThat(refused.status()).isEqualTo(403);

        JsonNode reads = http.get("/audit/cases/" + caseId + "/reads", as(assignment.manager)).json();

        assertThat(reads).hasSize(1);
        assertThat(reads.get(0).get("staffId").asString()).isEqualTo(assignment.cecilia);
        assertThat(reads.get(0).get("data").get(0).asString()).isEqualTo("NOTES");
        assertThat(reads.get(0).get("outcome").asString()).isEqualTo("REFUSED");
        assertThat(reads.get(0).get("rule").asString()).isEqualTo("reads-the-case");
    }

    @Test
    void whatHoldsNoTextIsNotAReadOfPersonalData() {
        assertThat(http.get("/cases/" + caseId, as(assignment.anna)).status()).isEqualTo(200);
        assertThat(http.get("/cases/" + caseId + "/follow-up-sheet", as(assignment.anna)).status()).isEqualTo(200);

        assertThat(http.get("/audit/cases/" + caseId + "/reads", as(assignment.manager)).json()).isEmpty();
    }

    @Test
    void onlyTheAreaManagerOfTheCaseSeesTheAuditAndGetsItAsCsvForExcel() {
        http.get("/cases/" + caseId + "/plan", as(assignment.planner));
        Http.Response contactPerson = http.get("/audit/cases/" + caseId + "/reads", as(assignment.anna));
        assertThat(contactPerson.status()).isEqualTo(403);
        assertThat(contactPerson.json().get("rule").asString()).isEqualTo("audit-by-area-manager");
        assertThat(http.get("/audit/cases/" + caseId + "/reads", as(assignment.planner)).status()).isEqualTo(403);

        String[] manager = as(assignment.manager);
        Http.Response csv = http.get("/audit/cases/" + caseId + "/reads", manager[0], manager[1], "Accept", "text/csv");
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.header("Content-Type")).startsWith("text/csv");
        String[] lines = csv.text().replace("\uFEFF", "").split("\r\n");
        assertThat(lines[0]).isEqualTo("Tidpunkt;Personal;Ärende;Gällde;Uppgifter;Via;Utfall;Regel");
        assertThat(lines[1]).contains(";" + assignment.planner + ";" + caseId + ";;PLAN_TEXT;GET /cases/{caseId}/plan;läst;");
        assertThat(lines).hasSize(2);
    }
}
