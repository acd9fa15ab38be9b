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
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.kontaktman.gateway.ServiceClients;
import se.kontaktman.gateway.ServiceClients.Answer;
import tools.jackson.databind.JsonNode;

/**
 * "Viktigt att tänka på vid planering" (H6): the contact person hands a note over to the planner;
 * the planner finds the group's notes not yet acknowledged on "Planering" and acknowledges each
 * with their own notes (only a planner may: {@code H6-planner-acknowledges}).
 */
@Controller
class PlanningNotePages {

    /** A note as the pages show it. */
    record Note(String caseId, String client, String noteId, String handedOverOn, String handedOverBy,
                String specialWishes, List<String> timeAdjustments, boolean newInterventionsNeeded,
                String newInterventionsDescription, String acknowledgedOn, String plannerNotes) {
    }

    /** A note waiting for the planner, as "Planering" lists it: what it is about, not its text. */
    record Waiting(String caseId, String client, String noteId, String handedOverOn, List<String> subjects) {
    }

    private static final Map<String, String> LABELS = Map.of("handedOverOn", "Lämnad den", "specialWishes",
            "Särskilda önskemål", "newInterventionsNeeded", "Nya insatser", "newInterventionsDescription",
            "Vilka nya insatser", "acknowledgedOn", "Kvitterad den", "plannerNotes", "Planerarens anteckningar");
    private static final Map<String, String> PARTS = Map.of("intervention", "insats", "direction", "öka eller minska",
            "minutes", "minuter", "reason", "skäl");

    private final ServiceClients services;

    PlanningNotePages(ServiceClients services) {
        this.services = services;
    }

    @GetMapping("/arenden/{caseId}/planeringsanteckning")
    String form(@PathVariable String caseId, @AuthenticationPrincipal OidcUser user, Model model) {
        PlanningNoteForm form = new PlanningNoteForm();
        form.setHandedOverOn(Stockholm.today().toString());
        return show(caseId, form, Map.of(), user, model);
    }

    @PostMapping(value = "/arenden/{caseId}/planeringsanteckning", params = "addRow")
    String addRow(@PathVariable String caseId, @ModelAttribute("form") PlanningNoteForm form,
                  @AuthenticationPrincipal OidcUser user, Model model) {
        form.getTimeAdjustments().add(new PlanningNoteForm.TimeAdjustment());
        model.addAttribute("focusNew", true);
        return show(caseId, form, Map.of(), user, model);
    }

    @PostMapping("/arenden/{caseId}/planeringsanteckning")
    String handOver(@PathVariable String caseId, @ModelAttribute("form") PlanningNoteForm form,
                    @AuthenticationPrincipal OidcUser user, Model model, RedirectAttributes redirect) {
        Answer answer = services.post("plan", "/cases/{caseId}/planning-notes", form.json(), caseId);
        if (answer.ok()) {
            redirect.addFlashAttribute("saved", "Anteckningen är lämnad till planeraren.");
            return "redirect:/arenden/" + caseId;
        }
        return show(caseId, form, form.errors(Refused.byField(answer)), user, model);
    }

    @GetMapping("/planering/anteckningar/{caseId}/{noteId}")
    String toAcknowledge(@PathVariable String caseId, @PathVariable String noteId,
                         @AuthenticationPrincipal OidcUser user, Model model) {
        return showAcknowledgement(caseId, noteId, Map.of("acknowledgedOn", Stockholm.today().toString()), Map.of(),
                user, model);
    }

