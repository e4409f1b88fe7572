package nl.werkkracht.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.werkkracht.app.benchmark.BenchmarkService;
import nl.werkkracht.app.benchmark.NetworkInput;
import nl.werkkracht.app.benchmark.RoleExposures;
import nl.werkkracht.app.organisation.FinancialsInput;
import nl.werkkracht.app.organisation.OrganisationFixtures;
import nl.werkkracht.app.organisation.OrganisationFixtures.Tenant;
import nl.werkkracht.app.organisation.OrganisationService;
import nl.werkkracht.app.techimpact.TechImpactService;
import nl.werkkracht.core.techimpact.WorkRole;
import nl.werkkracht.store.account.Role;
import nl.werkkracht.store.network.NetworkStore;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * Twelve invented installation companies in one network, with figures for two years, all sharing value added
 * per hour and absenteeism. The first one's employer coordinates the network: the benchmark card shows its
 * own position (its rank in a band of 10 below 20 organisations) with figures to 3 significant digits, and
 * withdrawing a consent takes the metric off at once (the cell is suppressed for everyone until enough has
 * changed); the network dashboard shows n = 12, who takes part, a trend, and "nog te weinig deelnemers" for
 * a peer group under 5; the coordinator makes an invitation whose code another organisation uses on its card.
 * Every page passes axe-core in Dutch and English, also at phone size (390×844).
 *
 * <p>With {@code -Dwk.screenshots=/some/dir} the test also saves screenshots of the pages there.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BenchmarkBrowserIT extends BrowserTestSupport {

    @Autowired
    ApplicationContext context;

    private final List<Tenant> members = new ArrayList<>();
    private long network;

    @BeforeAll
    void createNetwork() {
        BenchmarkService benchmarks = context.getBean(BenchmarkService.class);
        OrganisationService organisations = context.getBean(OrganisationService.class);
        double[] vaph = {42.5, 55.0, 61.25, 48.0, 70.0, 66.5, 52.0, 58.0, 63.0, 45.0, 68.0, 50.0};
        for (int i = 0; i < vaph.length; i++) {
            Tenant t = OrganisationFixtures.tenant(context, Role.EMPLOYER, "F", i < 6 ? "10-49" : "50-249", "CR22");
            for (int year : new int[] {2023, 2024}) {
                double growth = year == 2024 ? 1.05 : 1.0;
                organisations.putFinancials(
                        t.organisationId(),
                        year,
                        new FinancialsInput(
                                vaph[i] * growth * 10000,
                                0.0,
                                0.0,
                                0.0,
                                10000.0,
                                null,
                                null,
                                null,
                                (3 + i) / 100.0,
                                null,
                                null,
                                0.1),
                        t.username());
            }
            members.add(t);
        }
        network = benchmarks
                .create(
                        new NetworkInput("Installatienetwerk Noord (verzonnen)", "SECTION"),
                        members.get(0).username())
                .id();
        NetworkStore networks = context.getBean(NetworkStore.class);
        for (Tenant t : members) {
            networks.join(network, t.organisationId()); // the invitation flow itself is tested in the API tests
            benchmarks.putConsents(
                    t.organisationId(),
                    network,
                    List.of("value-added-per-hour", "absenteeism", RoleExposures.CONSENT),
                    t.username());
        }
        // invented roles: every company has fitters (ISCO 7126), the first six also an office clerk (4110)
        TechImpactService roles = context.getBean(TechImpactService.class);
        for (int i = 0; i < members.size(); i++) {
            Tenant t = members.get(i);
            roles.saveRole(
                    t.organisationId(),
                    Optional.empty(),
                    new WorkRole("Monteur", 4 + i, (4 + i) * 1500.0, "7126", List.of()),
                    t.username());
            if (i < 6) {
                roles.saveRole(
                        t.organisationId(),
                        Optional.empty(),
                        new WorkRole("Administratie", 1 + i % 2, 1400.0, "4110", List.of()),
                        t.username());
            }
        }
    }

    private String card() {
        return "/organisations/" + members.get(0).organisationId() + "/benchmark";
    }

    @Test
    @Order(1)
    void shouldShowTheOwnPositionOnTheBenchmarkCard() {
        logIn(members.get(0));
        open(card() + "?lang=nl");
        waitForChart("chart-value-added-per-hour-" + network);

        String panel = driver().findElement(By.id("metric-value-added-per-hour-" + network))
                .getText();
        assertThat(panel)
                .contains("Toegevoegde waarde per gewerkt uur")
                .contains("Uw waarde")
                .contains("44,6") // 42.5 × 1.05 = 44.625, to 3 significant digits
                .contains("Stand per");
        // the lowest of twelve: percentile rank 100 × 0.5 / 12 ≈ 4, shown in its band below n = 20
        assertThat(driver().findElement(By.cssSelector("#metric-value-added-per-hour-" + network + " .wk-bm-own-rank"))
                        .getText())
                .startsWith("tussen 0–10");
        assertThat(driver().findElement(By.cssSelector("#metric-value-added-per-hour-" + network + " .wk-bm-n"))
                        .getText())
                .isEqualTo("12");
        assertThat(driver().findElement(By.cssSelector("#metric-value-added-per-hour-" + network + " .wk-bm-p50"))
                        .getText())
                .matches("\\d+,\\d");
        assertThat(driver().findElement(By.cssSelector("#network-" + network + " .wk-bm-members"))
                        .getText())
                .contains("12 organisaties");
        assertThat(panel).contains("Wat betekent dit?");
        assertThat(driver().findElement(By.id("consent-" + network)).getText()).contains("direct");
        assertThat(driver().findElement(By.id("consent-" + network + "-absenteeism"))
                        .isSelected())
                .isTrue();
        assertAccessible("benchmark card nl");
        screenshot("card-nl");
        phone(() -> {
            assertAccessible("benchmark card on a phone");
            screenshot("card-phone");
        });

        driver().findElement(By.id("consent-" + network + "-absenteeism")).click();
        driver().findElement(By.cssSelector("#consent-" + network + " [type=submit]"))
                .click();
        waitFor(By.id("benchmark-notice"));

        assertThat(driver().findElements(By.id("metric-absenteeism-" + network)))
                .isEmpty();
        assertThat(driver().findElement(By.id("consent-" + network + "-absenteeism"))
                        .isSelected())
                .isFalse();
        open(card() + "?lang=en");
        waitForChart("chart-value-added-per-hour-" + network);
        assertThat(driver().findElement(By.id("metric-value-added-per-hour-" + network))
                        .getText())
                .contains("Value added per hour worked")
                .contains("44.6");
        assertAccessible("benchmark card en");
        screenshot("card-en");
    }

    @Test
    @Order(2)
    void shouldShowTheNetworkDashboardWithoutIdentifyingAnyone() {
        logIn(members.get(0));
        open("/networks/" + network + "?lang=nl");
        waitForChart("chart-value-added-per-hour-" + network);
        waitForChart("trend-value-added-per-hour-" + network);

        String vaph = driver().findElement(By.id("metric-value-added-per-hour-" + network))
                .getText();
        assertThat(vaph).contains("Heel het netwerk").doesNotContain("Voorbeeldorganisatie");
        assertThat(driver().findElement(By.cssSelector("#metric-value-added-per-hour-" + network + " .wk-bm-n"))
                        .getText())
                .isEqualTo("12");
        // absenteeism: the first organisation withdrew it in the test before; 11 differ by 1 from the 12
        // published, so the cell is suppressed at once rather than shown without it
        assertThat(driver().findElement(By.id("metric-absenteeism-" + network)).getText())
                .contains("Een deelnemer is gestopt");
        assertThat(driver().findElement(By.id("metric-engagement-" + network)).getText())
                .contains("nog te weinig deelnemers (< 5)");
        assertThat(driver().findElement(By.id("members")).getText()).contains("12 organisaties");
        assertExportLinks("csv", "xlsx", "pdf");
        assertAccessible("network dashboard nl");
        screenshot("dashboard-nl");
        phone(() -> {
            assertAccessible("network dashboard on a phone");
            screenshot("dashboard-phone");
        });

        new Select(driver().findElement(By.id("cut-size"))).selectByValue("10-49");
        driver().findElement(By.id("cut-submit")).click();
        waitFor(By.id("cut-form"));
        assertThat(driver().findElement(
                                By.cssSelector("#metric-value-added-per-hour-" + network + " tr[data-group=cut]"))
                        .getText())
                .as("six in 10-49, one of them the viewer's own: five others left")
                .doesNotContain("< 5");
        assertAccessible("network dashboard with a peer group");
        screenshot("dashboard-cut-nl");

        open("/networks/" + network + "?lang=en");
        waitForChart("chart-value-added-per-hour-" + network);
        assertAccessible("network dashboard en");
        open("/networks?lang=nl");
        assertThat(driver().findElement(By.id("networks")).getText()).contains("Installatienetwerk Noord");
        assertAccessible("network list nl");
        screenshot("networks-nl");
    }

    @Test
    @Order(3)
    void shouldLetTheCoordinatorInviteAnOrganisationThatJoinsWithTheCode() {
        logIn(members.get(0));
        open("/networks/" + network + "/members?lang=nl");
        assertThat(driver().findElement(By.id("member-table")).getText()).contains("Voorbeeldorganisatie");
        driver().findElement(By.cssSelector("#invite-form [type=submit]")).click();
        String code = waitVisible(By.id("invitation-code")).getText();
        assertThat(code).matches("[a-z2-7]{4}(-[a-z2-7]{4}){4}");
        assertThat(driver().findElement(By.id("invitation-table")).getText()).contains("open");
        assertAccessible("members and invitations nl");
        screenshot("members-nl");
        phone(() -> {
            assertAccessible("members and invitations on a phone");
            screenshot("members-phone");
        });
        open("/networks/" + network + "/members?lang=en");
        assertThat(driver().findElements(By.id("invitation-code")))
                .as("the code is shown once")
                .isEmpty();
        assertAccessible("members and invitations en");

        Tenant newcomer = OrganisationFixtures.tenant(context, Role.EMPLOYER);
        logOut();
        logIn(newcomer);
        open("/organisations/" + newcomer.organisationId() + "/benchmark?lang=nl");
        driver().findElement(By.id("join-network")).sendKeys(String.valueOf(network));
        driver().findElement(By.id("join-code")).sendKeys(code.toUpperCase(java.util.Locale.ROOT));
        driver().findElement(By.cssSelector("#join-form [type=submit]")).click();
        assertThat(waitFor(By.id("benchmark-notice")).getText()).contains("U doet mee");
        assertThat(driver().findElement(By.id("network-" + network)).getText()).contains("Installatienetwerk Noord");
        assertAccessible("card after joining");
        screenshot("card-joined-nl");

        open("/organisations/" + newcomer.organisationId() + "?lang=nl");
        assertThat(driver().findElement(By.id("org-kvk")).getAttribute("value")).matches("[0-9]{8}");
        screenshot("profile-kvk-nl");
        logOut();
    }

    private void logIn(Tenant who) {
        open("/login?lang=nl");
        if (driver().findElements(By.id("login-form")).isEmpty()
                || driver().findElements(By.id("login-link")).isEmpty()) {
            return;
        }
        driver().findElement(By.id("username")).sendKeys(who.username());
        driver().findElement(By.id("password")).sendKeys(OrganisationFixtures.PASSWORD);
        driver().findElement(By.cssSelector("#login-form [type=submit]")).click();
        waiting()
                .withMessage("the employer was not logged in")
                .until(ExpectedConditions.invisibilityOfElementLocated(By.id("login-form")));
    }

    private void logOut() {
        driver().manage().deleteAllCookies();
    }

    /** Runs the checks with the window at phone size (390×844), then restores it. */
    private void phone(Runnable checks) {
        Dimension before = driver().manage().window().getSize();
        driver().manage().window().setSize(new Dimension(390, 844));
        try {
            driver().navigate().refresh();
            waitFor(By.cssSelector("main#main"));
            checks.run();
        } finally {
            driver().manage().window().setSize(before);
            driver().navigate().refresh();
            waitFor(By.cssSelector("main#main"));
        }
    }

    /** Saves the whole page as {@code <name>.png} in the folder {@code wk.screenshots} names, if any. */
    private void screenshot(String name) {
        String dir = System.getProperty("wk.screenshots");
        if (dir == null || dir.isBlank()) {
            return;
        }
        Dimension before = driver().manage().window().getSize();
        try {
            long height = (Long) js().executeScript("return document.documentElement.scrollHeight");
            driver().manage().window().setSize(new Dimension(before.getWidth(), (int) Math.min(height + 150, 8000)));
            byte[] png = ((org.openqa.selenium.TakesScreenshot) driver()).getScreenshotAs(OutputType.BYTES);
            Path out = Path.of(dir, name + ".png");
            Files.createDirectories(out.getParent());
            Files.write(out, png);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            driver().manage().window().setSize(before);
        }
    }

    @Test
    @Order(4)
    void shouldShowTheMembersRoleExposureOnlyAsGroupFigures() {
        logIn(members.get(0));
        open("/networks/" + network + "?lang=nl");
        driver().findElement(By.id("role-exposure-link")).click();
        waitFor(By.id("exposure-table-ALL"));
        String all = driver().findElement(By.cssSelector("tr[data-cell=all]")).getText();
        // twelve companies (eleven the viewer cannot see into): 4+…+15 = 114 fitters and 1+2+1+2+1+2 = 9 clerks,
        // 123 people, shown to tens
        assertThat(all)
                .contains("Alle functies")
                .contains("10–19")
                .contains("120")
                .contains("%");
        assertThat(driver().findElement(By.id("content")).getText())
                .contains("Per beroepsklasse (ISCO-08)")
                .contains("Per ILO-gradiënt")
                .doesNotContain("Voorbeeldorganisatie");
        assertAccessible("role exposure nl");
        screenshot("role-exposure-nl");
        phone(() -> {
            assertAccessible("role exposure on a phone");
            screenshot("role-exposure-phone");
        });
        open("/networks/" + network + "/role-exposure?lang=en");
        waitFor(By.id("exposure-table-ALL"));
        assertThat(driver().findElement(By.cssSelector("tr[data-cell=all]")).getText())
                .contains("All roles")
                .contains("120");
        assertAccessible("role exposure en");
        screenshot("role-exposure-en");
    }
}
