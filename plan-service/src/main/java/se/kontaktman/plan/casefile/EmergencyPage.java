package se.kontaktman.plan.casefile;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import org.springframework.web.util.HtmlUtils;
import se.kontaktman.plan.casefile.FileTexts.AssistiveDevice;
import se.kontaktman.plan.casefile.FileTexts.EmergencyInformation;
import se.kontaktman.plan.casefile.FileTexts.NetworkMember;

/**
 * "Information vid akutbesök" (seed 001) as one print-ready A4 page: what the form asks, the
 * client's network and devices from the file, the contact person and the group's phone number,
 * and when it was last gone through. No diagnoses: the form does not ask for them. The client's
 * name and personnummer are written by hand: they are not in this service.
 */
final class EmergencyPage {

    private EmergencyPage() {
    }

    static String render(EmergencyInformation info, LocalDate reviewedOn, String reviewedBy,
                         List<NetworkMember> network, List<AssistiveDevice> devices, String contactPerson,
                         String groupPhone) {
        StringBuilder people = new StringBuilder();
        network.stream().filter(Objects::nonNull).forEach(member -> people.append("      <tr><td>")
                .append(escape(member.name())).append("</td><td>")
                .append(escape(relation(member))).append("</td><td>")
                .append(escape(member.phone())).append("</td></tr>\n"));
        StringBuilder aids = new StringBuilder();
        devices.stream().filter(Objects::nonNull).forEach(device -> aids.append("      <li>")
                .append(escape(device.kind())).append("</li>\n"));
        return """
                <!DOCTYPE html>
                <html lang="sv">
                <head>
                  <meta charset="utf-8">
                  <title>Information vid akutbesök</title>
                  <style>
                    @page { size: A4; margin: 18mm; }
                    body { font-family: Arial, sans-serif; font-size: 11pt; line-height: 1.4; color: #000; }
                    h1 { font-size: 18pt; margin: 0 0 0.6em; }
                    h2 { font-size: 12pt; margin: 1em 0 0.2em; }
                    .line { border-bottom: 1px solid #000; min-height: 1.4em; margin-bottom: 0.6em; }
                    table { border-collapse: collapse; width: 100%%; }
                    th, td { border: 1px solid #000; padding: 2px 6px; text-align: left; }
                    .review { margin-top: 1.5em; font-size: 10pt; }
                  </style>
                </head>
                <body>
                  <h1>Information vid akutbesök</h1>
                  <p><strong>Namn och personnummer:</strong></p>
                  <div class="line"></div>
                  <h2>Kommunikation</h2>
                  <p id="communication">%s</p>
                  <h2>Det här lugnar mig</h2>
                  <p id="calming">%s</p>
                  <h2>Det här oroar mig</h2>
                  <p id="worrying">%s</p>
                  <h2>Mitt nätverk</h2>
                  <table id="network">
                    <thead><tr><th scope="col">Namn</th><th scope="col">Relation</th><th scope="col">Telefon</th></tr></thead>
                    <tbody>
                %s    </tbody>
                  </table>
                  <h2>Hjälpmedel</h2>
                  <ul id="devices">
                %s  </ul>
                  <h2>Läkemedelslistan finns</h2>
                  <p id="medication-list">%s</p>
                  <h2>Övrigt</h2>
                  <p id="other">%s</p>
                  <h2>Kontaktman</h2>
                  <p id="contact-person">%s, telefon till grupplokalen %s</p>
                  <p class="review" id="reviewed">Senast genomgången %s av %s</p>
                </body>
                </html>
                """.formatted(escape(info.communication()), escape(info.calming()), escape(info.worrying()), people,
                aids, escape(info.medicationListKept()), escape(info.other()), escape(contactPerson),
                escape(groupPhone), reviewedOn, escape(reviewedBy));
    }

    /** The relation in the seed's and the health service's words. */
    static String relation(NetworkMember member) {
        String relation = switch (member.relation()) {
            case RELATIVE -> "Anhörig";
            case LEGAL_REPRESENTATIVE -> "God man/förvaltare";
            case OTHER_PERSON -> "Annan viktig person";
            case DISTRICT_NURSE -> "Distriktssköterska";
            case OCCUPATIONAL_THERAPIST -> "Arbetsterapeut";
            case PHYSIOTHERAPIST -> "Sjukgymnast";
            case OTHER_HEALTH_CARE -> "Hälso- och sjukvård";
        };
        return member.description() == null || member.description().isBlank() ? relation
                : relation + " (" + member.description() + ")";
    }

    /** Escapes what HTML requires; the page is UTF-8, so å, ä and ö stay as they are. */
    private static String escape(String text) {
        return text == null ? "" : HtmlUtils.htmlEscape(text, "UTF-8");
    }
}
