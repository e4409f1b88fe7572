package nl.werkkracht.core.techimpact;

import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;
import nl.werkkracht.core.occupation.ExposureGradient;

/**
 * A cell of a network's role-exposure table (METHODS.md §9 and §16): every role of the contributing
 * organisations, the roles of one ISCO-08 major group (1 digit), or the roles whose occupation has one ILO
 * exposure gradient. The two breakdowns are the margins of a table major group × gradient whose interior is
 * never shown.
 *
 * @param kind which breakdown
 * @param code {@code all}, the major group digit, or the gradient's name
 */
public record ExposureCell(Kind kind, String code) {

    /** The breakdowns, in display order. */
    public enum Kind {
        ALL,
        MAJOR_GROUP,
        GRADIENT
    }

    /** Every role. */
    public static final ExposureCell ALL = new ExposureCell(Kind.ALL, "all");

    /** Display order: all, then major groups 0–9, then gradients from not exposed to gradient 4. */
    public static final Comparator<ExposureCell> ORDER = Comparator.comparing(ExposureCell::kind)
            .thenComparing(c -> c.kind == Kind.GRADIENT
                    ? String.valueOf(ExposureGradient.valueOf(c.code).rank())
                    : c.code);

    public ExposureCell {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(code, "code");
        boolean valid =
                switch (kind) {
                    case ALL -> code.equals("all");
                    case MAJOR_GROUP -> code.matches("\\d");
                    case GRADIENT -> gradient(code).isPresent();
                };
        if (!valid) {
            throw new IllegalArgumentException("not a cell of the exposure table: " + kind + " " + code);
        }
    }

    /** The cell of one major group. */
    public static ExposureCell majorGroup(String digit) {
        return new ExposureCell(Kind.MAJOR_GROUP, digit);
    }

    /** The cell of one ILO gradient. */
    public static ExposureCell gradient(ExposureGradient gradient) {
        return new ExposureCell(Kind.GRADIENT, gradient.name());
    }

    /** Whether an organisation's part in a major group and gradient lies in this cell. */
    public boolean contains(String majorGroup, ExposureGradient gradient) {
        return switch (kind) {
            case ALL -> true;
            case MAJOR_GROUP -> code.equals(majorGroup);
            case GRADIENT -> code.equals(gradient.name());
        };
    }

    /** {@code all}, {@code isco=2} or {@code gradient=GRADIENT_4}: the key stored and used in the API. */
    public String key() {
        return switch (kind) {
            case ALL -> "all";
            case MAJOR_GROUP -> "isco=" + code;
            case GRADIENT -> "gradient=" + code;
        };
    }

    /**
     * The cell {@link #key()} wrote.
     *
     * @throws IllegalArgumentException for anything else
     */
    public static ExposureCell parse(String key) {
        if ("all".equals(key)) {
            return ALL;
        }
        if (key != null && key.startsWith("isco=")) {
            return new ExposureCell(Kind.MAJOR_GROUP, key.substring(5));
        }
        if (key != null && key.startsWith("gradient=")) {
            return new ExposureCell(Kind.GRADIENT, key.substring(9));
        }
        throw new IllegalArgumentException("not a cell of the exposure table: " + key);
    }

    private static Optional<ExposureGradient> gradient(String name) {
        for (ExposureGradient g : ExposureGradient.values()) {
            if (g.name().equals(name)) {
                return Optional.of(g);
            }
        }
        return Optional.empty();
    }
}
