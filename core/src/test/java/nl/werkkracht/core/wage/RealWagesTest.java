package nl.werkkracht.core.wage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.HashMap;
import java.util.Map;
import nl.werkkracht.core.WorkedExample;
import org.junit.jupiter.api.Test;

class RealWagesTest {

    private static final double TOLERANCE = 1e-12;

    private final WorkedExample example = WorkedExample.load("real-wages.txt");

    private Map<Integer, Double> column(String name) {
        var out = new HashMap<Integer, Double>();
        for (var row : example.table("years")) {
            row.optionalNumber(name).ifPresent(v -> out.put(row.integer("year"), v));
        }
        return out;
    }

    private RealWages workedExample() {
        return RealWages.compare(
                        column("wage"), column("hicp"), column("gvaDeflator"), column("productivity"), 2020, 2022)
                .orElseThrow();
    }

    @Test
    void shouldGiveTheConsumerAndTheProducerRealWageEachWithItsOwnDeflator() {
        var r = workedExample();

        var consumer = r.consumer().orElseThrow();
        for (int i = 0; i < 2; i++) {
            int t = 2021 + i;
            assertThat(consumer.years().get(i).realWageGrowth())
                    .as("consumer %d", t)
                    .isCloseTo(example.expected("consumer." + t), within(TOLERANCE));
            assertThat(r.producer().years().get(i).realWageGrowth())
                    .as("producer %d", t)
                    .isCloseTo(example.expected("producer." + t), within(TOLERANCE));
            assertThat(r.wedge().get(i).difference())
                    .as("wedge %d", t)
                    .isCloseTo(example.expected("wedge." + t), within(TOLERANCE));
        }
        assertThat(consumer.averageRealWageGrowth()).isCloseTo(example.expected("averageConsumer"), within(1e-12));
        assertThat(r.producer().averageRealWageGrowth()).isCloseTo(example.expected("averageProducer"), within(1e-12));
        assertThat(Math.pow(1 + r.producer().averageRealWageGrowth(), 2))
                .isCloseTo(example.expected("producerFactor"), within(TOLERANCE));
        assertThat(r.averageWedge().getAsDouble()).isCloseTo(example.expected("averageWedge"), within(1e-12));
    }

    @Test
    void shouldLeaveTheConsumerRealWageOutWithoutACpiAndNeverReplaceIt() {
        var r = RealWages.compare(column("wage"), Map.of(), column("gvaDeflator"), column("productivity"), 2020, 2022)
                .orElseThrow();

        assertThat(r.consumer()).isEmpty();
        assertThat(r.wedge()).isEmpty();
        assertThat(r.averageWedge()).isEmpty();
        assertThat(r.producer().years()).hasSize(2);
    }

    @Test
    void shouldNameBothRealWages() {
        assertThat(RealWages.Deflator.CPI.labelEn()).isEqualTo("consumer real wage (HICP)");
        assertThat(RealWages.Deflator.GVA_DEFLATOR.labelEn()).isEqualTo("producer real wage (GVA deflator)");
    }
}
