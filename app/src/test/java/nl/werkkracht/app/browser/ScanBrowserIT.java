package nl.werkkracht.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import nl.werkkracht.app.organisation.OrganisationFixtures;
import nl.werkkracht.app.organisation.OrganisationFixtures.Tenant;
import nl.werkkracht.app.scan.ScanService;
import nl.werkkracht.core.scan.Item;
import nl.werkkracht.store.account.Role;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chromium.ChromiumNetworkConditions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * An employee answers the questionnaire on a phone (390 × 844) without an account, one scale per
 * screen, and loses nothing by reloading the page or switching the language; a failed send keeps the
 * answers and offers to send them again. The employer sees no results until closing the scan with the
 * button, then the results with a suppressed team. Every page passes axe-core. The organisation and its
 * answers are invented fixtures.
 *
 * <p>With {@code -Dwk.screenshots=/some/dir} the test also saves screenshots of the pages there.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ScanBrowserIT extends BrowserTestSupport {

    private static final Dimension PHONE = new Dimension(390, 844);

    @Autowired
    ApplicationContext context;

    private Tenant employer;
    private ScanService scans;
    private long scanId;
    private List<String> tokens;
    private Dimension desktop;

    @BeforeAll
    void createScan() {
        employer = OrganisationFixtures.tenant(context, Role.EMPLOYER);
        scans = context.getBean(ScanService.class);
        scanId = scans.create(
                        employer.organisationId(),
                        List.of("Zorg", "Kantoor", "Werkplaats"),
                        Instant.now().plus(14, ChronoUnit.DAYS))
                .orElseThrow()
                .id();
        tokens = scans.invite(scanId, 20);
        desktop = driver().manage().window().getSize();
    }

    @AfterAll
    void restoreWindow() {
        driver().manage().window().setSize(desktop);
    }

    @Test
    @Order(1)
    void shouldLetAnEmployeeAnswerStepByStepAndKeepTheAnswersOverAReloadAndALanguageSwitch() {
        driver().manage().window().setSize(PHONE);
        open("/s/" + tokens.get(0) + "?lang=nl");

        assertThat(driver().findElements(By.cssSelector("nav.wk-nav, #login-link, a[href*='api-docs']")))
                .as("no site menu, login or API link for employees")
                .isEmpty();
        assertThat(driver().findElement(By.id("privacy")).getText()).contains("Privacyverklaring");
        assertThat(noSidewaysScrolling()).as("no sideways scrolling at 390px").isTrue();
        assertThat(driver().findElement(By.id("progress")).getText()).startsWith("Stap 1 van 24");
        assertThat(visible("fieldset.wk-scan-scale"))
                .as("no scale on the first screen")
                .isZero();
        driver().findElement(By.cssSelector("#privacy summary")).click();
        assertThat(driver().findElement(By.id("privacy")).getText())
                .contains(organisationName() + " is verantwoordelijk")
                .contains("365 dagen")
                .contains("Autoriteit Persoonsgegevens");
        assertAccessible("questionnaire: first step on a phone");
        screenshot("questionnaire-phone-intro", false);

        driver().findElement(By.id("next")).click();
        assertThat(waitVisible(By.id("send-status")).getText()).contains("Kies eerst in welk team");
        driver().findElement(By.cssSelector("label[for=team-0]")).click();
        next();
        assertThat(visible("fieldset.wk-scan-scale")).as("one scale per screen").isEqualTo(1);
        WebElement firstOption = driver().findElement(By.cssSelector("label[for=tech-tools-1-1]"));
        assertThat(firstOption.getSize().getHeight()).as("tap target height").isGreaterThanOrEqualTo(44);
        answerCurrentStep(4);
        click("label[for=tech-tools-2-na]"); // don't know
        assertAccessible("questionnaire: a scale on a phone");
        screenshot("questionnaire-phone-scale", false);
        next();
        answerCurrentStep(2);
        assertThat(driver().findElement(By.id("progress")).getText()).startsWith("Stap 3 van 24");

        driver().navigate().refresh();
        waitVisible(By.id("progressbar"));
        assertThat(driver().findElement(By.id("progress")).getText())
                .as("the step survives a reload")
                .startsWith("Stap 3 van 24");
        assertThat(checked("tech-tools-1-4")).as("an answer survives a reload").isTrue();
        assertThat(checked("tech-tools-2-na"))
                .as("'don't know' survives a reload")
                .isTrue();

        driver().findElement(By.cssSelector("a[hreflang=en]")).click();
        waiting().until(d -> "en".equals(htmlLang()));
        waitVisible(By.id("progressbar"));
        assertThat(driver().findElement(By.id("progress")).getText())
                .as("the step survives a language switch")
                .startsWith("Step 3 of 24");
        assertThat(driver().findElement(By.id("next")).getText()).isEqualTo("Next");
        assertThat(checked("team-0")).as("the team survives a language switch").isTrue();
        assertThat(checked("tech-tools-1-4")).isTrue();
        screenshot("questionnaire-phone-english", false);

        while (driver().findElement(By.id("next")).isDisplayed()) {
            next();
            answerCurrentStep(3);
        }
        driver().findElement(By.id("ideas")).sendKeys("A fixed planner per week would save a lot of hassle.");
        assertThat(storedAnswers()).as("kept in the browser before sending").isNotNull();
        screenshot("questionnaire-phone-end", false);
        click("#submit");

        waitFor(By.id("thanks"));
        assertThat(driver().findElement(By.tagName("h1")).getText()).isEqualTo("Thank you for answering!");
        assertThat(storedAnswers())
                .as("nothing left in the browser after sending")
                .isNull();
        assertAccessible("thank-you page on a phone");
        assertThat(context.getBean(nl.werkkracht.store.scan.ScanStore.class)
                        .responses(scanId)
                        .get(0)
                        .answers())
                .as("'don't know' is stored as no answer")
                .containsEntry("tech.tools.1", 4)
                .doesNotContainKey("tech.tools.2");

        open("/s/" + tokens.get(0) + "?lang=nl");
        assertThat(driver().findElement(By.id("link-status")).getAttribute("data-reason"))
                .isEqualTo("already-used");
    }

    @Test
    @Order(2)
    void shouldKeepTheAnswersAndOfferToSendAgainWhenSendingFails() {
        driver().manage().window().setSize(PHONE);
        open("/s/" + tokens.get(1) + "?lang=nl");
        driver().findElement(By.cssSelector("label[for=team-1]")).click();
        next();
        answerCurrentStep(5);
        while (driver().findElement(By.id("next")).isDisplayed()) {
            next();
        }
        ChromeDriver chrome = (ChromeDriver) driver();
        var offline = new ChromiumNetworkConditions();
        offline.setOffline(true);
        chrome.setNetworkConditions(offline);
        try {
            click("#submit");
            WebElement status = waitVisible(By.id("send-again"));
            assertThat(driver().findElement(By.id("send-status")).getText()).contains("Versturen is niet gelukt");
            assertThat(status.isEnabled()).isTrue();
            assertThat(storedAnswers()).as("the answers stay in the browser").contains("tech.tools.1");
            screenshot("questionnaire-phone-send-failed", false);
        } finally {
            chrome.deleteNetworkConditions();
        }
        // the server is busy: 503 with Retry-After (as the server answers on a database fault)
        js().executeScript("window.__fetch = window.fetch; window.fetch = function () {"
                + " window.fetch = window.__fetch;"
                + " return Promise.resolve(new Response('{}', {status: 503, headers: {'Retry-After': '2'}})); };");
        click("#send-again");
        waiting().until(d -> d.findElement(By.id("send-message")).getText().contains("2 seconden"));
        assertThat(driver().findElement(By.id("send-again")).isEnabled())
                .as("wait for Retry-After")
                .isFalse();
        waiting().until(ExpectedConditions.elementToBeClickable(By.id("send-again")));
        click("#send-again");

        waitFor(By.id("thanks"));
        assertThat(storedAnswers()).isNull();
        assertThat(scans.scan(scanId).orElseThrow().responses()).isEqualTo(2);
    }

    @Test
    @Order(3)
    void shouldShowTheEmployerResultsOnlyAfterClosingWithTheSmallTeamHidden() {
        driver().manage().window().setSize(desktop);
        open("/s/" + tokens.get(19) + "?lang=nl");
        screenshot("questionnaire-desktop", false);
        var random = new Random(4_2026L);
        // Zorg 6 (+1 above), Werkplaats 5, Kantoor 1 (+1 above): Kantoor is hidden, and with it Werkplaats
        for (int i = 2; i < 8; i++) {
            scans.submit(
                    tokens.get(i),
                    "Zorg",
                    answers(random),
                    i == 2 ? "Minder dubbel registreren in twee systemen." : null);
        }
        for (int i = 8; i < 13; i++) {
            scans.submit(tokens.get(i), "Werkplaats", answers(random), null);
        }
        scans.submit(tokens.get(13), "Kantoor", answers(random), "Dit idee mag niemand zien 13");
        logIn();
        open("/organisations/" + employer.organisationId() + "/scans/" + scanId + "/results?lang=nl");
        assertThat(driver().findElement(By.id("results-open")).getText()).contains("na het sluiten");
        assertThat(driver().findElements(By.id("results-table")))
                .as("no results while open")
                .isEmpty();
        assertAccessible("results page of an open scan");
        screenshot("results-open", true);

        open("/organisations/" + employer.organisationId() + "/scans/" + scanId + "?lang=nl");
        assertAccessible("scan page with the close button");
        screenshot("scan-open", true);
        click("label[for=close-confirm]");
        click("#close-scan");
        waitForChart("chart-pillars");
        waitForChart("chart-profile");

        String table = driver().findElement(By.id("results-table")).getText();
        assertThat(table).contains("nog te weinig deelnemers (< 5)");
        assertThat(table).doesNotContainPattern("\\d+[.,]\\d");
        assertThat(driver().findElement(By.id("balance")).getText()).contains("Organisatie");
        assertThat(driver().findElement(By.id("published-note")).getText()).contains("veranderen niet meer");
        assertThat(driver().findElement(By.tagName("main")).getText())
                .contains("Minder dubbel registreren")
                .doesNotContain("Dit idee mag niemand zien");
        assertAccessible("results page");
        screenshot("results", true);

        open("/organisations/" + employer.organisationId() + "/scans?lang=en");
        assertAccessible("scans list in English");
        screenshot("scans-list", true);
        driver().manage().window().setSize(PHONE);
        open("/organisations/" + employer.organisationId() + "/scans/" + scanId + "/results?lang=nl");
        screenshot("results-phone", false);
    }

    private void next() {
        int before = step();
        click("#next");
        waiting().until(d -> step() == before + 1);
    }

    /** The number of the step shown, from the progress bar. */
    private int step() {
        Object value = js().executeScript("return document.getElementById('progress-bar').value");
        return ((Number) value).intValue();
    }

    /** Answers every statement on the screen with {@code answer} (1..5). */
    private void answerCurrentStep(int answer) {
        List<WebElement> items = driver().findElements(By.cssSelector(".wk-current fieldset.wk-scan-item"));
        for (WebElement item : items) {
            click("label[for='" + item.getAttribute("id") + "-" + answer + "']");
        }
    }

    private void click(String css) {
        WebElement element = driver().findElement(By.cssSelector(css));
        js().executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
        element.click();
    }

    private long visible(String css) {
        return driver().findElements(By.cssSelector(css)).stream()
                .filter(WebElement::isDisplayed)
                .count();
    }

    private boolean checked(String id) {
        return driver().findElement(By.id(id)).isSelected();
    }

    private String storedAnswers() {
        return (String) js().executeScript("return window.sessionStorage.getItem('wk-scan:' + window.location.pathname)"
                + " || (function () { for (var i = 0; i < sessionStorage.length; i++) {"
                + " if (sessionStorage.key(i).indexOf('wk-scan:') === 0) { return sessionStorage.getItem(sessionStorage.key(i)); } }"
                + " return null; })()");
    }

    private boolean noSidewaysScrolling() {
        return (Boolean) js().executeScript(
                        "return document.documentElement.scrollWidth <= document.documentElement.clientWidth");
    }

    private String organisationName() {
        return context.getBean(nl.werkkracht.store.organisation.OrganisationStore.class)
                .find(employer.organisationId())
                .orElseThrow()
                .name();
    }

    /**
     * Invented answers: technology and people fairly good, organisation weak (handovers, rules and
     * scheduling), so that the balance is flagged with organisation lagging.
     */
    private Map<String, Integer> answers(Random random) {
        var out = new LinkedHashMap<String, Integer>();
        for (Item item : scans.instrument().items()) {
            int keyed = item.id().startsWith("org.")
                    ? 1 + random.nextInt(3)
                    : item.id().startsWith("job.workload") ? 2 + random.nextInt(3) : 3 + random.nextInt(3);
            out.put(item.id(), item.reversed() ? 6 - keyed : keyed);
        }
        return out;
    }

    private void logIn() {
        open("/login?lang=nl");
        if (driver().findElements(By.id("login-form")).isEmpty()
                || driver().findElements(By.id("login-link")).isEmpty()) {
            return;
        }
        driver().findElement(By.id("username")).sendKeys(employer.username());
        driver().findElement(By.id("password")).sendKeys(OrganisationFixtures.PASSWORD);
        driver().findElement(By.cssSelector("#login-form [type=submit]")).click();
        waiting()
                .withMessage("the employer was not logged in")
                .until(ExpectedConditions.invisibilityOfElementLocated(By.id("login-form")));
    }

    /** Saves the page as {@code <name>.png} in the folder {@code wk.screenshots} names, if any. */
    private void screenshot(String name, boolean fullPage) {
        String dir = System.getProperty("wk.screenshots");
        if (dir == null || dir.isBlank()) {
            return;
        }
        Dimension before = driver().manage().window().getSize();
        try {
            if (fullPage) {
                long height = (Long) js().executeScript("return document.documentElement.scrollHeight");
                driver().manage().window().setSize(new Dimension(before.getWidth(), (int)
                        Math.min(height + 150, 16000)));
                js().executeScript("window.scrollTo(0, 0)");
            }
            byte[] png = ((TakesScreenshot) driver()).getScreenshotAs(OutputType.BYTES);
            Path out = Path.of(dir, name + ".png");
            Files.createDirectories(out.getParent());
            Files.write(out, png);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            driver().manage().window().setSize(before);
        }
    }
}
