package nl.werkkracht.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** The monitor overview: the map, the table, switching indicator, level and language. */
class OverviewBrowserIT extends BrowserTestSupport {

    private OverviewPage overview;

    @BeforeEach
    void openOverview() {
        open("/monitor?lang=nl");
        overview = new OverviewPage(driver());
        waitForChart("map");
    }

    @Test
    void shouldDrawTheMapAndListEveryRegionOfTheChosenLevel() {
        String level = overview.selected("level");

        assertThat(driver().findElements(By.cssSelector("#map canvas, #map svg")))
                .isNotEmpty();
        assertThat(overview.mapImage()).isNotBlank();
        assertThat(overview.rows())
                .as("rows of #region-table on level %s", level)
                .hasSize(OverviewPage.expectedRows(level));
        assertThat(driver().findElements(By.cssSelector("#region-table tbody a.region-link")))
                .hasSameSizeAs(overview.rows());
        assertThat(overview.options("year")).isNotEmpty();
    }

    @Test
    void shouldShowTheProvincesOrTheCoropRegionsWhenTheLevelIsSwitched() {
        String other = overview.otherLevel();
        String mapBefore = overview.mapImage();

        overview.chooseAndShow("level", other);

        waiting()
                .withMessage(() -> "#region-table did not change to " + OverviewPage.expectedRows(other)
                        + " rows for level " + other + "; the browser shows " + driver().getCurrentUrl()
                        + " with " + overview.rows().size() + " rows")
                .until(d -> overview.rows().size() == OverviewPage.expectedRows(other));
        waitForChart("map");
        waiting()
                .withMessage("the map was not redrawn for level " + other)
                .until(d ->
                        !overview.mapImage().isBlank() && !overview.mapImage().equals(mapBefore));
        assertThat(overview.selected("level")).isEqualTo(other);
        assertThat(overview.regionCodes())
                .allMatch(code -> OverviewPage.PROVINCE_LEVELS.contains(other)
                        ? code.matches("PV\\d\\d|NL\\d\\d")
                        : code.matches("CR\\d\\d|NL\\d\\d\\d"));
    }

    @Test
    void shouldRecolourTheMapAndChangeTheTableWhenTheIndicatorIsSwitched() {
        String current = overview.selected("indicator");
        String other = overview.options("indicator").stream()
                .filter(v -> !v.equals(current))
                .findFirst()
                .orElseThrow(() -> new AssertionError("#indicator offers one indicator only"));
        String tableBefore = overview.tableMarkup();
        String mapBefore = overview.mapImage();

        overview.choose("indicator", other);

        waiting().withMessage("#indicator did not stay on " + other).until(d -> overview.selected("indicator")
                .equals(other));
        waitForChart("map");
        waiting()
                .withMessage("the map did not change for indicator " + other)
                .until(d ->
                        !overview.mapImage().isBlank() && !overview.mapImage().equals(mapBefore));
        waiting()
                .withMessage("#region-table did not change for indicator " + other)
                .until(d -> !overview.tableMarkup().equals(tableBefore));
        assertThat(overview.rows()).isNotEmpty();
    }

    @Test
    void shouldShowTheFiguresOfAnotherYearWhenTheYearIsChosen() {
        List<String> years = overview.options("year");
        assertThat(years).as("#year options").hasSizeGreaterThan(1);
        int current = years.indexOf(overview.selected("year"));
        String other = years.get(current > 0 ? current - 1 : current + 1); // a neighbouring year
        String tableBefore = overview.tableMarkup();

        overview.chooseAndShow("year", other);

        waiting()
                .withMessage(() -> "the overview did not switch to year " + other + ": " + driver().getCurrentUrl())
                .until(d -> d.getCurrentUrl().contains("year=" + other)
                        && !d.findElements(By.id("year")).isEmpty()
                        && overview.selected("year").equals(other));
        waitForChart("map");
        assertThat(overview.tableMarkup()).isNotEqualTo(tableBefore);
        assertThat(overview.rows()).hasSize(OverviewPage.expectedRows(overview.selected("level")));
    }

