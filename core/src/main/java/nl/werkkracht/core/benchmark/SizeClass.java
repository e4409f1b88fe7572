package nl.werkkracht.core.benchmark;

import java.util.Optional;
import java.util.OptionalInt;

/**
 * Size classes of METHODS.md §9 by number of employees (persons, not FTE), as in the EU SME definition
 * and CBS "grootteklasse".
 */
public enum SizeClass {
    /** 2–9 employees. */
    MICRO(2, 9),
    /** 10–49 employees. */
    SMALL(10, 49),
    /** 50–249 employees. */
    MEDIUM(50, 249),
    /** 250 employees or more. */
    LARGE(250, Integer.MAX_VALUE);

    private final int from;
    private final int to;

    SizeClass(int from, int to) {
        this.from = from;
        this.to = to;
    }

    /** The smallest number of employees in the class. */
    public int from() {
        return from;
    }

    /** The largest number of employees in the class; empty for the open class 250+. */
    public OptionalInt to() {
        return to == Integer.MAX_VALUE ? OptionalInt.empty() : OptionalInt.of(to);
    }

    /**
     * The class of an organisation with this many employees; empty below 2 (METHODS.md §9 starts at 2:
     * a one-person business is not benchmarked as an employer).
     */
    public static Optional<SizeClass> forEmployees(int employees) {
        for (SizeClass c : values()) {
            if (employees >= c.from && employees <= c.to) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    /** {@code 2-9}, {@code 10-49}, {@code 50-249}, {@code 250+}: the code used in the API. */
    public String code() {
        return to == Integer.MAX_VALUE ? from + "+" : from + "-" + to;
    }

    /** The class with this {@link #code()}, or empty. */
    public static Optional<SizeClass> parse(String code) {
        for (SizeClass c : values()) {
            if (c.code().equals(code == null ? "" : code.strip())) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }
}
