package se.kontaktman.gateway.pages;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
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

    @GetMapping("/arenden/{caseId}/genomforandeplan")
    String form(@PathVariable String caseId, @AuthenticationPrincipal OidcUser user, Model model) {
        PlanForm form = new PlanForm();
        form.setEstablishedOn(Stockholm.today().toString());
        return show(caseId, form, Map.of(), user, model);
    }

    @PostMapping(value = "/arenden/{caseId}/genomforandeplan", params = "addIntervention")
    String addIntervention(@PathVariable String caseId, @ModelAttribute PlanForm form,
                           @AuthenticationPrincipal OidcUser user, Model model) {
        form.getInterventions().add(new PlanForm.Intervention());
        model.addAttribute("focusNew", true);
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
        if (answer.status() == 401 || answer.body() == null) {
            throw new Refused(answer);
        }
        return show(caseId, form, inFormOrder(form, Refused.byField(answer.body())), user, model);
    }

    /** The errors in the order of the form's fields, so the summary reads as the form does; a participant's is the list's. */
    static Map<String, String> inFormOrder(PlanForm form, Map<String, String> errors) {
        Map<String, String> byField = new LinkedHashMap<>();
        // A participant's error is the list's; the interventions' as a whole is shown at the first one.
        errors.forEach((field, text) -> byField.putIfAbsent(field.startsWith("participants") ? "participants"
                : field.equals("interventions") ? "interventions[0].what" : field, text));
        List<String> order = new ArrayList<>(List.of("", "establishedOn", "place", "placeDescription", "participants",
                "clientParticipation", "wishes", "interventions"));
        for (int i = 0; i < form.getInterventions().size(); i++) {
            for (String part : List.of("what", "how", "when", "responsible", "goal")) {
                order.add("interventions[" + i + "]." + part);
            }
        }
        Map<String, String> ordered = new LinkedHashMap<>();
        order.stream().filter(byField::containsKey).forEach(field -> ordered.put(field, byField.get(field)));
        byField.forEach(ordered::putIfAbsent);
        return ordered;
    }

    private static final Map<String, String> LABELS = Map.of("establishedOn", "Upprättades den", "place", "Plats",
            "placeDescription", "Plats, om annan", "participants", "Vilka var med",
            "clientParticipation", "Hur brukaren deltog", "wishes", "Brukarens önskemål", "interventions", "Insatser");
    private static final Map<String, String> PARTS = Map.of("what", "vad", "how", "hur", "when", "när",
            "responsible", "vem", "goal", "mål");

    /** "Insats 1, hur" for {@code interventions[0].how}; the form's own label for the rest. */
    static String label(String field) {
        if (field.startsWith("interventions[")) {
            int index = Integer.parseInt(field.substring("interventions[".length(), field.indexOf(']')));
            String part = field.substring(field.indexOf("].") + 2);
            return "Insats " + (index + 1) + ", " + PARTS.getOrDefault(part, part);
        }
        return LABELS.getOrDefault(field, field);
    }

    private String show(String caseId, PlanForm form, Map<String, String> errors, OidcUser user, Model model) {
        JsonNode theCase = Refused.body(services.get("assignment", "/cases/{caseId}", caseId));
        StaffPages.page(model, user, "Genomförandeplan");
        model.addAttribute("caseId", caseId);
        model.addAttribute("client", theCase.path("client").path("name").asString(""));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("summary", ErrorSummary.of(errors, PlanPage::label));
        model.addAttribute("focusNew", model.containsAttribute("focusNew"));
        return "genomforandeplan";
    }
}
