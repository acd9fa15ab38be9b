package se.kontaktman.gateway.pages;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.kontaktman.gateway.ServiceClients;
import se.kontaktman.gateway.ServiceClients.Answer;
import tools.jackson.databind.JsonNode;

/**
 * Writing the genomförandeplan with the client (H3): the seed's form, sent to plan-service. A
 * refusal comes back to the same form with every field as typed and the rule's Swedish text next
 * to the field it names; the page's script keeps a draft in the browser until the plan is sent.
 */
@Controller
class PlanPage {

    private final ServiceClients services;

    PlanPage(ServiceClients services) {
        this.services = services;
    }

    /** A version of the plan as the pages list it; {@code reviewedOn} empty until the work team has gone through it (L2). */
    record VersionRow(int version, String establishedOn, int interventions, String reviewedOn) {
    }

    /** The first plan on an empty form; a revision on the form filled from the current version. */
    @GetMapping("/arenden/{caseId}/genomforandeplan")
    String form(@PathVariable String caseId, @AuthenticationPrincipal OidcUser user, Model model) {
        return show(caseId, current(services, caseId), Map.of(), user, model);
    }

    /** The form for the next version, dated today: filled from the current version where there is one. */
    static PlanForm current(ServiceClients services, String caseId) {
        String today = Stockholm.today().toString();
        Answer plan = services.get("plan", "/cases/{caseId}/plan", caseId);
        if (plan.status() == 404) {
            PlanForm form = new PlanForm();
            form.setEstablishedOn(today);
            return form;
        }
        return PlanForm.from(Refused.body(plan).path("text"), today);
    }

    /** The plan's versions from plan-service's case status ({@code GET /cases/{caseId}}). */
    static List<VersionRow> versions(JsonNode status) {
        List<VersionRow> rows = new ArrayList<>();
        for (JsonNode version : status.path("planVersions")) {
            rows.add(new VersionRow(version.path("version").asInt(), Typed.orEmpty(version.path("establishedOn")),
                    version.path("interventionCount").asInt(), Typed.orEmpty(version.path("reviewedByTeamOn"))));
        }
        return rows;
    }

    @PostMapping(value = "/arenden/{caseId}/genomforandeplan", params = "addIntervention")
    String addIntervention(@PathVariable String caseId, @ModelAttribute PlanForm form,
                           @AuthenticationPrincipal OidcUser user, Model model) {
        form.getInterventions().add(new PlanForm.Intervention());
        model.addAttribute("focusNew", true);
        return show(caseId, form, Map.of(), user, model);
    }

    @PostMapping(value = "/arenden/{caseId}/genomforandeplan", params = "removeIntervention")
    String removeIntervention(@PathVariable String caseId, @ModelAttribute PlanForm form,
                              @RequestParam int removeIntervention, @AuthenticationPrincipal OidcUser user,
                              Model model) {
        form.removeIntervention(removeIntervention);
        return show(caseId, form, Map.of(), user, model);
    }

    @PostMapping("/arenden/{caseId}/genomforandeplan")
    String send(@PathVariable String caseId, @ModelAttribute PlanForm form, @AuthenticationPrincipal OidcUser user,
                Model model, RedirectAttributes redirect) {
        Answer answer = services.post("plan", "/cases/{caseId}/plan/versions", form.json(), caseId);
        if (answer.ok()) {
            redirect.addFlashAttribute("saved", "Genomförandeplanen är sparad som version "
                    + answer.body().path("version").asInt() + ".");
            return "redirect:/arenden/" + caseId;
        }
        return show(caseId, form, inFormOrder(form, Refused.byField(answer)), user, model);
    }

    /** The errors in the order of the form's fields, so the summary reads as the form does. */
    static Map<String, String> inFormOrder(PlanForm form, Map<String, String> errors) {
        return ErrorSummary.inOrder(errors, form.fieldOrder(""));
    }

    private static final Map<String, String> LABELS = Map.of("establishedOn", "Upprättades den", "place", "Plats",
            "placeDescription", "Plats, om annan", "participants", "Vilka var med",
            "clientParticipation", "Hur brukaren deltog", "wishes", "Brukarens önskemål", "interventions", "Insatser");
    private static final Map<String, String> PARTS = Map.of("what", "vad", "how", "hur", "when", "när",
            "responsible", "vem", "goal", "mål");

    /** "Insats 1, hur" for {@code interventions[0].how}; the form's own label for the rest. */
    static String label(String field) {
        return ErrorSummary.label(field, "interventions", "Insats", PARTS, LABELS);
    }

    private String show(String caseId, PlanForm form, Map<String, String> errors, OidcUser user, Model model) {
        JsonNode theCase = Refused.body(services.get("assignment", "/cases/{caseId}", caseId));
        // A case plan-service has not heard opened yet has no versions: sending the plan then says why.
        Answer status = services.get("plan", "/cases/{caseId}", caseId);
        List<VersionRow> versions = status.ok() ? versions(status.body()) : List.of();
        StaffPages.page(model, user, "Genomförandeplan");
        model.addAttribute("versions", versions);
        model.addAttribute("current", versions.size());
        model.addAttribute("lss", "LSS".equals(theCase.path("careProfile").asString()));
        model.addAttribute("caseId", caseId);
        model.addAttribute("client", theCase.path("client").path("name").asString(""));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("summary", ErrorSummary.of(errors, PlanPage::label));
        model.addAttribute("focusNew", model.containsAttribute("focusNew"));
        return "genomforandeplan";
    }
}
