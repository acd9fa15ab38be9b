package se.kontaktman.suite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static se.kontaktman.suite.Browser.accessible;
import static se.kontaktman.suite.Browser.chromium;
import static se.kontaktman.suite.Browser.onPage;
import static se.kontaktman.suite.Browser.screenshots;
import static se.kontaktman.suite.Browser.shown;
import static se.kontaktman.suite.Browser.signIn;
import static se.kontaktman.suite.Browser.status;
import static se.kontaktman.suite.Browser.tabTo;
import static se.kontaktman.suite.BrowserSuite.HTTP;
import static se.kontaktman.suite.BrowserSuite.suite;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;

/**
 * The staff UI in Debian's Chromium against the whole local suite: a contact person signs in on
 * the Swedish sign-in page, finds her client in "Mina brukare", opens the case with the keyboard
 * alone, writes the genomförandeplan (first refused, with the errors next to their fields and
 * nothing typed lost, then saved), meets a Swedish page for a case that is not hers, and signs
 * out. The planner and the area manager have flows of their own. Every page is checked with axe-core for WCAG 2.1 A and AA: zero violations. Screenshots
 * at tablet and phone width go to target/screenshots.
 */
@ExtendWith(BrowserSuite.class)
class StaffUiBrowserTest {

    private static String gateway;
    private static String ownCase;
    private static String othersCase;

    @BeforeAll
    static void twoCases() throws Exception {
        gateway = BrowserSuite.gateway();
        ownCase = BrowserSuite.openCase("19121212-1212", "Tolvan Tolvansson", "HOME_CARE", "anna.berg", "bertil.ek");
        othersCase = BrowserSuite.openCase("19410321-9251", "Greta Gran", "HOME_CARE", "bertil.ek", "cecilia.holm");
        await().atMost(Duration.ofSeconds(60)).until(() -> BrowserSuite.call(suite().planPort(), "GET",
                "/cases/" + ownCase, suite().signIn("anna.berg"), null).statusCode() == 200);
    }

