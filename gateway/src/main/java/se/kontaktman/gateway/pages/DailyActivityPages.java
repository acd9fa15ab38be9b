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
 * Daglig verksamhet (L6): the place the client attends (daglig verksamhet, äldreverksamhet or
 * another), a new one following the old from its date, and the contact person's visits and
 * follow-ups there, each to the place attended on its day.
 */
@Controller
class DailyActivityPages {

    static final List<Option> KINDS = List.of(new Option("DAILY_ACTIVITY", "Daglig verksamhet"),
            new Option("ELDERLY_ACTIVITY", "Äldreverksamhet"), new Option("OTHER", "Annan verksamhet"));
    static final List<Option> VISIT_KINDS = List.of(new Option("VISIT", "Besök"),
            new Option("FOLLOW_UP", "Uppföljning"));

    /** A place the client attends or attended. */
    record Place(String since, String name, String kind, String contact, String phone, boolean current) {
    }

    /** A visit there. */
    record Visit(String visitedOn, String place, String kind, String notes, String loggedBy) {
    }

    private static final String PART = "/daglig-verksamhet";
    private static final List<String> PLACE = List.of("since", "name", "kind", "contact", "phone");
    private static final Map<String, String> LABELS = Map.of("since", "Från och med", "name", "Verksamhetens namn",
            "kind", "Slags verksamhet", "contact", "Kontaktperson där", "phone", "Telefon", "visitedOn", "Besöket var den",
            "visitKind", "Besök eller uppföljning", "notes", "Anteckningar");

    private final CaseFile file;

    DailyActivityPages(CaseFile file) {
        this.file = file;
    }

    @GetMapping("/arenden/{caseId}/akt" + PART)
    String page(@PathVariable String caseId, @AuthenticationPrincipal OidcUser user, Model model) {
        return show(caseId, user, model, Map.of(), Map.of());
    }

    @PostMapping("/arenden/{caseId}/akt" + PART)
    String attend(@PathVariable String caseId, @RequestParam Map<String, String> typed,
                  @AuthenticationPrincipal OidcUser user, Model model, RedirectAttributes redirect) {
        return CaseFile.answered(file.services().put("plan", "/cases/{caseId}/daily-activity", CaseFile.form(PLACE, typed),
                caseId), "Den dagliga verksamheten är registrerad.", CaseFile.fields(PLACE), this::show, PART, caseId,
                typed, user, model, redirect);
    }

    @PostMapping("/arenden/{caseId}/akt" + PART + "/besok")
    String visit(@PathVariable String caseId, @RequestParam Map<String, String> typed,
                 @AuthenticationPrincipal OidcUser user, Model model, RedirectAttributes redirect) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("visitedOn", Typed.blankToNull(typed.get("visitedOn")));
        body.put("kind", Typed.blankToNull(typed.get("visitKind")));
        body.put("notes", Typed.blankToNull(typed.get("notes")));
        return CaseFile.answered(file.services().post("plan", "/cases/{caseId}/daily-activity/visits", body, caseId),
                "Besöket är dokumenterat.", field -> field.equals("kind") ? "visitKind"
                        : field.equals("visitedOn") || field.equals("notes") ? field : "",
                this::show, PART, caseId, typed, user, model, redirect);
    }

    private String show(String caseId, OidcUser user, Model model, Map<String, String> typed,
                        Map<String, String> errors) {
        JsonNode theCase = file.theCase(caseId);
        Function<String, String> names = file.names(theCase);
        JsonNode activity = file.read(caseId, "/daily-activity");
        String current = activity.path("current").path("activityId").asString("");
        List<Place> places = new ArrayList<>();
        Map<String, String> placeNames = new LinkedHashMap<>();
        for (JsonNode place : activity.path("activities")) {
            JsonNode text = place.path("text");
            String id = place.path("activityId").asString();
            places.add(new Place(CaseFile.text(place, "since"), CaseFile.text(text, "name"),
                    CaseFile.words(KINDS, CaseFile.text(text, "kind")), CaseFile.text(text, "contact"),
                    CaseFile.text(text, "phone"), id.equals(current)));
            placeNames.put(id, CaseFile.text(text, "name"));
        }
        List<Visit> visits = new ArrayList<>();
        for (JsonNode visit : activity.path("visits")) {
            visits.add(new Visit(CaseFile.text(visit, "visitedOn"),
                    placeNames.getOrDefault(CaseFile.text(visit, "activityId"), ""),
                    CaseFile.words(VISIT_KINDS, CaseFile.text(visit.path("text"), "kind")),
                    CaseFile.text(visit.path("text"), "notes"), names.apply(CaseFile.text(visit, "loggedBy"))));
        }
        CaseFile.page(model, user, "Daglig verksamhet", caseId, theCase,
                CaseFile.typedOver(CaseFile.today("since", "visitedOn"), typed), errors, LABELS);
        model.addAttribute("places", places);
        model.addAttribute("visits", visits);
        model.addAttribute("kinds", KINDS);
        model.addAttribute("visitKinds", VISIT_KINDS);
        return "akt/daglig-verksamhet";
    }
}
