package se.kontaktman.gateway.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The plan's later steps: a revision written from the current version, what a follow-up and a
 * planning note send and how their refusals come back, and the printed page's policy.
 */
class PlanWorkPagesTest {

    private final JsonMapper json = JsonMapper.builder().build();

    private static final String CURRENT = """
            {"establishedOn":"2026-12-01","place":"CLIENT_HOME","placeDescription":null,
             "participants":[{"staffId":null,"description":"brukaren"},{"staffId":"anna.berg","description":null}],
             "clientParticipation":"Berättade själv","wishes":null,
             "interventions":[{"what":"Dusch","how":"Med taburett","when":"Tisdag","responsible":"Kontaktman",
                               "goal":"Känna sig fräsch"},
                              {"what":"Promenad","how":"Med rullator","when":"Dagligen","responsible":"Alla",
                               "goal":"Röra sig"}]}""";

    @Test
    void h3_aRevisionIsWrittenFromTheCurrentVersionDatedToday() {
        PlanForm form = PlanForm.from(json.readTree(CURRENT), "2026-12-05");

        assertThat(form.getEstablishedOn()).isEqualTo("2026-12-05");
        assertThat(form.getParticipants()).as("a staff member by id where not described").isEqualTo("brukaren\nanna.berg");
        assertThat(form.getWishes()).as("JSON null is an empty field, not the word null").isNull();
        assertThat(form.getPlaceDescription()).isNull();
        assertThat(form.getInterventions()).extracting(PlanForm.Intervention::getWhat).containsExactly("Dusch", "Promenad");
        assertThat(form.json().get("participants")).isEqualTo(List.of(Map.of("description", "brukaren"),
                Map.of("description", "anna.berg")));
    }

    @Test
    void h4_aFollowUpThatRevisedThePlanSendsTheNewVersionInTheSameCommandAndOneStillCurrentSendsNone() {
        FollowUpForm form = new FollowUpForm();
        form.setDate("2026-12-05");
        form.setKind("EXTENSIVE_CHANGE");
        form.setParticipants("brukaren\ndotter");
        form.setClientParticipation("Deltog hela samtalet");
        form.setNotes(" ");
        form.setRevision(PlanForm.from(json.readTree(CURRENT), "2026-12-05"));

        Map<String, Object> stillCurrent = form.json(false);
        assertThat(stillCurrent).containsEntry("followedUpOn", "2026-12-05").containsEntry("kind", "EXTENSIVE_CHANGE")
                .containsEntry("outcome", "STILL_CURRENT").containsEntry("revision", null).containsEntry("notes", null);
        assertThat(stillCurrent.get("participants")).isEqualTo(List.of(Map.of("description", "brukaren"),
                Map.of("description", "dotter")));

        form.setOutcome("REVISED");
        @SuppressWarnings("unchecked")
        Map<String, Object> revision = (Map<String, Object>) form.json(false).get("revision");
        assertThat(revision).as("dated the follow-up's day by the service").doesNotContainKey("establishedOn")
                .containsEntry("clientParticipation", "Berättade själv");
        assertThat((List<?>) revision.get("interventions")).hasSize(2);

        Map<String, Object> meeting = form.json(true);
        assertThat(meeting).containsOnlyKeys("heldOn", "outcome", "participants", "revision");
    }

    @Test
    void h4_aFollowUpsRefusalStandsByItsFieldsTheRevisionsByTheRevisedForm() {
        FollowUpForm form = new FollowUpForm();
        form.setRevision(PlanForm.from(json.readTree(CURRENT), "2026-12-05"));
        JsonNode problem = json.readTree("""
                {"status":400,"errors":[
                 {"field":"revision.interventions[1].how","rule":"NotBlank","message":"must say how"},
                 {"field":"revision","rule":"revision-matches-outcome","message":"a revised plan must come with its new version"},
                 {"field":"followedUpOn","rule":"NotNull","message":"must not be null"},
                 {"field":"revision.participants[0].description","rule":"Size","message":"too long"}]}""");

        Map<String, String> shown = form.errors(Refused.byField(problem), false);

        assertThat(shown.keySet()).containsExactly("date", "outcome", "revision.participants",
                "revision.interventions[1].how");
        assertThat(shown.get("outcome")).startsWith("Välj \"reviderades\"");
        assertThat(ErrorSummary.fieldId("revision.interventions[1].how")).isEqualTo("revision-interventions1-how");
        assertThat(FollowUpPages.label("revision.interventions[1].how")).isEqualTo("Ny version, Insats 2, hur");

        Map<String, String> noPlan = form.errors(Refused.byField(json.readTree("""
                {"status":409,"rule":"H4-follow-up-after-plan","detail":"there is no plan to follow up yet"}""")), false);
        assertThat(noPlan).containsExactly(Map.entry("",
                "Det finns ingen genomförandeplan att följa upp ännu (H4). Skriv planen först."));
    }

