package nl.werkkracht.store.observation;

import java.util.Locale;
import nl.werkkracht.core.observation.Measure;
import nl.werkkracht.core.observation.Period;
import nl.werkkracht.core.observation.PriceBasis;
import nl.werkkracht.core.observation.Status;
import nl.werkkracht.core.observation.Unit;
import nl.werkkracht.store.db.DatabaseException;

/**
 * How core values are written to the code columns of {@code observation}, and read back: measures, units
 * and statuses by their enum constant name, price bases by {@link PriceBasis#code()} (empty for none).
 * A stored code the core no longer knows is a surprise, reported with the column and the code.
 */
final class StoredCodes {

    private StoredCodes() {}

    static Measure measure(String code) {
        return constant(Measure.class, "measure", code);
    }

    static Unit unit(String code) {
        return constant(Unit.class, "unit", code);
    }

    static Status status(String code) {
        return constant(Status.class, "status", code);
    }

    static PriceBasis priceBasis(String code) {
        return PriceBasis.parse(code).orElseThrow(() -> unknown("price_basis", code));
    }

    static Period period(int year, int quarter) {
        try {
            return new Period(year, quarter);
        } catch (IllegalArgumentException e) {
            throw new DatabaseException("the observation table holds an invalid period: " + e.getMessage(), e);
        }
    }

    private static <E extends Enum<E>> E constant(Class<E> type, String column, String code) {
        try {
            return Enum.valueOf(type, code);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw unknown(column, code);
        }
    }

    private static DatabaseException unknown(String column, String code) {
        return new DatabaseException(
                String.format(Locale.ROOT, "the observation table holds an unknown %s code '%s'", column, code));
    }
}
