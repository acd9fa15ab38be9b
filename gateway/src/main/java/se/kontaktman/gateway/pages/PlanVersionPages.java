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
 * A version of the genomförandeplan, read as it was written (versions are never changed), and in
 * LSS the work team's review of it (L2: "genomgång i arbetsgruppen").
 */
@Controller
class PlanVersionPages {

    private final ServiceClients services;

    PlanVersionPages(ServiceClients services) {
        this.services = services;
    }

    @GetMapping("/arenden/{caseId}/genomforandeplan/versioner/{version}")
    String version(@PathVariable String caseId, @PathVariable int version, @AuthenticationPrincipal OidcUser user,
                   Model model) {
        return show(caseId, version, Map.of("reviewedOn", Stockholm.today().toString()), Map.of(), user, model);
    }

    @PostMapping("/arenden/{caseId}/genomforandeplan/versioner/{version}/arbetsgrupp")
    String review(@PathVariable String caseId, @PathVariable int version, @RequestParam Map<String, String> typed,
                  @AuthenticationPrincipal OidcUser user, Model model, RedirectAttributes redirect) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("reviewedOn", Typed.blankToNull(typed.get("reviewedOn")));
        Answer answer = services.post("plan", "/cases/{caseId}/plan/versions/{version}/team-reviews", body, caseId,
                version);
        if (answer.ok()) {
            redirect.addFlashAttribute("saved", "Arbetsgruppens genomgång av version " + version + " är sparad.");
            return "redirect:/arenden/" + caseId;
        }
        return show(caseId, version, typed, ErrorSummary.inOrder(Refused.byField(answer),
                List.of("reviewedOn")), user, model);
    }

    private String show(String caseId, int version, Map<String, String> values, Map<String, String> errors,
                        OidcUser user, Model model) {
        JsonNode theCase = Refused.body(services.get("assignment", "/cases/{caseId}", caseId));
        JsonNode read = Refused.body(services.get("plan", "/cases/{caseId}/plan/versions/{version}", caseId, version));
        StaffPages.page(model, user, "Genomförandeplan, version " + version);
        model.addAttribute("caseId", caseId);
        model.addAttribute("client", theCase.path("client").path("name").asString(""));
        model.addAttribute("lss", "LSS".equals(theCase.path("careProfile").asString()));
        model.addAttribute("version", version);
        model.addAttribute("establishedOn", Typed.orEmpty(read.path("version").path("establishedOn")));
        model.addAttribute("establishedBy", StaffNames.of(theCase).name(read.path("version").path("establishedBy")));
        model.addAttribute("reviewedOn", Typed.orEmpty(read.path("version").path("reviewedByTeamOn")));
        model.addAttribute("plan", PlanForm.from(read.path("text"), Typed.orEmpty(read.path("version")
                .path("establishedOn"))));
        model.addAttribute("values", values);
        model.addAttribute("errors", errors);
        model.addAttribute("summary", ErrorSummary.of(errors, field -> "Genomgången den"));
        return "planversion";
    }
}
