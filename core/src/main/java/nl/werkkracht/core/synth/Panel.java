package nl.werkkracht.core.synth;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * One variable of a panel: a value per unit (a region) and time (a year), any of which may be missing. The
 * units keep the order they were given in; times are sorted.
 */
public final class Panel {

    private final String variable;
    private final Map<String, SortedMap<Integer, Double>> series;
    private final List<Integer> times;

    private Panel(String variable, Map<String, SortedMap<Integer, Double>> series) {
        this.variable = variable;
        this.series = series;
        TreeSet<Integer> all = new TreeSet<>();
        series.values().forEach(s -> all.addAll(s.keySet()));
        this.times = List.copyOf(all);
    }

    /**
     * @param variable what the values are (the outcome's name, shown in errors)
     * @param series per unit, its values by time; every value a finite number
     * @throws IllegalArgumentException for a value that is not finite, naming unit and time
     */
    public static Panel of(String variable, Map<String, ? extends Map<Integer, Double>> series) {
        Objects.requireNonNull(variable, "variable");
        Map<String, SortedMap<Integer, Double>> copy = new LinkedHashMap<>();
        series.forEach((unit, values) -> {
            Objects.requireNonNull(unit, "unit");
            TreeMap<Integer, Double> s = new TreeMap<>();
            values.forEach((time, value) -> {
                if (value == null || !Double.isFinite(value)) {
                    throw new IllegalArgumentException(
                            variable + " of " + unit + " in " + time + " is not a number: " + value);
                }
                s.put(time, value);
            });
            copy.put(unit, Collections.unmodifiableSortedMap(s));
        });
        if (copy.isEmpty()) {
            throw new IllegalArgumentException("the panel of " + variable + " has no units");
        }
        return new Panel(variable, Collections.unmodifiableMap(copy));
    }

    public String variable() {
        return variable;
    }

    /** The units in the order given. */
    public List<String> units() {
        return List.copyOf(series.keySet());
    }

    /** Every time at which some unit has a value, ascending. */
    public List<Integer> times() {
        return times;
    }

    public boolean hasUnit(String unit) {
        return series.containsKey(unit);
    }

    public OptionalDouble value(String unit, int time) {
        SortedMap<Integer, Double> s = series.get(unit);
        Double v = s == null ? null : s.get(time);
        return v == null ? OptionalDouble.empty() : OptionalDouble.of(v);
    }

    /**
     * The value, which must be there.
     *
     * @throws IllegalArgumentException naming the unit and time when it is missing
     */
    double require(String unit, int time) {
        return value(unit, time)
                .orElseThrow(
                        () -> new IllegalArgumentException("no value of " + variable + " for " + unit + " in " + time));
    }

    /** The unit's values as a sorted map (unmodifiable); empty for an unknown unit. */
    public SortedMap<Integer, Double> series(String unit) {
        return series.getOrDefault(unit, Collections.emptySortedMap());
    }

    /** The times between {@code from} and {@code to} (inclusive) at which {@code unit} has a value. */
    List<Integer> timesOf(String unit, int from, int to) {
        return new ArrayList<>(series(unit).subMap(from, to + 1).keySet());
    }
}
