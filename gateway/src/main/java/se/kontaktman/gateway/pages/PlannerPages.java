package se.kontaktman.gateway.pages;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Comparator;
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
 * The planner's pages: the group's cases and which lack a contact person (H1), opening a case,
 * and appointing the ordinarie and the ersättare. The services decide who may; a refusal is shown
 * by its field with everything as typed.
 */
@Controller
class PlannerPages {

    /** A row of the group's cases. */
    record GroupCase(String caseId, String name, String careProfile, String primary, String substitute,
                     boolean incomplete) {
    }

    /** What is due or late in one of the group's cases. */
    record GroupDeadline(String caseId, String name, StaffPages.Deadline deadline) {
    }

    /** A care-staff member who may be appointed. */
    record CareStaff(String staffId, String name) {
    }

    private static final Map<String, String> NEW_CASE_LABELS = Map.of("personnummer", "Personnummer",
            "name", "Namn", "careProfile", "Insatsform", "startDate", "Startdatum");
    private static final Map<String, String> APPOINT_LABELS = Map.of("primaryStaffId", "Ordinarie kontaktman",
            "substituteStaffId", "Ersättare", "effectiveFrom", "Gäller från", "backdatingReason", "Skäl");

    private final ServiceClients services;

    PlannerPages(ServiceClients services) {
        this.services = services;
    }

    @GetMapping("/planering")
    String group(@AuthenticationPrincipal OidcUser user, Model model) {
        String group = groupOf(user);
        List<GroupCase> rows = rows(Refused.body(services.get("assignment", "/cases?staffGroupId={group}", group)));
        Map<String, String> names = new LinkedHashMap<>();
        rows.forEach(row -> names.put(row.caseId(), row.name()));
        List<CareStaff> careStaff = careStaff(services, group);
        Map<String, String> staffNames = new HashMap<>();
        careStaff.forEach(member -> staffNames.put(member.staffId(), member.name()));
        List<GroupDeadline> deadlines = new ArrayList<>();
        for (JsonNode deadline : Refused.body(services.get("reminder", "/deadlines?staffGroupId={group}", group))) {
            if (StaffPages.open(deadline) && names.containsKey(deadline.path("caseId").asString())) {
                deadlines.add(new GroupDeadline(deadline.path("caseId").asString(),
                        names.get(deadline.path("caseId").asString()), StaffPages.deadline(deadline,
                        id -> staffNames.getOrDefault(id, id))));
            }
        }
        deadlines.sort(Comparator.comparing((GroupDeadline d) -> !d.deadline().late())
                .thenComparing(d -> d.deadline().dueOn()));
        StaffPages.page(model, user, "Planering");
        model.addAttribute("planning", true);
        model.addAttribute("deadlines", deadlines);
        model.addAttribute("groupName", Refused.body(services.get("assignment", "/staff-groups/{group}", group))
                .path("name").asString(group));
        model.addAttribute("cases", rows);
        model.addAttribute("notes", PlanningNotePages.unacknowledged(services, rows));
        model.addAttribute("contactPersons", careStaff);
        model.addAttribute("lacking", rows.stream().filter(GroupCase::incomplete).count());
        return "planering";
    }

    /** A group's open cases, those lacking a contact person first. */
    static List<GroupCase> rows(JsonNode cases) {
        List<GroupCase> rows = new ArrayList<>();
        for (JsonNode summary : cases) {
            rows.add(new GroupCase(summary.path("caseId").asString(), summary.path("clientName").asString(),
                    careProfile(summary.path("careProfile").asString()),
                    summary.path("primary").path("name").asString("Saknas"),
                    summary.path("substitute").path("name").asString("Saknas"),
                    summary.path("incomplete").asBoolean()));
        }
        rows.sort((a, b) -> Boolean.compare(b.incomplete(), a.incomplete()));
        return rows;
    }

    @GetMapping("/arenden/nytt")
    String newCase(@AuthenticationPrincipal OidcUser user, Model model) {
        // The form only a planner can send is not offered to others (assignment-service decides again).
        List<String> roles = user.getClaimAsStringList("roles");
        if (roles == null || !roles.contains("PLANNER")) {
            throw new Refused(new ServiceClients.Answer(403, null), Swedish.refusal("H1-planner-opens-cases-of-the-group", ""));
        }
        return showNewCase(user, model, Map.of("careProfile", "HOME_CARE", "startDate", Stockholm.today().toString()),
                Map.of());
    }

