package nl.werkkracht.core.productivity;

import java.util.OptionalDouble;

/**
 * Output and labour input of one sector or region in one period, in base units: output in euro (of
 * one price basis), labour in hours, FTE, jobs or persons. Output may be negative (a loss-making
 * sector); labour may not.
 *
 * @param output value added (or GDP) in euro
 * @param labour labour input in the labour measure's base unit
 */
public record OutputLabour(double output, double labour) {
    public OutputLabour {
        if (!Double.isFinite(output)) {
            throw new IllegalArgumentException("output must be finite");
        }
        if (!Double.isFinite(labour) || labour < 0) {
            throw new IllegalArgumentException("labour input must be finite and non-negative, got " + labour);
        }
    }

    /** Productivity {@code p = Y / L}; empty when {@code L = 0} (undefined, shown as "–", never 0). */
    public OptionalDouble productivity() {
        return labour == 0 ? OptionalDouble.empty() : OptionalDouble.of(output / labour);
    }

    public OutputLabour plus(OutputLabour other) {
        return new OutputLabour(output + other.output, labour + other.labour);
    }
}
