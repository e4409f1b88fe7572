package nl.werkkracht.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The application on a random port with the test configuration (a fresh embedded database loaded with
 * the default datasets), and one headless Chromium shared by the tests of a class.
 *
 * <p>The tests use the element ids of the page contract (layout: {@code html[lang]}, {@code
 * a[hreflang]}, {@code #login-link}, {@code main#main}; the ids of each page are named in its test).
 * Waits are explicit: charts are drawn by ECharts after the page has loaded.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class BrowserTestSupport {

    /** Generous: CI machines are small (2 cores), and the first request of a level computes its figures. */
    static final Duration WAIT = Duration.ofSeconds(30);

    /** A chart or map that ECharts has drawn holds a canvas (or an svg with the SVG renderer). */
    static final String DRAWN = "canvas, svg";

    @LocalServerPort
    int port;

    private HeadlessChromium chromium;

    @BeforeAll
    void startBrowser() {
        chromium = HeadlessChromium.start(browserLanguage());
    }

    /** The browser's own language ({@code nl}, {@code en}); null for Chromium's default. */
    String browserLanguage() {
        return null;
    }

    @AfterAll
    void quitBrowser() {
        if (chromium != null) {
            chromium.quit();
        }
    }

    WebDriver driver() {
        return chromium.driver();
    }

    JavascriptExecutor js() {
        return chromium.driver();
    }

    String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    /**
     * Opens a page and checks it is a page of the layout ({@code main#main}); a missing page (404, an
     * error page) fails at once with its title, rather than after a long wait for an element.
     */
    void open(String path) {
        driver().get(url(path));
        waiting()
                .withMessage("page " + path + " did not finish loading (an error while the server rendered it?)")
                .until(d -> "complete".equals(js().executeScript("return document.readyState")));
        assertThat(driver().findElements(By.cssSelector("main#main")))
                .as("page %s has no main#main (title '%s'): the page is missing or failed", path, driver().getTitle())
                .isNotEmpty();
    }

    /** Logs in through the login form (Dutch) and waits until it is done. */
    void logInThroughTheForm(String username, String password) {
        open("/login?lang=nl");
        driver().findElement(By.id("username")).sendKeys(username);
        driver().findElement(By.id("password")).sendKeys(password);
        driver().findElement(By.cssSelector("#login-form [type=submit]")).click();
        waiting()
                .withMessage(username + " was not logged in")
                .until(ExpectedConditions.invisibilityOfElementLocated(By.id("login-form")));
    }

    WebDriverWait waiting() {
        return new WebDriverWait(driver(), WAIT);
    }

    WebElement waitFor(By locator) {
        return waiting().until(ExpectedConditions.presenceOfElementLocated(locator));
    }

    WebElement waitVisible(By locator) {
        return waiting().until(ExpectedConditions.visibilityOfElementLocated(locator));
    }

    String htmlLang() {
        return driver().findElement(By.tagName("html")).getAttribute("lang");
    }

    /** Waits until the chart with this id has been drawn, and returns it. */
    WebElement waitForChart(String id) {
        By drawn = By.cssSelector("#" + id + " canvas, #" + id + " svg");
        waiting()
                .withMessage("chart #" + id + " has no canvas or svg: ECharts did not draw it")
                .until(ExpectedConditions.presenceOfElementLocated(drawn));
        return driver().findElement(By.id(id));
    }

    /** Clicks a language link of the layout and waits until the page is in that language. */
    void switchLanguage(String lang) {
        driver().findElement(By.cssSelector("a[hreflang=" + lang + "]")).click();
        waiting()
                .withMessage("html[lang] did not become " + lang)
                .until(d -> lang.equals(d.findElement(By.tagName("html")).getAttribute("lang")));
        waitFor(By.cssSelector("main#main"));
    }

    /**
     * Runs axe-core on the page as shown now: fails on serious or critical WCAG 2.x A/AA violations and
     * prints the moderate and minor ones.
     */
    void assertAccessible(String what) {
        List<AxeScan.Violation> violations = AxeScan.run(js());
        violations.stream().filter(v -> !v.serious()).forEach(v -> System.out.println("axe " + what + ": " + v));
        assertThat(violations.stream().filter(AxeScan.Violation::serious).toList())
                .as("serious or critical axe-core violations on %s", what)
                .isEmpty();
    }

    /** Asserts the page's export links for these formats are there and point somewhere. */
    void assertExportLinks(String... formats) {
        for (String format : formats) {
            List<WebElement> links = driver().findElements(By.cssSelector("a[data-export=" + format + "]"));
            assertThat(links)
                    .as("export link a[data-export=%s] on %s", format, driver().getCurrentUrl())
                    .isNotEmpty();
            assertThat(links.get(0).getAttribute("href"))
                    .as("href of a[data-export=%s]", format)
                    .isNotBlank();
        }
    }
}
