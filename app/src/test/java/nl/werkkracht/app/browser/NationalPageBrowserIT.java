package nl.werkkracht.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The national and industry page: its charts are drawn and its tables exported. */
class NationalPageBrowserIT extends BrowserTestSupport {

    @Test
    void shouldDrawEveryChartOfTheNationalPage() {
        open("/monitor/national?lang=nl");

        List<WebElement> charts = driver().findElements(By.cssSelector("div.wk-chart"));

        assertThat(charts).as("div.wk-chart on the national page").isNotEmpty();
        waiting()
                .withMessage("not every div.wk-chart on the national page was drawn")
                .until(d -> d.findElements(By.cssSelector("div.wk-chart")).stream()
                        .allMatch(c -> !c.findElements(By.cssSelector(DRAWN)).isEmpty()));
        assertThat(driver().findElement(By.tagName("h1")).getText()).isNotBlank();
    }

    @Test
    void shouldOfferTheNationalTablesAndThePageAsExports() {
        open("/monitor/national?lang=nl");

        assertExportLinks("xlsx", "pdf");
    }

    @Test
    void shouldTranslateTheNationalPageToEnglish() {
        open("/monitor/national?lang=nl");
        String dutchTitle = driver().findElement(By.tagName("h1")).getText();

        switchLanguage("en");

        assertThat(driver().findElement(By.tagName("h1")).getText()).isNotEqualTo(dutchTitle);
        switchLanguage("nl");
        assertThat(driver().findElement(By.tagName("h1")).getText()).isEqualTo(dutchTitle);
    }
}
