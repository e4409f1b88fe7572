package nl.werkkracht.app.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import nl.werkkracht.app.account.WebClient;
import nl.werkkracht.app.organisation.OrganisationFixtures;
import nl.werkkracht.app.organisation.OrganisationFixtures.Tenant;
import nl.werkkracht.core.notation.NumberKind;
import nl.werkkracht.core.notation.NumberNotation;
import nl.werkkracht.core.notation.TypedNumber;
import nl.werkkracht.store.account.Role;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * Figures typed the Dutch way are saved as typed, whatever the browser's own language: an employer types
 * "4.150.000" euro and "29,5" fte on the Dutch page (and "4,150,000" and "29.5" on the English one), sees
 * what will be saved before saving, and the API then holds exactly 4150000 and 29.5. An ambiguous "4.150"
 * fte is refused naming the field, and nothing is saved. The page script reads numbers exactly as the
 * server does (compared on the same cases and on random strings). Run by {@link
 * NotationDutchBrowserIT} and {@link NotationEnglishBrowserIT}; the organisation is an invented fixture.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
abstract class NotationBrowserContract extends BrowserTestSupport {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    ApplicationContext context;

    private Tenant employer;

    @BeforeAll
    void createEmployer() {
        employer = OrganisationFixtures.tenant(context, Role.EMPLOYER);
    }

    /** The browser's language as the test expects to see it in {@code navigator.language}. */
    abstract String expectedNavigatorLanguage();

    private String figures() {
        return "/organisations/" + employer.organisationId() + "/financials";
    }

    @Test
    @Order(1)
    void shouldRunInABrowserOfItsLanguage() {
        open("/login?lang=nl");
        assertThat((String) js().executeScript("return navigator.language")).startsWith(expectedNavigatorLanguage());
        assertThat(htmlLang()).isEqualTo("nl");
    }

    @Test
    @Order(2)
    void shouldSaveDutchNotationAsTypedOnTheDutchPage() throws Exception {
        logIn();
        open(figures() + "?year=2025&lang=nl");
        type("year", "2025");
        type("revenue", "4.150.000");
        type("purchases", "1.500.000");
        type("otherIntermediateCosts", "350.000");
        type("fte", "29,5");
        type("contractHoursPerWeek", "38");
        type("absencePercent", "5,2");
        assertThat(preview("revenue")).contains("€ 4.150.000");
        assertThat(preview("fte")).contains("29,5");
        assertThat(preview("absencePercent")).contains("5,2 %");
        type("fte", "1.500");
        assertThat(preview("fte")).contains("1500").contains("1,5");
        assertThat(driver().findElement(By.id("f-fte-preview")).getAttribute("class"))
                .contains("refused");
        type("fte", "29,5");
        Screenshots.save(driver(), "figures-nl-" + expectedNavigatorLanguage(), 1400);
        Screenshots.save(driver(), "figures-nl-" + expectedNavigatorLanguage() + "-phone", 390);

        submit();

        JsonNode saved = saved(2025);
        assertThat(saved.get("revenue").asDouble()).isEqualTo(4_150_000.0);
        assertThat(saved.get("purchases").asDouble()).isEqualTo(1_500_000.0);
        assertThat(saved.get("otherIntermediateCosts").asDouble()).isEqualTo(350_000.0);
        assertThat(saved.get("fte").asDouble()).isEqualTo(29.5);
        assertThat(saved.get("absenceRate").asDouble()).isCloseTo(0.052, within(1e-12));
        // shown again as a Dutch person writes it
        assertThat(field("revenue").getAttribute("value")).isEqualTo("4.150.000");
        assertThat(field("fte").getAttribute("value")).isEqualTo("29,5");
    }

    @Test
    @Order(3)
    void shouldRefuseAnAmbiguousNumberNamingTheFieldAndSaveNothing() throws Exception {
        open(figures() + "?year=2025&lang=nl");
        type("fte", "4.150");
        submit();

        WebElement errors = waitFor(By.id("form-errors"));
        assertThat(errors.getText())
                .contains("Fte eigen personeel")
                .contains("4150")
                .contains("4,15");
        assertThat(field("fte").getAttribute("value")).isEqualTo("4.150");
        assertThat(saved(2025).get("fte").asDouble()).isEqualTo(29.5);
    }

