package nl.werkkracht.app.browser;

import java.util.List;
import java.util.Set;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The monitor overview as its contract names it: selects {@code #indicator}, {@code #level}, {@code
 * #year} in a GET form, the map {@code div#map}, the table {@code #region-table} with a row {@code
 * tr[data-region]} per region in its body (the Netherlands as reference row may follow in its foot) and
 * links {@code a.region-link}.
 */
final class OverviewPage {

    /** Levels with the twelve provinces (NUTS-2); the others have the forty COROP regions (NUTS-3). */
    static final Set<String> PROVINCE_LEVELS = Set.of("province", "nuts2");

    private final WebDriver driver;

    OverviewPage(WebDriver driver) {
        this.driver = driver;
    }

    List<WebElement> rows() {
        return driver.findElements(By.cssSelector("#region-table tbody tr[data-region]"));
    }

    List<String> regionCodes() {
        return rows().stream().map(r -> r.getAttribute("data-region")).toList();
    }

    Select select(String id) {
        return new Select(driver.findElement(By.id(id)));
    }

    String selected(String id) {
        return select(id).getFirstSelectedOption().getAttribute("value");
    }

    List<String> options(String id) {
        return select(id).getOptions().stream()
                .map(o -> o.getAttribute("value"))
                .toList();
    }

    /** Chooses an option that takes effect at once: the indicator recolours the map and re-sorts the table. */
    void choose(String id, String value) {
        select(id).selectByValue(value);
    }

    /**
     * Chooses an option that loads new figures (level, year, period) and presses the form's button, as a
     * visitor does: choosing alone never navigates away (WCAG 3.2.2). Should the page reload on the
     * change itself, the button is gone (stale) and the reload stands.
     */
    void chooseAndShow(String id, String value) {
        WebElement select = driver.findElement(By.id(id));
        new Select(select).selectByValue(value);
        WebElement form = (WebElement) ((JavascriptExecutor) driver).executeScript("return arguments[0].form", select);
        try {
            form.findElement(By.cssSelector("[type=submit]")).click();
        } catch (StaleElementReferenceException e) {
            // the change itself reloaded the page
        }
    }

    /** The table's markup, to see that it changed (sorting, the highlighted column). */
    String tableMarkup() {
        return driver.findElement(By.id("region-table")).getAttribute("outerHTML");
    }

    /** A picture of the map as drawn: the canvas pixels, or the svg markup. */
    String mapImage() {
        return (String)
                ((JavascriptExecutor) driver)
                        .executeScript(
                                """
                const m = document.getElementById('map');
                if (!m) { return ''; }
                const c = m.querySelector('canvas');
                if (c) { return c.toDataURL(); }
                const s = m.querySelector('svg');
                return s ? s.outerHTML : '';
                """);
    }

    /** Whether the level shows the provinces (12 regions) rather than the COROP regions (40). */
    static int expectedRows(String level) {
        return PROVINCE_LEVELS.contains(level) ? 12 : 40;
    }

    /** Another level than the current one, of the other kind (provinces ↔ COROP). */
    String otherLevel() {
        boolean provinces = PROVINCE_LEVELS.contains(selected("level"));
        return options("level").stream()
                .filter(v -> PROVINCE_LEVELS.contains(v) != provinces)
                .findFirst()
                .orElseThrow(() -> new AssertionError(
                        "#level offers no " + (provinces ? "COROP" : "province") + " level: " + options("level")));
    }
}
