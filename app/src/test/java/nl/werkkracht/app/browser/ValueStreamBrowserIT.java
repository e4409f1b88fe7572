package nl.werkkracht.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.werkkracht.app.organisation.OrganisationFixtures;
import nl.werkkracht.app.organisation.OrganisationFixtures.Tenant;
import nl.werkkracht.store.account.Role;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * An employer builds a four-step value stream in the editor (moving, adding and removing rows with the
 * page's JavaScript), saves it and sees the metrics and the chart; the editor and the results page pass
 * axe-core in Dutch and English. The organisation is an invented fixture.
 *
 * <p>With {@code -Dwk.screenshots=/some/dir} the test also saves screenshots of the pages there.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ValueStreamBrowserIT extends BrowserTestSupport {

    @Autowired
    ApplicationContext context;

    private Tenant employer;
    private String resultsPath;

    @BeforeAll
    void createEmployer() {
        employer = OrganisationFixtures.tenant(context, Role.EMPLOYER);
    }

    private String pages() {
        return "/organisations/" + employer.organisationId() + "/value-streams";
    }

    @Test
    @Order(1)
    void shouldBuildAFourStepValueStreamInTheEditorAndSeeItsMetrics() {
        logIn();
        open(pages() + "/new?lang=nl");
        screenshot("editor-new");

        driver().findElement(By.id("vs-name")).sendKeys("Order tot levering");
        driver().findElement(By.id("vs-volumePerYear")).sendKeys("1200");
        // typed in the wrong order on purpose: Planning first, then moved down below Verkoop
        fill(0, "Planning", "7.5", "240", "NECESSARY", null, true);
        fill(1, "Verkoop", "12", "0", "VALUE_ADDING", null, true);
        fill(2, "Magazijn", "20", "60", "WASTE", "MOTION", false);
        fill(3, "Monteur", "90", "1440", "VALUE_ADDING", null, false);
        row(1).findElement(By.cssSelector("[data-action=up]")).click();
        assertThat(value(0, "role")).isEqualTo("Verkoop");
        assertThat(value(1, "role")).isEqualTo("Planning");
        assertThat(driver().findElement(By.id("steps-0-role")).getAttribute("name"))
                .isEqualTo("steps[0].role");
        assertThat(driver().findElement(By.id("steps-1-role")).getAttribute("aria-label"))
                .isEqualTo("Stap 2: wie (rol)");
        // an added row and the empty rows removed again
        driver().findElement(By.id("vs-add-step")).click();
        assertThat(rows()).hasSize(9);
        while (rows().size() > 4) {
            rows().get(rows().size() - 1)
                    .findElement(By.cssSelector("[data-action=remove]"))
                    .click();
        }
        assertThat(driver().findElement(By.id("steps-0-wasteType")).isEnabled()).isFalse();
        assertThat(driver().findElement(By.id("steps-2-wasteType")).isEnabled()).isTrue();
        screenshot("editor-filled");

        driver().findElement(By.id("vs-submit")).click();
        waitFor(By.id("vs-results"));
        resultsPath = driver().getCurrentUrl().replaceFirst("^https?://[^/]+", "");
        waitForChart("chart-steps");

        assertThat(driver().findElement(By.id("vs-notice")).getText()).contains("opgeslagen");
        // lead time 12 + 7.5 + 240 + 20 + 60 + 90 + 1440 = 1869.5 min = 31.2 h; of which 129.5 min work
        assertThat(figure("figure-lead-time")).isEqualTo("31,2 uur");
        // value-adding 12 + 90 = 102; 102 / 1869.5 = 5.46 %
        assertThat(figure("figure-pce")).isEqualTo("5,5%");
        // Verkoop -> Planning -> Magazijn -> Monteur
        assertThat(figure("figure-handovers")).isEqualTo("3");
        // registration 12 + 7.5 = 19.5 of 129.5 = 15 %
        assertThat(figure("figure-registration")).isEqualTo("15%");
        // 20 min of motion × 1200 / 60 = 400 h; no figures, so no euro
        assertThat(figure("figure-improvement-hours")).isEqualTo("400 uur");
        assertThat(figure("figure-improvement-euro")).isEqualTo("–");
        assertThat(driver().findElement(By.id("vs-explain")).getText())
                .contains("Wat betekent dit?")
                .contains("Doorlooptijd")
                .contains("Procesefficiëntie")
                .contains("Overdrachten")
                .contains("Registratielast")
                .contains("Verbeterpotentieel");
        assertThat(driver().findElements(By.cssSelector("#vs-waste tr[data-waste-type=MOTION]")))
                .hasSize(1);
        assertThat(rows()).hasSize(8);
        assertThat(value(3, "role")).isEqualTo("Monteur");
        assertExportLinks("csv", "xlsx");
        screenshot("results-nl");
    }

    @Test
    @Order(2)
    void shouldHaveAnAccessibleEditorAndResultsPageInDutchAndEnglish() {
        logIn();
        for (String path : List.of(
                pages() + "/new?lang=nl", resultsPath + "?lang=nl", resultsPath + "?lang=en", pages() + "?lang=en")) {
            open(path);
            if (!driver().findElements(By.id("chart-steps")).isEmpty()) {
                waitForChart("chart-steps");
            }
            assertAccessible(path);
        }
        open(resultsPath + "?lang=en");
        waitForChart("chart-steps");
        assertThat(figure("figure-lead-time")).isEqualTo("31.2 hours");
        screenshot("results-en");
        open(pages() + "?lang=nl");
        assertThat(driver().findElement(By.cssSelector("#vs-list tbody")).getText())
                .contains("Order tot levering");
        screenshot("list-nl");
    }

    @Test
    @Order(3)
    void shouldNameAWasteStepWithoutWasteTypeAndKeepWhatWasTyped() {
        logIn();
        open(resultsPath + "?lang=nl");
        new Select(driver().findElement(By.id("steps-3-classification"))).selectByValue("WASTE");
        driver().findElement(By.id("vs-submit")).click();

        WebElement errors = waitVisible(By.id("vs-errors"));
        assertThat(errors.getText()).contains("Stap 4, soort verspilling: kies welke soort verspilling het is.");
        assertThat(driver().findElement(By.id("steps-3-wasteType")).getAttribute("aria-invalid"))
                .isEqualTo("true");
        assertThat(value(3, "role")).isEqualTo("Monteur");
        // what is stored is unchanged
        assertThat(figure("figure-improvement-hours")).isEqualTo("400 uur");
        assertAccessible("value-stream editor with an error");
        screenshot("editor-error");
    }

    private void fill(int i, String role, String process, String waiting, String kind, String waste, boolean reg) {
        driver().findElement(By.id("steps-" + i + "-role")).sendKeys(role);
        driver().findElement(By.id("steps-" + i + "-processMinutes")).sendKeys(process);
        driver().findElement(By.id("steps-" + i + "-waitingMinutes")).sendKeys(waiting);
        new Select(driver().findElement(By.id("steps-" + i + "-classification"))).selectByValue(kind);
        if (waste != null) {
            new Select(driver().findElement(By.id("steps-" + i + "-wasteType"))).selectByValue(waste);
        }
        if (reg) {
            driver().findElement(By.id("steps-" + i + "-registration")).click();
        }
    }

    private List<WebElement> rows() {
        return driver().findElements(By.cssSelector("#vs-steps tbody tr[data-step-row]"));
    }

    private WebElement row(int i) {
        return rows().get(i);
    }

    private String value(int i, String field) {
        return driver().findElement(By.id("steps-" + i + "-" + field)).getAttribute("value");
    }

    private String figure(String id) {
        return driver().findElement(By.cssSelector("#" + id + " .wk-figure__value"))
                .getText();
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

    /** Saves the whole page as {@code <name>.png} in the folder {@code wk.screenshots} names, if any. */
    private void screenshot(String name) {
        String dir = System.getProperty("wk.screenshots");
        if (dir == null || dir.isBlank()) {
            return;
        }
        Dimension before = driver().manage().window().getSize();
        try {
            long height = (Long) js().executeScript("return document.documentElement.scrollHeight");
            driver().manage().window().setSize(new Dimension(before.getWidth(), (int) Math.min(height + 150, 8000)));
            byte[] png = chromeScreenshot();
            Path out = Path.of(dir, name + ".png");
            Files.createDirectories(out.getParent());
            Files.write(out, png);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            driver().manage().window().setSize(before);
        }
    }

    private byte[] chromeScreenshot() {
        return ((org.openqa.selenium.TakesScreenshot) driver()).getScreenshotAs(OutputType.BYTES);
    }
}
