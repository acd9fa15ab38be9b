package se.kontaktman.gateway.pages;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.kontaktman.gateway.ServiceClients.Answer;
import tools.jackson.databind.JsonNode;

/**
 * "Information vid akutbesök" (seed 001): what the form asks, reviewed and replaced as a whole,
 * and a link to the page to print (served by the gateway's print route). Working material: once
 * the case has closed it is destroyed (H9), which the page says instead of showing a form.
 */
@Controller
class EmergencyInformationPages {

    private static final String PART = "/akutinformation";
    private static final List<String> FORM = List.of("reviewedOn", "communication", "calming", "worrying",
            "medicationListKept", "other");
    private static final Map<String, String> LABELS = Map.of("reviewedOn", "Genomgången den",
            "communication", "Så kommunicerar brukaren", "calming", "Det som lugnar", "worrying", "Det som oroar",
            "medicationListKept", "Läkemedelslistan finns", "other", "Övrigt");

    private final CaseFile file;

    EmergencyInformationPages(CaseFile file) {
        this.file = file;
    }

    @GetMapping("/arenden/{caseId}/akt" + PART)
    String page(@PathVariable String caseId, @AuthenticationPrincipal OidcUser user, Model model) {
        return show(caseId, user, model, Map.of(), Map.of());
    }

    @PostMapping("/arenden/{caseId}/akt" + PART)
    String review(@PathVariable String caseId, @RequestParam Map<String, String> typed,
                  @AuthenticationPrincipal OidcUser user, Model model, RedirectAttributes redirect) {
        return CaseFile.answered(file.services().put("plan", "/cases/{caseId}/emergency-information",
                        CaseFile.form(FORM, typed), caseId), "\"Information vid akutbesök\" är sparad.",
                CaseFile.fields(FORM), this::show, PART, caseId, typed, user, model, redirect);
    }

    private String show(String caseId, OidcUser user, Model model, Map<String, String> typed,
                        Map<String, String> errors) {
        JsonNode theCase = file.theCase(caseId);
        Answer current = file.services().get("plan", "/cases/{caseId}/emergency-information", caseId);
        boolean gone = current.status() == 410;
        boolean recorded = current.ok();
        if (!recorded && !gone && current.status() != 404) {
            throw new Refused(current);
        }
        Map<String, String> values = new LinkedHashMap<>();
        if (recorded) {
            FORM.forEach(field -> values.put(field, CaseFile.text(current.body().path("text"), field)));
            model.addAttribute("reviewedOn", CaseFile.text(current.body(), "reviewedOn"));
            model.addAttribute("reviewedBy", file.names(theCase).apply(CaseFile.text(current.body(), "reviewedBy")));
        }
        values.put("reviewedOn", Stockholm.today().toString());
        CaseFile.page(model, user, "Information vid akutbesök", caseId, theCase, CaseFile.typedOver(values, typed),
                errors, LABELS);
        model.addAttribute("gone", gone);
        model.addAttribute("recorded", recorded);
        return "akt/akutinformation";
    }
}
