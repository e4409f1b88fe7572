package nl.werkkracht.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The region page for a province (PV27 Noord-Holland), a NUTS-2 region (NL32 Noord-Holland) and a
 * COROP region (CR23 Groot-Amsterdam): its name, key figures, charts and the gap note.
 */
class RegionPageBrowserIT extends BrowserTestSupport {

    private static final List<String> CHARTS =
            List.of("chart-headline", "chart-trend", "chart-structure", "chart-expected", "chart-catchup");

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"PV27", "NL32", "CR23"})
    void shouldShowTheRegionNameKeyFiguresAndDrawEveryChart(String code) {
        open("/monitor/region/" + code + "?lang=nl");

        assertThat(driver().findElement(By.tagName("h1")).getText())
                .as("h1 of region %s", code)
                .containsIgnoringCase(code.equals("CR23") ? "Amsterdam" : "Noord-Holland");
        assertThat(driver().findElement(By.id("key-figures")).getText()).isNotBlank();
        for (String chart : CHARTS) {
            waitForChart(chart);
        }
        boolean gapChart = !driver().findElements(By.id("chart-gap")).isEmpty();
        if (gapChart) {
            waitForChart("chart-gap");
        } else {
            assertThat(driver().findElements(By.id("gap-note")))
                    .as("region %s has neither #chart-gap nor #gap-note", code)
                    .hasSize(1);
        }
    }

    @Test
    void shouldHeadTheProvincePageWithItsIndexPerHourAgainstTheNetherlandsOnAnAxisFromZero() {
        // Overijssel, GDP per hour worked (nama_10r_2022): 2009 35,372.66 MEUR / 817,895 thousand hours against
        // NL 624,842 / 12,551,000 = index 86.87; 2019 45,727.61 / 889,259 against 813,055 / 13,798,278 = 87.27
        open("/monitor/region/PV23?lang=nl");

        waitForChart("chart-headline");
        WebElement headline = driver().findElement(By.id("headline"));
        assertThat(headline.getText())
                .contains("bbp per gewerkt uur")
                .contains("Van 86,9 in 2009 naar 87,3 in 2019: +0,4 punten")
                .contains("Gemengde vintages")
                .contains("NUTS 2016")
                .contains("Inloopklasse 2009-2019");
        // the headline comes before the key figures, and its axis starts at zero with a reference line at 100
        assertThat((Boolean) js().executeScript("return document.getElementById('headline').compareDocumentPosition("
                        + "document.getElementById('key-figures')) === Node.DOCUMENT_POSITION_FOLLOWING"))
                .isTrue();
        assertThat(((Number) js().executeScript("var o = echarts.getInstanceByDom(document.getElementById("
                                + "'chart-headline')).getOption(); return o.yAxis[0].min;"))
                        .doubleValue())
                .isZero();
        assertThat(((Number) js().executeScript("var o = echarts.getInstanceByDom(document.getElementById("
                                + "'chart-headline')).getOption(); return o.series[0].markLine.data[0].yAxis;"))
                        .doubleValue())
                .isEqualTo(100);
        assertThat(driver().findElement(By.id("per-hour")).getText())
                .contains("Arbeidsinkomensquote 2018: 69,1%")
                .contains("€ 45,78")
                .contains("Zelfstandigen krijgen hetzelfde arbeidsinkomen per uur");
    }

    @Test
    void shouldHeadTheCoropPageWithItsIndexPerPersonNamedSo() {
        open("/monitor/region/CR23?lang=nl");

        waitForChart("chart-headline");
        assertThat(driver().findElement(By.id("headline")).getText())
                .contains("bbp per werkzame persoon")
                .contains("punten");
        assertThat(driver().findElements(By.id("per-hour"))).isEmpty();
    }

    @Test
    void shouldDrawTheContributionPerSectorToTheGapPerHourOfOverijssel() {
        // SER Overijssel's chart "Bijdrage per sector aan het verschil in arbeidsproductiviteit tussen
        // Overijssel en Nederland", from the shipped GVA 2018 and hours (nama_10r_gva2018)
        open("/monitor/region/PV23?lang=nl");

        waitForChart("chart-gap");
        String text = driver().findElement(By.id("gap-heading"))
                .findElement(By.xpath(".."))
                .getText();
        assertThat(text)
                .contains("€ -6,29")
                .contains("€ per gewerkt uur")
                .contains("€ -5,74")
                .contains("€ -0,58")
                .contains("Gemengde vintages");
    }

    @Test
    void shouldNameCbsTable84419nedWhenTheDefaultDataLackRegionBySectorValueAdded() {
        // Zuid-Holland: the shipped 2018 GVA is for NUTS 2024 NL36, another area than NL33
        open("/monitor/region/PV28?lang=nl");

        WebElement note = driver().findElement(By.id("gap-note"));

        assertThat(note.getText()).contains("84419NED");
        assertThat(driver().findElements(By.id("chart-gap"))).isEmpty();
    }

    @Test
    void shouldExplainEveryChartInPlainWords() {
        open("/monitor/region/NL32?lang=nl");

        // the explanations may sit in a collapsed <details>: their text is in the page, shown on a click
        String text = (String) js().executeScript("return document.getElementById('main').textContent");

        int explanations = text.split("Wat betekent dit", -1).length - 1;
        assertThat(explanations)
                .as("'Wat betekent dit?' texts on the region page, one per chart")
                .isGreaterThanOrEqualTo(CHARTS.size());
    }

    @Test
    void shouldTranslateTheRegionPageToEnglish() {
        open("/monitor/region/NL32?lang=nl");
        String dutch = driver().findElement(By.id("key-figures")).getText();

        switchLanguage("en");

        assertThat(htmlLang()).isEqualTo("en");
        assertThat(driver().findElement(By.id("key-figures")).getText()).isNotEqualTo(dutch);
        waitForChart("chart-trend");
        switchLanguage("nl");
        assertThat(htmlLang()).isEqualTo("nl");
    }

    @Test
    void shouldOfferTheRegionTablesAndThePageAsExports() {
        open("/monitor/region/NL32?lang=nl");

        assertExportLinks("xlsx", "pdf");
    }

    @Test
    void shouldStartEveryBarChartAtZero() {
        // an axis from 80 made 98.7 look five times 83.2: index bars start at zero, so do shares and contributions
        open("/monitor/region/PV23?lang=nl");

        for (String chart : List.of("chart-expected", "chart-structure", "chart-gap")) {
            waitForChart(chart);
            @SuppressWarnings("unchecked")
            List<Number> extent = (List<Number>) js().executeScript(
                            "var c = echarts.getInstanceByDom(document.getElementById(arguments[0]));"
                                    + " var m = c.getModel(); var axis = m.getComponent('yAxis').axis.type === 'value'"
                                    + " ? m.getComponent('yAxis').axis : m.getComponent('xAxis').axis;"
                                    + " return axis.scale.getExtent();",
                            chart);
            assertThat(extent.get(0).doubleValue())
                    .as("start of the value axis of #%s", chart)
                    .isLessThanOrEqualTo(0);
            assertThat(extent.get(1).doubleValue())
                    .as("end of the value axis of #%s", chart)
                    .isGreaterThanOrEqualTo(0);
        }
        @SuppressWarnings("unchecked")
        List<Number> index = (List<Number>)
                js().executeScript("return echarts.getInstanceByDom(document.getElementById('chart-expected'))"
                        + ".getModel().getComponent('yAxis').axis.scale.getExtent();");
        assertThat(index.get(0).doubleValue())
                .as("the index bars start at zero")
                .isZero();
    }

    @Test
    void shouldLinkACoropRegionToItsProvinceAndFitAPhone() {
        org.openqa.selenium.Dimension before = driver().manage().window().getSize();
        driver().manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
        try {
            open("/monitor/region/CR12?lang=nl");
            waitForChart("chart-trend");
            Object scroll = js().executeScript(
                            "return document.documentElement.scrollWidth - document.documentElement.clientWidth");
            assertThat(((Number) scroll).longValue())
                    .as("horizontal scroll of a region page at 390 px")
                    .isLessThanOrEqualTo(0);

            WebElement link = driver().findElement(By.cssSelector("#parent-region a"));
            assertThat(driver().findElement(By.id("parent-region")).getText()).contains("provincie");
            assertThat(link.getText()).isEqualTo("Overijssel (PV23)");
            link.click();
            waiting().until(d -> d.getCurrentUrl().contains("/monitor/region/PV23"));
            assertThat(driver().findElement(By.tagName("h1")).getText()).isEqualTo("Overijssel");
            assertThat(driver().findElements(By.id("parent-region")))
                    .as("a province links to no parent")
                    .isEmpty();
        } finally {
            driver().manage().window().setSize(before);
        }
    }
}
