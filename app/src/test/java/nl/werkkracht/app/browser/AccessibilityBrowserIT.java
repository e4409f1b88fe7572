package nl.werkkracht.app.browser;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;

/**
 * axe-core on every main page, in Dutch and in English, after its charts are drawn. Serious and
 * critical violations of WCAG 2.x A/AA fail the test; moderate and minor ones are printed.
 */
class AccessibilityBrowserIT extends BrowserTestSupport {

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "/login?lang=nl",
                "/login?lang=en",
                "/monitor?lang=nl",
                "/monitor?lang=en",
                "/monitor?level=corop&lang=nl",
                "/monitor/region/NL32?lang=nl",
                "/monitor/region/PV27?lang=en",
                "/monitor/region/CR23?lang=nl",
                "/monitor/national?lang=nl",
                "/monitor/national?lang=en",
                "/data?lang=nl",
                "/data?lang=en"
            })
    void shouldHaveNoSeriousOrCriticalAccessibilityViolations(String path) {
        open(path);
        waitForCharts();

        assertAccessible(path);
    }

    /** Scans the page as a visitor sees it: after ECharts has drawn every chart and the map. */
    private void waitForCharts() {
        waiting()
                .withMessage("a chart on " + driver().getCurrentUrl() + " was not drawn")
                .until(d -> d.findElements(By.cssSelector("#map, .wk-chart, [id^=chart-]")).stream()
                        .allMatch(c -> !c.findElements(By.cssSelector(DRAWN)).isEmpty()));
    }
}
