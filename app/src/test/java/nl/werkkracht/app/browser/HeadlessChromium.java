package nl.werkkracht.app.browser;

import static org.assertj.core.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's Chromium driven by Debian's chromedriver, headless. Both paths are given explicitly, so
 * Selenium Manager never runs and nothing is downloaded (the build machine has no internet).
 *
 * <p>The flags are those known to work on the CI machine: without the background-networking flags
 * Chromium keeps trying to reach Google's hosts, which the closed network refuses. Every session gets a
 * fresh profile directory, removed again by {@link #quit()}.
 */
final class HeadlessChromium {

    static final Path BROWSER = Path.of("/usr/bin/chromium");
    static final Path DRIVER = Path.of("/usr/bin/chromedriver");

    private final ChromeDriver driver;
    private final Path profile;

    private HeadlessChromium(ChromeDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    /**
     * Starts a browser; fails (never skips) when Chromium or its driver is not installed, because a
     * browser test that silently does not run tests nothing.
     */
    static HeadlessChromium start() {
        return start(null);
    }

    /**
     * Starts a browser whose user language is {@code language} ({@code nl}, {@code en}): its {@code
     * navigator.language}, {@code Accept-Language} and number formats; null for Chromium's default.
     */
    static HeadlessChromium start(String language) {
        if (!Files.isExecutable(BROWSER) || !Files.isExecutable(DRIVER)) {
            fail(
                    "Chromium is not installed (%s and %s are needed for the browser tests): run .ci/run, which"
                            + " installs the Debian packages chromium and chromium-driver",
                    BROWSER, DRIVER);
        }
        // Belt and braces: were Selenium Manager ever consulted, it must not fetch a browser or driver.
        System.setProperty("SE_AVOID_BROWSER_DOWNLOAD", "true");
        System.setProperty("webdriver.chrome.driver", DRIVER.toString());
        Logger.getLogger("org.openqa.selenium").setLevel(Level.SEVERE);
        Path profile = createProfile();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BROWSER.toFile());
        options.addArguments(
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--disable-dev-shm-usage",
                "--window-size=1400,1800",
                "--user-data-dir=" + profile);
        if (language != null) {
            options.addArguments("--lang=" + language);
            options.setExperimentalOption("prefs", java.util.Map.of("intl.accept_languages", language));
        }
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(DRIVER.toString()))
                .usingAnyFreePort()
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        return new HeadlessChromium(driver, profile);
    }

    ChromeDriver driver() {
        return driver;
    }

    /** Closes the browser and removes its profile. */
    void quit() {
        try {
            driver.quit();
        } finally {
            deleteProfile();
        }
    }

    private static Path createProfile() {
        try {
            return Files.createTempDirectory("werkkracht-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void deleteProfile() {
        try (Stream<Path> files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        } catch (IOException e) {
            // a profile left in the temp folder is harmless
        }
    }
}
