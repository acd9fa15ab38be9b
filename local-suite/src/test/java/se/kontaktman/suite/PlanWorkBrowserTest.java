package se.kontaktman.suite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static se.kontaktman.suite.Browser.accessible;
import static se.kontaktman.suite.Browser.chromium;
import static se.kontaktman.suite.Browser.main;
import static se.kontaktman.suite.Browser.onPage;
import static se.kontaktman.suite.Browser.press;
import static se.kontaktman.suite.Browser.screenshots;
import static se.kontaktman.suite.Browser.shown;
import static se.kontaktman.suite.Browser.signIn;
import static se.kontaktman.suite.Browser.status;
import static se.kontaktman.suite.BrowserSuite.HTTP;
import static se.kontaktman.suite.BrowserSuite.STOCKHOLM;
import static se.kontaktman.suite.BrowserSuite.suite;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * The contact person's plan work after the first plan, in Debian's Chromium against the whole
 * local suite: in home care a follow-up "på grund av omfattande förändring" that revises the plan
 * on the form filled from the current version (first refused, by its fields, nothing lost), the
 * April/May–October/November check, a planning note handed over and acknowledged by the planner
 * in her own browser (Anna may not: H6), the "Jag är din kontaktman" sheet printed under its own
 * policy; in LSS the arrival conversation, the work team's review and the plan meeting, and
 * "Information vid akutbesök" printed. axe-core on every page: zero violations.
 */
@ExtendWith(BrowserSuite.class)
class PlanWorkBrowserTest {

    private static String gateway;
    private static String homeCase;
    private static String lssCase;
    private static String anna;
    private static final String TODAY = LocalDate.now(STOCKHOLM).toString();

    @BeforeAll
    static void casesWithAPlan() throws Exception {
        gateway = BrowserSuite.gateway();
        homeCase = BrowserSuite.openCase("19440618-2388", "Ingrid Isaksson", "HOME_CARE", "anna.berg", "bertil.ek");
        lssCase = BrowserSuite.openCase("19870402-5579", "Oskar Ohlin", "LSS", "anna.berg", "bertil.ek");
        anna = suite().signIn("anna.berg");
        for (String caseId : new String[]{homeCase, lssCase}) {
            await().atMost(Duration.ofSeconds(60)).until(() -> plan("GET", "/cases/" + caseId, null).statusCode() == 200);
        }
        // The first home visit and the plan, over the API: StaffUiBrowserTest does them on the pages.
        HttpResponse<String> booked = plan("POST", "/cases/" + homeCase + "/introduction-visits",
                "{\"bookedFor\":\"%s\",\"contactPersonStaffId\":\"anna.berg\"}".formatted(TODAY));
        assertThat(booked.statusCode()).as(booked.body()).isEqualTo(201);
        String visitId = field(booked.body(), "visitId");
        HttpResponse<String> held = plan("POST", "/cases/" + homeCase + "/introduction-visits/" + visitId + "/held",
                "{\"heldOn\":\"%s\",\"attendingStaffIds\":[],\"sheetHandedOver\":true}".formatted(TODAY));
        assertThat(held.statusCode()).as(held.body()).isEqualTo(200);
        HttpResponse<String> written = plan("POST", "/cases/" + homeCase + "/plan/versions", """
                {"establishedOn":"%s","place":"CLIENT_HOME","participants":[{"description":"brukaren"}],
                 "clientParticipation":"Berättade hur hon vill ha det","wishes":"Kaffe före duschen",
                 "interventions":[{"what":"Dusch","how":"Med pall","when":"Tisdagar","responsible":"Kontaktman",
                 "goal":"Känna sig fräsch"}]}""".formatted(TODAY));
        assertThat(written.statusCode()).as(written.body()).isEqualTo(201);
    }

