package nl.werkkracht.app.routeplan;

import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import nl.werkkracht.core.routeplan.Check;
import nl.werkkracht.core.routeplan.Condition;
import nl.werkkracht.core.routeplan.DataSource;
import nl.werkkracht.core.routeplan.GuardBreach;
import nl.werkkracht.core.routeplan.GuardedDimension;
import nl.werkkracht.core.routeplan.Quantity;
import nl.werkkracht.core.routeplan.Route;
import nl.werkkracht.core.routeplan.Unit;
import nl.werkkracht.core.scan.Pillar;
import org.springframework.context.MessageSource;

/**
 * The sentences of a route plan in one language, from the {@code messages/routeplan} bundle: why an
 * intervention was chosen ("Lage regeldruk en registratielast: 38 van 100 (onder 50)"), what is needed
 * first, why one was left out. Numbers in the locale's format with at most one decimal, so that a value
 * never looks equal to the threshold it is past (hours in whole hours).
 *
 * @param sizeClass the organisation's size class ("10-49"): a condition on the number of employees then
 *     shows the class, not the lower bound it was tested with
 */
record RoutePlanText(MessageSource messages, Locale locale, Optional<String> sizeClass) {

    RoutePlanText {
        if (messages == null || locale == null || sizeClass == null) {
            throw new IllegalArgumentException("messages, locale and size class (or none) are required");
        }
    }

    String message(String key, Object... args) {
        return messages.getMessage(key, args, locale);
    }

    /** A check that holds: why an intervention was selected. */
    String why(Check check) {
        Condition condition = check.condition();
        if (condition instanceof Condition.Compare c) {
            return compare(c, check, comparison(c));
        }
        if (check.actual().isEmpty()) {
            return message("routeplan.check.flag.unknown");
        }
        double gap = check.actual().getAsDouble();
        return condition instanceof Condition.Lagging l
                ? message("routeplan.check.lagging", pillar(l.pillar()), number(gap))
                : message("routeplan.check.balance", number(gap));
    }

    /** A prerequisite, met or not: "Werkproces: 44 van 100 (nodig: minstens 50)". */
    String needed(Check check) {
        return check.condition() instanceof Condition.Compare c
                ? compare(c, check, message("routeplan.check.need", comparison(c)))
                : why(check);
    }

    private String compare(Condition.Compare c, Check check, String comparison) {
        String label = label(c.quantity());
        if (check.actual().isEmpty()) {
            return message("routeplan.check.unknown", label, comparison);
        }
        double actual = check.actual().getAsDouble();
        String value = c.quantity().equals(Quantity.EMPLOYEES) && sizeClass.isPresent()
                ? sizeClass.get().replace("-", "–")
                : value(c.quantity().unit(), actual);
        return message("routeplan.check." + c.quantity().unit().name(), label, value, comparison);
    }

    private String comparison(Condition.Compare c) {
        return message(
                "routeplan.op." + c.comparator().name(), value(c.quantity().unit(), c.threshold()));
    }

    /** Why the dual-objective rule keeps an intervention out. */
    String breach(GuardBreach breach) {
        String evidence = breach.evidence().stream().map(this::why).collect(Collectors.joining("; "));
        return message("routeplan.excluded.reason", dimension(breach.dimension()), evidence);
    }

    /** "Also strengthens what now scores low: autonomy and health." */
    String strengthens(List<GuardedDimension> dimensions) {
        return message("routeplan.strengthens", dimensions(dimensions));
    }

    /** A possible lowering effect on dimensions that were not measured. */
    String risk(List<GuardedDimension> dimensions) {
        return message("routeplan.risk", dimensions(dimensions));
    }

    /** A possible lowering effect on dimensions that score well enough now. */
    String watch(List<GuardedDimension> dimensions) {
        return message("routeplan.watch", dimensions(dimensions));
    }

    /** "autonomy", "autonomy and health", "autonomy, health and development". */
    private String dimensions(List<GuardedDimension> dimensions) {
        List<String> names = dimensions.stream().map(this::dimension).toList();
        if (names.size() == 1) {
            return names.get(0);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " " + message("routeplan.and") + " "
                + names.get(names.size() - 1);
    }

    String measureFirst(DataSource source) {
        return message("routeplan.measure." + source.name());
    }

    String dimension(GuardedDimension dimension) {
        return message("routeplan.dimension." + dimension.name());
    }

    String pillar(Pillar pillar) {
        return message("routeplan.pillar." + pillar.name());
    }

    String route(Route route) {
        return message("routeplan.route." + route.name());
    }

    String label(Quantity quantity) {
        return message("routeplan.quantity." + quantity.id());
    }

    List<String> whys(List<Check> checks) {
        return checks.stream().map(this::why).toList();
    }

    /** A value in its unit: scores and points as numbers, percentages and ratios with %. */
    String value(Unit unit, double value) {
        return switch (unit) {
            case SCORE, POINTS, COUNT -> number(value);
            case HOURS -> whole(value);
            case PERCENT -> percent(value / 100);
            case RATIO -> percent(value);
        };
    }

    private String number(double value) {
        NumberFormat f = NumberFormat.getNumberInstance(locale);
        f.setMinimumFractionDigits(0);
        f.setMaximumFractionDigits(1);
        return f.format(value);
    }

    private String whole(double value) {
        NumberFormat f = NumberFormat.getIntegerInstance(locale);
        return f.format(Math.round(value));
    }

    private String percent(double fraction) {
        NumberFormat f = NumberFormat.getPercentInstance(locale);
        f.setMinimumFractionDigits(0);
        f.setMaximumFractionDigits(1);
        return f.format(fraction);
    }
}
