package se.kontaktman.gateway.pages;

import java.util.List;
import java.util.Map;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import tools.jackson.databind.JsonNode;

/** The contact person's file (genomförandeakten, seed 001): its parts, each a page of its own. */
@Controller
class CaseFilePages {

    /** A part of the file: its page under the file, its name and what the seeds ask of it. */
    record Part(String path, String name, String what) {
    }

    static final List<Part> PARTS = List.of(
            new Part("/riskbedomning", "Riskbedömning",
                    "Fall, trycksår, undernäring, munhälsa och blåsdysfunktion, med förebyggande åtgärder (H7)."),
            new Part("/hjalpmedel", "Hjälpmedel",
                    "Kontroll, risker, rengöring och återlämning; nya hjälpmedel från arbetsterapeuten (H8, L7)."),
            new Part("/natverk", "Nätverk och team",
                    "Närstående, god man, hälso- och sjukvården, och kontakterna med dem (L5)."),
            new Part("/daglig-verksamhet", "Daglig verksamhet",
                    "Där brukaren vistas, och kontaktmannens besök och uppföljningar där (L6)."),
            new Part("/signaturlista", "Signaturlista", "Vilka som dokumenterar, med namn och initialer."),
            new Part("/akutinformation", "Information vid akutbesök",
                    "Blanketten som följer med brukaren vid ett akutbesök, att skriva ut."),
            new Part("/privata-medel", "Privata medel", "Kassaboken: insättningar, uttag, två signaturer, "
                    + "månadens kassainventering (L8)."),
            new Part("/synpunkter", "Synpunkter", "Att brukaren och närstående fått veta hur de lämnar synpunkter (L9)."));

    private final CaseFile file;

    CaseFilePages(CaseFile file) {
        this.file = file;
    }

    @GetMapping("/arenden/{caseId}/akt")
    String overview(@PathVariable String caseId, @AuthenticationPrincipal OidcUser user, Model model) {
        JsonNode theCase = file.theCase(caseId);
        CaseFile.page(model, user, "Genomförandeakt", caseId, theCase, Map.of(), Map.of(), Map.of());
        model.addAttribute("parts", PARTS);
        return "akt/akt";
    }
}
