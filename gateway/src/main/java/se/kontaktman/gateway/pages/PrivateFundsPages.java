package se.kontaktman.gateway.pages;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.kontaktman.gateway.pages.CaseFile.Option;
import tools.jackson.databind.JsonNode;

/**
 * Privata medel (L8), "enligt Omsorgsförvaltningens instruktioner": the kassabok with its balance
 * by date, deposits and withdrawals (a withdrawal with its receipt), corrections as new entries,
 * the second signature by a colleague, the month's count, and after closure the final balance
 * handed over. Amounts are typed and shown in kronor as staff write them ("1 234,50").
 */
@Controller
class PrivateFundsPages {

    static final List<Option> DIRECTIONS = List.of(new Option("IN", "Insättning"), new Option("OUT", "Uttag"));

    /** A line of the kassabok. */
    record Entry(String entryId, String enteredOn, String kind, String amount, String balance, String purpose,
                 String receipt, String signedBy, String signedById, String countersigned,
                 boolean awaitsCountersignature) {
    }

    /** A month's count. */
    record Closing(String month, String countedOn, String balance, String counted, String explanation,
                   String countedBy) {
    }

    private static final String PART = "/privata-medel";
    private static final List<String> ENTRY = List.of("enteredOn", "direction", "amount", "purpose",
            "receiptReference", "corrects");
    private static final List<String> COUNT = List.of("month", "countedOn", "countedAmount", "explanation");
    private static final Map<String, String> LABELS = Map.ofEntries(Map.entry("enteredOn", "Datum"),
            Map.entry("direction", "Insättning eller uttag"), Map.entry("amount", "Belopp"),
            Map.entry("purpose", "Ändamål"), Map.entry("receiptReference", "Kvitto"),
            Map.entry("corrects", "Rättar posten"), Map.entry("month", "Månad"), Map.entry("countedOn", "Räknat den"),
            Map.entry("countedAmount", "Räknat belopp"), Map.entry("explanation", "Förklaring till skillnaden"),
            Map.entry("handedOverOn", "Överlämnat den"), Map.entry("handoverAmount", "Belopp"),
            Map.entry("receivedBy", "Mottaget av"));

    private final CaseFile file;

    PrivateFundsPages(CaseFile file) {
        this.file = file;
    }

    @GetMapping("/arenden/{caseId}/akt" + PART)
    String page(@PathVariable String caseId, @AuthenticationPrincipal OidcUser user, Model model) {
        return show(caseId, user, model, Map.of(), Map.of());
    }

    @PostMapping("/arenden/{caseId}/akt" + PART)
    String enter(@PathVariable String caseId, @RequestParam Map<String, String> typed,
                 @AuthenticationPrincipal OidcUser user, Model model, RedirectAttributes redirect) {
        Map<String, Object> body = CaseFile.form(ENTRY, typed);
        Map<String, String> notKronor = kronor(body, "amount", typed, "amount");
        if (!notKronor.isEmpty()) {
            return show(caseId, user, model, typed, notKronor);
        }
        return CaseFile.answered(file.services().post("plan", "/cases/{caseId}/private-funds/entries", body, caseId),
                "OUT".equals(body.get("direction")) ? "Uttaget är bokfört." : "Insättningen är bokförd.",
                CaseFile.fields(ENTRY), this::show, PART, caseId, typed, user, model, redirect);
    }

    @PostMapping("/arenden/{caseId}/akt" + PART + "/{entryId}/kontrasignering")
    String countersign(@PathVariable String caseId, @PathVariable String entryId,
                       @AuthenticationPrincipal OidcUser user, Model model, RedirectAttributes redirect) {
        Map<String, Object> body = Map.of("countersignedOn", Stockholm.today().toString());
        return CaseFile.answered(file.services().post("plan",
                        "/cases/{caseId}/private-funds/entries/{entryId}/countersignature", body, caseId, entryId),
                "Posten är signerad av två personer.", field -> "", this::show, PART, caseId, Map.of(), user, model,
                redirect);
    }

    @PostMapping("/arenden/{caseId}/akt" + PART + "/manadsavslut")
    String closeMonth(@PathVariable String caseId, @RequestParam Map<String, String> typed,
                      @AuthenticationPrincipal OidcUser user, Model model, RedirectAttributes redirect) {
        Map<String, Object> body = CaseFile.form(COUNT, typed);
        Map<String, String> notKronor = kronor(body, "countedAmount", typed, "countedAmount");
        if (!notKronor.isEmpty()) {
            return show(caseId, user, model, typed, notKronor);
        }
        return CaseFile.answered(file.services().post("plan", "/cases/{caseId}/private-funds/month-closings", body, caseId),
                "Månaden är räknad och stängd.", CaseFile.fields(COUNT), this::show, PART, caseId, typed, user, model,
                redirect);
    }

