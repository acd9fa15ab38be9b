package se.kontaktman.suite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;

/**
 * What the browser tests do in Debian's Chromium: sign in on the provider's page, wait for the
 * next page (a click or Enter does not), check a page with axe-core for WCAG 2.1 A and AA, and
 * take screenshots at tablet and phone width (to target/screenshots).
 */
final class Browser {

    private static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");
    private static final Path SCREENSHOTS = Path.of("target/screenshots");

    private Browser() {
    }

    static WebDriver chromium() throws IOException {
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--window-size=1280,1000", "--lang=sv-SE",
                "--user-data-dir=" + Files.createTempDirectory("chromium").toAbsolutePath());
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver")).usingAnyFreePort().build();
        return new ChromeDriver(service, options);
    }

    /** Opens the gateway, signs in on the provider's page, and waits for the page the role lands on. */
    static void signIn(WebDriver browser, String staffId, String landsOn) {
        browser.get(BrowserSuite.gateway() + "/");
        browser.findElement(By.id("username")).sendKeys(staffId);
        browser.findElement(By.id("password")).sendKeys(BrowserSuite.suite().demoPasswords().get(staffId), Keys.ENTER);
        await().atMost(Duration.ofSeconds(20)).until(() -> browser.getTitle().startsWith(landsOn));
    }

    static void signOut(WebDriver browser) {
        browser.findElement(By.xpath("//button[text()='Logga ut']")).click();
        await().atMost(Duration.ofSeconds(10)).until(() -> browser.getCurrentUrl().endsWith("/utloggad"));
    }

    /** The element, once the page that has it has come. */
    static WebElement shown(WebDriver browser, By element) {
        await().atMost(Duration.ofSeconds(10)).until(() -> !browser.findElements(element).isEmpty());
        return browser.findElement(element);
    }

    static void onPage(WebDriver browser, String title) {
        await().atMost(Duration.ofSeconds(10)).until(() -> browser.getTitle().startsWith(title));
    }

    /** The text of the page's main part. */
    static String main(WebDriver browser) {
        return browser.findElement(By.tagName("main")).getText();
    }

    static void press(WebDriver browser, String button) {
        browser.findElement(By.xpath("//button[text()='" + button + "']")).click();
    }

    /** The message a saved form leads to, once the next page has come (or what refused it, if it did not). */
    static String status(WebDriver browser) {
        await().atMost(Duration.ofSeconds(10)).until(() -> !browser.findElements(By.cssSelector("[role=status]"))
                .isEmpty() || !browser.findElements(By.id("felsammanfattning")).isEmpty());
        assertThat(browser.findElements(By.id("felsammanfattning"))).as(main(browser)).isEmpty();
        return browser.findElement(By.cssSelector("[role=status]")).getText();
    }

    static void accessible(WebDriver browser, String page) {
        Results results = new AxeBuilder().withTags(WCAG_21_AA).analyze(browser);
        assertThat(results.getViolations()).as(page + ": " + describe(results.getViolations())).isEmpty();
    }

    private static String describe(List<Rule> violations) {
        StringBuilder text = new StringBuilder();
        for (Rule rule : violations) {
            text.append(rule.getId()).append(": ").append(rule.getHelp()).append(" ");
            rule.getNodes().forEach(node -> text.append(node.getTarget()).append(' '));
        }
        return text.toString();
    }

    /** Tab from the top of the page until the element has the focus, as a keyboard user would. */
    static void tabTo(WebDriver browser, WebElement target) {
        browser.findElement(By.tagName("body")).click();
        for (int i = 0; i < 40 && !target.equals(browser.switchTo().activeElement()); i++) {
            new Actions(browser).sendKeys(Keys.TAB).perform();
        }
        assertThat(browser.switchTo().activeElement()).as("reached with the Tab key").isEqualTo(target);
    }

    static void screenshots(WebDriver browser, String page) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        Dimension original = browser.manage().window().getSize();
        for (String[] size : new String[][]{{"surfplatta", "820", "1180"}, {"telefon", "390", "844"}}) {
            browser.manage().window().setSize(new Dimension(Integer.parseInt(size[1]), Integer.parseInt(size[2])));
            Path shot = ((ChromeDriver) browser).getScreenshotAs(OutputType.FILE).toPath();
            Files.copy(shot, SCREENSHOTS.resolve(page + "-" + size[0] + ".png"), StandardCopyOption.REPLACE_EXISTING);
        }
        browser.manage().window().setSize(original);
    }
}
