package se.kontaktman.suite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static se.kontaktman.suite.Browser.accessible;
import static se.kontaktman.suite.Browser.chromium;
import static se.kontaktman.suite.Browser.main;
import static se.kontaktman.suite.Browser.onPage;
import static se.kontaktman.suite.Browser.screenshots;
import static se.kontaktman.suite.Browser.signIn;
import static se.kontaktman.suite.Browser.status;
import static se.kontaktman.suite.BrowserSuite.suite;

import java.time.Duration;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * The contact person's file (genomförandeakten) in Debian's Chromium against the whole local
 * suite: Anna walks through its parts for her client, each refusal standing by its field in
 * Swedish with nothing typed lost, and axe-core finds no WCAG 2.1 A or AA violation on any page.
 */
@ExtendWith(BrowserSuite.class)
class CaseFileBrowserTest {

    private static String gateway;
    private static String caseId;

    @BeforeAll
    static void aCaseOfHerOwn() throws Exception {
        gateway = BrowserSuite.gateway();
        caseId = BrowserSuite.openCase("19390615-1141", "Signe Sjöberg", "HOME_CARE", "anna.berg", "bertil.ek");
        await().atMost(Duration.ofSeconds(60)).until(() -> {
            var view = BrowserSuite.call(suite().planPort(), "GET", "/cases/" + caseId, suite().signIn("anna.berg"),
                    null);
            return view.statusCode() == 200 && view.body().contains("\"staffId\":\"anna.berg\"");
        });
    }

    @Test
    void aContactPersonKeepsHerClientsFile() throws Exception {
        WebDriver browser = chromium();
        try {
            signIn(browser, "anna.berg", "Mina brukare");
            browser.get(gateway + "/arenden/" + caseId);
            browser.findElement(By.linkText("Genomförandeakt")).click();
            onPage(browser, "Genomförandeakt");
            assertThat(main(browser)).contains("Genomförandeakt för Signe Sjöberg", "Riskbedömning", "Hjälpmedel",
                    "Nätverk och team", "Daglig verksamhet", "Signaturlista", "Information vid akutbesök",
                    "Privata medel", "Synpunkter");
            accessible(browser, "akt");
            screenshots(browser, "akt");

            riskAssessment(browser);
            devices(browser);
            network(browser);
            dailyActivity(browser);
            signatureList(browser);
            emergencyInformation(browser);
            privateFunds(browser);
            feedback(browser);
            Browser.signOut(browser);
            afterClosure(browser);
        } finally {
            browser.quit();
        }
    }

    /** H7: a risk without its actions is refused by the area's field, the levels chosen kept; then saved. */
    private static void riskAssessment(WebDriver browser) throws Exception {
        browser.findElement(By.linkText("Riskbedömning")).click();
        onPage(browser, "Riskbedömning");
        assertThat(main(browser)).contains("Ingen riskbedömning är gjord ännu.");
        accessible(browser, "riskbedomning");
        browser.findElement(By.id("level-FALLS-RISK")).click();
        for (String area : new String[]{"PRESSURE_ULCERS", "MALNUTRITION", "ORAL_HEALTH", "BLADDER_DYSFUNCTION"}) {
            browser.findElement(By.id("level-" + area)).click();
        }
        browser.findElement(By.id("notes")).sendKeys("Bedömd tillsammans med dottern");
        submit(browser, "Spara riskbedömningen");
        WebElement summary = browser.findElement(By.id("felsammanfattning"));
        assertThat(summary.getText()).contains("Riskbedömningen är inte sparad",
                "Fall, förebyggande åtgärder: Där det finns en risk skrivs de förebyggande åtgärderna (H7).");
        assertThat(browser.switchTo().activeElement().getAttribute("id")).isEqualTo("felsammanfattning");
        assertThat(browser.findElement(By.id("actions-FALLS")).getAttribute("aria-describedby"))
                .isEqualTo("fel-actions-FALLS");
        assertThat(browser.findElement(By.id("level-FALLS-RISK")).isSelected()).as("the level chosen is kept").isTrue();
        assertThat(browser.findElement(By.id("notes")).getAttribute("value")).isEqualTo("Bedömd tillsammans med dottern");
        accessible(browser, "riskbedomning-fel");
        screenshots(browser, "akt-riskbedomning-fel");
        summary.findElement(By.partialLinkText("Fall, förebyggande åtgärder")).click();
        assertThat(browser.switchTo().activeElement().getAttribute("id")).isEqualTo("actions-FALLS");
        browser.findElement(By.id("actions-FALLS")).sendKeys("Halkskydd i duschen, rollatorn inomhus");
        submit(browser, "Spara riskbedömningen");
        assertThat(status(browser)).isEqualTo("Riskbedömningen är sparad.");
        assertThat(main(browser)).contains("Riskbedömning 1", "Halkskydd i duschen", "Ingen risk", "Trycksår");
        assertThat(browser.findElement(By.id("level-FALLS-RISK")).isSelected())
                .as("the next assessment starts from this one").isTrue();
        accessible(browser, "riskbedomning-sparad");
        screenshots(browser, "akt-riskbedomning");
    }

