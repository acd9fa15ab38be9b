package se.kontaktman.gateway.pages;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
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
 * Following the genomförandeplan up with the client (H4: scheduled, or "på grund av omfattande
 * förändring"), and in LSS the genomförandeplansmöte (L3), which is recorded the same way: one
 * page each, with what was recorded before. A revised plan is written on the plan's own form,
 * filled from the current version, and goes with the follow-up in one command.
 */
@Controller
class FollowUpPages {

    /** A follow-up or plan meeting recorded before. Texts are empty for a plan meeting, whose participants are not read back. */
    record Earlier(String date, String kind, String outcome, int planVersion, String participants,
                   String clientParticipation, String notes, String signedBy) {
    }

    private static final Map<String, String> LABELS = Map.of("date", "Datum", "kind", "Slag av uppföljning",
            "outcome", "Resultat", "participants", "Vilka var med", "clientParticipation", "Hur brukaren deltog",
            "notes", "Anteckningar");

    private final ServiceClients services;

    FollowUpPages(ServiceClients services) {
        this.services = services;
    }

    @GetMapping("/arenden/{caseId}/uppfoljning")
    String followUp(@PathVariable String caseId, @AuthenticationPrincipal OidcUser user, Model model) {
        return show(caseId, false, fresh(caseId), Map.of(), user, model);
    }

    @GetMapping("/arenden/{caseId}/planmote")
    String meeting(@PathVariable String caseId, @AuthenticationPrincipal OidcUser user, Model model) {
        return show(caseId, true, fresh(caseId), Map.of(), user, model);
    }

    @PostMapping(value = {"/arenden/{caseId}/uppfoljning", "/arenden/{caseId}/planmote"}, params = "addIntervention")
    String addIntervention(@PathVariable String caseId, @ModelAttribute("form") FollowUpForm form,
                           HttpServletRequest request, @AuthenticationPrincipal OidcUser user,
                           Model model) {
        form.getRevision().getInterventions().add(new PlanForm.Intervention());
        model.addAttribute("focusNew", true);
        return show(caseId, request.getRequestURI().endsWith("/planmote"), form, Map.of(), user, model);
    }

    @PostMapping(value = {"/arenden/{caseId}/uppfoljning", "/arenden/{caseId}/planmote"},
            params = "removeIntervention")
    String removeIntervention(@PathVariable String caseId, @ModelAttribute("form") FollowUpForm form,
                              @RequestParam int removeIntervention, HttpServletRequest request,
                              @AuthenticationPrincipal OidcUser user, Model model) {
        form.getRevision().removeIntervention(removeIntervention);
        return show(caseId, request.getRequestURI().endsWith("/planmote"), form, Map.of(), user, model);
    }

    @PostMapping("/arenden/{caseId}/uppfoljning")
    String recordFollowUp(@PathVariable String caseId, @ModelAttribute("form") FollowUpForm form,
                          @AuthenticationPrincipal OidcUser user, Model model, RedirectAttributes redirect) {
        return record(caseId, false, form, user, model, redirect);
    }

    @PostMapping("/arenden/{caseId}/planmote")
    String recordMeeting(@PathVariable String caseId, @ModelAttribute("form") FollowUpForm form,
                         @AuthenticationPrincipal OidcUser user, Model model, RedirectAttributes redirect) {
        return record(caseId, true, form, user, model, redirect);
    }

    private String record(String caseId, boolean meeting, FollowUpForm form, OidcUser user, Model model,
                          RedirectAttributes redirect) {
        Answer answer = services.post("plan", meeting ? "/cases/{caseId}/plan-meetings" : "/cases/{caseId}/follow-ups",
                form.json(meeting), caseId);
        if (answer.ok()) {
            String what = meeting ? "Genomförandeplansmötet är sparat" : "Uppföljningen är sparad";
            redirect.addFlashAttribute("saved", FollowUpForm.REVISED.equals(form.getOutcome())
                    ? what + ", med genomförandeplanen som version " + answer.body().path("planVersion").asInt() + "."
                    : what + ".");
            return "redirect:/arenden/" + caseId;
        }
        return show(caseId, meeting, form, form.errors(Refused.byField(answer), meeting), user, model);
    }

    /** Today's follow-up, its revision filled from the current version. */
    private FollowUpForm fresh(String caseId) {
        FollowUpForm form = new FollowUpForm();
        form.setDate(Stockholm.today().toString());
        form.setRevision(PlanPage.current(services, caseId));
        return form;
    }

    static String label(String field) {
        return field.startsWith("revision.") ? "Ny version, " + PlanPage.label(field.substring("revision.".length()))
                : LABELS.getOrDefault(field, field);
    }

    private String show(String caseId, boolean meeting, FollowUpForm form, Map<String, String> errors, OidcUser user,
                        Model model) {
        JsonNode theCase = Refused.body(services.get("assignment", "/cases/{caseId}", caseId));
        StaffNames staff = StaffNames.of(theCase);
        List<Earlier> earlier = new ArrayList<>();
        if (meeting) {
            for (JsonNode held : Refused.body(services.get("plan", "/cases/{caseId}", caseId)).path("planMeetings")) {
                earlier.add(new Earlier(Typed.orEmpty(held.path("heldOn")), "", outcome(held.path("outcome")),
                        held.path("planVersion").asInt(), "", "", "", staff.name(held.path("heldBy"))));
            }
        } else {
            for (JsonNode recorded : Refused.body(services.get("plan", "/cases/{caseId}/follow-ups", caseId))) {
                JsonNode followUp = recorded.path("followUp");
                JsonNode text = recorded.path("text");
                earlier.add(new Earlier(Typed.orEmpty(followUp.path("followedUpOn")),
                        "EXTENSIVE_CHANGE".equals(followUp.path("kind").asString(""))
                                ? "På grund av omfattande förändring" : "Planerad",
                        outcome(followUp.path("outcome")), followUp.path("planVersion").asInt(),
                        PlanForm.participantLines(text.path("participants")).replace("\n", ", "),
                        Typed.orEmpty(text.path("clientParticipation")), Typed.orEmpty(text.path("notes")),
                        staff.name(followUp.path("signedBy"))));
            }
        }
        StaffPages.page(model, user, meeting ? "Genomförandeplansmöte" : "Uppföljning av genomförandeplanen");
        model.addAttribute("caseId", caseId);
        model.addAttribute("client", theCase.path("client").path("name").asString(""));
        model.addAttribute("meeting", meeting);
        model.addAttribute("action", meeting ? "planmote" : "uppfoljning");
        model.addAttribute("form", form);
        model.addAttribute("earlier", earlier);
        model.addAttribute("errors", errors);
        model.addAttribute("summary", ErrorSummary.of(errors, FollowUpPages::label));
        model.addAttribute("focusNew", model.containsAttribute("focusNew"));
        return "uppfoljning";
    }

    private static String outcome(JsonNode outcome) {
        return FollowUpForm.REVISED.equals(outcome.asString("")) ? "Planen reviderades" : "Planen är aktuell";
    }
}
