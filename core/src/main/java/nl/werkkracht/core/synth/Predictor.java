package nl.werkkracht.core.synth;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * A predictor of the outcome with one value per unit (Abadie, Diamond and Hainmueller's {@code X}): a
 * sector share, an earlier level, the mean of a variable over some years.
 *
 * @param name as shown in the balance table, e.g. {@code gdpcap 1960-1969}
 * @param values per unit
 */
public record Predictor(String name, Map<String, Double> values) {

    public Predictor {
        Objects.requireNonNull(name, "name");
        values.forEach((unit, v) -> {
            if (v == null || !Double.isFinite(v)) {
                throw new IllegalArgumentException("predictor " + name + " of " + unit + " is not a number: " + v);
            }
        });
        values = Map.copyOf(values);
    }

    /**
     * The mean of a panel variable over the years {@code from..to} for every unit, over the years that have a
     * value (as R's Synth does with {@code na.rm = TRUE}); a unit without any value in the window gets none.
     */
    public static Predictor mean(Panel panel, int from, int to) {
        Map<String, Double> means = new LinkedHashMap<>();
        for (String unit : panel.units()) {
            OptionalDouble m = panel.series(unit).subMap(from, to + 1).values().stream()
                    .mapToDouble(Double::doubleValue)
                    .average();
            m.ifPresent(v -> means.put(unit, v));
        }
        String window = from == to ? Integer.toString(from) : from + "-" + to;
        return new Predictor(panel.variable() + " " + window, means);
    }

    /**
     * The value of a unit.
     *
     * @throws IllegalArgumentException naming the predictor and unit when it has none
     */
    double require(String unit) {
        Double v = values.get(unit);
        if (v == null) {
            throw new IllegalArgumentException("predictor " + name + " has no value for " + unit);
        }
        return v;
    }
}
