package se.kontaktman.gateway.pages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.ui.ExtendedModelMap;
import org.springframework.web.servlet.mvc.support.RedirectAttributesModelMap;
import se.kontaktman.gateway.ServiceClients.Answer;
import se.kontaktman.gateway.pages.CaseFile.Option;
import tools.jackson.databind.json.JsonMapper;

/** The file's forms: what they send to plan-service, kronor as staff type and read them, refusals by their fields. */
class CaseFilePagesTest {

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void h7_theRiskAssessmentSendsEveryAreaInTheFormsOrderWithItsLevelAndActions() {
        Map<String, Object> sent = RiskAssessmentPages.body(Map.of("assessedOn", "2026-12-04",
                "level-FALLS", "HIGH_RISK", "actions-FALLS", "  Halkskydd i duschen ",
                "level-PRESSURE_ULCERS", "NO_RISK", "actions-PRESSURE_ULCERS", " ", "notes", ""),
                RiskAssessmentPages.NAMED_AREAS);

        assertThat(sent.get("assessedOn")).isEqualTo("2026-12-04");
        assertThat(sent.get("notes")).isNull();
        List<?> areas = (List<?>) sent.get("areas");
        assertThat(areas).hasSize(5);
        assertThat(areas.get(0)).isEqualTo(Map.of("area", "FALLS", "level", "HIGH_RISK", "actions", "Halkskydd i duschen"));
        assertThat(((Map<?, ?>) areas.get(1)).get("actions")).as("blank actions are not given").isNull();
        assertThat(((Map<?, ?>) areas.get(2)).get("level")).as("an area not assessed is sent without a level").isNull();
        assertThat(areas.stream().<Object>map(area -> ((Map<?, ?>) area).get("area")).toList()).containsExactly("FALLS",
                "PRESSURE_ULCERS", "MALNUTRITION", "ORAL_HEALTH", "BLADDER_DYSFUNCTION");
    }

    @Test
    void h7_theAreasAreTheCasesProfilesInItsOrderNamedInSwedishWhereKnown() {
        List<Option> areas = RiskAssessmentPages.areasOf(json.readTree("""
                {"caseId":"c1","riskAreas":["MALNUTRITION","FALLS","PAIN"]}"""));

        assertThat(areas).containsExactly(new Option("MALNUTRITION", "Undernäring"), new Option("FALLS", "Fall"),
                new Option("PAIN", "PAIN"));
        List<?> sent = (List<?>) RiskAssessmentPages.body(Map.of("level-PAIN", "RISK"), areas).get("areas");
        assertThat(sent.stream().<Object>map(area -> ((Map<?, ?>) area).get("area")).toList())
                .containsExactly("MALNUTRITION", "FALLS", "PAIN");
        assertThat(RiskAssessmentPages.pageField("areas[2].actions", areas)).isEqualTo("actions-PAIN");
    }

    @Test
    void h7_aRiskAssessmentsRefusalStandsByTheAreasFieldInSwedish() {
        Map<String, String> errors = CaseFile.errors(Refused.byField(json.readTree("""
                {"status":422,"rule":"H7-actions-for-a-risk","errors":[
                 {"field":"areas[0].actions","rule":"H7-actions-for-a-risk","message":"an area with a risk has its preventive actions"}]}""")),
                field -> RiskAssessmentPages.pageField(field, RiskAssessmentPages.NAMED_AREAS));

        assertThat(errors).containsExactly(Map.entry("actions-FALLS",
                "Där det finns en risk skrivs de förebyggande åtgärderna (H7)."));
        assertThat(RiskAssessmentPages.pageField("areas[3].level", RiskAssessmentPages.NAMED_AREAS)).isEqualTo("level-ORAL_HEALTH");
        assertThat(RiskAssessmentPages.pageField("areas[4].area", RiskAssessmentPages.NAMED_AREAS)).isEqualTo("level-BLADDER_DYSFUNCTION");
        assertThat(RiskAssessmentPages.pageField("areas", RiskAssessmentPages.NAMED_AREAS)).isEqualTo("level-FALLS");
        assertThat(RiskAssessmentPages.pageField("actor", RiskAssessmentPages.NAMED_AREAS)).as("the request as a whole").isEmpty();
        assertThat(CaseFile.label(Map.of("actions-FALLS", "Fall, förebyggande åtgärder"), "actions-FALLS"))
                .isEqualTo("Fall, förebyggande åtgärder");
    }