    @Test
    void aContactPersonSignsInWritesThePlanWithHerClientAndSignsOut() throws Exception {
        WebDriver browser = chromium();
        try {
            // The Swedish sign-in page of the provider.
            browser.get(gateway + "/");
            assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Logga in på Kontaktman");
            accessible(browser, "inloggning");
            browser.findElement(By.id("username")).sendKeys("anna.berg");
            browser.findElement(By.id("password")).sendKeys("fel-lösenord", Keys.ENTER);
            assertThat(shown(browser, By.id("fel")).getText()).contains("Fel användarnamn eller lösenord");
            accessible(browser, "inloggning-fel");
            browser.findElement(By.id("username")).clear();
            browser.findElement(By.id("username")).sendKeys("anna.berg");
            browser.findElement(By.id("password")).sendKeys(suite().demoPasswords().get("anna.berg"), Keys.ENTER);

            // "Mina brukare": her client, reached and opened with the keyboard alone.
            await().atMost(Duration.ofSeconds(20)).until(() -> browser.getTitle().startsWith("Mina brukare"));
            assertThat(browser.findElement(By.tagName("main")).getText()).contains("Tolvan Tolvansson", "Ordinarie")
                    .doesNotContain("Greta Gran");
            accessible(browser, "mina-brukare");
            screenshots(browser, "mina-brukare");
            WebElement client = browser.findElement(By.linkText("Tolvan Tolvansson"));
            tabTo(browser, client);
            new Actions(browser).sendKeys(Keys.ENTER).perform();
            await().atMost(Duration.ofSeconds(10)).until(() -> browser.getTitle().startsWith("Tolvan Tolvansson"));
            assertThat(browser.findElement(By.tagName("main")).getText()).contains("Anna Berg", "Bertil Ek",
                    "Inte skriven ännu");
            accessible(browser, "arende");
            screenshots(browser, "arende");

            // H2: the first home visit, booked for herself and recorded with the sheet handed over.
            browser.findElement(By.linkText("Första hembesöket")).click();
            onPage(browser, "Första hembesöket");
            assertThat(browser.findElement(By.tagName("main")).getText()).contains("Inget besök är bokat ännu.");
            accessible(browser, "hembesok");
            browser.findElement(By.xpath("//button[text()='Boka besöket']")).click();
            assertThat(status(browser)).isEqualTo("Hembesöket är bokat.");
            assertThat(browser.switchTo().activeElement().getText()).as("the message takes the focus")
                    .isEqualTo("Hembesöket är bokat.");
            browser.findElement(By.linkText("Första hembesöket")).click();
            onPage(browser, "Första hembesöket");
            assertThat(browser.findElement(By.tagName("main")).getText()).contains("Anna Berg (ordinarie), bokat till");
            accessible(browser, "hembesok-bokat");
            browser.findElement(By.xpath("//button[text()='Registrera besöket som gjort']")).click();
            assertThat(status(browser)).isEqualTo("Hembesöket är registrerat som gjort.");

            // The plan: refused with what is missing, next to each field, nothing typed lost.
            browser.findElement(By.linkText("Skriv genomförandeplan")).click();
            shown(browser, By.id("participants")).sendKeys("brukaren\ndotter");
            browser.findElement(By.id("wishes")).sendKeys("Vill duscha på kvällen, efter nyheterna");
            browser.findElement(By.id("interventions0-what")).sendKeys("Dusch");
            // An insats added by mistake is taken out again, without script and without losing what was typed.
            browser.findElement(By.xpath("//button[text()='Lägg till insats']")).click();
            shown(browser, By.id("interventions1-what"));
            browser.findElement(By.xpath("//button[text()='Ta bort insats 2']")).click();
            await().atMost(Duration.ofSeconds(10)).until(() -> browser.findElements(By.id("interventions1-what")).isEmpty());
            assertThat(browser.findElement(By.id("interventions0-what")).getAttribute("value")).isEqualTo("Dusch");
            assertThat(browser.findElement(By.id("wishes")).getAttribute("value"))
                    .isEqualTo("Vill duscha på kvällen, efter nyheterna");
            accessible(browser, "genomforandeplan");
            browser.findElement(By.xpath("//button[text()='Spara genomförandeplanen']")).click();
            WebElement summary = shown(browser, By.id("felsammanfattning"));
            assertThat(summary.getText()).contains("Planen är inte sparad", "Hur brukaren deltog: Fältet måste fyllas i.",
                    "Insats 1, hur: Fältet måste fyllas i.");
            assertThat(browser.switchTo().activeElement().getAttribute("id")).as("the summary takes the focus")
                    .isEqualTo("felsammanfattning");
            assertThat(browser.findElement(By.id("fel-clientParticipation")).getText())
                    .isEqualTo("Fältet måste fyllas i.");
            assertThat(browser.findElement(By.id("clientParticipation")).getAttribute("aria-describedby"))
                    .isEqualTo("fel-clientParticipation");
            assertThat(browser.findElement(By.id("wishes")).getAttribute("value"))
                    .isEqualTo("Vill duscha på kvällen, efter nyheterna");
            accessible(browser, "genomforandeplan-fel");
            screenshots(browser, "genomforandeplan-fel");

            summary.findElement(By.partialLinkText("Hur brukaren deltog")).click();
            assertThat(browser.switchTo().activeElement().getAttribute("id")).isEqualTo("clientParticipation");
            browser.findElement(By.id("clientParticipation")).sendKeys("Berättade själv hur hon vill ha sin hjälp");
            browser.findElement(By.id("interventions0-how")).sendKeys("Med taburett, varmt vatten först");
            browser.findElement(By.id("interventions0-when")).sendKeys("Tisdag och fredag kväll");
            browser.findElement(By.id("interventions0-responsible")).sendKeys("Kontaktman");
            browser.findElement(By.id("interventions0-goal")).sendKeys("Känna sig fräsch");
            browser.findElement(By.xpath("//button[text()='Spara genomförandeplanen']")).click();
            await().atMost(Duration.ofSeconds(10)).until(() -> browser.getTitle().startsWith("Tolvan Tolvansson"));
            assertThat(browser.findElement(By.cssSelector("[role=status]")).getText())
                    .isEqualTo("Genomförandeplanen är sparad som version 1.");
            assertThat(browser.findElement(By.tagName("main")).getText()).contains("Version 1");
            accessible(browser, "arende-sparad");

            // A case that is not hers: a Swedish page, with the rule, not an error code.
            browser.get(gateway + "/arenden/" + othersCase);
            assertThat(browser.findElement(By.tagName("h1")).getText())
                    .isEqualTo("Du har inte behörighet till den här sidan");
            assertThat(browser.findElement(By.tagName("main")).getText()).doesNotContain("Greta");
            accessible(browser, "ingen-behorighet");

            // Signing out ends the session here and at the provider.
            browser.get(gateway + "/mina-brukare");
            browser.findElement(By.xpath("//button[text()='Logga ut']")).click();
            await().atMost(Duration.ofSeconds(10)).until(() -> browser.getCurrentUrl().endsWith("/utloggad"));
            assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Du är utloggad");
            accessible(browser, "utloggad");
            browser.get(gateway + "/mina-brukare");
            assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Logga in på Kontaktman");
        } finally {
            browser.quit();
        }
    }