    /** H8, L7: a device registered and checked, a new one asked of the occupational therapist. */
    private static void devices(WebDriver browser) throws Exception {
        part(browser, "hjalpmedel", "Hjälpmedel");
        assertThat(main(browser)).contains("Inget hjälpmedel är registrerat ännu.");
        accessible(browser, "hjalpmedel");
        browser.findElement(By.id("kind")).sendKeys("Rollator");
        browser.findElement(By.id("risks")).sendKeys("Kan rulla iväg: bromsen i när hon sätter sig");
        browser.findElement(By.id("cleaning")).sendKeys("Torkas av varje fredag");
        submit(browser, "Registrera hjälpmedlet");
        assertThat(status(browser)).isEqualTo("Hjälpmedlet är registrerat.");
        assertThat(main(browser)).contains("Rollator", "Torkas av varje fredag", "Inte kontrollerat ännu.");
        browser.findElement(By.cssSelector("input[type=radio][value=FUNCTION]")).click();
        browser.findElement(By.cssSelector("input[type=checkbox][name^=inOrder]")).click();
        browser.findElement(By.cssSelector("textarea[name^=note]")).sendKeys("Bromsarna tar");
        submit(browser, "Registrera kontrollen");
        assertThat(status(browser)).isEqualTo("Kontrollen är registrerad.");
        assertThat(main(browser)).contains("Funktion", "Bromsarna tar", "Anna Berg");
        browser.findElement(By.id("need")).sendKeys("Duschstol: står inte säkert i duschen");
        browser.findElement(By.id("occupationalTherapist")).sendKeys("Arbetsterapeuten på vårdcentralen");
        submit(browser, "Skicka till arbetsterapeuten");
        assertThat(status(browser)).isEqualTo("Behovet av ett nytt hjälpmedel är skickat till arbetsterapeuten.");
        assertThat(main(browser)).contains("Duschstol");
        accessible(browser, "hjalpmedel-kontrollerat");
        screenshots(browser, "akt-hjalpmedel");
    }

    /** L5: a relative in the network, and a contact with her. */
    private static void network(WebDriver browser) throws Exception {
        part(browser, "natverk", "Nätverk och team");
        accessible(browser, "natverk");
        browser.findElement(By.id("name")).sendKeys("Karin Sjöberg");
        new Select(browser.findElement(By.id("relation"))).selectByVisibleText("Närstående");
        browser.findElement(By.id("description")).sendKeys("Dotter");
        browser.findElement(By.id("phone")).sendKeys("070-123 45 67");
        submit(browser, "Lägg till i nätverket");
        assertThat(status(browser)).isEqualTo("Personen är tillagd i nätverket.");
        new Select(browser.findElement(By.id("memberId"))).selectByVisibleText("Karin Sjöberg (närstående)");
        new Select(browser.findElement(By.id("how"))).selectByVisibleText("Telefon");
        browser.findElement(By.id("about")).sendKeys("Riskbedömningen och rollatorn");
        submit(browser, "Dokumentera kontakten");
        assertThat(status(browser)).isEqualTo("Kontakten är dokumenterad.");
        assertThat(main(browser)).contains("Karin Sjöberg", "Dotter", "070-123 45 67", "Riskbedömningen och rollatorn");
        accessible(browser, "natverk-kontakt");
        screenshots(browser, "akt-natverk");
    }

