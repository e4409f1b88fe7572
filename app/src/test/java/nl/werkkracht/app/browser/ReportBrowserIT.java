package nl.werkkracht.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import nl.werkkracht.app.account.WebClient;
import nl.werkkracht.app.organisation.OrganisationFixtures;
import nl.werkkracht.app.organisation.OrganisationFixtures.Tenant;
import nl.werkkracht.app.report.ReportFlow;
import nl.werkkracht.store.account.Role;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * The report page of an organisation with figures, a scan with a suppressed team, a value stream and a
 * chosen intervention: its charts are drawn, each has a table and an explanation, the suppressed team's
 * ideas are not on it, and it passes the axe scan. With {@code -Dwk.screenshots=DIR} it saves full-page
 * screenshots there, to look at the page.
 */
class ReportBrowserIT extends BrowserTestSupport {

    @Autowired
    ApplicationContext context;

    private Tenant employer;
    private ReportFlow flow;

    @BeforeAll
    void enterAScanAndLogIn() {
        employer = OrganisationFixtures.tenant(context, Role.EMPLOYER);
        flow = new ReportFlow(new WebClient(port), employer, context, ReportFlow.Answers.IN_PROCESS).all();
        logIn(employer);
    }

    private void logIn(Tenant tenant) {
        driver().manage().deleteAllCookies();
        open("/login?lang=nl");
        driver().findElement(By.id("username")).sendKeys(tenant.username());
        driver().findElement(By.id("password")).sendKeys(OrganisationFixtures.PASSWORD);
        driver().findElement(By.cssSelector("#login-form [type=submit]")).click();
        waiting().withMessage("login did not finish").until(d -> !d.getCurrentUrl()
                .contains("/login"));
    }

    private String page() {
        return "/organisations/" + employer.organisationId() + "/report";
    }

    @Test
    void shouldDrawTheQuadrantTopAndJobQualityChartsEachWithATableAndAnExplanation() {
        open(page() + "?lang=nl");

        for (String chart : List.of("chart-quadrant", "chart-top", "chart-job-quality")) {
            WebElement drawn = waitForChart(chart);
            assertThat(drawn.getAttribute("aria-label"))
                    .as("label of #%s", chart)
                    .isNotBlank();
            WebElement section = drawn.findElement(By.xpath("./ancestor::section"));
            assertThat(section.findElements(By.cssSelector("details table")))
                    .as("table under #%s", chart)
                    .hasSize(1);
            assertThat(section.findElement(By.cssSelector(".wk-explain")).getText())
                    .contains("Wat betekent dit?");
        }
        assertThat(driver().findElement(By.tagName("h1")).getText()).isEqualTo("Rapport");
        assertThat(driver().findElement(By.cssSelector(".wk-tabs a[aria-current=page]"))
                        .getAttribute("href"))
                .endsWith(page());
        assertThat(driver().findElement(By.id("figure-quadrant")).getText()).contains("werk onder druk");
        assertThat(driver().findElement(By.id("top-balance")).getText()).contains("Organisatie blijft achter");
        screenshot("report-nl");
        savePdf("report-nl");
    }

    @Test
    void shouldListIdeasChosenInterventionsAndLinksButNothingOfASuppressedTeam() {
        open(page() + "?lang=nl");

        assertThat(driver().findElement(By.id("ideas-list")).getText()).contains(flow.shownIdea);
        assertThat(driver().getPageSource()).doesNotContain(flow.smallTeamIdea).doesNotContain(flow.partnerTeamIdea);
        assertThat(driver().findElement(By.id("job-quality-table")).getAttribute("textContent"))
                .contains("Zorg")
                .doesNotContain("Kantoor")
                .doesNotContain("Avond");
        assertThat(driver().findElement(
                                By.cssSelector("#chosen-table [data-intervention='" + flow.chosenIntervention + "']"))
                        .getText())
                .contains("Teamleider zorg");
        assertThat(driver().findElement(By.id("route-plan-link")).getAttribute("href"))
                .endsWith("/organisations/" + employer.organisationId() + "/routeplan");
        assertExportLinks("pdf");
        assertThat(driver().findElement(By.id("report-privacy")).getText())
                .contains("Vertrouwelijk")
                .contains("minstens 5 medewerkers");
    }

    @Test
    void shouldPassTheAccessibilityScanInDutchAndEnglish() {
        open(page() + "?lang=nl");
        waitForChart("chart-job-quality");
        assertAccessible("report page (nl)");

        switchLanguage("en");
        waitForChart("chart-quadrant");
        assertThat(driver().findElement(By.tagName("h1")).getText()).isEqualTo("Report");
        assertAccessible("report page (en)");
        screenshot("report-en");
        switchLanguage("nl");
    }

    @Test
    void shouldSayWhatIsMissingOnTheReportOfAnOrganisationWithoutData() {
        Tenant empty = OrganisationFixtures.tenant(context, Role.EMPLOYER);
        logIn(empty);
        try {
            open("/organisations/" + empty.organisationId() + "/report?lang=nl");

            assertThat(driver().findElements(By.cssSelector(".wk-report-chart")))
                    .isEmpty();
            assertThat(driver().findElement(By.id("quadrant-basis")).getText())
                    .contains("Nog geen vragenlijst afgenomen.");
            assertThat(driver().findElement(By.id("value-streams-basis")).getText())
                    .contains("Nog geen waardestroom in kaart gebracht.");
            assertThat(driver().findElement(By.id("figure-quadrant")).getText()).contains("nog niet bekend");
            assertAccessible("report page without data");
            screenshot("report-empty");
        } finally {
            logIn(employer);
        }
    }

    /** The report's PDF into {@code -Dwk.screenshots=DIR}, when given. */
    private void savePdf(String name) {
        String dir = System.getProperty("wk.screenshots");
        if (dir == null) {
            return;
        }
        var pdf = new WebClient(port)
                .getBytes("/api/v1/organisations/" + employer.organisationId() + "/report.pdf", employer.bearer());
        try {
            Files.write(Path.of(dir, name + ".pdf"), pdf.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
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