    @Test
    void aPlannerOpensACaseWithThePersonnummerCheckedAsTypedAndAppointsItsContactPersons() throws Exception {
        WebDriver browser = chromium();
        try {
            signIn(browser, "pia.planerare", "Planering");
            assertThat(browser.findElement(By.tagName("main")).getText()).contains("Solbacken", "Tolvan Tolvansson",
                    "Greta Gran", "Gruppens tidsgränser");
            accessible(browser, "planering");
            screenshots(browser, "planering");

            browser.findElement(By.linkText("Nytt ärende")).click();
            WebElement personnummer = shown(browser, By.id("personnummer"));
            personnummer.sendKeys("19121212-1213");
            assertThat(browser.findElement(By.id("personnummer-check")).getText())
                    .isEqualTo("Kontrollsiffran stämmer inte.");
            browser.findElement(By.id("name")).sendKeys("Sture Sten");
            accessible(browser, "nytt-arende");
            browser.findElement(By.xpath("//button[text()='Registrera ärendet']")).click();
            assertThat(shown(browser, By.id("fel-personnummer")).getText()).as("the server's own check, in Swedish")
                    .startsWith("Personnumret stämmer inte");
            assertThat(browser.findElement(By.id("name")).getAttribute("value")).isEqualTo("Sture Sten");
            accessible(browser, "nytt-arende-fel");
            screenshots(browser, "nytt-arende-fel");
            personnummer = browser.findElement(By.id("personnummer"));
            personnummer.clear();
            personnummer.sendKeys("19350505-8127");
            assertThat(browser.findElement(By.id("personnummer-check")).getText()).isEqualTo("Personnumret ser rätt ut.");
            browser.findElement(By.xpath("//button[text()='Registrera ärendet']")).click();

            onPage(browser, "Utse kontaktmän");
            accessible(browser, "utse-kontaktman");
            new Select(browser.findElement(By.id("primaryStaffId")))
                    .selectByVisibleText("Anna Berg");
            new Select(browser.findElement(By.id("substituteStaffId")))
                    .selectByVisibleText("Anna Berg");
            browser.findElement(By.xpath("//button[text()='Utse kontaktmän']")).click();
            assertThat(shown(browser, By.id("felsammanfattning")).getText()).contains("Kontaktmännen är inte utsedda",
                    "två olika personer (H1)");
            accessible(browser, "utse-kontaktman-fel");
            new Select(browser.findElement(By.id("substituteStaffId")))
                    .selectByVisibleText("Bertil Ek");
            browser.findElement(By.xpath("//button[text()='Utse kontaktmän']")).click();
            await().atMost(Duration.ofSeconds(10)).until(() -> browser.getTitle().startsWith("Sture Sten"));
            assertThat(browser.findElement(By.cssSelector("[role=status]")).getText()).isEqualTo("Kontaktmännen är utsedda.");
            assertThat(browser.findElement(By.tagName("main")).getText()).contains("Anna Berg", "Bertil Ek");
            assertThat(browser.getCurrentUrl()).doesNotContain("1935", "Sture");
            browser.findElement(By.xpath("//button[text()='Logga ut']")).click();
            await().atMost(Duration.ofSeconds(10)).until(() -> browser.getCurrentUrl().endsWith("/utloggad"));
        } finally {
            browser.quit();
        }
    }