    @Test
    void l8_kronorAreTypedAsStaffWriteThemAndShownTheSwedishWay() {
        assertThat(Kronor.typed("1 234,50")).isEqualTo(new BigDecimal("1234.50"));
        assertThat(Kronor.typed("250 kr")).isEqualTo(new BigDecimal("250"));
        assertThat(Kronor.typed("99.5")).isEqualTo(new BigDecimal("99.5"));
        assertThat(Kronor.typed(" ")).isNull();
        assertThat(Kronor.typed("femtio")).as("not a number: refused on the page").isEqualTo("femtio");
        assertThat(Kronor.typed("1 234 567")).isEqualTo(new BigDecimal("1234567"));
        assertThat(Kronor.typed("2.50")).isEqualTo(new BigDecimal("2.50"));
        // Ambiguous or not an amount as staff write one: said so on the page, never guessed.
        for (String typed : new String[]{"1.000", "2.500", "1.234,50", "1,234.50", "1e3", "-50", "12,345", "1 23",
                "0x10", "99999999999"}) {
            assertThat(Kronor.typed(typed)).as(typed).isEqualTo(typed);
        }

        assertThat(Kronor.format("1234.5")).isEqualTo("1 234,50 kr");
        assertThat(Kronor.format("-300.00")).isEqualTo("-300,00 kr");
        assertThat(Kronor.format("0")).isEqualTo("0,00 kr");
        assertThat(Kronor.format(null)).isEmpty();
    }

    @Test
    void l8_aLedgerEntryIsShownByItsAmountsSignAlsoWhenItsTextIsGone() {
        PrivateFundsPages.Entry withdrawal = PrivateFundsPages.entry(json.readTree("""
                {"entryId":"e2","enteredOn":"2026-12-03","amount":-150.5,"balance":349.5,"corrects":null,
                 "signedBy":"anna.berg","needsCountersignature":true,"countersignedOn":null}"""),
                id -> id.equals("anna.berg") ? "Anna Berg" : id);

        assertThat(withdrawal.kind()).isEqualTo("Uttag");
        assertThat(withdrawal.amount()).isEqualTo("-150,50 kr");
        assertThat(withdrawal.purpose()).as("no text: nothing, not a failure").isEmpty();
        assertThat(withdrawal.signedBy()).isEqualTo("Anna Berg");
        assertThat(withdrawal.signedById()).isEqualTo("anna.berg");
        assertThat(withdrawal.awaitsCountersignature()).isTrue();
        PrivateFundsPages.Entry correction = PrivateFundsPages.entry(json.readTree("""
                {"entryId":"e3","amount":150.5,"corrects":"e2","text":{"purpose":"Fel belopp"},
                 "needsCountersignature":true,"countersignedOn":"2026-12-04","countersignedBy":"bertil.ek"}"""),
                id -> id.equals("bertil.ek") ? "Bertil Ek" : id);
        assertThat(correction.kind()).isEqualTo("Rättelse, insättning");
        assertThat(correction.countersigned()).isEqualTo("Bertil Ek, 2026-12-04");
        assertThat(correction.awaitsCountersignature()).isFalse();
    }

    @Test
    void l8_aLedgerRefusalGivesTheFigureNeededToPutItRightInSwedish() {
        assertThat(Swedish.refusal("L8-month-closed", "the next month to count is 2026-11"))
                .endsWith("(L8). Nästa månad att räkna är 2026-11.");
        assertThat(Swedish.refusal("L8-difference-explained", "the count differs from the balance of 1 234,50 kr: say why"))
                .endsWith("Kassabokens saldo är 1 234,50 kr.");
        assertThat(Swedish.refusal("L8-correction-against-the-entry",
                "a correction goes the other way from the entry it corrects, at most 150,00 kr"))
                .endsWith("Högst 150,00 kr kan rättas.");
        assertThat(Swedish.refusal("L8-balance-not-negative", "the balance would fall below zero"))
                .as("no figure to give").endsWith("(L8).");
    }

