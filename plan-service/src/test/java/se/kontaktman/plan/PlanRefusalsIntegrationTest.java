package se.kontaktman.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import se.kontaktman.events.CareProfile;
import se.kontaktman.plan.support.PlanServiceTest;
import se.kontaktman.platform.rules.CommonRule;
import se.kontaktman.platform.testing.Http;

/** Refused requests answer with problem details naming the field and the rule, and store nothing. */
class PlanRefusalsIntegrationTest extends PlanServiceTest {

    @Autowired
    MongoTemplate mongo;

    private String caseId;

    @BeforeEach
    void openACase() {
        caseId = assignment.openCaseWithContactPersons(CareProfile.HOME_CARE, LocalDate.of(2026, 10, 1));
        awaitCase(caseId, assignment.anna);
    }

    private Map<String, Object> plan(String establishedOn) {
        Map<String, Object> plan = new HashMap<>(homeCarePlan("Kaffe först"));
        plan.put("establishedOn", establishedOn);
        return plan;
    }

    private long storedTexts() {
        return mongo.getCollection("plan_content").countDocuments(new Document("caseId", caseId));
    }

    private void introduce(String on) {
        assertThat(holdVisit(on).status()).isEqualTo(200);
    }

    private Http.Response holdVisit(String on) {
        String visitId = http.post("/cases/" + caseId + "/introduction-visits",
                Map.of("bookedFor", on, "contactPersonStaffId", assignment.anna), as(assignment.planner))
                .json().get("visitId").asString();
        return http.post("/cases/" + caseId + "/introduction-visits/" + visitId + "/held",
                Map.of("heldOn", on, "sheetHandedOver", true), as(assignment.anna));
    }