    /** L6: a visit before any daily activity is refused by its date; the place, then the visit. */
    private static void dailyActivity(WebDriver browser) throws Exception {
        part(browser, "daglig-verksamhet", "Daglig verksamhet");
        browser.findElement(By.id("visitKind")).click();
        browser.findElement(By.id("notes")).sendKeys("Trivs i gruppen");
        submit(browser, "Dokumentera besöket");
        assertThat(browser.findElement(By.id("fel-visitedOn")).getText())
                .startsWith("Brukaren var inte i någon daglig verksamhet den dagen");
        assertThat(browser.findElement(By.id("notes")).getAttribute("value")).isEqualTo("Trivs i gruppen");
        accessible(browser, "daglig-verksamhet-fel");
        browser.findElement(By.id("name")).sendKeys("Solrosens dagliga verksamhet");
        browser.findElement(By.id("kind")).click();
        submit(browser, "Registrera verksamheten");
        assertThat(status(browser)).isEqualTo("Den dagliga verksamheten är registrerad.");
        browser.findElement(By.id("visitKind")).click();
        browser.findElement(By.id("notes")).sendKeys("Trivs i gruppen");
        submit(browser, "Dokumentera besöket");
        assertThat(status(browser)).isEqualTo("Besöket är dokumenterat.");
        assertThat(main(browser)).contains("Solrosens dagliga verksamhet (nu)", "Trivs i gruppen");
        accessible(browser, "daglig-verksamhet");
    }

    /** The signature list: the same initials twice are refused, by the initials. */
    private static void signatureList(WebDriver browser) throws Exception {
        part(browser, "signaturlista", "Signaturlista");
        accessible(browser, "signaturlista");
        new Select(browser.findElement(By.id("staffId"))).selectByVisibleText("Anna Berg");
        browser.findElement(By.id("initials")).sendKeys("ab");
        submit(browser, "Lägg till i signaturlistan");
        assertThat(status(browser)).isEqualTo("Signaturen är tillagd i listan.");
        new Select(browser.findElement(By.id("staffId"))).selectByVisibleText("Bertil Ek");
        browser.findElement(By.id("initials")).sendKeys("AB");
        submit(browser, "Lägg till i signaturlistan");
        assertThat(browser.findElement(By.id("fel-initials")).getText())
                .startsWith("Någon på signaturlistan signerar redan med de initialerna");
        accessible(browser, "signaturlista-fel");
        WebElement initials = browser.findElement(By.id("initials"));
        initials.clear();
        initials.sendKeys("BE");
        submit(browser, "Lägg till i signaturlistan");
        assertThat(status(browser)).isEqualTo("Signaturen är tillagd i listan.");
        assertThat(main(browser)).contains("Anna Berg AB", "Bertil Ek BE");
        screenshots(browser, "akt-signaturlista");
    }

    /** "Information vid akutbesök": filled in, with the link to print it. */
    private static void emergencyInformation(WebDriver browser) throws Exception {
        part(browser, "akutinformation", "Information vid akutbesök");
        assertThat(main(browser)).contains("Blanketten är inte ifylld ännu.");
        accessible(browser, "akutinformation");
        browser.findElement(By.id("calming")).sendKeys("Lugn musik, att någon sitter bredvid");
        submit(browser, "Spara blanketten");
        assertThat(browser.findElement(By.id("fel-communication")).getText()).isEqualTo("Fältet måste fyllas i.");
        assertThat(browser.findElement(By.id("calming")).getAttribute("value"))
                .isEqualTo("Lugn musik, att någon sitter bredvid");
        browser.findElement(By.id("communication")).sendKeys("Talar långsamt; behöver tid att svara");
        browser.findElement(By.id("medicationListKept")).sendKeys("I brukarpärmen i köket");
        submit(browser, "Spara blanketten");
        assertThat(status(browser)).isEqualTo("\"Information vid akutbesök\" är sparad.");
        assertThat(main(browser)).contains("Senast genomgången", "av Anna Berg");
        assertThat(browser.findElement(By.linkText("Skriv ut \"Information vid akutbesök\"")).getAttribute("href"))
                .endsWith("/arenden/" + caseId + "/akt/akutinformation/utskrift");
        assertThat(browser.findElement(By.id("communication")).getAttribute("value"))
                .as("a review starts from the last").isEqualTo("Talar långsamt; behöver tid att svara");
        accessible(browser, "akutinformation-sparad");
        screenshots(browser, "akt-akutinformation");
    }

