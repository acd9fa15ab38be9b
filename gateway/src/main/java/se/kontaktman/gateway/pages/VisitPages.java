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
 * The first home visit (H2): booked for one of the case's contact persons, then recorded as held,
 * with the "Jag är din kontaktman" sheet handed over. One page: the visits so far, the booking and
 * the record of a booked visit.
 */
@Controller
class VisitPages {

    /** A visit as the page lists it. */
    record Visit(String visitId, String bookedFor, String contactPerson, String heldOn, boolean sheetHandedOver) {
    }

    /** A contact person the visit may be booked for. */
    record ContactPerson(String staffId, String name) {
    }

    private static final Map<String, String> LABELS = Map.of("bookedFor", "Bokat till", "contactPersonStaffId",
            "Kontaktman", "heldOn", "Besöket gjordes den", "sheetHandedOver", "Bladet", "backdatingReason", "Skäl",
            "visitId", "Besöket");

    /** The fields of a booked visit's own form, which are on the page once per visit. */
    private static final List<String> VISIT_FIELDS = List.of("heldOn", "sheetHandedOver", "backdatingReason");

    private final ServiceClients services;

    VisitPages(ServiceClients services) {
        this.services = services;
    }

    @GetMapping("/arenden/{caseId}/hembesok")
    String visits(@PathVariable String caseId, @AuthenticationPrincipal OidcUser user, Model model) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("bookedFor", Stockholm.today().toString());
        values.put("heldOn", Stockholm.today().toString());
        values.put("sheetHandedOver", "true");
        return show(caseId, user, model, values, Map.of());
    }

    @PostMapping("/arenden/{caseId}/hembesok")
    String book(@PathVariable String caseId, @RequestParam Map<String, String> typed,
                @AuthenticationPrincipal OidcUser user, Model model, RedirectAttributes redirect) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("bookedFor", Typed.blankToNull(typed.get("bookedFor")));
        body.put("contactPersonStaffId", Typed.blankToNull(typed.get("contactPersonStaffId")));
        return answered(services.post("plan", "/cases/{caseId}/introduction-visits", body, caseId),
                "Hembesöket är bokat.", caseId, typed, user, model, redirect, "");
    }

    @PostMapping("/arenden/{caseId}/hembesok/{visitId}")
    String held(@PathVariable String caseId, @PathVariable String visitId, @RequestParam Map<String, String> typed,
                @AuthenticationPrincipal OidcUser user, Model model, RedirectAttributes redirect) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("heldOn", Typed.blankToNull(typed.get("heldOn")));
        body.put("attendingStaffIds", List.of());
        body.put("sheetHandedOver", typed.containsKey("sheetHandedOver"));
        body.put("backdatingReason", Typed.blankToNull(typed.get("backdatingReason")));
        return answered(services.post("plan", "/cases/{caseId}/introduction-visits/{visitId}/held", body, caseId,
                visitId), "Hembesöket är registrerat som gjort.", caseId, typed, user, model, redirect, "-" + visitId);
    }

    /** {@code ofVisit}: the suffix of the visit's own fields on the page (empty for the booking). */
    private String answered(Answer answer, String saved, String caseId, Map<String, String> typed, OidcUser user,
                            Model model, RedirectAttributes redirect, String ofVisit) {
        if (answer.ok()) {
            redirect.addFlashAttribute("saved", saved);
            return "redirect:/arenden/" + caseId;
        }
        Map<String, String> errors = new LinkedHashMap<>();
        Refused.byField(answer).forEach((field, text) -> errors.put(
                VISIT_FIELDS.contains(field) ? field + ofVisit : field, text));
        return show(caseId, user, model, typed, errors);
    }

    private String show(String caseId, OidcUser user, Model model, Map<String, String> values,
                        Map<String, String> errors) {
        JsonNode theCase = Refused.body(services.get("assignment", "/cases/{caseId}", caseId));
        JsonNode plan = Refused.body(services.get("plan", "/cases/{caseId}", caseId));
        List<ContactPerson> contactPersons = new ArrayList<>();
        for (String role : List.of("primary", "substitute")) {
            JsonNode person = theCase.path(role);
            if (person.has("staffId")) {
                contactPersons.add(new ContactPerson(person.path("staffId").asString(),
                        person.path("name").asString() + (role.equals("primary") ? " (ordinarie)" : " (ersättare)")));
            }
        }
        List<Visit> visits = new ArrayList<>();
        for (JsonNode visit : plan.path("introductionVisits")) {
            String staffId = visit.path("contactPersonStaffId").asString("");
            String name = contactPersons.stream().filter(p -> p.staffId().equals(staffId)).map(ContactPerson::name)
                    .findFirst().orElse(staffId);
            visits.add(new Visit(visit.path("visitId").asString(), visit.path("bookedFor").asString(""), name,
                    visit.path("heldOn").isNull() ? "" : visit.path("heldOn").asString(""),
                    visit.path("sheetHandedOver").asBoolean()));
        }
        StaffPages.page(model, user, "Första hembesöket");
        model.addAttribute("caseId", caseId);
        model.addAttribute("client", theCase.path("client").path("name").asString(""));
        model.addAttribute("contactPersons", contactPersons);
        model.addAttribute("visits", visits);
        model.addAttribute("values", values);
        model.addAttribute("errors", errors);
        model.addAttribute("summary", ErrorSummary.of(errors,
                field -> LABELS.getOrDefault(field.replaceFirst("-.*", ""), field)));
        return "hembesok";
    }
}