    @Test
    void aRequestThatDoesNotSayWhoMakesItIsUnauthenticated() {
        Http.Response response = http.get("/cases/" + caseId);

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.header("WWW-Authenticate")).startsWith("Bearer");
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.json().get("rule").asString()).isEqualTo(CommonRule.SIGNED_IN.id());
        // Refused before the controller: whether a case exists, or its id is well-formed, is not told.
        assertThat(http.get("/cases/" + UUID.randomUUID()).status()).isEqualTo(401);
        assertThat(http.get("/cases/191212121212").status()).isEqualTo(401);
        Http.Response recording = http.post("/cases/" + caseId + "/planning-notes",
                Map.of("handedOverOn", "2026-11-01", "specialWishes", "Tidig morgon"));
        assertThat(recording.status()).isEqualTo(401);
        assertThat(recording.json().get("rule").asString()).isEqualTo(CommonRule.SIGNED_IN.id());
        assertThat(storedTexts()).isZero();
    }

    @Test
    void staffWhoAreNeitherContactPersonNorPlannerMayNotRecordOrRead() {
        Http.Response recording = http.post("/cases/" + caseId + "/planning-notes",
                Map.of("handedOverOn", "2026-11-01", "specialWishes", "Tidig morgon"), as(assignment.cecilia));
        Http.Response reading = http.get("/cases/" + caseId + "/plan", as(assignment.cecilia));

        assertThat(recording.status()).isEqualTo(403);
        assertThat(recording.json().get("rule").asString()).isEqualTo("contact-person-or-planner");
        assertThat(reading.status()).isEqualTo(403);
        assertThat(storedTexts()).isZero();
    }

    @Test
    void h3_aPlanBeforeAnyIntroductionVisitIsRefusedAndLeavesNothing() {
        Http.Response response = http.post("/cases/" + caseId + "/plan/versions", plan("2026-11-19"),
                as(assignment.anna));

        assertThat(response.status()).isEqualTo(409);
        assertThat(response.json().get("rule").asString()).isEqualTo("H3-plan-after-introduction-visit");
        assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo("establishedOn");
        assertThat(storedTexts()).as("the plan's text was discarded with the refusal").isZero();
    }

    @Test
    void h3_aPlanDatedBeforeItsIntroductionVisitIsOutOfOrder() {
        introduce("2026-11-17");

        Http.Response response = http.post("/cases/" + caseId + "/plan/versions", plan("2026-11-16"),
                as(assignment.anna));

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.json().get("rule").asString()).isEqualTo("date-in-order");
        assertThat(response.json().get("errors").get(0).get("message").asString())
                .contains("the introduction visit (2026-11-17)");
        assertThat(storedTexts()).isZero();
    }

    @Test
    void anInterventionWithoutAHowIsInvalidInput() {
        introduce("2026-11-17");
        Map<String, Object> plan = plan("2026-11-19");
        plan.put("interventions", List.of(Map.of("what", "Dusch", "how", " ", "when", "Tisdag", "responsible",
                "Kontaktman", "goal", "Fräsch")));

        Http.Response response = http.post("/cases/" + caseId + "/plan/versions", plan, as(assignment.anna));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo("interventions[0].how");
        assertThat(response.json().get("errors").get(0).get("rule").asString()).isEqualTo("NotBlank");
        assertThat(response.text()).contains("H3").doesNotContain("Kaffe");
        assertThat(storedTexts()).isZero();
    }

    @Test
    void h4_aFollowUpBeforeThereIsAPlanIsRefused() {
        Http.Response response = http.post("/cases/" + caseId + "/follow-ups",
                followUp("2026-11-01", "SCHEDULED", "STILL_CURRENT"), as(assignment.anna));

        assertThat(response.status()).isEqualTo(409);
        assertThat(response.json().get("rule").asString()).isEqualTo("H4-follow-up-after-plan");
    }

    @Test
    void h4_aFollowUpIsMadeWithTheClientSoItSaysWhoTookPartAndHow() {
        introduce("2026-11-17");
        http.post("/cases/" + caseId + "/plan/versions", plan("2026-11-19"), as(assignment.anna));

        Http.Response response = http.post("/cases/" + caseId + "/follow-ups", Map.of("followedUpOn", "2026-11-22",
                "kind", "SCHEDULED", "outcome", "STILL_CURRENT"), as(assignment.anna));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("errors").findValuesAsString("field"))
                .containsExactlyInAnyOrder("participants", "clientParticipation");
        assertThat(storedTexts()).as("only the plan's own text").isEqualTo(1);
    }

    @Test
    void h2_aVisitRecordedMoreThanAWeekAfterItWasHeldNeedsAReason() {
        Http.Response response = holdVisit("2026-11-10");

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.json().get("rule").asString()).isEqualTo("backdating-limit");
        assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo("heldOn");
    }

    @Test
    void h5_theBookedFollowUpIsNotBeforeTheCheck() {
        introduce("2026-11-17");
        http.post("/cases/" + caseId + "/plan/versions", plan("2026-11-19"), as(assignment.anna));

        Http.Response booked = http.post("/cases/" + caseId + "/plan-checks", Map.of("checkedOn", "2026-11-22",
                "planCurrent", true, "followUpBookedFor", "2026-11-21"), as(assignment.anna));

        assertThat(booked.status()).isEqualTo(422);
        assertThat(booked.json().get("rule").asString()).isEqualTo("date-in-order");
        assertThat(booked.json().get("errors").get(0).get("field").asString()).isEqualTo("followUpBookedFor");
    }

    @Test
    void aDateAfterTodayIsUnprocessable() {
        Http.Response response = http.post("/cases/" + caseId + "/planning-notes",
                Map.of("handedOverOn", "2026-11-24", "specialWishes", "Tidig morgon"), as(assignment.anna));

        assertThat(response.status()).as(response.text()).isEqualTo(422);
        assertThat(response.json().get("rule").asString()).isEqualTo("date-not-in-future");
        assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo("handedOverOn");
        assertThat(storedTexts()).isZero();
    }

    @Test
    void anLssStepIsNotPartOfAHomeCareCase() {
        Http.Response response = http.post("/cases/" + caseId + "/arrival-conversation", Map.of(
                "heldOn", "2026-10-02", "participants", List.of(Map.of("description", "brukaren")),
                "needs", "Stöd på morgonen"), as(assignment.anna));

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.json().get("rule").asString()).isEqualTo("step-in-care-profile");
        assertThat(storedTexts()).isZero();
    }

    @Test
    void theContactSheetIsShownAtTheIntroductionVisitWhichAnLssCaseDoesNotHave() {
        String lss = assignment.openCaseWithContactPersons(CareProfile.LSS, LocalDate.of(2026, 10, 1));
        awaitCase(lss, assignment.anna);

        Http.Response response = http.get("/cases/" + lss + "/contact-sheet", as(assignment.anna));

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.json().get("rule").asString()).isEqualTo("step-in-care-profile");
    }

    @Test
    void anUnknownCaseIsNotFoundAndAMalformedCaseIdIsInvalid() {
        assertThat(http.get("/cases/" + UUID.randomUUID(), as(assignment.anna)).status()).isEqualTo(404);
        Http.Response malformed = http.get("/cases/191212121212", as(assignment.anna));
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.json().get("errors").get(0).get("field").asString()).isEqualTo("caseId");
    }

    @Test
    void unreadableJsonIsInvalidInputNamingTheField() {
        Http.Response response = http.post("/cases/" + caseId + "/follow-ups",
                "{\"followedUpOn\":\"2026-11-01\",\"kind\":\"WEEKLY\",\"outcome\":\"STILL_CURRENT\"}",
                as(assignment.anna));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo("kind");
    }
}
