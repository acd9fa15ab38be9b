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

/** "Informera om synpunkten" (L9): that the client and relatives were told how to give feedback, and how. */
@Controller
class FeedbackPages {

    static final List<Option> INFORMED = List.of(new Option("CLIENT", "Brukaren"),
            new Option("RELATIVES", "Närstående"), new Option("LEGAL_REPRESENTATIVE", "God man eller förvaltare"));

    /** A time they were told. */
    record Informing(String informedOn, String informed, String how, String informedBy) {
    }

    private static final String PART = "/synpunkter";
    private static final Map<String, String> LABELS = Map.of("informedOn", "Informerat den", "informed",
            "Vem fick informationen", "how", "Hur");

    private final CaseFile file;

    FeedbackPages(CaseFile file) {
        this.file = file;
    }

    @GetMapping("/arenden/{caseId}/akt" + PART)
    String page(@PathVariable String caseId, @AuthenticationPrincipal OidcUser user, Model model) {
        return show(caseId, user, model, Map.of(), Map.of());
    }

    @PostMapping("/arenden/{caseId}/akt" + PART)
    String inform(@PathVariable String caseId, @RequestParam Map<String, String> typed,
                  @AuthenticationPrincipal OidcUser user, Model model, RedirectAttributes redirect) {
        return CaseFile.answered(file.services().post("plan", "/cases/{caseId}/feedback-information", body(typed),
                        caseId), "Informationen om synpunkter är dokumenterad.",
                field -> field.startsWith("informed") && !field.equals("informedOn") ? "informed"
                        : CaseFile.fields(List.of("informedOn", "how")).apply(field),
                this::show, PART, caseId, typed, user, model, redirect);
    }

    /** Each check box ({@code informed-CLIENT}, ...) ticked is one who was told. */
    static Map<String, Object> body(Map<String, String> typed) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("informedOn", Typed.blankToNull(typed.get("informedOn")));
        body.put("informed", INFORMED.stream().map(Option::value).filter(code -> typed.containsKey("informed-" + code))
                .toList());
        body.put("how", Typed.blankToNull(typed.get("how")));
        return body;
    }

    private String show(String caseId, OidcUser user, Model model, Map<String, String> typed,
                        Map<String, String> errors) {
        JsonNode theCase = file.theCase(caseId);
        Function<String, String> names = file.names(theCase);
        List<Informing> informings = new ArrayList<>();
        for (JsonNode given : file.read(caseId, "/feedback-information")) {
            List<String> who = new ArrayList<>();
            given.path("text").path("informed").forEach(code -> who.add(CaseFile.words(INFORMED, code.asString())));
            informings.add(new Informing(CaseFile.text(given, "informedOn"), String.join(", ", who),
                    CaseFile.text(given.path("text"), "how"), names.apply(CaseFile.text(given, "informedBy"))));
        }
        CaseFile.page(model, user, "Synpunkter", caseId, theCase,
                CaseFile.typedOver(CaseFile.today("informedOn"), typed), errors, LABELS);
        model.addAttribute("informings", informings);
        model.addAttribute("informed", INFORMED);
        return "akt/synpunkter";
    }
}
