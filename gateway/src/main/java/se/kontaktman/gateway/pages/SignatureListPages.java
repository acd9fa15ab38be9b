package se.kontaktman.gateway.pages;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
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
import se.kontaktman.gateway.pages.CaseFile.Option;
import tools.jackson.databind.JsonNode;

/** The signature list (seed 001: "ifyllande av signaturlista"): who documents for the client, with unique initials. */
@Controller
class SignatureListPages {

    /** A line of the list. */
    record Line(String name, String initials, String addedOn, String addedBy) {
    }

    private static final String PART = "/signaturlista";
    private static final List<String> FORM = List.of("staffId", "initials");
    private static final Map<String, String> LABELS = Map.of("staffId", "Vem", "initials", "Initialer");

    private final CaseFile file;

    SignatureListPages(CaseFile file) {
        this.file = file;
    }

    @GetMapping("/arenden/{caseId}/akt" + PART)
    String page(@PathVariable String caseId, @AuthenticationPrincipal OidcUser user, Model model) {
        return show(caseId, user, model, Map.of(), Map.of());
    }

    @PostMapping("/arenden/{caseId}/akt" + PART)
    String add(@PathVariable String caseId, @RequestParam Map<String, String> typed,
               @AuthenticationPrincipal OidcUser user, Model model, RedirectAttributes redirect) {
        // Initials are capitals on the list, however they were typed.
        Map<String, String> sent = new LinkedHashMap<>(typed);
        sent.computeIfPresent("initials", (field, initials) -> initials.strip().toUpperCase(Locale.ROOT));
        return CaseFile.answered(file.services().post("plan", "/cases/{caseId}/signature-list",
                        CaseFile.form(FORM, sent), caseId), "Signaturen är tillagd i listan.", CaseFile.fields(FORM),
                this::show, PART, caseId, typed, user, model, redirect);
    }

    private String show(String caseId, OidcUser user, Model model, Map<String, String> typed,
                        Map<String, String> errors) {
        JsonNode theCase = file.theCase(caseId);
        List<Option> staff = file.staff(theCase);
        List<Line> lines = new ArrayList<>();
        List<String> listed = new ArrayList<>();
        for (JsonNode line : file.read(caseId, "/signature-list")) {
            lines.add(new Line(CaseFile.text(line, "name"), CaseFile.text(line, "initials"),
                    CaseFile.text(line, "addedOn"), CaseFile.words(staff, CaseFile.text(line, "addedBy"))));
            listed.add(CaseFile.text(line, "staffId"));
        }
        CaseFile.page(model, user, "Signaturlista", caseId, theCase, CaseFile.typedOver(Map.of(), typed), errors, LABELS);
        model.addAttribute("lines", lines);
        model.addAttribute("staff", staff.stream().filter(member -> !listed.contains(member.value())).toList());
        return "akt/signaturlista";
    }
}
