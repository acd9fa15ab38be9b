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
 * Kundens nätverk/team (L5): relatives, legal representative and health care, and the contact
 * person's regular contacts with them. Someone who leaves the network is kept, with the date.
 */
@Controller
class NetworkPages {

    static final List<Option> RELATIONS = List.of(new Option("RELATIVE", "Närstående"),
            new Option("LEGAL_REPRESENTATIVE", "God man eller förvaltare"), new Option("OTHER_PERSON", "Annan person"),
            new Option("DISTRICT_NURSE", "Distriktssköterska"), new Option("OCCUPATIONAL_THERAPIST", "Arbetsterapeut"),
            new Option("PHYSIOTHERAPIST", "Fysioterapeut"), new Option("OTHER_HEALTH_CARE", "Annan i hälso- och sjukvården"));
    static final List<Option> WAYS = List.of(new Option("PHONE", "Telefon"), new Option("VISIT", "Besök"),
            new Option("MEETING", "Möte"), new Option("LETTER", "Brev"), new Option("DIGITAL", "Digitalt"));

    /** Someone in the network, in words. */
    record Member(String memberId, String name, String relation, String description, String phone, String addedOn,
                  String endedOn) {
    }

    /** A contact with the network. */
    record Contact(String contactedOn, String with, String how, String about, String loggedBy) {
    }

    private static final String PART = "/natverk";
    private static final List<String> MEMBER = List.of("addedOn", "name", "relation", "description", "phone");
    private static final List<String> CONTACT = List.of("contactedOn", "memberId", "how", "about");
    private static final Map<String, String> LABELS = Map.ofEntries(Map.entry("addedOn", "Med i nätverket från"),
            Map.entry("name", "Namn"), Map.entry("relation", "Relation till brukaren"),
            Map.entry("description", "Beskrivning"), Map.entry("phone", "Telefon"),
            Map.entry("contactedOn", "Kontakten var den"), Map.entry("memberId", "Med vem"), Map.entry("how", "Hur"),
            Map.entry("about", "Om vad"), Map.entry("endedOn", "Inte längre med från"));

    private final CaseFile file;

    NetworkPages(CaseFile file) {
        this.file = file;
    }

    @GetMapping("/arenden/{caseId}/akt" + PART)
    String page(@PathVariable String caseId, @AuthenticationPrincipal OidcUser user, Model model) {
        return show(caseId, user, model, Map.of(), Map.of());
    }

    @PostMapping("/arenden/{caseId}/akt" + PART)
    String add(@PathVariable String caseId, @RequestParam Map<String, String> typed,
               @AuthenticationPrincipal OidcUser user, Model model, RedirectAttributes redirect) {
        return CaseFile.answered(file.services().post("plan", "/cases/{caseId}/network", CaseFile.form(MEMBER, typed),
                caseId), "Personen är tillagd i nätverket.", CaseFile.fields(MEMBER), this::show, PART, caseId, typed,
                user, model, redirect);
    }

    @PostMapping("/arenden/{caseId}/akt" + PART + "/kontakt")
    String contact(@PathVariable String caseId, @RequestParam Map<String, String> typed,
                   @AuthenticationPrincipal OidcUser user, Model model, RedirectAttributes redirect) {
        return CaseFile.answered(file.services().post("plan", "/cases/{caseId}/network/contacts",
                        CaseFile.form(CONTACT, typed), caseId), "Kontakten är dokumenterad.", CaseFile.fields(CONTACT),
                this::show, PART, caseId, typed, user, model, redirect);
    }

    @PostMapping("/arenden/{caseId}/akt" + PART + "/{memberId}/avslutad")
    String end(@PathVariable String caseId, @PathVariable String memberId, @RequestParam Map<String, String> typed,
               @AuthenticationPrincipal OidcUser user, Model model, RedirectAttributes redirect) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("endedOn", Typed.blankToNull(typed.get("endedOn-" + memberId)));
        return CaseFile.answered(file.services().post("plan", "/cases/{caseId}/network/{memberId}/end", body, caseId,
                        memberId), "Personen är inte längre med i nätverket.", field -> field.equals("endedOn") ? "endedOn-" + memberId : "",
                this::show, PART, caseId, typed, user, model, redirect);
    }

    private String show(String caseId, OidcUser user, Model model, Map<String, String> typed,
                        Map<String, String> errors) {
        JsonNode theCase = file.theCase(caseId);
        Function<String, String> names = file.names(theCase);
        JsonNode network = file.read(caseId, "/network");
        Map<String, String> values = CaseFile.today("addedOn", "contactedOn");
        List<Member> members = new ArrayList<>();
        Map<String, String> memberNames = new LinkedHashMap<>();
        List<Option> current = new ArrayList<>();
        for (JsonNode member : network.path("members")) {
            JsonNode text = member.path("text");
            String id = member.path("memberId").asString();
            String relation = CaseFile.words(RELATIONS, CaseFile.text(text, "relation"));
            Member shown = new Member(id, CaseFile.text(text, "name"), relation, CaseFile.text(text, "description"),
                    CaseFile.text(text, "phone"), CaseFile.text(member, "addedOn"), CaseFile.text(member, "endedOn"));
            members.add(shown);
            memberNames.put(id, shown.name());
            if (shown.endedOn().isEmpty()) {
                current.add(new Option(id, shown.name() + " (" + relation.toLowerCase() + ")"));
                values.put("endedOn-" + id, Stockholm.today().toString());
            }
        }
        List<Contact> contacts = new ArrayList<>();
        for (JsonNode contact : network.path("contacts")) {
            JsonNode text = contact.path("text");
            contacts.add(new Contact(CaseFile.text(contact, "contactedOn"),
                    memberNames.getOrDefault(CaseFile.text(text, "memberId"), ""),
                    CaseFile.words(WAYS, CaseFile.text(text, "how")), CaseFile.text(text, "about"),
                    names.apply(CaseFile.text(contact, "loggedBy"))));
        }
        CaseFile.page(model, user, "Nätverk och team", caseId, theCase, CaseFile.typedOver(values, typed), errors, LABELS);
        model.addAttribute("members", members);
        model.addAttribute("current", current);
        model.addAttribute("contacts", contacts);
        model.addAttribute("relations", RELATIONS);
        model.addAttribute("ways", WAYS);
        return "akt/natverk";
    }
}
