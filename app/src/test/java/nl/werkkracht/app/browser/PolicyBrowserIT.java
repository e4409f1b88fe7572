package nl.werkkracht.app.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import nl.werkkracht.app.organisation.OrganisationFixtures;
import nl.werkkracht.app.policy.PolicyFixtures;
import nl.werkkracht.store.account.Role;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * The policy cycle in the browser, the Overijssel example end to end: a policy officer loads the example
 * (2024–2027, three measures with indicators and targets, labelled as invented), reads progress and the cycle,
 * opens the synthetic-control evaluation of Overijssel's productivity index (actual against synthetic, gaps with
 * the placebos in grey, the weights), and publishes the programme, which visitors could not see before. Both pages
 * pass the axe scan. With {@code -Dwk.screenshots=DIR} full-page screenshots (desktop and 390×844) are saved.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PolicyBrowserIT extends BrowserTestSupport {

    @Autowired
    ApplicationContext context;

    private PolicyFixtures.User officer;
    private static String programmePath;

    @BeforeAll
    void logIn() {
        officer = PolicyFixtures.user(context, Role.ANALYST);
        login();
    }

    private void login() {
        driver().manage().deleteAllCookies();
        open("/login?lang=nl");
        driver().findElement(By.id("username")).sendKeys(officer.username());
        driver().findElement(By.id("password")).sendKeys(OrganisationFixtures.PASSWORD);
        driver().findElement(By.cssSelector("#login-form [type=submit]")).click();
        waiting().withMessage("login did not finish").until(d -> !d.getCurrentUrl()
                .contains("/login"));
    }

    @Test
    @Order(1)
    void shouldLoadTheOverijsselExampleWithThreeMeasuresAndTheirProgress() {
        open("/programmes?lang=nl");
        driver().findElement(By.id("load-example")).click();
        waiting().withMessage("no programme page after loading the example").until(d -> d.getCurrentUrl()
                .matches(".*/programmes/\\d+$"));
        programmePath =
                driver().getCurrentUrl().substring(driver().getCurrentUrl().indexOf("/programmes/"));

        assertThat(driver().findElement(By.id("programme-name")).getText()).contains("Overijssel 2024–2027");
        assertThat(driver().findElement(By.id("invented-notice")).getText()).contains("verzonnen");
        List<WebElement> measures = driver().findElements(By.cssSelector(".wk-policy-measure"));
        assertThat(measures).hasSize(3);
        assertThat(measures.get(0).getText()).contains("servicepunten");
        for (WebElement m : measures) {
            assertThat(m.findElements(By.cssSelector("tbody tr"))).isNotEmpty();
        }
        WebElement learning =
                driver().findElement(By.cssSelector("tr[data-indicator='werkenden-met-een-leerarrangement']"));
        assertThat(learning.getText()).contains("27%").contains("900,0 (2025)");
        assertThat(driver().findElement(By.cssSelector("tr[data-indicator='index']"))
                        .getAttribute("data-state"))
                .isEqualTo("NO_NEW_DATA");
        assertThat(driver().findElements(By.cssSelector("#cycle-table tbody tr")))
                .hasSize(4);
        assertThat(driver().findElements(By.cssSelector("#recommendations-table tbody tr")))
                .hasSize(3);
        assertThat(driver().findElement(By.id("publication-state")).getText()).contains("Concept");
        assertAccessible("programme page (nl)");
        screenshot("programme-nl");
        phoneScreenshot("programme-phone");

        switchLanguage("en");
        assertThat(driver().findElement(By.id("measures-heading")).getText()).isEqualTo("Measures");
        assertThat(driver().findElement(By.id("invented-notice")).getText()).contains("invented");
        screenshot("programme-en");
        switchLanguage("nl");
    }

    @Test
    @Order(2)
    void shouldShowTheEvaluationAsTheLiteratureDrawsIt() {
        open(programmePath + "?lang=nl");
        driver().findElement(By.cssSelector("#evaluation-list a")).click();
        WebElement path = waitForChart("chart-path");
        waitForChart("chart-gaps");

        assertThat(path.getAttribute("aria-label")).contains("Overijssel");
        assertThat(driver().findElement(By.tagName("h1")).getText()).contains("Productiviteit t.o.v. Nederland");
        double sum = 0;
        for (WebElement w : driver().findElements(By.cssSelector("#weights-table tbody tr"))) {
            sum += Double.parseDouble(w.getAttribute("data-weight"));
        }
        assertThat(sum).isCloseTo(1, within(1e-6));
        assertThat(driver().findElement(By.id("placebo")).getText()).contains("van 12 regio’s");
        assertThat(driver().findElement(By.id("verdict-text")).getText()).isNotBlank();
        assertThat(driver().findElements(By.cssSelector("#caveats li")).size()).isGreaterThanOrEqualTo(4);
        assertThat(driver().findElement(By.id("invented-notice")).getText()).contains("Illustratie");
        assertThat(driver().findElements(By.cssSelector("#loo-table tbody tr"))).isNotEmpty();
        assertAccessible("evaluation page (nl)");
        screenshot("evaluation-nl");
        phoneScreenshot("evaluation-phone");
    }

    @Test
    @Order(3)
    void shouldHideTheDraftFromVisitorsUntilItIsPublished() {
        driver().manage().deleteAllCookies();
        open(programmePath + "?lang=nl");
        assertThat(driver().findElements(By.id("programme-name"))).isEmpty();
        assertThat(driver().findElement(By.cssSelector("[role=alert]")).getText())
                .contains("niet gepubliceerd");

        login();
        open(programmePath + "?lang=nl");
        driver().findElement(By.id("publish-button")).click();
        waitFor(By.id("publication-state"));
        driver().manage().deleteAllCookies();
        open(programmePath + "?lang=nl");

        assertThat(driver().findElement(By.id("programme-name")).getText()).contains("Overijssel");
        assertThat(driver().findElements(By.id("members-heading"))).isEmpty();
        login();
    }

    private void phoneScreenshot(String name) {
        Dimension before = driver().manage().window().getSize();
        driver().manage().window().setSize(new Dimension(390, 844));
        try {
            screenshot(name);
        } finally {
            driver().manage().window().setSize(before);
        }
    }

    /** A full-page screenshot into {@code -Dwk.screenshots=DIR}, when given. */
    private void screenshot(String name) {
        String dir = System.getProperty("wk.screenshots");
        if (dir == null || !(driver() instanceof ChromeDriver chrome)) {
            return;
        }
        Map<String, Object> shot = chrome.executeCdpCommand(
                "Page.captureScreenshot", Map.of("format", "png", "captureBeyondViewport", true));
        try {
            Files.createDirectories(Path.of(dir));
            Files.write(Path.of(dir, name + ".png"), Base64.getDecoder().decode((String) shot.get("data")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
