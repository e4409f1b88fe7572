package nl.werkkracht.app.monitor;

import java.util.List;
import java.util.Locale;
import nl.werkkracht.app.statistics.StatisticsException;
import nl.werkkracht.core.codelist.RegionLevel;

/**
 * Reads the level and the years of a request, with the defaults: the year is the latest year with
 * complete data for the level (productivity and sector structure; the default data have persons by
 * sector up to 2017), the period ends in that year and starts ten years earlier (or at the first year
 * with data). Years outside the regional dataset are a bad request; years inside it without data give
 * null figures.
 */
final class Windows {

    /** The levels the overview offers, as URL parameters. */
    static final List<String> LEVELS = List.of("province", "corop", "nuts2", "nuts3");

    /** Length of the default period in years. */
    static final int DEFAULT_PERIOD = 10;

    private Windows() {}

    /** The level of a {@code level} parameter: nuts2, nuts3, province or corop. */
    static RegionLevel level(String param) {
        String p = param == null ? "province" : param.trim().toLowerCase(Locale.ROOT);
        if (!LEVELS.contains(p)) {
            throw new IllegalArgumentException(
                    "parameter level cannot be '" + param + "': use nuts2, nuts3, province or corop");
        }
        return RegionLevel.parse(p).orElseThrow();
    }

    /** The year and period for a level, defaults filled in and every year checked. */
    static YearWindow resolve(MonitorData data, RegionLevel level, Integer year, Integer from, Integer to) {
        List<Integer> years = data.years(level);
        if (years.isEmpty()) {
            throw new StatisticsException(
                    "dataset " + data.settings().dataset() + " has no productivity data for regions of level " + level);
        }
        int y = year != null ? check(data, "year", year) : defaultYear(data, level, years);
        int t = to != null ? check(data, "to", to) : y;
        int f = from != null ? check(data, "from", from) : Math.max(years.get(0), t - DEFAULT_PERIOD);
        if (from == null && f >= t) {
            f = t - 1; // a year at the start of the data: the shortest period, figures null where missing
        }
        if (f >= t) {
            throw new IllegalArgumentException("parameter from (" + f + ") must be before to (" + t + ")");
        }
        return new YearWindow(y, f, t);
    }

    private static int defaultYear(MonitorData data, RegionLevel level, List<Integer> years) {
        int latest = years.get(years.size() - 1);
        var structure = data.latestStructureYear(level);
        return structure.isPresent() && years.contains(structure.getAsInt()) ? structure.getAsInt() : latest;
    }

    private static int check(MonitorData data, String parameter, int year) {
        if (year < data.firstYear() || year > data.lastYear()) {
            throw new YearOutsideDataException(
                    parameter, year, data.settings().dataset(), data.firstYear(), data.lastYear(), data.perHourBasis());
        }
        return year;
    }
}
