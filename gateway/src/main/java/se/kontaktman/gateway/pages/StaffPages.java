package se.kontaktman.gateway.pages;

import java.util.ArrayList;
import java.util.HashMap;
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
import se.kontaktman.gateway.ServiceClients;
import tools.jackson.databind.JsonNode;

/** The contact person's pages: "Mina brukare" and a client's case. */
@Controller
class StaffPages {

    /** What a list or a case page shows of a deadline. */
    record Deadline(String what, String standing, String dueOn, boolean late) {
    }

    /** A row of "Mina brukare". */
    record Client(String caseId, String name, String role, List<Deadline> deadlines) {
    }

    private final ServiceClients services;

    StaffPages(ServiceClients services) {
        this.services = services;
    }

    /** Each to their work: a planner to the group's planning, care staff to their clients. */
    @GetMapping("/")
    String start(@AuthenticationPrincipal OidcUser user) {
        List<String> roles = user.getClaimAsStringList("roles");
        if (roles != null && roles.contains("PLANNER")) {
            return "redirect:/planering";
        }
        return roles != null && roles.contains("AREA_MANAGER") && !roles.contains("CARE_STAFF")
                ? "redirect:/nyckeltal" : "redirect:/mina-brukare";
    }

    @GetMapping("/mina-brukare")
    String myClients(@AuthenticationPrincipal OidcUser user, Model model) {
        String me = staffId(user);
        JsonNode cases = Refused.body(services.get("assignment", "/cases?staffId={staffId}", me));
        JsonNode deadlines = Refused.body(services.get("reminder", "/deadlines?staffId={staffId}", me));
        Map<String, String> names = new HashMap<>();
        for (JsonNode summary : cases) {
            for (String role : List.of("primary", "substitute")) {
                names.put(summary.path(role).path("staffId").asString(""), summary.path(role).path("name").asString(""));
            }
        }
        Map<String, List<Deadline>> byCase = new LinkedHashMap<>();
        for (JsonNode deadline : deadlines) {
            if (open(deadline)) {
                byCase.computeIfAbsent(deadline.path("caseId").asString(), id -> new ArrayList<>())
                        .add(deadline(deadline, id -> names.getOrDefault(id, id)));
            }
        }
        List<Client> clients = new ArrayList<>();
        for (JsonNode summary : cases) {
            String caseId = summary.path("caseId").asString();
            String role = me.equals(summary.path("primary").path("staffId").asString("")) ? "Ordinarie" : "Ersättare";
            clients.add(new Client(caseId, summary.path("clientName").asString(), role,
                    byCase.getOrDefault(caseId, List.of())));
        }
        page(model, user, "Mina brukare");
        model.addAttribute("clients", clients);
        model.addAttribute("me", me);
        return "mina-brukare";
    }

    @GetMapping("/arenden/{caseId}")
    String caseOf(@PathVariable String caseId, @AuthenticationPrincipal OidcUser user, Model model) {
        JsonNode theCase = Refused.body(services.get("assignment", "/cases/{caseId}", caseId));
        JsonNode plan = services.get("plan", "/cases/{caseId}", caseId).body();
        JsonNode deadlines = services.get("reminder", "/cases/{caseId}/deadlines", caseId).body();
        List<Deadline> due = new ArrayList<>();
        if (deadlines != null) {
            for (JsonNode deadline : deadlines.path("deadlines")) {
                if (open(deadline)) {
                    due.add(deadline(deadline, id -> nameOf(theCase, id)));
                }
            }
        }
        page(model, user, theCase.path("client").path("name").asString("Ärende"));
        model.addAttribute("caseId", caseId);
        model.addAttribute("client", theCase.path("client").path("name").asString(""));
        model.addAttribute("primary", theCase.path("primary").path("name").asString("Ingen utsedd"));
        model.addAttribute("substitute", theCase.path("substitute").path("name").asString("Ingen utsedd"));
        model.addAttribute("careProfile", PlannerPages.careProfile(theCase.path("careProfile").asString()));
        model.addAttribute("homeCare", !"LSS".equals(theCase.path("careProfile").asString()));
        model.addAttribute("planVersions", plan == null ? 0 : plan.path("planVersions").size());
        model.addAttribute("deadlines", due);
        return "arende";
    }

    /** A contact person of the case by name, or the id of someone who no longer is one. */
    static String nameOf(JsonNode theCase, String staffId) {
        for (String role : List.of("primary", "substitute")) {
            if (staffId.equals(theCase.path(role).path("staffId").asString(""))) {
                return theCase.path(role).path("name").asString(staffId);
            }
        }
        return staffId;
    }

    static String staffId(OidcUser user) {
        String staffId = user.getClaimAsString("staff_id");
        return staffId != null ? staffId : user.getName();
    }

    static void page(Model model, OidcUser user, String title) {
        model.addAttribute("title", title);
        List<String> roles = user.getClaimAsStringList("roles");
        model.addAttribute("planner", roles != null && roles.contains("PLANNER"));
        model.addAttribute("careStaff", roles == null || roles.contains("CARE_STAFF"));
        model.addAttribute("manager", roles != null && roles.contains("AREA_MANAGER"));
        String name = user.getClaimAsString("name");
        model.addAttribute("staffName", name != null ? name : staffId(user));
    }

    static boolean open(JsonNode deadline) {
        String standing = deadline.path("standing").asString("");
        return !standing.equals("MET") && !standing.equals("CANCELLED");
    }

    /**
     * A deadline in the seeds' words; one that is a person's own (H2: each contact person presents
     * themself) names whose, by {@code names} (staff id to name; the id where it has none).
     */
    static Deadline deadline(JsonNode deadline, Function<String, String> names) {
        String standing = deadline.path("standing").asString("");
        String what = Swedish.deadline(deadline.path("rule").asString());
        if ("H2".equals(deadline.path("rule").asString()) && deadline.path("responsibleStaffIds").size() == 1) {
            what += ", " + names.apply(deadline.path("responsibleStaffIds").get(0).asString());
        }
        return new Deadline(what, Swedish.standing(standing),
                deadline.path("dueOn").asString(""), standing.equals("OVERDUE") || standing.equals("ESCALATED"));
    }
}
