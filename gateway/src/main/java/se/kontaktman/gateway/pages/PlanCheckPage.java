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
import se.kontaktman.gateway.ServiceClients;
import se.kontaktman.gateway.ServiceClients.Answer;
import tools.jackson.databind.JsonNode;

/**
 * Home care's check in April/May and October/November (H5): the plan "kontrolleras för att se att
 * de är aktuella samt boka tid för uppföljning".
 */
@Controller
class PlanCheckPage {

    private static final List<String> FIELDS = List.of("checkedOn", "planCurrent", "followUpBookedFor");
    private static final Map<String, String> LABELS = Map.of("checkedOn", "Kontrollerad den", "planCurrent",
            "Är planen aktuell", "followUpBookedFor", "Uppföljning bokad till");

    private final ServiceClients services;

    PlanCheckPage(ServiceClients services) {
        this.services = services;
    }

    @GetMapping("/arenden/{caseId}/kontroll")
    String form(@PathVariable String caseId, @AuthenticationPrincipal OidcUser user, Model model) {
        return show(caseId, Map.of("checkedOn", Stockholm.today().toString(), "planCurrent", "true"), Map.of(), user,
                model);
    }

    @PostMapping("/arenden/{caseId}/kontroll")
    String check(@PathVariable String caseId, @RequestParam Map<String, String> typed,
                 @AuthenticationPrincipal OidcUser user, Model model, RedirectAttributes redirect) {
        Answer answer = services.post("plan", "/cases/{caseId}/plan-checks", body(typed), caseId);
        if (answer.ok()) {
            redirect.addFlashAttribute("saved", "Kontrollen är sparad och uppföljningen bokad till "
                    + answer.body().path("followUpBookedFor").asString("") + ".");
            return "redirect:/arenden/" + caseId;
        }
        return show(caseId, typed, ErrorSummary.inOrder(Refused.byField(answer), FIELDS), user, model);
    }

    static Map<String, Object> body(Map<String, String> typed) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("checkedOn", Typed.blankToNull(typed.get("checkedOn")));
        String current = Typed.blankToNull(typed.get("planCurrent"));
        body.put("planCurrent", current == null ? null : Boolean.valueOf(current));
        body.put("followUpBookedFor", Typed.blankToNull(typed.get("followUpBookedFor")));
        return body;
    }

    private String show(String caseId, Map<String, String> values, Map<String, String> errors, OidcUser user,
                        Model model) {
        JsonNode theCase = Refused.body(services.get("assignment", "/cases/{caseId}", caseId));
        StaffPages.page(model, user, "Kontroll av genomförandeplanen");
        model.addAttribute("caseId", caseId);
        model.addAttribute("client", theCase.path("client").path("name").asString(""));
        model.addAttribute("values", values);
        model.addAttribute("errors", errors);
        model.addAttribute("summary", ErrorSummary.of(errors, field -> LABELS.getOrDefault(field, field)));
        return "kontroll";
    }
}
