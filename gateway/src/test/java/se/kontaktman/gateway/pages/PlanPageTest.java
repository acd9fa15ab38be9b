package se.kontaktman.gateway.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The plan's form: what it sends, and how a refusal comes back to the person who typed it. */
class PlanPageTest {

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void eachLineOfParticipantsIsAParticipantAndEmptyDatesAreLeftOut() {
        PlanForm form = new PlanForm();
        form.setEstablishedOn(" ");
        form.setParticipants("brukaren\r\n\r\n  dotter  \n");
        form.getInterventions().get(0).setWhat("Dusch");

        Map<String, Object> sent = form.json();

        assertThat(sent.get("establishedOn")).isNull();
        assertThat(sent.get("participants")).isEqualTo(List.of(Map.of("description", "brukaren"),
                Map.of("description", "dotter")));
        assertThat(sent.get("place")).as("the seed's place by default").isEqualTo("CLIENT_HOME");
        assertThat(((List<?>) sent.get("interventions"))).hasSize(1);
    }

    @Test
    void aRefusalIsShownInSwedishByFieldInTheFormsOrderAndARuleOfTheWholePlanFirst() {
        JsonNode problem = json.readTree("""
                {"status":422,"rule":"NotBlank","errors":[
                 {"field":"interventions[0].goal","rule":"NotBlank","message":"must not be blank"},
                 {"field":"participants[1].description","rule":"Size","message":"size must be between 0 and 200"},
                 {"field":"clientParticipation","rule":"NotBlank","message":"must not be blank"},
                 {"field":"interventions[0].how","rule":"NotBlank","message":"must say how"}]}""");
        PlanForm form = new PlanForm();

        Map<String, String> shown = PlanPage.inFormOrder(form, Refused.byField(problem));

        assertThat(shown.keySet()).containsExactly("participants", "clientParticipation", "interventions[0].how",
                "interventions[0].goal");
        assertThat(shown.get("participants")).isEqualTo("Texten är för lång.");
        assertThat(shown.get("interventions[0].how")).isEqualTo("Fältet måste fyllas i.");

        Map<String, String> wholePlan = Refused.byField(json.readTree("""
                {"status":409,"rule":"H3-plan-after-introduction-visit","detail":"no introduction visit"}"""));
        assertThat(wholePlan).containsExactly(Map.entry("",
                "Genomförandeplanen skrivs efter det första hembesöket (H3). Registrera hembesöket först."));
    }

    @Test
    void aRuleWithoutSwedishWordsShowsTheServicesMessageWithItsCode() {
        Map<String, String> shown = Refused.byField(json.readTree("""
                {"status":422,"errors":[{"field":"wishes","rule":"new-rule","message":"breaks a new rule"}]}"""));

        assertThat(shown).isEqualTo(new LinkedHashMap<>(Map.of("wishes", "breaks a new rule (new-rule)")));
    }

    @Test
    void anInterventionAddedByMistakeIsTakenOutAndTheLastOneStays() {
        PlanForm form = new PlanForm();
        form.getInterventions().get(0).setWhat("Dusch");
        form.getInterventions().add(new PlanForm.Intervention());

        form.removeIntervention(1);
        assertThat(form.getInterventions()).extracting(PlanForm.Intervention::getWhat).containsExactly("Dusch");
        form.removeIntervention(0);
        assertThat(form.getInterventions()).as("a plan has an insats").hasSize(1);
        form.removeIntervention(7);
        assertThat(form.getInterventions()).hasSize(1);
    }
}
