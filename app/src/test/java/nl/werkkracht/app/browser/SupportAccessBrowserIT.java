package nl.werkkracht.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import nl.werkkracht.app.account.AccountService;
import nl.werkkracht.app.organisation.OrganisationFixtures;
import nl.werkkracht.app.organisation.OrganisationFixtures.Tenant;
import nl.werkkracht.store.account.Role;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * Support access in the browser (ADR 0015): the administrator cannot open an organisation; its employer
 * gives the administrators access for 3 days on the organisation's page; the administrator finds it at
 * /admin/support, opens it with a notice that the visit is recorded, and the employer reads that visit in
 * the audit log as a sentence. The pages pass axe-core. The organisation is an invented fixture.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SupportAccessBrowserIT extends BrowserTestSupport {

    private static final String ADMIN_PASSWORD = "support admin password";

    @Autowired
    ApplicationContext context;

    private Tenant employer;
    private String admin;

    @BeforeAll
    void employerAndAdministrator() {
        employer = OrganisationFixtures.tenant(context, Role.EMPLOYER);
        admin = "support-admin-" + System.nanoTime() % 100000;
        context.getBean(AccountService.class).createUser(admin, Role.ADMIN, Optional.of(ADMIN_PASSWORD));
    }

    private String overview() {
        return "/organisations/" + employer.organisationId();
    }

    @Test
    @Order(1)
    void shouldNotOpenTheOrganisationToTheAdministrator() {
        logIn(admin, ADMIN_PASSWORD);
        open(overview());
        assertThat(driver().findElement(By.tagName("h1")).getText()).isEqualTo("Pagina niet gevonden");
        open("/admin/support");
        assertThat(driver().findElements(By.id("support-none"))).hasSize(1);
        logOut();
    }

    @Test
    @Order(2)
    void shouldLetTheEmployerGrantSupportForThreeDays() {
        logIn(employer.username(), OrganisationFixtures.PASSWORD);
        open(overview());
        assertThat(driver().findElement(By.id("support-status")).getText()).contains("geen toegang");
        new Select(driver().findElement(By.id("support-days"))).selectByValue("3");
        driver().findElement(By.id("support-grant")).click();
        waitFor(By.id("support-revoke"));
        assertThat(driver().findElement(By.id("support-status")).getText())
                .contains("toegang tot")
                .contains(employer.username());
        Screenshots.save(driver(), "support-granted", 1400);
        Screenshots.save(driver(), "support-granted-phone", 390);
        assertAccessible("the overview with support access");
        logOut();
    }

    @Test
    @Order(3)
    void shouldShowTheAdministratorTheOrganisationWithANoticeAndRecordIt() {
        logIn(admin, ADMIN_PASSWORD);
        open("/admin/support");
        assertThat(driver().findElement(By.id("support-grants")).getText()).contains("verzonnen");
        Screenshots.save(driver(), "support-admin-list", 1400);
        driver().findElement(By.cssSelector("#support-grants a")).click();
        waitFor(By.id("support-visit"));
        assertThat(driver().findElements(By.id("member-form"))).isEmpty();
        assertThat(driver().findElements(By.id("support-form"))).isEmpty();
        Screenshots.save(driver(), "support-visit", 1400);
        open(overview() + "/financials");
        assertThat(driver().findElements(By.id("support-visit"))).hasSize(1);
        logOut();
    }

    @Test
    @Order(4)
    void shouldShowTheVisitInTheAuditLogAsSentences() {
        logIn(employer.username(), OrganisationFixtures.PASSWORD);
        open(overview() + "/audit");
        String log = driver().findElement(By.id("audit")).getText();
        assertThat(log)
                .contains("Hulp van de beheerder toegestaan voor 3 dagen")
                .contains("Als beheerder meegekeken: " + overview() + "/financials")
                .contains(admin);
        Screenshots.save(driver(), "audit-nl", 1400);
        switchLanguage("en");
        assertThat(driver().findElement(By.id("audit")).getText())
                .contains("Help from the administrator allowed for 3 days")
                .contains("Looked on as administrator: " + overview());
        Screenshots.save(driver(), "audit-en", 1400);
        switchLanguage("nl");
        open(overview());
        driver().findElement(By.id("support-revoke")).click();
        waitFor(By.id("support-form"));
        assertThat(driver().findElement(By.id("support-status")).getText()).contains("geen toegang");
        logOut();
    }

    private void logIn(String username, String password) {
        logInThroughTheForm(username, password);
    }

    private void logOut() {
        driver().findElement(By.cssSelector("form[action$='/logout'] button")).click();
        waitFor(By.id("login-link"));
    }
}
