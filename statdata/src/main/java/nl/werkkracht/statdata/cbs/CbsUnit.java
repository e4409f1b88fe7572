package nl.werkkracht.statdata.cbs;

import java.util.Locale;
import java.util.Optional;
import nl.werkkracht.core.observation.Dimension;
import nl.werkkracht.core.observation.Unit;

/**
 * A CBS unit text read as a scale and, where the words say it, a dimension: {@code mln euro} = 10⁶ euro,
 * {@code mld euro} = 10⁹ euro, {@code 1 000 arbeidsjaren} = 10³ FTE, {@code x 1 000} = 10³ of whatever the
 * topic counts, {@code mln uren} = 10⁶ hours. The importer converts every value explicitly from this unit to
 * the Werkkracht unit the mapping declares, and refuses a unit it cannot read or whose words name another
 * dimension than the mapping's unit.
 *
 * @param text the unit as CBS wrote it
 * @param factor how many base units (euro, hours, FTE, jobs, persons) one CBS unit is
 * @param dimension the dimension the words name, empty for bare scales ({@code x 1 000}, {@code aantal})
 */
record CbsUnit(String text, double factor, Optional<Dimension> dimension) {

    /** Scale words and numbers CBS puts before the unit, longest first. */
    private static final String[][] SCALES = {
        {"1 000 000", "1e6"}, {"1000000", "1e6"}, {"mln", "1e6"}, {"miljoen", "1e6"},
        {"mld", "1e9"}, {"miljard", "1e9"}, {"1 000", "1e3"}, {"1000", "1e3"}
    };

    /**
     * Reads a CBS unit text.
     *
     * @throws IllegalArgumentException when the text is not a unit this importer understands
     */
    static CbsUnit parse(String text) {
        String t = normalise(text);
        if (t.startsWith("x ")) {
            t = t.substring(2);
        }
        double factor = 1;
        for (String[] scale : SCALES) {
            if (t.equals(scale[0]) || t.startsWith(scale[0] + " ")) {
                factor = Double.parseDouble(scale[1]);
                t = t.substring(scale[0].length()).trim();
                break;
            }
        }
        return new CbsUnit(text, factor, dimension(t, text));
    }

    private static Optional<Dimension> dimension(String words, String original) {
        return switch (words) {
            case "", "aantal" -> Optional.empty();
            case "euro", "euro's" -> Optional.of(Dimension.MONEY);
            case "uren", "uur", "gewerkte uren" -> Optional.of(Dimension.HOURS);
            case "arbeidsjaren", "arbeidsjaar", "vte", "fte" -> Optional.of(Dimension.FTE);
            case "banen", "baan" -> Optional.of(Dimension.JOBS);
            case "personen", "werkzame personen", "werknemers" -> Optional.of(Dimension.PERSONS);
            case "%", "procent" -> Optional.of(Dimension.PERCENT);
            default -> throw new IllegalArgumentException("CBS unit '" + original + "' is not understood");
        };
    }

    /** Unit texts compared the way CBS varies them: case, non-breaking and repeated spaces. */
    static String normalise(String text) {
        return text == null
                ? ""
                : text.replace('\u00a0', ' ').replaceAll("\\s+", " ").trim().toLowerCase(Locale.ROOT);
    }

    /**
     * The factor that converts a value in this CBS unit to {@code target}.
     *
     * @throws IllegalArgumentException when the CBS unit names another dimension than the target's
     */
    double factorTo(Unit target) {
        if (dimension.isPresent() && dimension.get() != target.dimension()) {
            throw new IllegalArgumentException("CBS unit '" + text + "' measures " + dimension.get() + ", not " + target
                    + " (" + target.dimension() + ")");
        }
        return factor / target.factor();
    }
}
