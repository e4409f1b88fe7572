package nl.werkkracht.core.observation;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The price basis of a money value: current prices ({@code CP}), previous year's prices ({@code PYP}),
 * chain-linked volumes with a reference year ({@code CLV2015}); {@link #NONE} for non-monetary
 * measures. Chain-linked volumes are not additive across sectors (METHODS.md §2).
 *
 * @param kind the kind of price basis
 * @param referenceYear the reference year of chain-linked volumes, 0 otherwise
 */
public record PriceBasis(Kind kind, int referenceYear) {

    private static final Pattern CLV = Pattern.compile("CLV(\\d{4})");
    private static final int MIN_REFERENCE_YEAR = 1900;
    private static final int MAX_REFERENCE_YEAR = 2100;

    public static final PriceBasis NONE = new PriceBasis(Kind.NONE, 0);
    public static final PriceBasis CP = new PriceBasis(Kind.CP, 0);
    public static final PriceBasis PYP = new PriceBasis(Kind.PYP, 0);

    /** The kinds of price basis. */
    public enum Kind {
        NONE,
        CP,
        PYP,
        CLV
    }

    public PriceBasis {
        if (kind == null) {
            throw new IllegalArgumentException("price basis kind is required");
        }
        if (kind == Kind.CLV && (referenceYear < MIN_REFERENCE_YEAR || referenceYear > MAX_REFERENCE_YEAR)) {
            throw new IllegalArgumentException("chain-linked volumes need a reference year, got " + referenceYear);
        }
        if (kind != Kind.CLV && referenceYear != 0) {
            throw new IllegalArgumentException(kind + " has no reference year");
        }
    }

    public static PriceBasis clv(int referenceYear) {
        return new PriceBasis(Kind.CLV, referenceYear);
    }

    /**
     * Parses {@code CP}, {@code PYP}, {@code CLVyyyy} or the empty string (= {@link #NONE}); empty for any
     * other code, including a reference year outside 1900–2100 (parsing never throws, so the caller can
     * report the line and field).
     */
    public static Optional<PriceBasis> parse(String code) {
        String c = code == null ? "" : code.trim().toUpperCase(java.util.Locale.ROOT);
        if (c.isEmpty()) {
            return Optional.of(NONE);
        }
        if (c.equals("CP")) {
            return Optional.of(CP);
        }
        if (c.equals("PYP")) {
            return Optional.of(PYP);
        }
        var m = CLV.matcher(c);
        if (m.matches()) {
            int year = Integer.parseInt(m.group(1));
            return year < MIN_REFERENCE_YEAR || year > MAX_REFERENCE_YEAR ? Optional.empty() : Optional.of(clv(year));
        }
        return Optional.empty();
    }

    /** The code as written in the Werkkracht CSV: {@code CP}, {@code PYP}, {@code CLV2015} or empty. */
    public String code() {
        return switch (kind) {
            case NONE -> "";
            case CP -> "CP";
            case PYP -> "PYP";
            case CLV -> "CLV" + referenceYear;
        };
    }

    @Override
    public String toString() {
        return code();
    }
}
