package se.kontaktman.gateway.pages;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import se.kontaktman.gateway.ServiceClients;
import se.kontaktman.gateway.ServiceClients.Answer;

/**
 * Printing what plan-service lays out for paper: the "Jag är din kontaktman" sheet of the
 * ordinarie or the ersättare (H2), and "Information vid akutbesök" (seed 001). The service's page
 * is served as it is, with a Content-Security-Policy of its own: its {@code <style>} block allowed
 * by its SHA-256 hash, nothing else (no script, no other style, no image from elsewhere). The
 * address names the case by its id and the role in Swedish, nothing of the client.
 */
@Controller
class PrintPages {

    private static final Pattern STYLE = Pattern.compile("<style>(.*?)</style>", Pattern.DOTALL);
    private static final MediaType HTML = new MediaType("text", "html", StandardCharsets.UTF_8);

    private final ServiceClients services;

    PrintPages(ServiceClients services) {
        this.services = services;
    }

    @GetMapping("/arenden/{caseId}/kontaktmannablad")
    ResponseEntity<byte[]> contactSheet(@PathVariable String caseId,
                                        @RequestParam(name = "roll", defaultValue = "ordinarie") String role) {
        return printed(services.download("plan", MediaType.TEXT_HTML, "/cases/{caseId}/contact-sheet?role={role}",
                caseId, "ersattare".equals(role) ? "SUBSTITUTE" : "PRIMARY"));
    }

    @GetMapping("/arenden/{caseId}/akt/akutinformation/utskrift")
    ResponseEntity<byte[]> emergencyInformation(@PathVariable String caseId) {
        return printed(services.download("plan", MediaType.TEXT_HTML, "/cases/{caseId}/emergency-information/page",
                caseId));
    }

    private static ResponseEntity<byte[]> printed(Answer answer) {
        if (!answer.ok()) {
            // 410 is the working material destroyed at closure (H9), unless the whole case's
            // records are gone (gallring), which the refusal's own Swedish text says.
            boolean retentionEnded = answer.body() != null && answer.body().has("rule")
                    && "retention-ended".equals(answer.body().get("rule").asString());
            throw answer.status() == 410 && !retentionEnded
                    ? new Refused(answer, "Uppgiften är förstörd: ärendet är avslutat.") : new Refused(answer);
        }
        return ResponseEntity.ok().contentType(HTML)
                .header("Content-Security-Policy", policy(new String(answer.bytes(), StandardCharsets.UTF_8)))
                .body(answer.bytes());
    }

    /**
     * The policy for one printed page: the style blocks of its head by hash, and nothing else. The
     * head is the service's layout; a client's text is only ever in the body, so a style block there
     * (one slipped in with a text) has no hash in the policy and is not applied.
     */
    static String policy(String html) {
        int headEnds = html.indexOf("</head>");
        List<String> hashes = new ArrayList<>();
        Matcher style = STYLE.matcher(headEnds < 0 ? "" : html.substring(0, headEnds));
        while (style.find()) {
            hashes.add("'sha256-" + sha256(style.group(1)) + "'");
        }
        return "default-src 'none'; style-src " + (hashes.isEmpty() ? "'none'" : String.join(" ", hashes))
                + "; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";
    }

    private static String sha256(String text) {
        try {
            return Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