    @Test
    void homeCareAFollowUpRevisesThePlanANoteGoesToThePlannerAndTheSheetIsPrinted() throws Exception {
        WebDriver browser = chromium();
        try {
            signIn(browser, "anna.berg", "Mina brukare");
            browser.get(gateway + "/arenden/" + homeCase);
            onPage(browser, "Ingrid Isaksson");
            assertThat(main(browser)).contains("Revidera genomförandeplanen", "Uppföljning",
                    "Viktigt att tänka på vid planering", "Jag är din kontaktman (ersättare)");
            assertThat(browser.findElements(By.linkText("Ankomstsamtal"))).as("LSS only").isEmpty();
            assertThat(browser.findElements(By.linkText("Genomförandeplansmöte"))).as("LSS only").isEmpty();
            accessible(browser, "arende-hemtjanst");

            // A revision is written from the current version; the versions are read.
            browser.findElement(By.linkText("Revidera genomförandeplanen")).click();
            assertThat(shown(browser, By.id("wishes")).getAttribute("value")).isEqualTo("Kaffe före duschen");
            assertThat(browser.findElement(By.id("interventions0-how")).getAttribute("value")).isEqualTo("Med pall");
            accessible(browser, "genomforandeplan-revidera");
            browser.findElement(By.linkText("Version 1")).click();
            onPage(browser, "Genomförandeplan, version 1");
            assertThat(main(browser)).contains("Kaffe före duschen", "Insats 1: Dusch", "Anna Berg");
            accessible(browser, "genomforandeplan-version");

            // H4: a follow-up due to an extensive change, revising the plan in the same command.
            browser.get(gateway + "/arenden/" + homeCase + "/uppfoljning");
            onPage(browser, "Uppföljning av genomförandeplanen");
            assertThat(browser.findElement(By.id("revision-interventions0-what")).getAttribute("value"))
                    .as("the revision starts from the current version").isEqualTo("Dusch");
            browser.findElement(By.id("kind-change")).click();
            browser.findElement(By.id("outcome-revised")).click();
            browser.findElement(By.id("participants")).sendKeys("brukaren\nsonen");
            WebElement how = browser.findElement(By.id("revision-interventions0-how"));
            how.clear();
            browser.findElement(By.id("revision-wishes")).sendKeys(", och duschen på kvällen");
            accessible(browser, "uppfoljning");
            press(browser, "Spara uppföljningen");
            WebElement summary = shown(browser, By.id("felsammanfattning"));
            assertThat(summary.getText()).contains("Uppföljningen är inte sparad",
                    "Hur brukaren deltog: Fältet måste fyllas i.", "Ny version, Insats 1, hur: Fältet måste fyllas i.");
            assertThat(browser.findElement(By.id("fel-revision-interventions0-how")).getText())
                    .isEqualTo("Fältet måste fyllas i.");
            assertThat(browser.findElement(By.id("revision-interventions0-how")).getAttribute("aria-describedby"))
                    .isEqualTo("fel-revision-interventions0-how");
            assertThat(browser.findElement(By.id("revision-wishes")).getAttribute("value"))
                    .as("nothing typed is lost").isEqualTo("Kaffe före duschen, och duschen på kvällen");
            assertThat(browser.findElement(By.id("kind-change")).isSelected()).isTrue();
            assertThat(browser.findElement(By.id("outcome-revised")).isSelected()).isTrue();
            accessible(browser, "uppfoljning-fel");
            screenshots(browser, "uppfoljning-fel");
            summary.findElement(By.partialLinkText("Hur brukaren deltog")).click();
            browser.switchTo().activeElement().sendKeys("Sa själv vad som ändrats sedan fallet");
            browser.findElement(By.id("revision-interventions0-how")).sendKeys("Sittande, med två personal");
            press(browser, "Spara uppföljningen");
            assertThat(status(browser)).isEqualTo("Uppföljningen är sparad, med genomförandeplanen som version 2.");
            assertThat(main(browser)).contains("Version 2");
            browser.get(gateway + "/arenden/" + homeCase + "/uppfoljning");
            onPage(browser, "Uppföljning av genomförandeplanen");
            assertThat(main(browser)).contains("På grund av omfattande förändring", "Planen reviderades (version 2)",
                    "brukaren, sonen", "Anna Berg");
            assertThat(browser.findElement(By.id("revision-interventions0-how")).getAttribute("value"))
                    .isEqualTo("Sittande, med två personal");
            accessible(browser, "uppfoljning-tidigare");
            screenshots(browser, "uppfoljning");

            // H5: the check is made in April/May or October/November only.
            browser.get(gateway + "/arenden/" + homeCase + "/kontroll");
            onPage(browser, "Kontroll av genomförandeplanen");
            accessible(browser, "kontroll");
            ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1]",
                    browser.findElement(By.id("followUpBookedFor")), TODAY);
            press(browser, "Spara kontrollen");
            int month = LocalDate.now(STOCKHOLM).getMonthValue();
            if (month == 4 || month == 5 || month == 10 || month == 11) {
                assertThat(status(browser)).startsWith("Kontrollen är sparad");
            } else {
                assertThat(shown(browser, By.id("fel-checkedOn")).getText()).contains("april/maj eller oktober/november");
                accessible(browser, "kontroll-fel");
            }