    @Test
    void h8_l9_aDevicesFieldsCarryItsIdAndTheFeedbackSendsWhoWasTold() {
        assertThat(DevicePages.ofDevice("d1", "checkedOn", "check", "note").apply("checkedOn")).isEqualTo("checkedOn-d1");
        assertThat(DevicePages.ofDevice("d1", "checkedOn", "check", "note").apply("deviceId"))
                .as("a returned device, whose forms are gone from the page: the request's as a whole").isEmpty();
        assertThat(CaseFile.label(Map.of("checkedOn", "Kontrollerat den"), "checkedOn-d1")).isEqualTo("Kontrollerat den");

        Map<String, Object> sent = FeedbackPages.body(Map.of("informedOn", "2026-12-04", "informed-CLIENT", "true",
                "informed-LEGAL_REPRESENTATIVE", "true", "how", "Muntligt"));
        assertThat(sent.get("informed")).isEqualTo(List.of("CLIENT", "LEGAL_REPRESENTATIVE"));
        assertThat(FeedbackPages.body(Map.of()).get("informed")).isEqualTo(List.of());
    }

    @Test
    void theFilesRulesAreInSwedishAndAFormKeepsWhatWasTypedOverItsDefaults() {
        assertThat(Swedish.refusal("L8-balance-not-negative", "the balance on 2026-12-04 would be below zero"))
                .startsWith("Saldot i kassaboken får inte bli mindre än 0 kr");
        assertThat(Swedish.refusal("signature-initials-unique", "")).contains("initialerna");
        assertThat(CaseFile.typedOver(Map.of("enteredOn", "2026-12-04", "amount", ""), Map.of("amount", "50")))
                .containsEntry("enteredOn", "2026-12-04").containsEntry("amount", "50");
        assertThat(CaseFile.form(List.of("name", "phone"), Map.of("name", " Karin ", "phone", "")))
                .containsEntry("name", "Karin").containsEntry("phone", null);
    }

    @Test
    void aSavedFormGoesBackToItsPartWithTheMessageARefusedOneStaysWithWhatWasTyped() {
        Map<String, String> typed = Map.of("amount", "650,50", "purpose", "Frisör");
        CaseFile.Page page = (caseId, user, model, values, errors) -> "shown " + values.get("amount") + " " + errors;
        RedirectAttributesModelMap redirect = new RedirectAttributesModelMap();

        assertThat(CaseFile.answered(new Answer(201, null), "Uttaget är bokfört.", CaseFile.fields(List.of("amount")),
                page, "/privata-medel", "c1", typed, null, new ExtendedModelMap(), redirect))
                .isEqualTo("redirect:/arenden/c1/akt/privata-medel");
        assertThat(redirect.getFlashAttributes().get("saved")).isEqualTo("Uttaget är bokfört.");

        Answer refused = new Answer(422, json.readTree("""
                {"status":422,"rule":"L8-balance-not-negative","errors":[
                 {"field":"amount","rule":"L8-balance-not-negative","message":"below zero"},
                 {"field":"actor","rule":"case-open","message":"closed"}]}"""));
        assertThat(CaseFile.answered(refused, "", CaseFile.fields(List.of("amount")), page, "/privata-medel", "c1",
                typed, null, new ExtendedModelMap(), new RedirectAttributesModelMap()))
                .startsWith("shown 650,50 {amount=Saldot i kassaboken får inte bli mindre än 0 kr")
                .contains(", =Ärendet är avslutat.}");

        assertThatThrownBy(() -> CaseFile.answered(new Answer(403, null), "", field -> field, page, "", "c1", typed,
                null, new ExtendedModelMap(), new RedirectAttributesModelMap())).isInstanceOf(Refused.class);
    }
}
