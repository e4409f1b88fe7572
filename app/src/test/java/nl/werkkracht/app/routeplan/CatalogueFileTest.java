package nl.werkkracht.app.routeplan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import nl.werkkracht.core.routeplan.Catalogue;
import nl.werkkracht.core.routeplan.Condition;
import nl.werkkracht.core.routeplan.Intervention;
import nl.werkkracht.core.routeplan.Quantity;
import nl.werkkracht.core.routeplan.Route;
import org.junit.jupiter.api.Test;

class CatalogueFileTest {

    private static final Catalogue SHIPPED = CatalogueFile.shipped();

    /** The interventions the issue asks for, by the id the catalogue gives them. */
    private static final List<String> REQUIRED = List.of(
            "tech-impact-analysis",
            "tech-involve-employees",
            "tech-training-implementation",
            "tech-registration-tools",
            "tech-ai-people-in-command",
            "org-job-redesign",
            "org-job-carving",
            "emp-job-crafting",
            "org-cut-rules",
            "org-smart-scheduling",
            "org-lean-kaizen",
            "org-value-stream-worst",
            "org-self-managing-teams",
            "org-participation",
            "emp-skills-on-the-job",
            "emp-learning-culture",
            "emp-vitality",
            "org-workload",
            "org-information-feedback",
            "emp-coaching-leadership",
            "emp-onboarding",
            "emp-learning-network");

    @Test
    void shouldShipAtLeastTwentyTwoInterventionsOnAllThreeRoutes() {
        assertThat(SHIPPED.interventions()).hasSizeGreaterThanOrEqualTo(22);
        for (Route route : Route.values()) {
            assertThat(SHIPPED.of(route)).as(route.name()).hasSizeGreaterThanOrEqualTo(6);
        }
        assertThat(SHIPPED.interventions()).extracting(Intervention::id).containsAll(REQUIRED);
    }

    @Test
    void shouldGiveEveryInterventionBothLanguagesASourceAndConditionsOnKnownQuantities() {
        for (Intervention i : SHIPPED.interventions()) {
            assertThat(i.title().nl())
                    .as(i.id())
                    .isNotBlank()
                    .isNotEqualTo(i.title().en());
            assertThat(i.rationale().nl()).as(i.id()).hasSizeGreaterThan(80);
            assertThat(i.rationale().en()).as(i.id()).hasSizeGreaterThan(80);
            assertThat(i.source()).as(i.id()).isNotBlank();
            for (Condition c : i.when().conditions()) {
                if (c instanceof Condition.Compare compare) {
                    assertThat(Quantity.of(compare.quantity().id())).as(i.id()).isPresent();
                }
            }
            assertThat(i.indicators()).as(i.id()).isNotEmpty();
        }
    }

    @Test
    void shouldAskForTheBasicsBeforeSelfManagingTeams() {
        Intervention teams = SHIPPED.find("org-self-managing-teams").orElseThrow();

        assertThat(teams.prerequisites())
                .extracting(Condition::text)
                .containsExactly(
                        "org.process >= 50", "org.handovers >= 50", "job.information >= 50", "balance.gap <= 15");
    }

    @Test
    void shouldHaveALabelForEveryQuantityInBothLanguages() throws IOException {
        for (String bundle : List.of("messages/routeplan.properties", "messages/routeplan_en.properties")) {
            Properties labels = properties(bundle);
            for (Quantity q : Quantity.all()) {
                assertThat(labels.getProperty("routeplan.quantity." + q.id()))
                        .as(bundle + " " + q.id())
                        .isNotBlank();
            }
        }
    }

    @Test
    void shouldHaveTheSameKeysInDutchAndEnglish() throws IOException {
        Set<Object> dutch =
                new HashSet<>(properties("messages/routeplan.properties").keySet());
        Set<Object> english =
                new HashSet<>(properties("messages/routeplan_en.properties").keySet());

        assertThat(english).isEqualTo(dutch);
    }

    @Test
    void shouldNameTheFileAndFieldOfAMistake() {
        assertThatThrownBy(
                        () -> read(catalogue(intervention("org-x", "ORGANISATION", "[org.rulez < 50]", "en: Title"))))
                .isInstanceOf(InvalidCatalogueException.class)
                .hasMessageContaining("test.yaml: interventions[0] (org-x).when.any[0]: unknown quantity 'org.rulez'");
        assertThatThrownBy(() -> read(catalogue(intervention("org-x", "ORGANISATION", "[org.rules < 50]", ""))))
                .hasMessageContaining("interventions[0] (org-x).title.en is missing");
        assertThatThrownBy(() -> read(catalogue(intervention("org-x", "FINANCE", "[org.rules < 50]", "en: Title"))))
                .hasMessageContaining(
                        "interventions[0] (org-x).route: 'FINANCE' is not TECHNOLOGY, ORGANISATION or EMPLOYEE");
        assertThatThrownBy(() -> read(catalogue(
                        intervention("org-x", "ORGANISATION", "[org.rules < 50]", "en: Title"),
                        intervention("org-x", "ORGANISATION", "[org.rules < 40]", "en: Title"))))
                .hasMessageContaining("test.yaml: intervention id org-x occurs more than once");
        assertThatThrownBy(() ->
                        read("version: 1\nguard: {lowScore: 50, absenteeismHigh: 5.5}\nextra: 1\ninterventions: []\n"))
                .hasMessageContaining("test.yaml: Unrecognized field \"extra\"");
    }

    @Test
    void shouldReadAWellFormedCatalogue() {
        Catalogue catalogue = read(catalogue(intervention("org-x", "organisation", "[org.rules < 50]", "en: Title")));

        assertThat(catalogue.interventions()).singleElement().satisfies(i -> {
            assertThat(i.route()).isEqualTo(Route.ORGANISATION);
            assertThat(i.title().en()).isEqualTo("Title");
            assertThat(i.effects().health()).isEqualTo(1);
        });
    }

    private static Catalogue read(String yaml) {
        return CatalogueFile.read(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), "test.yaml");
    }

    private static String catalogue(String... interventions) {
        return "version: 1\nguard: {lowScore: 50, absenteeismHigh: 5.5}\ninterventions:\n"
                + String.join("", interventions);
    }

    private static String intervention(String id, String route, String any, String englishTitle) {
        return """
                  - id: %s
                    route: %s
                    title: {nl: Titel, %s}
                    rationale: {nl: Uitleg, en: Rationale}
                    source: Test (2024)
                    when: {any: %s}
                    effects: {autonomy: 0, health: 1, development: 0, productivity: 1}
                    indicators: [org.rules]
                """
                .formatted(id, route, englishTitle.isEmpty() ? "en: \"\"" : englishTitle, any);
    }

    private static Properties properties(String resource) throws IOException {
        Properties p = new Properties();
        try (InputStream in = CatalogueFileTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}