    /** L8: a deposit, a withdrawal refused for leaving a negative balance, then a smaller one; no second signature of her own. */
    private static void privateFunds(WebDriver browser) throws Exception {
        part(browser, "privata-medel", "Privata medel");
        assertThat(main(browser)).contains("Saldo: 0,00 kr", "Inget är bokfört ännu.");
        accessible(browser, "privata-medel");
        browser.findElement(By.id("direction")).click();
        browser.findElement(By.id("amount")).sendKeys("500");
        browser.findElement(By.id("purpose")).sendKeys("Fickpengar från god man");
        submit(browser, "Bokför");
        assertThat(status(browser)).isEqualTo("Insättningen är bokförd.");
        browser.findElement(By.id("direction-OUT")).click();
        browser.findElement(By.id("amount")).sendKeys("650,50");
        browser.findElement(By.id("purpose")).sendKeys("Frisör");
        browser.findElement(By.id("receiptReference")).sendKeys("Kvitto 1");
        submit(browser, "Bokför");
        assertThat(browser.findElement(By.id("felsammanfattning")).getText())
                .contains("Belopp: Saldot i kassaboken får inte bli mindre än 0 kr");
        assertThat(browser.findElement(By.id("amount")).getAttribute("aria-describedby")).contains("fel-amount");
        assertThat(browser.findElement(By.id("amount")).getAttribute("value")).isEqualTo("650,50");
        assertThat(browser.findElement(By.id("direction-OUT")).isSelected()).isTrue();
        assertThat(browser.findElement(By.id("receiptReference")).getAttribute("value")).isEqualTo("Kvitto 1");
        accessible(browser, "privata-medel-fel");
        screenshots(browser, "akt-privata-medel-fel");
        WebElement amount = browser.findElement(By.id("amount"));
        amount.clear();
        amount.sendKeys("150,50");
        submit(browser, "Bokför");
        assertThat(status(browser)).isEqualTo("Uttaget är bokfört.");
        assertThat(main(browser)).contains("Saldo: 349,50 kr", "Frisör", "-150,50 kr");
        accessible(browser, "privata-medel-bokfort");
        screenshots(browser, "akt-privata-medel");
        // The second signature is a colleague's: her entries wait for one, and she is offered none to give.
        assertThat(main(browser)).contains("Väntar på en kollegas signatur");
        assertThat(browser.findElements(By.xpath("//button[starts-with(normalize-space(.), 'Signera')]"))).isEmpty();
        // Bertil, the ersättare, signs the deposit second in his own browser.
        WebDriver bertil = chromium();
        try {
            signIn(bertil, "bertil.ek", "Mina brukare");
            bertil.get(gateway + "/arenden/" + caseId + "/akt/privata-medel");
            onPage(bertil, "Privata medel");
            assertThat(bertil.findElements(By.xpath("//button[starts-with(normalize-space(.), 'Signera')]"))).hasSize(2);
            submit(bertil, bertil.findElement(By.xpath("(//button[starts-with(normalize-space(.), 'Signera')])[1]")));
            assertThat(status(bertil)).isEqualTo("Posten är signerad av två personer.");
            assertThat(main(bertil)).contains("Bertil Ek, " + java.time.LocalDate.now(BrowserSuite.STOCKHOLM));
            assertThat(bertil.findElements(By.xpath("//button[starts-with(normalize-space(.), 'Signera')]"))).hasSize(1);
            accessible(bertil, "privata-medel-signerad");
        } finally {
            bertil.quit();
        }
    }

