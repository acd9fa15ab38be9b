package se.kontaktman.plan.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import se.kontaktman.plan.casefile.FileTexts.AssistiveDevice;
import se.kontaktman.plan.casefile.FileTexts.EmergencyInformation;
import se.kontaktman.plan.casefile.FileTexts.NetworkMember;
import se.kontaktman.plan.casefile.FileTexts.Relation;

/** "Information vid akutbesök" as printed: what the form asks, in Swedish, and nothing a person typed run as HTML. */
class EmergencyPageTest {

    private static final EmergencyInformation INFO = new EmergencyInformation(LocalDate.of(2026, 11, 20),
            "Talar långsamt <script>alert(1)</script>", null, "Höga ljud", "I kökslådan", null);

    @Test
    void thePageHasTheFormsHeadingsTheNetworkTheDevicesAndTheLastReview() {
        String page = EmergencyPage.render(INFO, LocalDate.of(2026, 11, 20), "Anna Berg",
                List.of(new NetworkMember(LocalDate.of(2026, 10, 2), "Eva Svensson", Relation.RELATIVE, "dotter",
                        "070-123 45 67"), new NetworkMember(LocalDate.of(2026, 10, 2), "Ola Ek",
                        Relation.DISTRICT_NURSE, null, null)),
                List.of(new AssistiveDevice(LocalDate.of(2026, 10, 3), "Rollator", "HMC-4471", null, null)),
                "Anna Berg", "0486-331 00");

        assertThat(page).startsWith("<!DOCTYPE html>").contains("<html lang=\"sv\">",
                "<h1>Information vid akutbesök</h1>", "Kommunikation", "Det här lugnar mig", "Det här oroar mig",
                "Mitt nätverk", "Hjälpmedel", "Läkemedelslistan finns", "@page { size: A4;",
                "<td>Eva Svensson</td><td>Anhörig (dotter)</td><td>070-123 45 67</td>",
                "<td>Ola Ek</td><td>Distriktssköterska</td><td></td>", "<li>Rollator</li>",
                "Anna Berg, telefon till grupplokalen 0486-331 00", "Senast genomgången 2026-11-20 av Anna Berg");
        assertThat(page).as("an empty field stays empty").contains("<p id=\"calming\"></p>").doesNotContain("null");
        assertThat(page).as("the aid centre's id is not what the page is for").doesNotContain("HMC-4471");
    }

    @Test
    void whatStaffTypedIsEscaped() {
        String page = EmergencyPage.render(INFO, LocalDate.of(2026, 11, 20), "Anna Berg",
                List.of(new NetworkMember(LocalDate.of(2026, 10, 2), "<b>Eva</b> & \"Ola\"", Relation.OTHER_PERSON,
                        "<i>granne</i>", null)),
                List.of(new AssistiveDevice(LocalDate.of(2026, 10, 3), "<img src=x>", null, null, null)),
                "Anna Berg", "");

        assertThat(page).doesNotContain("<script>", "<b>", "<i>", "<img").contains(
                "Talar långsamt &lt;script&gt;alert(1)&lt;/script&gt;", "&lt;b&gt;Eva&lt;/b&gt; &amp; &quot;Ola&quot;",
                "Annan viktig person (&lt;i&gt;granne&lt;/i&gt;)", "<li>&lt;img src=x&gt;</li>");
    }
}