            // H6: a planning note, refused first by the row it names.
            browser.get(gateway + "/arenden/" + homeCase + "/planeringsanteckning");
            onPage(browser, "Viktigt att tänka på vid planering");
            browser.findElement(By.id("specialWishes")).sendKeys("Inga besök före nio på morgonen");
            browser.findElement(By.id("timeAdjustments0-intervention")).sendKeys("Dusch");
            browser.findElement(By.id("timeAdjustments0-direction")).click();
            browser.findElement(By.id("timeAdjustments0-minutes")).sendKeys("0");
            browser.findElement(By.id("timeAdjustments0-reason")).sendKeys("Två personal behövs efter fallet");
            accessible(browser, "planeringsanteckning");
            press(browser, "Lämna till planeraren");
            assertThat(shown(browser, By.id("fel-timeAdjustments0-minutes")).getText())
                    .isEqualTo("Skriv ett antal större än noll.");
            assertThat(browser.findElement(By.id("specialWishes")).getAttribute("value"))
                    .isEqualTo("Inga besök före nio på morgonen");
            accessible(browser, "planeringsanteckning-fel");
            WebElement minutes = browser.findElement(By.id("timeAdjustments0-minutes"));
            minutes.clear();
            minutes.sendKeys("15");
            press(browser, "Lämna till planeraren");
            assertThat(status(browser)).isEqualTo("Anteckningen är lämnad till planeraren.");

            // Only a planner acknowledges a note (H6): Anna is told so, by the rule.
            String noteId = field(plan("GET", "/cases/" + homeCase + "/planning-notes", null).body(), "noteId");
            browser.get(gateway + "/planering/anteckningar/" + homeCase + "/" + noteId);
            onPage(browser, "Kvittera anteckning");
            press(browser, "Kvittera anteckningen");
            assertThat(shown(browser, By.id("felsammanfattning")).getText())
                    .contains("Bara arbetsgruppens planerare kvitterar anteckningar (H6).");
            accessible(browser, "kvittera-fel");