    @Test
    @Order(4)
    void shouldSaveEnglishNotationOnTheEnglishPage() throws Exception {
        open(figures() + "?year=2024&lang=en");
        assertThat(htmlLang()).isEqualTo("en");
        type("year", "2024");
        type("revenue", "4,150,000");
        type("purchases", "1,500,000.50");
        type("otherIntermediateCosts", "350,000");
        type("hoursWorked", "28,419");
        type("fte", "29.5");
        assertThat(preview("revenue")).contains("€4,150,000");
        assertThat(preview("hoursWorked")).contains("28,419");
        Screenshots.save(driver(), "figures-en-" + expectedNavigatorLanguage(), 1400);

        submit();

        JsonNode saved = saved(2024);
        assertThat(saved.get("revenue").asDouble()).isEqualTo(4_150_000.0);
        assertThat(saved.get("purchases").asDouble()).isEqualTo(1_500_000.5);
        assertThat(saved.get("hoursWorked").asDouble()).isEqualTo(28_419.0);
        assertThat(saved.get("fte").asDouble()).isEqualTo(29.5);
        switchLanguage("nl");
    }

    /**
     * The page script and the server read every text the same way: the cases of the unit test and 400
     * random strings of digits, separators, signs and spaces, in every kind of field.
     */
    @Test
    @Order(5)
    void shouldReadNumbersInThePageExactlyAsTheServerDoes() {
        open(figures() + "?lang=nl");
        List<String> texts = new ArrayList<>(List.of(
                "4.150.000",
                "29,5",
                "4,150,000",
                "29.5",
                "4.150.000,50",
                "4,150,000.50",
                "4.150",
                "1,500",
                "0,125",
                "1234.567",
                ",5",
                "0.05",
                "12,50",
                "-10.000",
                "€ 4.150.000",
                "-€ 1.000",
                "EUR 2.500,-",
                "1 250 000",
                "5 %",
                "3,5%",
                "+38",
                "\u22124,5",
                "-0",
                "1,234.5,6",
                "1.234,5.6",
                "4.15.000",
                "12,34.5",
                "29.5.1",
                "0.150.000",
                "abc",
                "1e6",
                "5,",
                "€",
                "--5",
                "2,5",
                "1.5",
                "",
                "  ",
                "28.419",
                "187,5"));
        Random random = new Random(9);
        String alphabet = "0123456789.,.,-+ €%";
        for (int i = 0; i < 400; i++) {
            StringBuilder s = new StringBuilder();
            int length = 1 + random.nextInt(12);
            for (int k = 0; k < length; k++) {
                s.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            texts.add(s.toString());
        }
        int compared = 0;
        for (NumberKind kind : NumberKind.values()) {
            String jsKind = kind.name().toLowerCase(java.util.Locale.ROOT);
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> readings = (List<Map<String, Object>>) js().executeScript(
                            "var kind = arguments[1];"
                                    + " return arguments[0].map(function (t) { return window.WerkkrachtNumbers.parse(t, kind); });",
                            texts,
                            jsKind);
            for (int i = 0; i < texts.size(); i++) {
                String text = texts.get(i);
                TypedNumber server = NumberNotation.parse(text, kind);
                Map<String, Object> page = readings.get(i);
                String what = kind + " '" + text + "'";
                if (server instanceof TypedNumber.Value v) {
                    assertThat(page).as(what).containsKey("value");
                    assertThat(((Number) page.get("value")).doubleValue())
                            .as(what)
                            .isEqualTo(v.value());
                } else if (server instanceof TypedNumber.Refused r) {
                    assertThat(page.get("refused"))
                            .as(what)
                            .isEqualTo(r.reason().name());
                } else {
                    assertThat(page.get("blank")).as(what).isEqualTo(Boolean.TRUE);
                }
                compared++;
            }
        }
        assertThat(compared).isEqualTo(texts.size() * NumberKind.values().length);
    }

    private void logIn() {
        logInThroughTheForm(employer.username(), OrganisationFixtures.PASSWORD);
    }

    private WebElement field(String name) {
        return driver().findElement(By.id("f-" + name));
    }

    private void type(String name, String text) {
        WebElement input = field(name);
        input.clear();
        input.sendKeys(text);
    }

    private String preview(String name) {
        return driver().findElement(By.id("f-" + name + "-preview")).getText();
    }

    private void submit() {
        driver().findElement(By.cssSelector("#financials-form [type=submit]")).click();
        waiting().until(d -> "complete".equals(js().executeScript("return document.readyState")));
        waitFor(By.id("financials-form"));
    }

    private JsonNode saved(int year) throws Exception {
        var response = new WebClient(port)
                .get("/api/v1/organisations/" + employer.organisationId() + "/financials/" + year, employer.bearer());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body()).get("input");
    }
}