    @PostMapping("/arenden/nytt")
    String openCase(@AuthenticationPrincipal OidcUser user, @RequestParam Map<String, String> typed, Model model) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("personnummer", typed.getOrDefault("personnummer", "").strip());
        body.put("name", typed.getOrDefault("name", "").strip());
        body.put("staffGroupId", groupOf(user));
        body.put("careProfile", typed.get("careProfile"));
        body.put("startDate", Typed.blankToNull(typed.get("startDate")));
        Answer answer = services.post("assignment", "/cases", body);
        if (answer.ok()) {
            return "redirect:/arenden/" + answer.body().path("caseId").asString() + "/kontaktman";
        }
        return showNewCase(user, model, typed, Refused.byField(answer));
    }

    @GetMapping("/arenden/{caseId}/kontaktman")
    String appointForm(@PathVariable String caseId, @AuthenticationPrincipal OidcUser user, Model model) {
        JsonNode theCase = Refused.body(services.get("assignment", "/cases/{caseId}", caseId));
        Map<String, String> values = new LinkedHashMap<>();
        values.put("primaryStaffId", theCase.path("primary").path("staffId").asString(""));
        values.put("substituteStaffId", theCase.path("substitute").path("staffId").asString(""));
        values.put("effectiveFrom", Stockholm.today().toString());
        return showAppoint(caseId, theCase, user, model, values, Map.of());
    }

    @PostMapping("/arenden/{caseId}/kontaktman")
    String appoint(@PathVariable String caseId, @AuthenticationPrincipal OidcUser user,
                   @RequestParam Map<String, String> typed, Model model, RedirectAttributes redirect) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("primaryStaffId", Typed.blankToNull(typed.get("primaryStaffId")));
        body.put("substituteStaffId", Typed.blankToNull(typed.get("substituteStaffId")));
        body.put("effectiveFrom", Typed.blankToNull(typed.get("effectiveFrom")));
        body.put("backdatingReason", Typed.blankToNull(typed.get("backdatingReason")));
        Answer answer = services.put("assignment", "/cases/{caseId}/contact-persons", body, caseId);
        if (answer.ok()) {
            redirect.addFlashAttribute("saved", "Kontaktmännen är utsedda.");
            return "redirect:/arenden/" + caseId;
        }
        JsonNode theCase = Refused.body(services.get("assignment", "/cases/{caseId}", caseId));
        return showAppoint(caseId, theCase, user, model, typed, Refused.byField(answer));
    }

    private String showNewCase(OidcUser user, Model model, Map<String, String> values, Map<String, String> errors) {
        StaffPages.page(model, user, "Nytt ärende");
        model.addAttribute("values", values);
        model.addAttribute("errors", errors);
        model.addAttribute("summary", ErrorSummary.of(errors, field -> NEW_CASE_LABELS.getOrDefault(field, field)));
        return "nytt-arende";
    }

    private String showAppoint(String caseId, JsonNode theCase, OidcUser user, Model model,
                               Map<String, String> values, Map<String, String> errors) {
        List<CareStaff> staff = careStaff(services, theCase.path("staffGroupId").asString());
        StaffPages.page(model, user, "Utse kontaktmän");
        model.addAttribute("caseId", caseId);
        model.addAttribute("client", theCase.path("client").path("name").asString(""));
        model.addAttribute("staff", staff);
        model.addAttribute("values", values);
        model.addAttribute("errors", errors);
        model.addAttribute("summary", ErrorSummary.of(errors, field -> APPOINT_LABELS.getOrDefault(field, field)));
        return "kontaktman";
    }

    /** The group's active care staff: who may be a contact person. */
    static List<CareStaff> careStaff(ServiceClients services, String staffGroupId) {
        List<CareStaff> staff = new ArrayList<>();
        for (JsonNode member : Refused.body(services.get("assignment", "/staff?staffGroupId={group}", staffGroupId))) {
            boolean careStaff = member.path("roles").toString().contains("CARE_STAFF");
            if (careStaff && member.path("active").asBoolean()) {
                staff.add(new CareStaff(member.path("staffId").asString(), member.path("name").asString()));
            }
        }
        return staff;
    }

    /** The planner's own staff group, as the organisation knows it. */
    private String groupOf(OidcUser user) {
        return Refused.body(services.get("assignment", "/staff/{staffId}", StaffPages.staffId(user)))
                .path("staffGroupId").asString("");
    }

    static String careProfile(String code) {
        return "LSS".equals(code) ? "LSS" : "Hemtjänst";
    }
}
