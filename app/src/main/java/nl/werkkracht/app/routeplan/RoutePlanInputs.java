package nl.werkkracht.app.routeplan;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import nl.werkkracht.app.organisation.FinancialsView;
import nl.werkkracht.app.organisation.OrganisationService;
import nl.werkkracht.app.routeplan.GeneratedFrom.FinancialsUsed;
import nl.werkkracht.app.routeplan.GeneratedFrom.ScanUsed;
import nl.werkkracht.app.routeplan.GeneratedFrom.ValueStreamsUsed;
import nl.werkkracht.app.scan.ScanResultsView;
import nl.werkkracht.app.scan.ScanService;
import nl.werkkracht.app.valuestream.ValueStreamService;
import nl.werkkracht.app.valuestream.ValueStreamView;
import nl.werkkracht.core.routeplan.Quantity;
import nl.werkkracht.core.routeplan.RoutePlanInput;
import nl.werkkracht.core.scan.Pillar;
import nl.werkkracht.core.scan.ScanResults;
import nl.werkkracht.core.scan.TopBalance;
import nl.werkkracht.store.organisation.Organisation;

/**
 * The one place that gathers a route plan's input from the other features: the latest figures
 * (organisation), the latest scan results (scan) and the value streams. Everything it takes is optional;
 * what is missing stays missing.
 *
 * <ul>
 *   <li>Scan: only the disclosure-controlled group of all respondents ({@code ALL}), and only when it is
 *       not suppressed; never a team. Pillar scores only when all three are there.
 *   <li>Figures: the latest year. Productivity against the sector only when there is a sector figure and
 *       the ratio is not flagged as implausible (a likely input error is no ground for advice).
 *       Absenteeism and turnover are stored as fractions and given to the planner in percent.
 *   <li>Value streams: the lowest process cycle efficiency and the highest registration share of all
 *       streams (in percent), and the sum of their yearly improvement hours.
 *   <li>Employees: the lower bound of the organisation's size class (2, 10, 50, 250), enough for the
 *       catalogue's conditions, which follow the size-class boundaries.
 * </ul>
 */
final class RoutePlanInputs {

    /**
     * The input with a note of where it came from.
     *
     * @param scan null when no scan results were used
     * @param financials null when no figures were used
     * @param valueStreams null when there are no value streams
     */
    record Gathered(
            RoutePlanInput input,
            ScanUsed scan,
            FinancialsUsed financials,
            ValueStreamsUsed valueStreams,
            Optional<String> sizeClass) {}

    private final OrganisationService organisations;
    private final ScanService scans;
    private final ValueStreamService valueStreams;

    RoutePlanInputs(OrganisationService organisations, ScanService scans, ValueStreamService valueStreams) {
        this.organisations = Objects.requireNonNull(organisations, "organisations");
        this.scans = Objects.requireNonNull(scans, "scans");
        this.valueStreams = Objects.requireNonNull(valueStreams, "valueStreams");
    }

    /** What a plan for this organisation can rest on now; records no audit event. */
    Gathered gather(Organisation organisation) {
        RoutePlanInput.Builder input = RoutePlanInput.builder();
        employees(organisation.sizeClass()).ifPresent(input::employees);
        ScanUsed scan = scans.latestResults(organisation.id())
                .flatMap(r -> scan(r, input))
                .orElse(null);
        FinancialsUsed financials = organisations
                .latestFinancials(organisation.id())
                .map(f -> financials(f, input))
                .orElse(null);
        ValueStreamsUsed streams = valueStreams(valueStreams.list(organisation.id()), input);
        return new Gathered(input.build(), scan, financials, streams, Optional.of(organisation.sizeClass()));
    }

    /** The group of all respondents, when it is shown; never a team. */
    private static Optional<ScanUsed> scan(ScanResultsView results, RoutePlanInput.Builder input) {
        Optional<ScanResultsView.GroupView> all = results.group(ScanResults.ALL).filter(g -> !g.suppressed());
        if (all.isEmpty() || all.get().scales().isEmpty()) {
            return Optional.empty();
        }
        all.get().scales().forEach((id, score) -> {
            if (score != null && Quantity.SCALES.contains(id)) {
                input.scale(id, score);
            }
        });
        Map<Pillar, Double> pillars = new EnumMap<>(Pillar.class);
        for (Pillar p : Pillar.values()) {
            all.get().pillar(p).ifPresent(score -> pillars.put(p, score.doubleValue()));
        }
        TopBalance.of(pillars).ifPresent(input::balance);
        return Optional.of(new ScanUsed(results.scanId(), results.responses(), ScanResults.ALL));
    }

    private static FinancialsUsed financials(FinancialsView f, RoutePlanInput.Builder input) {
        Double ratio = f.sector() == null || f.sector().implausible()
                ? null
                : f.sector().ratio();
        Double absence = f.absenceRate() == null ? null : f.absenceRate() * 100;
        Double turnover = f.turnoverRate() == null ? null : f.turnoverRate() * 100;
        if (ratio != null) {
            input.productivityRatio(ratio);
        }
        if (absence != null) {
            input.absenteeism(absence);
        }
        if (turnover != null) {
            input.turnover(turnover);
        }
        return new FinancialsUsed(
                f.year(),
                ratio,
                absence,
                turnover,
                f.sector() == null ? null : f.sector().source());
    }

    private static ValueStreamsUsed valueStreams(List<ValueStreamView> streams, RoutePlanInput.Builder input) {
        if (streams.isEmpty()) {
            return null;
        }
        Double lowestPce = streams.stream()
                .map(ValueStreamView::processCycleEfficiency)
                .filter(Objects::nonNull)
                .min(Double::compare)
                .map(v -> v * 100)
                .orElse(null);
        Double highestRegistration = streams.stream()
                .map(ValueStreamView::registrationShare)
                .filter(Objects::nonNull)
                .max(Double::compare)
                .map(v -> v * 100)
                .orElse(null);
        double hours = streams.stream()
                .mapToDouble(ValueStreamView::improvementHoursPerYear)
                .sum();
        if (lowestPce != null) {
            input.processCycleEfficiency(lowestPce);
        }
        if (highestRegistration != null) {
            input.registrationShare(highestRegistration);
        }
        input.improvementHours(hours);
        return new ValueStreamsUsed(streams.size(), lowestPce, highestRegistration, hours);
    }

    /** The lower bound of a size class ("10-49" → 10); empty for an unknown class. */
    static Optional<Integer> employees(String sizeClass) {
        return switch (sizeClass) {
            case "2-9" -> Optional.of(2);
            case "10-49" -> Optional.of(10);
            case "50-249" -> Optional.of(50);
            case "250+" -> Optional.of(250);
            default -> Optional.empty();
        };
    }
}