    @Test
    void shouldSwitchLabelsAndHtmlLangToEnglishAndBack() {
        String dutchLabel =
                driver().findElement(By.cssSelector("label[for=indicator]")).getText();
        assertThat(htmlLang()).isEqualTo("nl");

        switchLanguage("en");

        assertThat(htmlLang()).isEqualTo("en");
        String englishLabel =
                driver().findElement(By.cssSelector("label[for=indicator]")).getText();
        assertThat(englishLabel).isNotBlank().isNotEqualTo(dutchLabel);
        assertThat(driver().findElement(By.cssSelector("nav")).getText()).contains("Regional monitor");
        waitForChart("map");
        assertThat(overview.rows()).isNotEmpty();

        switchLanguage("nl");
        assertThat(driver().findElement(By.cssSelector("label[for=indicator]")).getText())
                .isEqualTo(dutchLabel);
    }

    @Test
    void shouldOpenARegionPageFromTheTable() {
        var link = driver()
                .findElements(By.cssSelector("#region-table tr[data-region=PV27] a.region-link,"
                        + " #region-table tr[data-region=NL32] a.region-link"))
                .stream()
                .findFirst()
                .orElseGet(() -> driver().findElement(By.cssSelector("#region-table a.region-link")));
        String name = link.getText().strip();

        link.click();

        waiting()
                .withMessage("clicking region link '" + name + "' did not open a region page")
                .until(d -> d.getCurrentUrl().contains("/monitor/region/"));
        assertThat(waitFor(By.tagName("h1")).getText()).contains(name);
        waitForChart("chart-trend");
        assertThat(driver().findElement(By.id("key-figures")).getText()).isNotBlank();
    }

    @Test
    void shouldOfferTheTableAsCsvAndXlsxAndThePageAsPdf() {
        assertExportLinks("csv", "xlsx", "pdf");
    }

    @Test
    void shouldFitTheMapAndItsLegendOnAPhone() {
        org.openqa.selenium.Dimension before = driver().manage().window().getSize();
        driver().manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
        try {
            open("/monitor?lang=nl&level=corop");
            waitForChart("map");
            waiting()
                    .withMessage("the map was not drawn at 390 px")
                    .until(d -> Boolean.TRUE.equals(
                            js().executeScript("var c = echarts.getInstanceByDom(document.getElementById('map'));"
                                    + " return !!(c && c.getOption() && c.getOption().series.length);")));

            Object scroll = js().executeScript(
                            "return document.documentElement.scrollWidth - document.documentElement.clientWidth");
            assertThat(((Number) scroll).longValue())
                    .as("horizontal scroll of the map page at 390 px")
                    .isLessThanOrEqualTo(0);
            @SuppressWarnings("unchecked")
            java.util.Map<String, Object> fit = (java.util.Map<String, Object>)
                    js().executeScript("var el = document.getElementById('map'); var c = echarts.getInstanceByDom(el);"
                            + " var r = c.getModel().getSeriesByIndex(0).coordinateSystem.getBoundingRect();"
                            + " var v = c.getOption().visualMap[0];"
                            + " return { left: r.x, right: r.x + r.width, width: el.clientWidth,"
                            + " legend: v.orient, legendBottom: v.bottom };");
            assertThat(((Number) fit.get("left")).doubleValue())
                    .as("left edge of the map")
                    .isGreaterThanOrEqualTo(0);
            assertThat(((Number) fit.get("right")).doubleValue())
                    .as("right edge of the map within its %s px box", fit.get("width"))
                    .isLessThanOrEqualTo(((Number) fit.get("width")).doubleValue() + 0.5);
            // the legend lies under the map, not over the regions
            assertThat(fit.get("legend")).isEqualTo("horizontal");
            assertThat(((Number) fit.get("legendBottom")).intValue()).isZero();
            Screenshots.save(driver(), "monitor-map-nl-phone", 390);
        } finally {
            driver().manage().window().setSize(before);
        }
    }
}
