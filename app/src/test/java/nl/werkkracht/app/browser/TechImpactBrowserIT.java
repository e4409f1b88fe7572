package nl.werkkracht.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import nl.werkkracht.app.account.WebClient;
import nl.werkkracht.app.organisation.OrganisationFixtures;
import nl.werkkracht.app.organisation.OrganisationFixtures.Tenant;
import nl.werkkracht.app.techimpact.TechImpactExamples;
import nl.werkkracht.store.account.Role;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/**
 * The main flow of issue 13 in a real browser, on the made-up administrative office: an employer finds the
 * occupation in Dutch, adds the role and marks its tasks, starts an analysis of a generative-AI writing
 * assistant and fills in the TIM worksheet; the analysis page reads on a phone and passes axe-core.
 *
 * <p>With {@code -Dwk.screenshots=/some/dir} the test saves screenshots at desktop and phone width.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TechImpactBrowserIT extends BrowserTestSupport {

    @Autowired
    ApplicationContext context;

    @LocalServerPort
    int serverPort;

    private Tenant employer;
    private String analysisPath;

    @BeforeAll
    void createEmployer() throws Exception {
        employer = OrganisationFixtures.tenant(context, Role.EMPLOYER);
        var api = new WebClient(serverPort);
        String org = "/api/v1/organisations/" + employer.organisationId();
        api.putJson(
                org,
                "{\"name\":\"Administratiekantoor De Rekenhulp (verzonnen voorbeeld)\",\"sector\":\"N\","
                        + "\"sizeClass\":\"10-49\",\"region\":\"CR22\"}",
                employer.bearer());
        // the office's other roles and its value stream through the API; the clerk is added in the browser
        for (String role : TechImpactExamples.OFFICE.roles().subList(1, 3)) {
            assertThat(api.postJson(org + "/roles", role, employer.bearer()).statusCode())
                    .isEqualTo(201);
        }
        assertThat(api.postJson(org + "/value-streams", TechImpactExamples.OFFICE.valueStream(), employer.bearer())
                        .statusCode())
                .isEqualTo(201);
    }

    private String org() {
        return "/organisations/" + employer.organisationId();
    }

    @Test
    @Order(1)
    void shouldAddARoleFoundInDutchAndMarkItsTasks() {
        logIn();
        open(org() + "/roles?lang=nl");
        driver().findElement(By.id("q")).sendKeys("administratief medewerker");
        driver().findElement(By.cssSelector("#occupation-search [type=submit]")).click();
        waitFor(By.id("occupations"));
        assertThat(driver().findElement(By.id("occupations")).getText())
                .contains("4110", "Algemeen administratief medewerkers");
        driver().findElement(By.cssSelector("label[for=isco-4110]")).click();
        driver().findElement(By.id("role-name")).sendKeys("Administratief medewerker");
        driver().findElement(By.id("role-people")).sendKeys("6");
        driver().findElement(By.id("role-hours")).sendKeys("9.000");
        driver().findElement(By.id("role-add")).click();
        waitFor(By.id("role-tasks"));
        assertThat(driver().findElement(By.id("ti-notice")).getText()).contains("opgeslagen");
        for (Map.Entry<String, String> t :
                Map.of("1", "30", "4", "20", "6", "20", "7", "20").entrySet()) {
            driver().findElement(By.id("task-" + t.getKey())).click();
            driver().findElement(By.id("share-" + t.getKey())).sendKeys(t.getValue());
        }
        driver().findElement(By.id("role-save")).click();
        waitFor(By.id("ti-notice"));
        assertThat(driver().findElement(By.id("share-7")).getAttribute("value")).isEqualTo("20");
        assertThat(driver().findElement(By.id("role-hours")).getAttribute("value"))
                .isEqualTo("9.000");
        Screenshots.save(driver(), "techimpact-role-nl", 1280);
        open(org() + "/roles?lang=nl");
        assertThat(driver().findElement(By.id("roles-table")).getText())
                .contains("Administratief medewerker", "Boekhouder", "Receptionist");
        Screenshots.save(driver(), "techimpact-roles-nl", 1280);
    }

    @Test
    @Order(2)
    void shouldAnalyseAWritingAssistantAndProposeMeasuresWithTheirReasons() {
        logIn();
        open(org() + "/technology-impact?lang=nl");
        driver().findElement(By.cssSelector("label[for=app-genai-writing]")).click();
        driver().findElement(By.id("ti-start")).click();
        waitFor(By.id("ti-consequences"));
        analysisPath =
                driver().getCurrentUrl().replaceFirst("^https?://[^/]+", "").replaceFirst("\\?.*$", "");
        assertThat(driver().findElement(By.id("ti-title")).getText()).contains("schrijven en samenvatten");
        assertThat(driver().findElement(By.cssSelector("#ti-roles tr[data-role='Administratief medewerker']"))
                        .getText())
                .contains("0,64", "Automatisering", "Hoge blootstelling");
        String measures = driver().findElement(By.id("ti-consequences")).getText();
        assertThat(measures)
                .contains(
                        "Mens aan het roer",
                        "Functie herontwerpen",
                        "Leren op de werkplek",
                        "Hoge blootstelling",
                        "Administratief medewerker");
        assertThat(driver().findElement(By.id("ti-not-saved")).getText()).contains("geen besparing");
        assertThat(driver().findElement(By.id("ti-jcurve")).getText()).contains("J-curve");
        driver().findElement(By.id("answerSkills"))
                .sendKeys("Administratief medewerker: opdrachten geven en uitkomsten controleren.");
        assertThat(driver().findElements(By.cssSelector("#ti-learning [data-role='Administratief medewerker']")))
                .hasSize(1);
        driver().findElement(By.id("learning-owner-0")).sendKeys("Kantoormanager");
        driver().findElement(By.id("ti-save")).click();
        waitFor(By.id("ti-notice"));
        assertThat(driver().findElement(By.id("answerSkills")).getAttribute("value"))
                .contains("uitkomsten controleren");
        assertThat(driver().findElement(By.id("learning-owner-0")).getAttribute("value"))
                .isEqualTo("Kantoormanager");
        assertExportLinks("csv", "xlsx");
        Screenshots.save(driver(), "techimpact-analysis-nl", 1280);
    }

    @Test
    @Order(3)
    void shouldReadOnAPhoneAndPassAxeInDutchAndEnglish() {
        logIn();
        for (String path : List.of(
                analysisPath + "?lang=nl",
                analysisPath + "?lang=en",
                org() + "/roles?lang=nl",
                org() + "/technology-impact?lang=en",
                org() + "/followup?lang=nl",
                org() + "/report?lang=nl")) {
            open(path);
            assertAccessible(path);
        }
        open(analysisPath + "?lang=en");
        assertThat(driver().findElement(By.id("ti-consequences")).getText()).contains("Human in command");
        Screenshots.save(driver(), "techimpact-analysis-en", 1280);
        open(org() + "/followup?lang=nl");
        assertThat(driver().findElement(By.cssSelector("#learning-table tr[data-role='Administratief medewerker']"))
                        .getText())
                .contains("Kantoormanager");
        Screenshots.save(driver(), "techimpact-followup-nl", 1280);
        open(org() + "/report?lang=nl");
        assertThat(driver().findElement(By.id("report-tech-impact")).getText())
                .contains("Administratief medewerker", "Aannames");
        Screenshots.save(driver(), "techimpact-report-nl", 1280);
        Dimension before = driver().manage().window().getSize();
        try {
            driver().manage().window().setSize(new Dimension(390, 844));
            open(analysisPath + "?lang=nl");
            long overflow = (Long) js().executeScript(
                            "return document.documentElement.scrollWidth - document.documentElement.clientWidth");
            assertThat(overflow).as("horizontal overflow on a phone").isLessThanOrEqualTo(0);
            Screenshots.save(driver(), "techimpact-analysis-phone", 390);
            for (String page : List.of("followup", "report")) {
                open(org() + "/" + page + "?lang=nl");
                long over = (Long) js().executeScript(
                                "return document.documentElement.scrollWidth - document.documentElement.clientWidth");
                assertThat(over)
                        .as("horizontal overflow of " + page + " on a phone")
                        .isLessThanOrEqualTo(0);
                Screenshots.save(driver(), "techimpact-" + page + "-phone", 390);
            }
        } finally {
            driver().manage().window().setSize(before);
        }
    }

    private void logIn() {
        open("/login?lang=nl");
        if (driver().findElements(By.id("login-form")).isEmpty()
                || driver().findElements(By.id("login-link")).isEmpty()) {
            return;
        }
        driver().findElement(By.id("username")).sendKeys(employer.username());
        driver().findElement(By.id("password")).sendKeys(OrganisationFixtures.PASSWORD);
        driver().findElement(By.cssSelector("#login-form [type=submit]")).click();
        waiting()
                .withMessage("the employer was not logged in")
                .until(ExpectedConditions.invisibilityOfElementLocated(By.id("login-form")));
    }
}
