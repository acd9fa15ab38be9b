package se.kontaktman.assignment.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.data.mongodb.core.MongoTemplate;
import se.kontaktman.assignment.support.OrganisationFixture;
import se.kontaktman.assignment.support.TestPersonnummer;
import se.kontaktman.platform.audit.ReadAudit;
import se.kontaktman.platform.testing.Http;
import se.kontaktman.platform.testing.ServiceIntegrationTest;
import tools.jackson.databind.JsonNode;

/**
 * Every read of a client's personnummer and name is recorded per case, through the case, a list
 * or a search, and so is every refused attempt; the area manager sees the records, which hold no
 * personnummer and no name.
 */
@ExtendWith(OutputCaptureExtension.class)
class ReadAuditIntegrationTest extends ServiceIntegrationTest {

    @Autowired
    MongoTemplate mongo;

    private OrganisationFixture org;
    private String personnummer;
    private String caseId;

    @BeforeEach
    void aCaseOfTheGroup() {
        org = new OrganisationFixture().defineOver(http);
        personnummer = TestPersonnummer.random();
        Http.Response opened = http.post("/cases", Map.of("personnummer", personnummer, "name", "Tyra Testsson",
                "staffGroupId", org.groupId, "careProfile", "HOME_CARE", "startDate", "2026-11-02"),
                as(org.plannerId));
        assertThat(opened.status()).as(opened.text()).isEqualTo(201);
        caseId = opened.json().get("caseId").asString();
    }

    private JsonNode audit() {
        return http.get("/audit/cases/" + caseId + "/reads", as(org.managerId)).json();
    }

    @Test
    void readingTheCaseRecordsThePersonnummerAndTheNameAsReadByThePlanner() {
        assertThat(http.get("/cases/" + caseId, as(org.plannerId)).text()).contains("Tyra Testsson");

        JsonNode reads = audit();

        assertThat(reads).hasSize(1);
        assertThat(reads.get(0).get("staffId").asString()).isEqualTo(org.plannerId);
        assertThat(List.of(reads.get(0).get("data").get(0).asString(), reads.get(0).get("data").get(1).asString()))
                .containsExactlyInAnyOrder("PERSONNUMMER", "NAME");
        assertThat(reads.get(0).get("endpoint").asString()).isEqualTo("GET /cases/{caseId}");
        List<Document> stored = mongo.getCollection(ReadAudit.COLLECTION).find(new Document("caseId", caseId))
                .into(new ArrayList<>());
        assertThat(stored.get(0).toJson()).doesNotContain("Tyra", personnummer, personnummer.replace("-", ""));
    }

    @Test
    void aListAndASearchRecordTheNameOfEachCaseTheyName() {
        assertThat(http.get("/cases?staffGroupId=" + org.groupId, as(org.plannerId)).text()).contains(caseId);
        assertThat(http.post("/cases/search", Map.of("personnummer", personnummer), as(org.plannerId)).text())
                .contains(caseId);

        JsonNode reads = audit();

        assertThat(reads).hasSize(2);
        assertThat(reads.findValuesAsString("endpoint")).containsExactly("GET /cases", "POST /cases/search");
        reads.forEach(read -> assertThat(read.get("data").get(0).asString()).isEqualTo("NAME"));
    }

    @Test
    void aRefusedAttemptIsRecordedAndLeavesNothingOfTheClientInTheAnswerOrTheLog(CapturedOutput output) {
        Http.Response refused = http.get("/cases/" + caseId, as(org.cecilia));
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.text()).doesNotContain("Tyra", personnummer);
        assertThat(output.getAll()).doesNotContain("Tyra", personnummer, personnummer.replace("-", ""));

        JsonNode reads = audit();

        assertThat(reads).hasSize(1);
        assertThat(reads.get(0).get("staffId").asString()).isEqualTo(org.cecilia);
        assertThat(reads.get(0).get("outcome").asString()).isEqualTo("REFUSED");
        assertThat(reads.get(0).get("rule").asString()).isEqualTo("reads-the-case");
    }

    @Test
    void aSearchFindsOnlyTheCasesTheStaffMemberMayReadAndRecordsTheOthersAsRefused() {
        // cecilia is care staff of the group but not this client's contact person.
        JsonNode found = http.post("/cases/search", Map.of("personnummer", personnummer), as(org.cecilia)).json();

        assertThat(found).isEmpty();
        JsonNode reads = audit();
        assertThat(reads).hasSize(1);
        assertThat(reads.get(0).get("staffId").asString()).isEqualTo(org.cecilia);
        assertThat(reads.get(0).get("endpoint").asString()).isEqualTo("POST /cases/search");
        assertThat(reads.get(0).get("outcome").asString()).isEqualTo("REFUSED");
    }

    @Test
    void aQueryCannotNameACaseForTheAuditThatThePathDoesNot() {
        // A refused list names whose cases it asked for; a caseId slipped into the query is not believed.
        assertThat(http.get("/cases?staffId=" + org.bertil + "&caseId=" + caseId, as(org.cecilia)).status())
                .isEqualTo(403);

        assertThat(audit()).isEmpty();
        Document refused = mongo.getCollection(ReadAudit.COLLECTION)
                .find(new Document("staffId", org.cecilia)).first();
        assertThat(refused.get("caseId")).isNull();
        assertThat(refused.getString("about")).isEqualTo("staffId=" + org.bertil);
    }

    @Test
    void theAreaManagerSeesEverythingAStaffMemberReadOrTriedToIncludingListsThatNameNoCase() {
        http.get("/cases/" + caseId, as(org.cecilia));
        http.get("/cases?staffId=" + org.bertil, as(org.cecilia));

        JsonNode hers = http.get("/audit/staff/" + org.cecilia + "/reads", as(org.managerId)).json();

        assertThat(hers.findValuesAsString("outcome")).containsExactly("REFUSED", "REFUSED");
        assertThat(hers.get(0).get("caseId").asString()).isEqualTo(caseId);
        assertThat(hers.get(1).get("about").asString()).isEqualTo("staffId=" + org.bertil);
        assertThat(http.get("/audit/staff/" + org.cecilia + "/reads", as(org.plannerId)).status()).isEqualTo(403);
    }
}
