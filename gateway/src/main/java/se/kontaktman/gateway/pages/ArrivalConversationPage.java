package se.kontaktman.gateway.pages;

import java.util.ArrayList;
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
 * The ankomstsamtal (L1, seed 001) with the client and/or relatives, topic by topic, held once;
 * once held, the page shows what was said.
 */
@Controller
class ArrivalConversationPage {

    /** A topic of the conversation: its field and the seed's words for it. */
    record Topic(String field, String label) {
    }

    static final List<Topic> TOPICS = List.of(
            new Topic("needs", "Individuella behov och önskemål"),
            new Topic("relativesRole", "Närståendes roll och delaktighet"),
            new Topic("reachingEachOther", "Var och när man når varandra"),
            new Topic("earlierRoutines", "Genomgång av tidigare rutiner"),
            new Topic("materialHandedOver", "Broschyr och material från boende och förvaltning som lämnats över"),
            new Topic("lifeStory", "Levnadshistoria"));

    private final ServiceClients services;

    ArrivalConversationPage(ServiceClients services) {
        this.services = services;
    }

    @GetMapping("/arenden/{caseId}/ankomstsamtal")
    String form(@PathVariable String caseId, @AuthenticationPrincipal OidcUser user, Model model) {
        return show(caseId, Map.of("heldOn", Stockholm.today().toString()), Map.of(), user, model);
    }

    @PostMapping("/arenden/{caseId}/ankomstsamtal")
    String record(@PathVariable String caseId, @RequestParam Map<String, String> typed,
                  @AuthenticationPrincipal OidcUser user, Model model, RedirectAttributes redirect) {
        Answer answer = services.post("plan", "/cases/{caseId}/arrival-conversation", body(typed), caseId);
        if (answer.ok()) {
            redirect.addFlashAttribute("saved", "Ankomstsamtalet är sparat.");
            return "redirect:/arenden/" + caseId;
        }
        Map<String, String> errors = new LinkedHashMap<>();
        Refused.byField(answer).forEach((field, text) -> errors.putIfAbsent(field, field.equals("aboutSomething")
                ? "Skriv om minst ett av samtalets ämnen." : text));
        return show(caseId, typed, ErrorSummary.inOrder(errors, fields()), user, model);
    }

    static Map<String, Object> body(Map<String, String> typed) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("heldOn", Typed.blankToNull(typed.get("heldOn")));
        body.put("participants", PlanForm.participants(typed.get("participants")));
        TOPICS.forEach(topic -> body.put(topic.field(), Typed.blankToNull(typed.get(topic.field()))));
        return body;
    }

    private static List<String> fields() {
        List<String> fields = new ArrayList<>(List.of("heldOn", "participants"));
        TOPICS.forEach(topic -> fields.add(topic.field()));
        return fields;
    }

    private static String label(String field) {
        return switch (field) {
            case "heldOn" -> "Samtalet hölls den";
            case "participants" -> "Vilka var med";
            default -> TOPICS.stream().filter(topic -> topic.field().equals(field)).map(Topic::label).findFirst()
                    .orElse(field);
        };
    }

    private String show(String caseId, Map<String, String> values, Map<String, String> errors, OidcUser user,
                        Model model) {
        JsonNode theCase = Refused.body(services.get("assignment", "/cases/{caseId}", caseId));
        JsonNode status = Refused.body(services.get("plan", "/cases/{caseId}", caseId));
        Map<String, String> held = new LinkedHashMap<>();
        if (status.path("arrivalConversation").isObject()) {
            JsonNode text = Refused.body(services.get("plan", "/cases/{caseId}/arrival-conversation", caseId));
            held.put("heldOn", Typed.orEmpty(text.path("heldOn")));
            held.put("participants", PlanForm.participantLines(text.path("participants")).replace("\n", ", "));
            TOPICS.forEach(topic -> held.put(topic.field(), Typed.orEmpty(text.path(topic.field()))));
        }
        StaffPages.page(model, user, "Ankomstsamtal");
        model.addAttribute("caseId", caseId);
        model.addAttribute("client", theCase.path("client").path("name").asString(""));
        model.addAttribute("topics", TOPICS);
        model.addAttribute("held", held);
        model.addAttribute("values", values);
        model.addAttribute("errors", errors);
        model.addAttribute("summary", ErrorSummary.of(errors, ArrivalConversationPage::label));
        return "ankomstsamtal";
    }
}
