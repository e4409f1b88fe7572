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
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * An employee answers the questionnaire on a phone-sized screen (375 × 812) without an account, and the
 * employer sees the results with a suppressed team; both pass axe-core. The organisation and its
 * answers are invented fixtures.
 *
 * <p>With {@code -Dwk.screenshots=/some/dir} the test also saves screenshots of the pages there.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ScanBrowserIT extends BrowserTestSupport {

    private static final Dimension PHONE = new Dimension(375, 812);

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
    void shouldLetAnEmployeeAnswerEveryStatementOnAPhone() {
        driver().manage().window().setSize(PHONE);
        String token = tokens.get(0);
        open("/s/" + token + "?lang=nl");

        assertThat(driver().findElement(By.id("intro")).getText()).contains("anoniem");
        assertThat((Boolean) js().executeScript(
                                "return document.documentElement.scrollWidth <= document.documentElement.clientWidth"))
                .as("no sideways scrolling at 375px")
                .isTrue();
        WebElement firstOption = driver().findElement(By.cssSelector("label[for=tech-tools-1-1]"));
        assertThat(firstOption.getSize().getHeight()).as("tap target height").isGreaterThanOrEqualTo(44);
        assertThat(firstOption.getText()).isEqualTo("Helemaal mee oneens");
        assertThat(driver().findElements(By.cssSelector("fieldset.wk-scan-scale")))
                .hasSize(22);
        assertAccessible("questionnaire on a phone");
        screenshot("questionnaire-phone-top", false);

        driver().findElement(By.cssSelector("label[for=team-0]")).click();
        List<WebElement> items = driver().findElements(By.cssSelector("fieldset.wk-scan-item"));
        assertThat(items).hasSize(60);
        for (int i = 0; i < items.size(); i++) {
            String id = items.get(i).getAttribute("id");
            WebElement label = driver().findElement(By.cssSelector("label[for='" + id + "-" + (1 + i % 5) + "']"));
            js().executeScript("arguments[0].scrollIntoView({block: 'center'})", label);
            label.click();
        }
        assertThat(driver().findElement(By.id("progress")).getText()).isEqualTo("60 van 60 stellingen beantwoord");
        js().executeScript("document.getElementById('scale-org-rules').scrollIntoView({block: 'start'})");
        screenshot("questionnaire-phone-middle", false);
        driver().findElement(By.id("ideas")).sendKeys("Een vaste planner per week zou veel gedoe schelen.");
        WebElement submit = driver().findElement(By.id("submit"));
        js().executeScript("arguments[0].scrollIntoView({block: 'end'})", submit);
        screenshot("questionnaire-phone-end", false);
        submit.click();

        waitFor(By.id("thanks"));
        assertThat(driver().findElement(By.tagName("h1")).getText()).isEqualTo("Bedankt voor het invullen!");
        assertAccessible("thank-you page on a phone");
        screenshot("questionnaire-phone-thanks", false);

        open("/s/" + token + "?lang=nl");
        assertThat(driver().findElement(By.id("link-status")).getAttribute("data-reason"))
                .isEqualTo("already-used");
        open("/s/" + "a".repeat(26) + "?lang=en");
        assertThat(driver().findElement(By.tagName("h1")).getText()).isEqualTo("This link does not work");
    }

    @Test
    @Order(2)
    void shouldShowTheMissingTeamAndKeepTheAnswersWhenTheTeamIsLeftOut() {
        driver().manage().window().setSize(PHONE);
        open("/s/" + tokens.get(1) + "?lang=nl");
        // without a team: the page asks for it (the browser would, so the form is sent without validation)
        js().executeScript("document.getElementById('questionnaire').noValidate = true");
        WebElement label = driver().findElement(By.cssSelector("label[for=tech-tools-1-4]"));
        js().executeScript("arguments[0].scrollIntoView({block: 'center'})", label);
        label.click();
        WebElement submit = driver().findElement(By.id("submit"));
        js().executeScript("arguments[0].scrollIntoView({block: 'center'})", submit);
        submit.click();

        WebElement errors = waitVisible(By.id("form-errors"));
        assertThat(errors.getText()).contains("Kies eerst in welk team je werkt");
        assertThat(driver().findElement(By.id("tech-tools-1-4")).isSelected()).isTrue();
        assertAccessible("questionnaire with an error");
    }

    @Test
    @Order(3)
    void shouldShowTheEmployerTheResultsWithTheSmallTeamHidden() {
        driver().manage().window().setSize(desktop);
        var random = new Random(4_2026L);
        for (int i = 2; i < 7; i++) {
            scans.submit(
                    tokens.get(i),
                    "Zorg",
                    answers(random),
                    i == 2 ? "Minder dubbel registreren in twee systemen." : null);
        }
        for (int i = 7; i < 12; i++) {
            scans.submit(tokens.get(i), "Werkplaats", answers(random), null);
        }
        for (int i = 12; i < 14; i++) {
            scans.submit(tokens.get(i), "Kantoor", answers(random), "Dit idee mag niemand zien " + i);
        }
        logIn();
        open("/organisations/" + employer.organisationId() + "/scans/" + scanId + "/results?lang=nl");
        waitForChart("chart-pillars");
        waitForChart("chart-profile");

        String table = driver().findElement(By.id("results-table")).getText();
        assertThat(table).contains("nog te weinig deelnemers (< 5)");
        assertThat(driver().findElement(By.id("balance")).getText()).contains("Organisatie");
        assertThat(driver().findElement(By.tagName("main")).getText())
                .contains("Minder dubbel registreren")
                .doesNotContain("Dit idee mag niemand zien");
        assertAccessible("results page");
        screenshot("results", true);

        open("/organisations/" + employer.organisationId() + "/scans/" + scanId + "?lang=nl");
        assertAccessible("scan page");
        open("/organisations/" + employer.organisationId() + "/scans?lang=en");
        assertAccessible("scans list in English");
        screenshot("scans-list", true);
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