    @Test
    void theAreaManagerReadsTheKeyFiguresDownloadsThemDrillsDownToAGroupAndAContactPersonAndSeesWhoReadACase() throws Exception {
        WebDriver browser = chromium();
        try {
            signIn(browser, "karin.lund", "Nyckeltal");
            String figures = browser.findElement(By.tagName("main")).getText();
            assertThat(figures).contains("Nyckeltal, Hemtjänst Norra", "Öppna ärenden", "Med två kontaktmän (H1)",
                    "Försenade: Genomförandeplan (H3)", "Andel ärenden med två kontaktmän, per månad");
            // Two charts of shares, then one per rule with anything overdue in the year, as the table counts
            // (other test classes share the suite: what is overdue depends on what they did before).
            java.util.Set<Integer> rulesWithOverdue = new java.util.HashSet<>();
            for (WebElement month : browser.findElements(By.cssSelector("table.grid tbody tr"))) {
                List<WebElement> counts = month.findElements(By.tagName("td"));
                for (int rule = 0; rule < counts.size(); rule++) {
                    if (!counts.get(rule).getText().equals("0")) {
                        rulesWithOverdue.add(rule);
                    }
                }
            }
            assertThat(browser.findElements(By.cssSelector("table.grid tbody tr"))).hasSize(12);
            assertThat(browser.findElements(By.cssSelector("svg.bars"))).hasSize(2 + rulesWithOverdue.size());
            assertThat(figures).contains("Försenade moment per regel och månad");
            accessible(browser, "nyckeltal");
            screenshots(browser, "nyckeltal");

            // The CSV, with the browser's session: Swedish headings for a spreadsheet.
            String session = browser.manage().getCookieNamed("KONTAKTMAN_SESSION").getValue();
            String csvLink = browser.findElement(By.linkText("nyckeltalen i dag")).getAttribute("href");
            HttpResponse<String> csv = HTTP.send(HttpRequest.newBuilder(URI.create(csvLink))
                    .header("Cookie", "KONTAKTMAN_SESSION=" + session).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(csv.statusCode()).isEqualTo(200);
            assertThat(csv.headers().firstValue("Content-Disposition")).get().asString().contains("attachment");
            assertThat(csv.body()).contains("Försenade H1");
            String pdfLink = browser.findElement(By.partialLinkText("(PDF)")).getAttribute("href");
            HttpResponse<byte[]> pdf = HTTP.send(HttpRequest.newBuilder(URI.create(pdfLink))
                    .header("Cookie", "KONTAKTMAN_SESSION=" + session).build(), HttpResponse.BodyHandlers.ofByteArray());
            assertThat(pdf.statusCode()).isEqualTo(200);
            assertThat(pdf.headers().firstValue("Content-Type")).contains("application/pdf");
            assertThat(new String(pdf.body(), 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
            HttpResponse<String> anonymous = HTTP.send(HttpRequest.newBuilder(URI.create(csvLink)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(anonymous.statusCode()).as("no session, no figures: to sign-in").isEqualTo(302);

            browser.findElement(By.linkText("Solbacken")).click();
            onPage(browser, "Arbetsgrupp");
            assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Arbetsgrupp, Solbacken");
            accessible(browser, "arbetsgrupp");
            // Drill-down to a contact person of the group: her clients, their plans and what is overdue.
            browser.findElement(By.linkText("Anna Berg")).click();
            onPage(browser, "Kontaktman Anna Berg");
            // reporting-service counts from the topics: the case may reach it a moment after it was opened.
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                browser.navigate().refresh();
                return browser.findElement(By.tagName("main")).getText().contains("Tolvan Tolvansson");
            });
            assertThat(browser.findElement(By.tagName("main")).getText()).contains("Ordinarie", "Dokumentation");
            accessible(browser, "kontaktman-oversikt");
            screenshots(browser, "kontaktman-oversikt");
            browser.findElement(By.linkText("Tolvan Tolvansson")).click();
            shown(browser, By.linkText("Vem har läst ärendet")).click();
            onPage(browser, "Vem har läst ärendet");
            assertThat(browser.findElement(By.tagName("main")).getText()).contains("Karin Lund", "Ärendet: namn, personnummer och kontaktmän", "Läst");
            accessible(browser, "lasningar");
        } finally {
            browser.quit();
        }
    }

    @Test
    void thePagesCarryTheSecurityHeadersAndNoClientDataInAddresses() throws Exception {
        HttpResponse<String> page = HTTP.send(HttpRequest.newBuilder(URI.create(gateway + "/utloggad")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(page.headers().firstValue("Content-Security-Policy")).get().asString()
                .contains("default-src 'self'", "script-src 'self'", "frame-ancestors 'none'")
                .doesNotContain("unsafe-inline");
        assertThat(page.headers().firstValue("X-Frame-Options")).contains("DENY");
        assertThat(page.body()).doesNotContain("<script>", "style=");
        HttpResponse<String> signedOut = HTTP.send(HttpRequest.newBuilder(URI.create(gateway + "/mina-brukare")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(signedOut.statusCode()).as("to sign-in").isEqualTo(302);
        HttpResponse<String> api = HTTP.send(HttpRequest.newBuilder(URI.create(gateway + "/api/plan/cases/" + ownCase))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(api.statusCode()).as("the routes need a session too").isEqualTo(302);
    }
}