    @PostMapping("/planering/anteckningar/{caseId}/{noteId}")
    String acknowledge(@PathVariable String caseId, @PathVariable String noteId,
                       @RequestParam Map<String, String> typed, @AuthenticationPrincipal OidcUser user, Model model,
                       RedirectAttributes redirect) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("acknowledgedOn", Typed.blankToNull(typed.get("acknowledgedOn")));
        body.put("plannerNotes", Typed.blankToNull(typed.get("plannerNotes")));
        Answer answer = services.post("plan", "/cases/{caseId}/planning-notes/{noteId}/acknowledgement", body,
                caseId, noteId);
        if (answer.ok()) {
            redirect.addFlashAttribute("saved", "Anteckningen är kvitterad.");
            return "redirect:/planering";
        }
        return showAcknowledgement(caseId, noteId, typed, ErrorSummary.inOrder(Refused.byField(answer),
                List.of("acknowledgedOn", "plannerNotes")), user, model);
    }

    /**
     * The group's notes not yet acknowledged, for "Planering": each open case's status says which
     * notes are; only their cases' notes are read (and so recorded in the audit of reads).
     */
    /**
     * The group's notes not yet acknowledged, from each case's status (dates and what a note asks
     * for, no text): the text is read, and its read recorded, when the planner opens the note.
     */
    static List<Waiting> unacknowledged(ServiceClients services, List<PlannerPages.GroupCase> cases) {
        List<Waiting> waiting = new ArrayList<>();
        for (PlannerPages.GroupCase groupCase : cases) {
            Answer status = services.get("plan", "/cases/{caseId}", groupCase.caseId());
            if (!status.ok()) {
                continue;
            }
            for (JsonNode note : status.body().path("planningNotes")) {
                if (Typed.text(note.path("acknowledgedOn")) == null) {
                    List<String> subjects = new ArrayList<>();
                    if (note.path("timeAdjustmentRequested").asBoolean()) {
                        subjects.add("Ändrad tid");
                    }
                    if (note.path("newInterventionsRequested").asBoolean()) {
                        subjects.add("Nya insatser");
                    }
                    if (subjects.isEmpty()) {
                        subjects.add("Särskilda önskemål");
                    }
                    waiting.add(new Waiting(groupCase.caseId(), groupCase.name(), note.path("noteId").asString(),
                            Typed.orEmpty(note.path("handedOverOn")), subjects));
                }
            }
        }
        return waiting;
    }

    /** A case's notes, each with the planner's answer. */
    static List<Note> notes(ServiceClients services, String caseId, String client, StaffNames staff) {
        List<Note> notes = new ArrayList<>();
        for (JsonNode given : Refused.body(services.get("plan", "/cases/{caseId}/planning-notes", caseId))) {
            JsonNode note = given.path("note");
            JsonNode text = given.path("text");
            List<String> adjustments = new ArrayList<>();
            for (JsonNode adjustment : text.path("timeAdjustments")) {
                adjustments.add(adjustment.path("intervention").asString("") + ": "
                        + ("DECREASE".equals(adjustment.path("direction").asString("")) ? "minska" : "öka")
                        + (Typed.text(adjustment.path("minutes")) == null ? ""
                        : " med " + adjustment.path("minutes").asInt() + " minuter")
                        + (Typed.text(adjustment.path("reason")) == null ? ""
                        : " (" + adjustment.path("reason").asString() + ")"));
            }
            String by = Typed.orEmpty(note.path("handedOverBy"));
            notes.add(new Note(caseId, client, note.path("noteId").asString(), Typed.orEmpty(note.path("handedOverOn")),
                    staff == null ? by : staff.name(note.path("handedOverBy")), Typed.orEmpty(text.path("specialWishes")),
                    adjustments, text.path("newInterventionsNeeded").asBoolean(),
                    Typed.orEmpty(text.path("newInterventionsDescription")), Typed.orEmpty(note.path("acknowledgedOn")),
                    Typed.orEmpty(given.path("acknowledgement").path("plannerNotes"))));
        }
        return notes;
    }

    static String label(String field) {
        return ErrorSummary.label(field, "timeAdjustments", "Ändrad tid", PARTS, LABELS);
    }

    private String show(String caseId, PlanningNoteForm form, Map<String, String> errors, OidcUser user,
                        Model model) {
        JsonNode theCase = Refused.body(services.get("assignment", "/cases/{caseId}", caseId));
        String client = theCase.path("client").path("name").asString("");
        StaffPages.page(model, user, "Viktigt att tänka på vid planering");
        model.addAttribute("caseId", caseId);
        model.addAttribute("client", client);
        model.addAttribute("form", form);
        model.addAttribute("focusNew", model.containsAttribute("focusNew"));
        model.addAttribute("notes", notes(services, caseId, client, StaffNames.of(theCase)));
        model.addAttribute("errors", errors);
        model.addAttribute("summary", ErrorSummary.of(errors, PlanningNotePages::label));
        return "planeringsanteckning";
    }

    private String showAcknowledgement(String caseId, String noteId, Map<String, String> values,
                                       Map<String, String> errors, OidcUser user, Model model) {
        JsonNode theCase = Refused.body(services.get("assignment", "/cases/{caseId}", caseId));
        String client = theCase.path("client").path("name").asString("");
        Note note = notes(services, caseId, client, StaffNames.of(theCase)).stream()
                .filter(given -> given.noteId().equals(noteId)).findFirst()
                .orElseThrow(() -> new Refused(new Answer(404, null)));
        StaffPages.page(model, user, "Kvittera anteckning");
        model.addAttribute("caseId", caseId);
        model.addAttribute("client", client);
        model.addAttribute("note", note);
        model.addAttribute("values", values);
        model.addAttribute("errors", errors);
        model.addAttribute("summary", ErrorSummary.of(errors, PlanningNotePages::label));
        return "kvittera";
    }
}