    /** L9: who was told how to give feedback. */
    private static void feedback(WebDriver browser) throws Exception {
        part(browser, "synpunkter", "Synpunkter");
        accessible(browser, "synpunkter");
        browser.findElement(By.id("how")).sendKeys("Muntligt, och kommunens broschyr om synpunkter");
        submit(browser, "Dokumentera informationen");
        assertThat(browser.findElement(By.id("fel-informed")).getText()).isEqualTo("Fältet måste fyllas i.");
        assertThat(browser.findElement(By.id("how")).getAttribute("value"))
                .isEqualTo("Muntligt, och kommunens broschyr om synpunkter");
        browser.findElement(By.id("informed")).click();
        browser.findElement(By.id("informed-RELATIVES")).click();
        submit(browser, "Dokumentera informationen");
        assertThat(status(browser)).isEqualTo("Informationen om synpunkter är dokumenterad.");
        assertThat(main(browser)).contains("Brukaren, Närstående");
        accessible(browser, "synpunkter-sparad");
        screenshots(browser, "akt-synpunkter");
    }

    /**
     * H9, L8: once the case has closed, "Information vid akutbesök" is gone, which the page says,
     * and the planner hands the final balance over (a wrong amount refused first).
     */
    private static void afterClosure(WebDriver browser) throws Exception {
        String planner = suite().signIn("pia.planerare");
        var closed = BrowserSuite.call(suite().assignmentPort(), "POST", "/cases/" + caseId + "/closure", planner,
                "{\"closedOn\":\"%s\",\"reason\":\"MOVED_TO_OTHER_CARE\"}".formatted(
                        java.time.LocalDate.now(BrowserSuite.STOCKHOLM)));
        assertThat(closed.statusCode()).as(closed.body()).isBetween(200, 204);
        await().atMost(Duration.ofSeconds(60)).until(() -> BrowserSuite.call(suite().planPort(), "GET",
                "/cases/" + caseId + "/emergency-information", planner, null).statusCode() == 410);
        signIn(browser, "pia.planerare", "Planering");
        browser.get(gateway + "/arenden/" + caseId + "/akt/akutinformation");
        onPage(browser, "Information vid akutbesök");
        assertThat(main(browser)).contains("Ärendet är avslutat.", "förstördes när ärendet avslutades (H9)")
                .doesNotContain("Spara blanketten");
        accessible(browser, "akutinformation-avslutat");
        screenshots(browser, "akt-akutinformation-avslutat");

        browser.get(gateway + "/arenden/" + caseId + "/akt/privata-medel");
        onPage(browser, "Privata medel");
        assertThat(main(browser)).contains("med slutsaldot 349,50 kr", "Överlämna slutsaldot");
        browser.findElement(By.id("handoverAmount")).sendKeys("300");
        browser.findElement(By.id("receivedBy")).sendKeys("Brukarens god man");
        submit(browser, "Registrera överlämningen");
        assertThat(browser.findElement(By.id("fel-handoverAmount")).getText()).startsWith("Slutsaldot lämnas över");
        assertThat(browser.findElement(By.id("receivedBy")).getAttribute("value")).isEqualTo("Brukarens god man");
        accessible(browser, "privata-medel-overlamning-fel");
        WebElement amount = browser.findElement(By.id("handoverAmount"));
        amount.clear();
        amount.sendKeys("349,50");
        submit(browser, "Registrera överlämningen");
        assertThat(status(browser)).isEqualTo("Slutsaldot är överlämnat.");
        assertThat(main(browser)).contains("till Brukarens god man").doesNotContain("Överlämna slutsaldot");
        accessible(browser, "privata-medel-overlamnat");
    }

    /** A part of the file, reached from the file's page as staff reach it. */
    private static void part(WebDriver browser, String path, String title) {
        browser.get(gateway + "/arenden/" + caseId + "/akt");
        onPage(browser, "Genomförandeakt");
        browser.findElement(By.cssSelector("a[href$='/akt/" + path + "']")).click();
        onPage(browser, title);
    }

    private static void submit(WebDriver browser, String button) {
        submit(browser, browser.findElement(By.xpath("//button[text()='" + button + "']")));
    }

    /** Sends a form and waits for the next page: it has the same title as the last (a refusal, or the part again). */
    private static void submit(WebDriver browser, WebElement button) {
        WebElement before = browser.findElement(By.tagName("main"));
        button.click();
        await().atMost(Duration.ofSeconds(15)).until(() -> ExpectedConditions.stalenessOf(before).apply(browser));
        Browser.shown(browser, By.tagName("main"));
    }
}
