package nl.werkkracht.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code werkkracht synth --panel}: the CLI contract on the Basque Country panel as R's Synth ships it
 * ({@code synth/basque_data.csv}, see PROVENANCE.txt next to it), with the predictors of Synth's example given as
 * {@code --predictor} options (schooling as raw counts and Spain among the donors, as pysyncon runs it: Catalonia
 * 0.851 and Madrid 0.149 within 0.025).
 */
class SynthCommandTest {

    private static String basque() {
        try {
            return Path.of(SynthCommandTest.class
                            .getResource("/synth/basque_data.csv")
                            .toURI())
                    .toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static CliRun synth(String... extra) {
        List<String> args = new ArrayList<>(List.of(
                "synth",
                "--panel",
                basque(),
                "--unit",
                "regionno",
                "--time",
                "year",
                "--outcome",
                "gdpcap",
                "--treated",
                "17",
                "--treatment-start",
                "1970",
                "--fit",
                "1960-1969"));
        args.addAll(List.of(extra));
        return CliRun.run(Path.of("unused"), args.toArray(String[]::new));
    }

    @Test
    void shouldWriteTheJsonContractWithPredictorsAndPlacebos() {
        List<String> options = new ArrayList<>();
        for (String c : new String[] {"school.illit", "school.prim", "school.med", "school.high", "school.post.high"}) {
            options.addAll(List.of("--predictor", c + ":1964-1969"));
        }
        options.addAll(List.of("--predictor", "invest:1964-1969", "--predictor", "gdpcap:1960-1969"));
        for (String c : new String[] {
            "sec.agriculture",
            "sec.energy",
            "sec.industry",
            "sec.construction",
            "sec.services.venta",
            "sec.services.nonventa"
        }) {
            options.addAll(List.of("--predictor", c + ":1961-1969"));
        }
        options.addAll(List.of("--predictor", "popdens:1969", "--placebos", "--output", "json"));

        CliRun r = synth(options.toArray(String[]::new));

        assertThat(r.exitCode()).as(r.err()).isZero();
        JsonNode j = r.json();
        assertThat(weight(j, "10")).isCloseTo(0.851, within(0.025)); // Cataluna
        assertThat(weight(j, "14")).isCloseTo(0.149, within(0.025)); // Madrid
        assertThat(j.get("weights")).hasSize(17);
        assertThat(j.get("preRmspe").asDouble()).isPositive();
        assertThat(j.get("ratio").asDouble())
                .isCloseTo(j.get("postRmspe").asDouble() / j.get("preRmspe").asDouble(), within(1e-12));
        JsonNode gap = j.get("gaps").get(0);
        assertThat(gap.get("time").asInt()).isEqualTo(1955);
        assertThat(gap.get("gap").asDouble())
                .isCloseTo(gap.get("actual").asDouble() - gap.get("synthetic").asDouble(), within(1e-12));
        JsonNode placebo = j.get("placebo");
        assertThat(placebo.get("of").asInt()).isEqualTo(18);
        assertThat(placebo.get("pValue").asDouble())
                .isEqualTo(placebo.get("rank").asDouble() / 18);
        assertThat(j.get("predictors")).hasSize(14);
        assertThat(j.get("predictors").get(0).get("name").asText()).isEqualTo("school.illit 1964-1969");
        assertThat(j.get("leaveOneOut")).hasSize(2);
    }

    @Test
    void shouldPrintTheGapsAsCsvAndATableForPeople() {
        CliRun csv = synth("--output", "csv");
        CliRun table = synth();

        assertThat(csv.exitCode()).as(csv.err()).isZero();
        assertThat(csv.out().lines().findFirst().orElseThrow()).isEqualTo("time,actual,synthetic,gap");
        assertThat(csv.out().lines()).hasSize(44);
        assertThat(table.out()).contains("weights:", "pre-period RMSPE", "verdict");
    }

    @Test
    void shouldNameTheBadOptionOrColumn() {
        CliRun column = synth("--predictor", "schooling:1964-1969");
        CliRun window = synth("--predictor", "invest:1969-1964");

        assertThat(column.exitCode()).isEqualTo(1);
        assertThat(column.err()).contains("basque_data.csv line 1: has no column schooling");
        assertThat(window.exitCode()).isEqualTo(1);
        assertThat(window.err()).contains("'invest:1969-1964' is not COL:FROM-TO");
    }

    private static double weight(JsonNode j, String unit) {
        for (JsonNode w : j.get("weights")) {
            if (w.get("unit").asText().equals(unit)) {
                return w.get("weight").asDouble();
            }
        }
        throw new AssertionError("no weight for " + unit);
    }
}
