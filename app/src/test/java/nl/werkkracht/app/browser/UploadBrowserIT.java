package nl.werkkracht.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Optional;
import nl.werkkracht.app.account.AccountService;
import nl.werkkracht.store.account.Role;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * An analyst logs in and uploads on the data page: a good file (its observations are counted and the
 * dataset is listed) and a bad one (an alert names the file and the line; nothing is imported). The
 * fixtures are invented (see {@code src/test/resources/browser/README.txt}).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class UploadBrowserIT extends BrowserTestSupport {

    private static final String ANALYST = "browser-analyst";
    private static final String PASSWORD = "browser analyst passphrase 7";

    @Autowired
    AccountService accounts;

    @BeforeAll
    void createAnalyst() {
        if (accounts.user(ANALYST).isEmpty()) {
            accounts.createUser(ANALYST, Role.ANALYST, Optional.of(PASSWORD));
        }
    }

    @Test
    @Order(1)
    void shouldAskAnonymousVisitorsToLogInInsteadOfShowingTheUploadForm() {
        open("/data?lang=nl");

        assertThat(driver().findElements(By.cssSelector("#datasets-table tr[data-dataset=nama_10r]")))
                .hasSize(1);
        assertThat(driver().findElements(By.id("upload-form"))).isEmpty();
        assertThat(driver().findElements(By.id("login-link"))).hasSize(1);
    }

    @Test
    @Order(2)
    void shouldLogInAsAnalystAndSeeTheUploadForm() {
        logIn();
        open("/data?lang=nl");

        assertThat(driver().findElements(By.id("login-link"))).isEmpty();
        assertThat(driver().findElement(By.id("upload-form")).isDisplayed()).isTrue();
        assertThat(driver().findElements(By.cssSelector("progress#upload-progress")))
                .hasSize(1);
    }

    @Test
    @Order(3)
    void shouldImportAGoodFileAndReportHowManyObservations() {
        logIn();
        open("/data?lang=nl");

        WebElement result = upload("browser-good", "upload-good.csv");

        assertThat(result.findElements(By.cssSelector("[role=alert]")))
                .as(result.getText())
                .isEmpty();
        assertThat(result.getText()).containsPattern("\\b7\\b");
        assertThat(driver().findElement(By.cssSelector("progress#upload-progress"))
                        .getAttribute("value"))
                .isEqualTo("100");
        open("/data?lang=nl");
        assertThat(driver().findElements(By.cssSelector("#datasets-table tr[data-dataset=browser-good]")))
                .hasSize(1);
    }

    @Test
    @Order(4)
    void shouldRejectABadFileWithAnAlertNamingTheFileAndLineAndImportNothing() {
        logIn();
        open("/data?lang=nl");

        WebElement result = upload("browser-bad", "bad.csv");

        WebElement alert = result.findElement(By.cssSelector("[role=alert]"));
        assertThat(alert.getText()).contains("bad.csv").containsPattern("(?i)(line|regel)\\W*3\\b");
        assertAccessible("/data with the upload form and its error");
        open("/data?lang=nl");
        assertThat(driver().findElements(By.cssSelector("#datasets-table tr[data-dataset=browser-bad]")))
                .as("a failed import leaves no dataset")
                .isEmpty();
    }

    /** Logs in through the login form, unless the browser is logged in already. */
    private void logIn() {
        open("/login?lang=nl");
        if (driver().findElements(By.id("login-form")).isEmpty()
                || driver().findElements(By.id("login-link")).isEmpty()) {
            return;
        }
        driver().findElement(By.id("username")).sendKeys(ANALYST);
        driver().findElement(By.id("password")).sendKeys(PASSWORD);
        driver().findElement(By.cssSelector("#login-form [type=submit]")).click();
        waiting()
                .withMessage("the analyst was not logged in")
                .until(ExpectedConditions.invisibilityOfElementLocated(By.id("login-form")));
        assertThat(driver().findElements(By.id("login-link"))).isEmpty();
    }

    /** Fills in and sends the upload form, waits until the import is done and returns #upload-result. */
    private WebElement upload(String dataset, String fixture) {
        driver().findElement(By.id("upload-dataset")).sendKeys(dataset);
        driver().findElement(By.id("upload-file")).sendKeys(fixture(fixture).toString());
        new Select(driver().findElement(By.id("upload-format"))).selectByValue("csv");
        WebElement submit = driver().findElement(By.id("upload-submit"));
        submit.click();
        waiting()
                .withMessage("the upload of " + fixture + " did not finish")
                // the button is disabled while the file is sent and imported, and enabled again with the result
                .until(d -> d.findElement(By.id("upload-submit")).isEnabled()
                        && !d.findElement(By.id("upload-result")).getText().isBlank());
        return driver().findElement(By.id("upload-result"));
    }

    private static Path fixture(String name) {
        try {
            return Path.of(UploadBrowserIT.class.getResource("/browser/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
