package nl.werkkracht.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;
import nl.werkkracht.app.account.WebClient;
import nl.werkkracht.app.followup.FollowUpFlow;
import nl.werkkracht.app.organisation.OrganisationFixtures;
import nl.werkkracht.app.organisation.OrganisationFixtures.Tenant;
import nl.werkkracht.store.account.Role;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * The follow-up page of an organisation with figures 2019–2022, a technology intervention started in March
 * 2021 and two scans (team Avond under five in the re-scan): the index chart is drawn with a table, the dip
 * of 2021 is called the expected J-curve, Avond is not compared, and the page passes the axe scan. With
 * {@code -Dwk.screenshots=DIR} it saves full-page screenshots there.
 */
class FollowUpBrowserIT extends BrowserTestSupport {

    @Autowired
    ApplicationContext context;

    private Tenant employer;

    @BeforeAll
    void enterDataAndLogIn() {
        employer = OrganisationFixtures.tenant(context, Role.EMPLOYER);
        FollowUpFlow flow = new FollowUpFlow(new WebClient(port), employer, context);
        flow.figuresAndIntervention();
        flow.scans();
        driver().manage().deleteAllCookies();
        open("/login?lang=nl");
        driver().findElement(By.id("username")).sendKeys(employer.username());
        driver().findElement(By.id("password")).sendKeys(OrganisationFixtures.PASSWORD);
        driver().findElement(By.cssSelector("#login-form [type=submit]")).click();
        waiting().withMessage("login did not finish").until(d -> !d.getCurrentUrl()
                .contains("/login"));
    }

    private String page() {
        return "/organisations/" + employer.organisationId() + "/followup";
    }

    @Test
    void shouldDrawTheIndexWithTheInterventionAndCallTheDipTheJCurve() {
        open(page() + "?lang=nl");

        WebElement chart = waitForChart("chart-followup");
        assertThat(chart.getAttribute("aria-label")).contains("Toegevoegde waarde per gewerkt uur");
        assertThat(chart.getAttribute("textContent")).contains("verwachte dip na invoering (J-curve)");
        assertThat(driver().findElement(By.tagName("h1")).getText()).isEqualTo("Voortgang");
        assertThat(driver().findElement(By.cssSelector(".wk-tabs a[aria-current=page]"))
                        .getAttribute("href"))
                .endsWith(page());
        WebElement dip = driver().findElement(By.cssSelector("#followup-table tr[data-period='2021']"));
        assertThat(dip.getAttribute("data-label")).isEqualTo("EXPECTED_DIP");
        assertThat(dip.getText()).contains("verwachte dip na invoering (J-curve)");
        assertThat(driver().findElement(By.cssSelector("#followup-table tr[data-period='2020']"))
                        .getText())
                .contains("100,0");
        assertThat(driver().findElement(By.cssSelector(
                                "#interventions-table [data-intervention='" + FollowUpFlow.INTERVENTION + "']"))
                        .getText())
                .contains("1 maart 2021");
        assertThat(driver().findElement(By.id("explain-jcurve")).getText())
                .contains("Brynjolfsson")
                .contains("J-curve");
        screenshot("followup-nl");
    }

    @Test
    void shouldCompareTheReScanWithoutTheTeamUnderFive() {
        open(page() + "?lang=nl");

        assertThat(driver().findElements(By.cssSelector("table.wk-followup-scans[data-group='ALL'] tbody tr")))
                .isNotEmpty();
        assertThat(driver().findElements(By.cssSelector("table.wk-followup-scans[data-group='Avond']")))
                .isEmpty();
        assertThat(driver().findElement(By.cssSelector(".wk-followup-suppressed[data-group='Avond']"))
                        .getText())
                .contains("geen vergelijking");
        assertThat(driver().findElement(By.cssSelector("table.wk-followup-scans[data-group='ALL']"))
                        .getText())
                .contains("+25");
    }

    @Test
    void shouldSwitchMetricAndSayWhatIsMissing() {
        open(page() + "?lang=nl");

        new Select(driver().findElement(By.id("metric"))).selectByValue("absenteeism");
        driver().findElement(By.cssSelector("#metric-form [type=submit]")).click();
        waiting().until(d -> d.getCurrentUrl().contains("metric=absenteeism"));
        waitForChart("chart-followup");
        assertThat(driver().findElement(By.id("timeline-heading")).getText()).isEqualTo("Verzuim");
        assertThat(driver().findElement(By.id("metric-unit")).getText()).contains("lager is beter");

        open(page() + "?lang=nl&metric=registration-share");
        assertThat(driver().findElement(By.id("timeline-heading")).getText())
                .as("a metric that is not followed falls back to the default")
                .isEqualTo("Toegevoegde waarde per gewerkt uur");
    }

    @Test
    void shouldPassTheAccessibilityScanInDutchAndEnglish() {
        open(page() + "?lang=nl");
        waitForChart("chart-followup");
        assertAccessible("follow-up page (nl)");

        switchLanguage("en");
        waitForChart("chart-followup");
        assertThat(driver().findElement(By.tagName("h1")).getText()).isEqualTo("Follow-up");
        assertAccessible("follow-up page (en)");
        screenshot("followup-en");
        switchLanguage("nl");
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
