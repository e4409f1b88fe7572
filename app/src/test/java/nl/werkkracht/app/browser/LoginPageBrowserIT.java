package nl.werkkracht.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The layout and the login page: language switch, labelled fields, a failed login. */
class LoginPageBrowserIT extends BrowserTestSupport {

    @Test
    void shouldShowTheLayoutAndTheLoginFormWithLabelledFields() {
        open("/login?lang=nl");

        assertThat(htmlLang()).isEqualTo("nl");
        assertThat(driver().findElements(By.cssSelector("a[hreflang=en]"))).hasSize(1);
        assertThat(driver().findElements(By.cssSelector("a[hreflang=nl]"))).hasSize(1);
        assertThat(driver().findElement(By.id("login-link")).getAttribute("href"))
                .endsWith("/login");
        WebElement form = driver().findElement(By.id("login-form"));
        assertThat(form.findElement(By.cssSelector("label[for=username]")).getText())
                .isEqualTo("Gebruikersnaam");
        assertThat(form.findElement(By.cssSelector("label[for=password]")).getText())
                .isEqualTo("Wachtwoord");
        assertThat(form.findElement(By.id("password")).getAttribute("type")).isEqualTo("password");
        assertThat(form.findElements(By.cssSelector("button[type=submit], input[type=submit]")))
                .isNotEmpty();
    }

    @Test
    void shouldSwitchTheLoginPageToEnglishAndBackToDutch() {
        open("/login?lang=nl");

        switchLanguage("en");
        assertThat(htmlLang()).isEqualTo("en");
        assertThat(driver().findElement(By.cssSelector("label[for=username]")).getText())
                .isEqualTo("Username");
        assertThat(driver().findElement(By.tagName("h1")).getText()).isEqualTo("Log in");
        assertThat(driver().getTitle()).startsWith("Log in");

        switchLanguage("nl");
        assertThat(driver().findElement(By.cssSelector("label[for=username]")).getText())
                .isEqualTo("Gebruikersnaam");
    }

    @Test
    void shouldRememberTheChosenLanguageOnTheNextPage() {
        open("/login?lang=en");
        open("/login");

        assertThat(htmlLang()).isEqualTo("en");

        open("/login?lang=nl");
        assertThat(htmlLang()).isEqualTo("nl");
    }

    @Test
    void shouldRejectAWrongPasswordWithAnAlertAndStayLoggedOut() {
        open("/login?lang=nl");

        driver().findElement(By.id("username")).sendKeys("nobody");
        driver().findElement(By.id("password")).sendKeys("wrong password");
        driver().findElement(By.cssSelector("#login-form [type=submit]")).click();

        WebElement alert = waitVisible(By.cssSelector("[role=alert]"));
        assertThat(alert.getText()).contains("klopt niet");
        assertThat(driver().findElements(By.id("login-link"))).hasSize(1);
    }
}