            // "Jag är din kontaktman", printed with the page's own style and nothing else.
            browser.get(gateway + "/arenden/" + homeCase);
            onPage(browser, "Ingrid Isaksson");
            browser.findElement(By.linkText("Jag är din kontaktman (ordinarie)")).click();
            onPage(browser, "Jag är din kontaktman");
            assertThat(browser.findElement(By.id("contact-person")).getText()).isEqualTo("Anna Berg");
            assertThat(browser.getCurrentUrl()).doesNotContain("Ingrid", "1944");
            assertThat((String) ((JavascriptExecutor) browser)
                    .executeScript("return getComputedStyle(document.body).fontFamily")).as("its style block applies")
                    .contains("Georgia");
            accessible(browser, "kontaktmannablad");
            screenshots(browser, "kontaktmannablad");
            HttpResponse<String> sheet = withSession(browser, browser.getCurrentUrl());
            assertThat(sheet.statusCode()).isEqualTo(200);
            assertThat(sheet.headers().firstValue("Content-Security-Policy")).get().asString()
                    .contains("style-src 'sha256-", "default-src 'none'").doesNotContain("unsafe-inline", "script-src");
        } finally {
            browser.quit();
        }

        // The planner sees the note on "Planering" and acknowledges it, in her own browser.
        WebDriver pia = chromium();
        try {
            signIn(pia, "pia.planerare", "Planering");
            // Listed by what the case's status says of it (no text is read until she opens it).
            assertThat(main(pia)).contains("Viktigt att tänka på vid planering", "Ingrid Isaksson " + TODAY
                    + " Ändrad tid");
            accessible(pia, "planering-anteckningar");
            screenshots(pia, "planering-anteckningar");
            pia.findElement(By.linkText("Läs och kvittera anteckningen för Ingrid Isaksson")).click();
            onPage(pia, "Kvittera anteckning");
            assertThat(main(pia)).contains("Inga besök före nio på morgonen",
                    "Dusch: öka med 15 minuter (Två personal behövs efter fallet)", "Inte kvitterad ännu");
            accessible(pia, "kvittera");
            screenshots(pia, "kvittera");
            pia.findElement(By.id("plannerNotes")).sendKeys("Besöken flyttas till efter nio från måndag");
            press(pia, "Kvittera anteckningen");
            assertThat(status(pia)).isEqualTo("Anteckningen är kvitterad.");
            assertThat(main(pia)).doesNotContain("Läs och kvittera anteckningen för Ingrid Isaksson");
            accessible(pia, "planering-kvitterad");
        } finally {
            pia.quit();
        }
    }

    @Test
    void lssTheArrivalConversationTheTeamsReviewAndThePlanMeeting() throws Exception {
        WebDriver browser = chromium();
        try {
            signIn(browser, "anna.berg", "Mina brukare");
            browser.get(gateway + "/arenden/" + lssCase);
            onPage(browser, "Oskar Ohlin");
            assertThat(main(browser)).contains("Ankomstsamtal", "Genomförandeplansmöte", "Information vid akutbesök");
            assertThat(browser.findElements(By.linkText("Första hembesöket"))).as("home care only").isEmpty();
            assertThat(browser.findElements(By.partialLinkText("Jag är din kontaktman"))).as("home care only").isEmpty();
            accessible(browser, "arende-lss");

            // L1: refused without anyone or anything talked about, then saved.
            browser.findElement(By.linkText("Ankomstsamtal")).click();
            onPage(browser, "Ankomstsamtal");
            accessible(browser, "ankomstsamtal");
            press(browser, "Spara ankomstsamtalet");
            assertThat(shown(browser, By.id("felsammanfattning")).getText()).contains("Ankomstsamtalet är inte sparat",
                    "Vilka var med: Fältet måste fyllas i.", "Skriv om minst ett av samtalets ämnen.");
            accessible(browser, "ankomstsamtal-fel");
            browser.findElement(By.id("participants")).sendKeys("Oskar\npappa");
            browser.findElement(By.id("needs")).sendKeys("Vill ha tydliga scheman med bilder");
            browser.findElement(By.id("lifeStory")).sendKeys("Växte upp i Skåne, tycker om tåg");
            press(browser, "Spara ankomstsamtalet");
            assertThat(status(browser)).isEqualTo("Ankomstsamtalet är sparat.");
            browser.findElement(By.linkText("Ankomstsamtal")).click();
            onPage(browser, "Ankomstsamtal");
            assertThat(main(browser)).contains("Oskar, pappa", "tydliga scheman", "Levnadshistoria");
            accessible(browser, "ankomstsamtal-hallet");
            screenshots(browser, "ankomstsamtal");

            // The plan over the API, then L2: the work team goes through version 1.
            HttpResponse<String> written = plan("POST", "/cases/" + lssCase + "/plan/versions", """
                    {"establishedOn":"%s","place":"ELSEWHERE","placeDescription":"Daglig verksamhet",
                     "participants":[{"description":"Oskar"}],"clientParticipation":"Visade med bilder",
                     "interventions":[{"what":"Boendestöd","how":"Bildschema","when":"Varje morgon",
                     "responsible":"Kontaktman","goal":"Klara morgonen själv"}]}""".formatted(TODAY));
            assertThat(written.statusCode()).as(written.body()).isEqualTo(201);
            browser.get(gateway + "/arenden/" + lssCase + "/genomforandeplan/versioner/1");
            onPage(browser, "Genomförandeplan, version 1");
            assertThat(main(browser)).contains("Daglig verksamhet", "Genomgång i arbetsgruppen (L2)");
            accessible(browser, "genomforandeplan-version-lss");
            press(browser, "Spara genomgången");
            assertThat(status(browser)).isEqualTo("Arbetsgruppens genomgång av version 1 är sparad.");

            // L3: the plan meeting, like a follow-up; the plan still current.
            browser.findElement(By.linkText("Genomförandeplansmöte")).click();
            onPage(browser, "Genomförandeplansmöte");
            assertThat(browser.findElement(By.id("revision-interventions0-what")).getAttribute("value"))
                    .isEqualTo("Boendestöd");
            accessible(browser, "planmote");
            browser.findElement(By.id("participants")).sendKeys("Oskar\npappa\nkontaktman");
            press(browser, "Spara mötet");
            assertThat(status(browser)).isEqualTo("Genomförandeplansmötet är sparat.");
            browser.findElement(By.linkText("Genomförandeplansmöte")).click();
            onPage(browser, "Genomförandeplansmöte");
            assertThat(main(browser)).contains("Planen är aktuell (version 1)");
            accessible(browser, "planmote-tidigare");
            screenshots(browser, "planmote");
            browser.get(gateway + "/arenden/" + lssCase + "/genomforandeplan");
            onPage(browser, "Genomförandeplan");
            assertThat(main(browser)).contains("Genomgången i arbetsgruppen", TODAY);
            accessible(browser, "genomforandeplan-versioner-lss");

            // "Information vid akutbesök", printed under its own policy.
            HttpResponse<String> reviewed = plan("PUT", "/cases/" + lssCase + "/emergency-information", """
                    {"reviewedOn":"%s","communication":"Bilder och tecken","calming":"Tågljud",
                     "worrying":"Höga ljud","medicationListKept":"I köket"}""".formatted(TODAY));
            assertThat(reviewed.statusCode()).as(reviewed.body()).isBetween(200, 204);
            browser.get(gateway + "/arenden/" + lssCase);
            onPage(browser, "Oskar Ohlin");
            browser.findElement(By.linkText("Information vid akutbesök")).click();
            onPage(browser, "Information vid akutbesök");
            assertThat(browser.findElement(By.id("calming")).getText()).isEqualTo("Tågljud");
            accessible(browser, "akutinformation");
            HttpResponse<String> page = withSession(browser, browser.getCurrentUrl());
            assertThat(page.headers().firstValue("Content-Security-Policy")).get().asString()
                    .contains("style-src 'sha256-").doesNotContain("unsafe-inline");

            // Closing the case destroys the working copy (H9): a Swedish page says so, not an error code.
            HttpResponse<String> closed = BrowserSuite.call(suite().assignmentPort(), "POST",
                    "/cases/" + lssCase + "/closure", suite().signIn("pia.planerare"),
                    "{\"closedOn\":\"%s\",\"reason\":\"SERVICE_ENDED\"}".formatted(TODAY));
            assertThat(closed.statusCode()).as(closed.body()).isBetween(200, 204);
            await().atMost(Duration.ofSeconds(30)).until(() -> plan("GET", "/cases/" + lssCase
                    + "/emergency-information", null).statusCode() == 410);
            browser.get(gateway + "/arenden/" + lssCase + "/akt/akutinformation/utskrift");
            assertThat(shown(browser, By.tagName("h1")).getText()).isEqualTo("Uppgiften finns inte längre");
            assertThat(main(browser)).contains("förstördes", "(H9)").doesNotContain("Tågljud");
            accessible(browser, "akutinformation-forstord");
        } finally {
            browser.quit();
        }
    }

    private static HttpResponse<String> plan(String method, String path, String body) throws Exception {
        return BrowserSuite.call(suite().planPort(), method, path, anna, body);
    }

    private static String field(String json, String name) {
        Matcher value = Pattern.compile("\"" + name + "\":\"([^\"]+)\"").matcher(json);
        assertThat(value.find()).as(json).isTrue();
        return value.group(1);
    }

    /** The page again, outside the browser with its session, to read its headers. */
    private static HttpResponse<String> withSession(WebDriver browser, String url) throws Exception {
        String session = browser.manage().getCookieNamed("KONTAKTMAN_SESSION").getValue();
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).header("Cookie", "KONTAKTMAN_SESSION=" + session)
                .build(), HttpResponse.BodyHandlers.ofString());
    }
}
