package se.kontaktman.gateway.pages;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import se.kontaktman.gateway.ServiceClients;
import tools.jackson.databind.JsonNode;

/**
 * One contact person's clients as reporting-service counts them (drill-down from a group for the
 * area manager and the planner): where each plan stands, the next follow-up and what is overdue;
 * and their "Dokumentation Genomförandeplan" forms as a PDF, which a contact person prints for
 * their own tab of the binder. reporting-service decides who may see whose.
 */
@Controller
class ContactPersonPage {

    /** A client of the contact person, as the page's table shows it. */
    record Row(String caseId, String client, String role, String plan, String lastFollowUp, String nextFollowUp,
               List<String> overdue) {
    }

    private final ServiceClients services;

    ContactPersonPage(ServiceClients services) {
        this.services = services;
    }

    @GetMapping("/personal/{staffId}")
    String contactPerson(@PathVariable String staffId, @AuthenticationPrincipal OidcUser user, Model model) {
        JsonNode overview = Refused.body(services.get("reporting", "/contact-persons/{staffId}/clients", staffId));
        // reporting-service holds no names; assignment-service gives those the reader may read.
        Map<String, String> names = new HashMap<>();
        for (JsonNode summary : Refused.body(services.get("assignment", "/cases?staffId={staffId}", staffId))) {
            names.put(summary.path("caseId").asString(), summary.path("clientName").asString());
        }
        List<Row> rows = new ArrayList<>();
        for (JsonNode client : overview.path("clients")) {
            String caseId = client.path("caseId").asString();
            List<String> overdue = new ArrayList<>();
            for (JsonNode item : client.path("overdue")) {
                overdue.add(Swedish.deadline(item.path("rule").asString()) + ", " + item.path("daysOverdue").asInt()
                        + " dagar" + (item.path("escalated").asBoolean() ? ", enhetschefen underrättad" : ""));
            }
            rows.add(new Row(caseId, names.getOrDefault(caseId, "Ärende " + caseId),
                    "PRIMARY".equals(client.path("role").asString()) ? "Ordinarie" : "Ersättare",
                    plan(client), date(client.path("lastFollowUpOn")), date(client.path("nextFollowUp")), overdue));
        }
        StaffPages.page(model, user, "Kontaktman " + overview.path("name").asString(staffId));
        model.addAttribute("staffId", staffId);
        model.addAttribute("name", overview.path("name").asString(staffId));
        model.addAttribute("date", overview.path("date").asString(""));
        model.addAttribute("rows", rows);
        return "personal";
    }

    @GetMapping("/personal/{staffId}/dokumentation.pdf")
    ResponseEntity<byte[]> forms(@PathVariable String staffId) {
        return ManagerPages.download(services.download("reporting", MediaType.APPLICATION_PDF,
                "/contact-persons/{staffId}/clients", staffId), MediaType.APPLICATION_PDF,
                "dokumentation-genomforandeplan-" + staffId + ".pdf");
    }

    private static String plan(JsonNode client) {
        if (Typed.text(client.path("planEstablishedOn")) == null) {
            return "Ingen ännu";
        }
        return "Version " + client.path("planVersion").asInt() + " av " + date(client.path("planVersionOn"));
    }

    private static String date(JsonNode date) {
        String text = Typed.text(date);
        return text == null ? "–" : text;
    }
}
