package nl.werkkracht.app.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;

/**
 * Whole-page screenshots at a width, saved as {@code <name>.png} in the folder the system property
 * {@code wk.screenshots} names (nothing without it), for a person to look at.
 */
final class Screenshots {

    private Screenshots() {}

    /** Saves the page at {@code width} pixels wide (390 for a phone) and puts the window back. */
    static void save(WebDriver driver, String name, int width) {
        String dir = System.getProperty("wk.screenshots");
        if (dir == null || dir.isBlank()) {
            return;
        }
        Dimension before = driver.manage().window().getSize();
        try {
            driver.manage().window().setSize(new Dimension(width, width < 600 ? 844 : before.getHeight()));
            long height =
                    (Long) ((JavascriptExecutor) driver).executeScript("return document.documentElement.scrollHeight");
            driver.manage().window().setSize(new Dimension(width, (int) Math.min(height + 150, 8000)));
            Path out = Path.of(dir, name + ".png");
            Files.createDirectories(out.getParent());
            Files.write(out, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            driver.manage().window().setSize(before);
        }
    }
}
