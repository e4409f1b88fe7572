package nl.werkkracht.statdata.occupation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import nl.werkkracht.core.occupation.ExposureGradient;
import nl.werkkracht.core.occupation.Occupation;
import nl.werkkracht.core.occupation.OccupationTask;
import nl.werkkracht.statdata.importer.ImportException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The ILO 2025 workbook as published (the shipped resource is the unchanged file, see PROVENANCE.md). */
class IloGenAiReaderTest {

    private static List<Occupation> occupations;

    @BeforeAll
    static void read() {
        occupations = OccupationData.occupations();
    }

    private static Occupation occupation(String isco) {
        return occupations.stream()
                .filter(o -> o.isco().equals(isco))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void shouldReadAll427OccupationsAnd3266Tasks() {
        assertThat(occupations).hasSize(427);
        assertThat(occupations.stream().mapToInt(o -> o.tasks().size()).sum()).isEqualTo(3266);
        assertThat(occupations.stream().mapToInt(o -> o.tasks().size()).min().orElseThrow())
                .isEqualTo(2);
        assertThat(occupations.stream().mapToInt(o -> o.tasks().size()).max().orElseThrow())
                .isEqualTo(14);
        assertThat(occupations.get(0).isco()).isEqualTo("1111");
        assertThat(occupations.get(0).title()).isEqualTo("Legislators");
    }

    @Test
    void shouldReadTheGradientsAsTheIloCountsThem() {
        var counts = new EnumMap<ExposureGradient, Integer>(ExposureGradient.class);
        occupations.forEach(o -> counts.merge(o.gradient(), 1, Integer::sum));
        assertThat(counts)
                .containsExactlyInAnyOrderEntriesOf(Map.of(
                        ExposureGradient.NOT_EXPOSED, 231,
                        ExposureGradient.MINIMAL, 84,
                        ExposureGradient.GRADIENT_1, 17,
                        ExposureGradient.GRADIENT_2, 44,
                        ExposureGradient.GRADIENT_3, 38,
                        ExposureGradient.GRADIENT_4, 13));
    }

    @Test
    void shouldReadGeneralOfficeClerksFieldByField() {
        Occupation clerks = occupation("4110");
        assertThat(clerks.title()).isEqualTo("General Office Clerks");
        assertThat(clerks.meanScore()).isCloseTo(0.60, within(1e-12));
        assertThat(clerks.sdScore()).isCloseTo(0.10, within(1e-12));
        assertThat(clerks.meanScore2023()).isCloseTo(0.69, within(0.2)); // 2023 index, other method
        assertThat(clerks.gradient()).isEqualTo(ExposureGradient.GRADIENT_4);
        assertThat(clerks.tasks()).extracting(OccupationTask::number).containsExactly(1, 2, 3, 4, 5, 6, 7, 8);
        assertThat(clerks.tasks())
                .extracting(OccupationTask::score)
                .containsExactly(0.595, 0.3875, 0.535, 0.65, 0.565, 0.63, 0.685, 0.7125);
        assertThat(clerks.tasks().get(1).text()).isEqualTo("Sorting, opening and sending mail;");
    }

    @Test
    void shouldReadTheStoredTextOfNumbersExactly() {
        assertThat(occupation("1111").sdScore()).isEqualTo(0.04);
        assertThat(occupation("1111").meanScore2023()).isEqualTo(0.22);
        // stored as "0.57999999999999996" in the sheet XML
        assertThat(occupation("4120").meanScore()).isEqualTo(0.58);
        assertThat(occupation("5120").meanScore()).isCloseTo(0.18, within(1e-12));
        assertThat(occupation("9112").meanScore()).isCloseTo(0.12, within(1e-12));
        assertThat(occupation("2512").gradient()).isEqualTo(ExposureGradient.GRADIENT_3);
    }

    /** The published mean and spread are the task scores' mean and sample standard deviation, to 2 decimals. */
    @Test
    void shouldAgreeWithTheTaskScoresWithinTheSourceRounding() {
        for (Occupation o : occupations) {
            double[] s = o.tasks().stream().mapToDouble(OccupationTask::score).toArray();
            double mean = java.util.Arrays.stream(s).average().orElseThrow();
            double ss =
                    java.util.Arrays.stream(s).map(x -> (x - mean) * (x - mean)).sum();
            double sd = Math.sqrt(ss / (s.length - 1));
            assertThat(o.meanScore()).as(o.isco()).isCloseTo(mean, within(0.005 + 1e-9));
            assertThat(o.sdScore()).as(o.isco()).isCloseTo(sd, within(0.005 + 1e-9));
        }
    }

    @Test
    void shouldRefuseAFileThatIsNotAWorkbook() {
        var notXlsx = new ByteArrayInputStream("ISCO_08;Title\n".getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> IloGenAiReader.read("scores.csv", notXlsx))
                .isInstanceOf(ImportException.class)
                .hasMessageContaining("scores.csv");
    }
}
