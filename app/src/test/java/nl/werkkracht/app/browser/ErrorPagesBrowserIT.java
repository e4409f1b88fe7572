package nl.werkkracht.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import nl.werkkracht.app.organisation.OrganisationFixtures;
import nl.werkkracht.app.organisation.OrganisationFixtures.Tenant;
import nl.werkkracht.store.account.Role;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * Errors in a real browser are the product's own pages in the visitor's language, never a framework page
 * or raw JSON: a missing page is Dutch, and English after switching; an organisation one may not see and
 * an API address opened in the browser show the same page; a page one's role does not allow says so. (A
 * visitor who is not logged in and asks for an address outside the public monitor is sent to the login
 * page first, so the first test asks within the monitor.)
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ErrorPagesBrowserIT extends BrowserTestSupport {

    @Autowired
    ApplicationContext context;

    private Tenant employer;

    @BeforeAll
    void createEmployer() {
        employer = OrganisationFixtures.tenant(context, Role.EMPLOYER);
    }

    @Test
    @Order(1)
    void shouldShowADutchNotFoundPageAndAnEnglishOneAfterSwitching() {
        open("/monitor/dit-bestaat-niet");

        assertThat(htmlLang()).isEqualTo("nl");
        assertThat(driver().findElement(By.tagName("h1")).getText()).isEqualTo("Pagina niet gevonden");
        assertThat(driver().findElement(By.id("error-page")).getAttribute("data-status"))
                .isEqualTo("404");
        assertThat(driver().getTitle()).contains("Pagina niet gevonden");
        assertThat(driver().getPageSource()).doesNotContain("Whitelabel").doesNotContain("\"status\"");
        Screenshots.save(driver(), "error-404-nl", 1400);
        Screenshots.save(driver(), "error-404-nl-phone", 390);

        switchLanguage("en");

        assertThat(driver().getCurrentUrl()).contains("/monitor/dit-bestaat-niet");
        assertThat(driver().findElement(By.tagName("h1")).getText()).isEqualTo("Page not found");
        assertThat(driver().findElement(By.id("error-text")).getText()).contains("does not exist");
        Screenshots.save(driver(), "error-404-en", 1400);
        switchLanguage("nl");
        assertThat(driver().findElement(By.tagName("h1")).getText()).isEqualTo("Pagina niet gevonden");
    }

    @Test
    @Order(2)
    void shouldShowTheSamePageForAnOrganisationOneMayNotSeeAndForAnApiAddress() {
        logIn();
        for (String path : new String[] {
            "/dit-bestaat-niet",
            "/organisations/" + (employer.organisationId() + 100_000),
            "/api/v1/organisations/" + (employer.organisationId() + 100_000) + "/financials",
            "/organisations/" + employer.organisationId() + "/financials/export?format=ods"
        }) {
            open(path);
            assertThat(driver().findElements(By.id("error-page"))).as(path).hasSize(1);
            assertThat(driver().getPageSource()).as(path).doesNotContain("application/problem+json");
        }
        open("/api/v1/organisations/" + (employer.organisationId() + 100_000));
        assertThat(driver().findElement(By.tagName("h1")).getText()).isEqualTo("Pagina niet gevonden");
    }

    @Test
    @Order(3)
    void shouldSayInDutchThatARoleDoesNotAllowAPage() {
        open("/admin/users");

        assertThat(driver().findElement(By.tagName("h1")).getText()).isEqualTo("Geen toegang");
        assertThat(driver().findElement(By.id("error-page")).getAttribute("data-status"))
                .isEqualTo("403");
        Screenshots.save(driver(), "error-403-nl", 1400);
    }

    private void logIn() {
        logInThroughTheForm(employer.username(), OrganisationFixtures.PASSWORD);
    }
}
