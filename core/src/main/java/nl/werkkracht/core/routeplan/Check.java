package nl.werkkracht.core.routeplan;

import java.util.OptionalDouble;

/**
 * The outcome of testing one {@link Condition} on an organisation's data, with the value it looked at
 * (a scale score, a percentage, the balance gap …), so that a plan can say why.
 *
 * @param actual the value tested; empty exactly when the status is {@link Status#UNKNOWN}
 */
public record Check(Condition condition, Status status, OptionalDouble actual) {

    /** Whether a condition holds. */
    public enum Status {
        HOLDS,
        FAILS,
        /** What the condition looks at was not measured (or not shown because of the anonymity rule). */
        UNKNOWN
    }

    public Check {
        if (condition == null || status == null || actual == null) {
            throw new IllegalArgumentException("a check needs a condition, a status and a value (or none)");
        }
        if (actual.isEmpty() != (status == Status.UNKNOWN)) {
            throw new IllegalArgumentException(
                    "a check has a value exactly when it is not unknown: " + condition.text());
        }
    }

    static Check of(Condition condition, boolean holds, double actual) {
        return new Check(condition, holds ? Status.HOLDS : Status.FAILS, OptionalDouble.of(actual));
    }

    static Check unknown(Condition condition) {
        return new Check(condition, Status.UNKNOWN, OptionalDouble.empty());
    }

    public boolean holds() {
        return status == Status.HOLDS;
    }

    /** How strongly this check triggers: 0 unless it holds. */
    double severity() {
        return holds() ? condition.severity(actual.getAsDouble()) : 0;
    }
}