    @PostMapping("/arenden/{caseId}/akt" + PART + "/overlamning")
    String handOver(@PathVariable String caseId, @RequestParam Map<String, String> typed,
                    @AuthenticationPrincipal OidcUser user, Model model, RedirectAttributes redirect) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("handedOverOn", Typed.blankToNull(typed.get("handedOverOn")));
        body.put("receivedBy", Typed.blankToNull(typed.get("receivedBy")));
        Map<String, String> notKronor = kronor(body, "amount", typed, "handoverAmount");
        if (!notKronor.isEmpty()) {
            return show(caseId, user, model, typed, notKronor);
        }
        return CaseFile.answered(file.services().post("plan", "/cases/{caseId}/private-funds/handover", body, caseId),
                "Slutsaldot är överlämnat.", field -> field.equals("amount") ? "handoverAmount"
                        : field.equals("handedOverOn") || field.equals("receivedBy") ? field : "",
                this::show, PART, caseId, typed, user, model, redirect);
    }

    /**
     * The amount typed in the page's {@code pageField}, put in the body as {@code field}; one that is
     * not kronor is refused here, by the service's rule, before it is sent (the error returned).
     */
    private static Map<String, String> kronor(Map<String, Object> body, String field, Map<String, String> typed,
                                              String pageField) {
        Object amount = Kronor.typed(typed.get(pageField));
        body.put(field, amount);
        return amount instanceof String ? Map.of(pageField, Swedish.refusal("L8-amount-in-kronor", "")) : Map.of();
    }

    /** An entry of the ledger as the page shows it, whoever signed it by name. */
    static Entry entry(JsonNode entry, Function<String, String> names) {
        JsonNode text = entry.path("text");
        // The direction is the amount's sign: the text (where the direction is written too) may be gone.
        String direction = CaseFile.text(entry, "amount").startsWith("-") ? "OUT" : "IN";
        String kind = (CaseFile.text(entry, "corrects").isEmpty() ? "" : "Rättelse, ")
                + CaseFile.words(DIRECTIONS, direction).toLowerCase();
        String countersignedOn = CaseFile.text(entry, "countersignedOn");
        boolean needs = entry.path("needsCountersignature").asBoolean();
        return new Entry(entry.path("entryId").asString(), CaseFile.text(entry, "enteredOn"),
                Character.toUpperCase(kind.charAt(0)) + kind.substring(1),
                Kronor.format(CaseFile.text(entry, "amount")), Kronor.format(CaseFile.text(entry, "balance")),
                CaseFile.text(text, "purpose"), CaseFile.text(text, "receiptReference"),
                names.apply(CaseFile.text(entry, "signedBy")), CaseFile.text(entry, "signedBy"),
                countersignedOn.isEmpty() ? (needs ? "" : "Behövs inte")
                        : names.apply(CaseFile.text(entry, "countersignedBy")) + ", " + countersignedOn,
                needs && countersignedOn.isEmpty());
    }

    private String show(String caseId, OidcUser user, Model model, Map<String, String> typed,
                        Map<String, String> errors) {
        JsonNode theCase = file.theCase(caseId);
        Function<String, String> names = file.names(theCase);
        JsonNode ledger = file.read(caseId, "/private-funds");
        List<Entry> entries = new ArrayList<>();
        List<Option> correctable = new ArrayList<>();
        for (JsonNode entry : ledger.path("entries")) {
            Entry shown = entry(entry, names);
            entries.add(shown);
            correctable.add(new Option(shown.entryId(), shown.enteredOn() + ", " + shown.kind().toLowerCase() + " "
                    + shown.amount() + ", " + shown.purpose()));
        }
        List<Closing> closings = new ArrayList<>();
        for (JsonNode closing : ledger.path("monthClosings")) {
            closings.add(new Closing(CaseFile.text(closing, "month"), CaseFile.text(closing, "countedOn"),
                    Kronor.format(CaseFile.text(closing, "balance")), Kronor.format(CaseFile.text(closing, "counted")),
                    CaseFile.text(closing.path("text"), "explanation"), names.apply(CaseFile.text(closing, "countedBy"))));
        }
        JsonNode closure = ledger.path("closure");
        Map<String, String> values = CaseFile.today("enteredOn", "countedOn", "handedOverOn");
        CaseFile.page(model, user, "Privata medel", caseId, theCase, CaseFile.typedOver(values, typed), errors, LABELS);
        model.addAttribute("balance", Kronor.format(CaseFile.text(ledger, "balance")));
        model.addAttribute("entries", entries);
        model.addAttribute("correctable", correctable);
        model.addAttribute("closings", closings);
        model.addAttribute("directions", DIRECTIONS);
        model.addAttribute("closed", closure.isObject());
        model.addAttribute("closedOn", CaseFile.text(closure, "closedOn"));
        model.addAttribute("finalBalance", Kronor.format(CaseFile.text(closure, "finalBalance")));
        model.addAttribute("handedOver", CaseFile.text(closure, "handedOverOn").isEmpty() ? ""
                : CaseFile.text(closure, "handedOverOn") + " till " + CaseFile.text(closure, "receivedBy"));
        return "akt/privata-medel";
    }
}
