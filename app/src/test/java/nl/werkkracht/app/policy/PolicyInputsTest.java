package nl.werkkracht.app.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import nl.werkkracht.app.policy.PolicyInputs.EvaluationInput;
import nl.werkkracht.app.policy.PolicyInputs.IndicatorInput;
import nl.werkkracht.app.policy.PolicyInputs.MeasureInput;
import nl.werkkracht.app.policy.PolicyInputs.ProgrammeInput;
import nl.werkkracht.core.policy.IndicatorKind;
import nl.werkkracht.statdata.codelist.CodeListLoader;
import org.junit.jupiter.api.Test;

/** What a policy officer enters is checked field by field, and the shipped recommendation catalogue is valid. */
class PolicyInputsTest {

    private static final RecommendationCatalogue CATALOGUE = RecommendationCatalogue.shipped();
    private static final PolicyInputs INPUTS = new PolicyInputs(CodeListLoader.standard(), CATALOGUE);
    private static final List<IndicatorSource.Option> OPTIONS =
            List.of(new IndicatorSource.Option(IndicatorKind.MONITOR, "index", "Index", "NL = 100"));

    private static String field(Runnable r) {
        try {
            r.run();
        } catch (PolicyInputException e) {
            return e.field() + " " + e.key();
        }
        return "accepted";
    }

    @Test
    void shouldAcceptAProgrammeAndNameTheFieldOfEveryMistake() {
        assertThat(INPUTS.programme(new ProgrammeInput(" Overijssel ", "pv23", 2024, 2027, null))
                        .region())
                .isEqualTo("PV23");
        assertThat(field(() -> INPUTS.programme(new ProgrammeInput("", "PV23", 2024, 2027, ""))))
                .isEqualTo("name policy.error.required");
        assertThat(field(() -> INPUTS.programme(new ProgrammeInput("x", "NL21", 2024, 2027, ""))))
                .isEqualTo("region policy.error.region");
        assertThat(field(() -> INPUTS.programme(new ProgrammeInput("x", "PV23", 2027, 2024, ""))))
                .isEqualTo("toYear policy.error.toBeforeFrom");
        assertThat(field(() -> INPUTS.programme(new ProgrammeInput("x", "PV23", 1800, 2024, ""))))
                .isEqualTo("fromYear policy.error.year");
    }

    @Test
    void shouldCheckMeasuresIndicatorsAndEvaluations() {
        assertThat(field(() -> INPUTS.measure(
                        new MeasureInput("m", "", "TECHNOLOGY", "nope", "", "", null, "", 2024, null, null), "PV23")))
                .isEqualTo("recommendation policy.error.unknownRecommendation");
        assertThat(field(() -> INPUTS.measure(
                        new MeasureInput("m", "", "ROCKETS", null, "", "", null, "", 2024, null, null), "PV23")))
                .isEqualTo("route policy.error.choice");
        assertThat(field(() -> INPUTS.measure(
                        new MeasureInput("m", "", "PEOPLE", null, "", "C,ZZ", null, "", 2024, null, null), "PV23")))
                .isEqualTo("sectors policy.error.unknownSector");
        assertThat(INPUTS.measure(new MeasureInput("m", "", "people", null, "", "C", 1.0, "", 2024, 2027, null), "PV23")
                        .region())
                .isEqualTo("PV23");
        assertThat(field(() -> INPUTS.indicator(
                        new IndicatorInput("MONITOR", "index", "", "", "", 80.0, 2018, 79.0, 2027, "INCREASE"),
                        OPTIONS)))
                .isEqualTo("targetValue policy.error.targetSide.INCREASE");
        assertThat(field(() -> INPUTS.indicator(
                        new IndicatorInput("MONITOR", "gdp", "", "", "", 80.0, 2018, 81.0, 2027, "INCREASE"), OPTIONS)))
                .isEqualTo("metric policy.error.unknownMetric");
        assertThat(INPUTS.indicator(
                                new IndicatorInput("MONITOR", "index", "", "", "", 80.0, 2018, 81.0, 2027, "INCREASE"),
                                OPTIONS)
                        .name())
                .isEqualTo("Index");
        assertThat(field(() -> INPUTS.evaluation(new EvaluationInput(null, "index", "NL", 2012, "", "", ""), "NL")))
                .isEqualTo("region policy.error.evaluateNational");
        assertThat(field(() ->
                        INPUTS.evaluation(new EvaluationInput(null, "index", null, 2012, "CR11", "", ""), "PV23")))
                .isEqualTo("donors policy.error.otherLevel");
    }

    @Test
    void shouldShipAValidVersionedCatalogueOfBothCouncils() {
        assertThat(CATALOGUE.version()).isEqualTo(1);
        assertThat(CATALOGUE.all()).extracting(r -> r.source()).contains("SER", "SER_OVERIJSSEL");
        assertThat(CATALOGUE.find("sero-scan-servicepunten")).isPresent();
        assertThat(CATALOGUE.all()).allSatisfy(r -> assertThat(r.reference()).isNotBlank());
        assertThatThrownBy(() -> RecommendationCatalogue.read(new RecommendationCatalogue.RawFile(
                        1,
                        List.of(new RecommendationCatalogue.RawEntry(
                                "x", "CBS", java.util.Map.of(), java.util.Map.of(), "r")))))
                .hasMessageContaining("source must be SER or SER_OVERIJSSEL");
    }
}