    @Test
    void h6_aPlanningNoteSendsOnlyTheRowsWrittenInAndARowsRefusalStandsByThatRowOnThePage() {
        PlanningNoteForm form = new PlanningNoteForm();
        form.setHandedOverOn("2026-12-05");
        PlanningNoteForm.TimeAdjustment empty = new PlanningNoteForm.TimeAdjustment();
        PlanningNoteForm.TimeAdjustment shower = new PlanningNoteForm.TimeAdjustment();
        shower.setIntervention("Dusch");
        shower.setDirection("INCREASE");
        shower.setMinutes("15");
        form.setTimeAdjustments(List.of(empty, shower));

        Map<String, Object> sent = form.json();
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("intervention", "Dusch");
        row.put("direction", "INCREASE");
        row.put("minutes", 15);
        row.put("reason", null);
        assertThat(sent.get("timeAdjustments")).as("the empty row is not sent").isEqualTo(List.of(row));
        assertThat(sent).containsEntry("newInterventionsNeeded", false);

        Map<String, String> shown = form.errors(Refused.byField(json.readTree("""
                {"status":400,"errors":[{"field":"timeAdjustments[0].minutes","rule":"Positive","message":"must be greater than 0"}]}""")));
        assertThat(shown).containsExactly(Map.entry("timeAdjustments[1].minutes", "Skriv ett antal större än noll."));
        assertThat(PlanningNotePages.label("timeAdjustments[1].minutes")).isEqualTo("Ändrad tid 2, minuter");

        Map<String, String> aboutNothing = new PlanningNoteForm().errors(Refused.byField(json.readTree("""
                {"status":400,"errors":[{"field":"aboutSomething","rule":"AssertTrue","message":"must hold"}]}""")));
        assertThat(aboutNothing.keySet()).containsExactly("");
    }

    @Test
    void h6_minutesTypedAsLettersAreSentAsTypedAndTheRefusalSaysAWholeNumberIsWanted() {
        PlanningNoteForm form = new PlanningNoteForm();
        PlanningNoteForm.TimeAdjustment shower = new PlanningNoteForm.TimeAdjustment();
        shower.setIntervention("Dusch");
        shower.setMinutes("en kvart");
        form.setTimeAdjustments(List.of(shower));

        assertThat(((List<?>) form.json().get("timeAdjustments")).get(0)).asString().contains("minutes=en kvart");
        Map<String, String> shown = form.errors(Refused.byField(json.readTree("""
                {"status":400,"errors":[{"field":"timeAdjustments[0].minutes","rule":"readable-json","message":"must be JSON"}]}""")));
        assertThat(shown).containsExactly(Map.entry("timeAdjustments[0].minutes",
                "Skriv antalet minuter som ett heltal, till exempel 15."));
    }

    @Test
    void aPrintedPageMayUseExactlyItsOwnStyleBlockAndNoScript() throws Exception {
        String style = "\n    body { font-family: Georgia, serif; }\n    h1 { font-size: 22pt; }\n  ";
        String html = "<!DOCTYPE html><html lang=\"sv\"><head><title>Jag är din kontaktman</title><style>" + style
                + "</style></head><body><h1>Jag är din kontaktman:</h1></body></html>";
        String hash = Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256")
                .digest(style.getBytes(StandardCharsets.UTF_8)));

        String policy = PrintPages.policy(html);

        assertThat(policy).contains("style-src 'sha256-" + hash + "';", "default-src 'none'", "frame-ancestors 'none'")
                .doesNotContain("unsafe-inline", "script-src");
        assertThat(PrintPages.policy(html.replace("22pt", "23pt"))).as("another style, another hash")
                .doesNotContain(hash);
        assertThat(PrintPages.policy("<html><body>utan stil</body></html>")).contains("style-src 'none'");
        String injected = "h1 { display: none; }";
        assertThat(PrintPages.policy(html.replace("</h1>", "</h1><style>" + injected + "</style>")))
                .as("a style in the body, where a client's text goes, is not allowed")
                .contains("'sha256-" + hash + "'").doesNotContain(Base64.getEncoder().encodeToString(MessageDigest
                        .getInstance("SHA-256").digest(injected.getBytes(StandardCharsets.UTF_8))));
    }
}
