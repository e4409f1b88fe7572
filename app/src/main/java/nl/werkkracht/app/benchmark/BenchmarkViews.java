package nl.werkkracht.app.benchmark;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import nl.werkkracht.app.organisation.SectorFigure;
import nl.werkkracht.core.benchmark.BenchmarkAnswer;
import nl.werkkracht.core.benchmark.Metric;
import nl.werkkracht.core.benchmark.PeerStatistics;
import nl.werkkracht.core.benchmark.SizeClass;
import nl.werkkracht.core.benchmark.Statistic;

/** Core answers as the API's {@link BenchmarkView}: the figures are already at 3 significant digits. */
final class BenchmarkViews {

    private BenchmarkViews() {}

    static BenchmarkView of(long networkId, int year, BenchmarkAnswer answer, BenchmarkView.OfficialView official) {
        Metric m = answer.metric();
        BenchmarkView.CutView cut = new BenchmarkView.CutView(
                answer.cut().sector().orElse(null),
                answer.cut().sizeClass().map(SizeClass::code).orElse(null),
                answer.cut().region().orElse(null));
        BenchmarkView.OwnView own = answer.own().map(BenchmarkViews::own).orElse(null);
        if (answer instanceof BenchmarkAnswer.Shown shown) {
            PeerStatistics s = shown.statistics();
            Optional<PeerStatistics.Dispersion> dispersion = shown.dispersion();
            Map<String, String> withheld = new LinkedHashMap<>();
            shown.withheld().forEach((st, why) -> withheld.put(st.key(), name(why)));
            return new BenchmarkView(
                    networkId,
                    m.id(),
                    m.unit(),
                    m.direction().name(),
                    year,
                    cut,
                    shown.version(),
                    shown.publishedAt(),
                    s.n(),
                    false,
                    null,
                    null,
                    boxed(s.get(Statistic.P10)),
                    boxed(s.get(Statistic.P25)),
                    boxed(s.get(Statistic.P50)),
                    boxed(s.get(Statistic.P75)),
                    boxed(s.get(Statistic.P90)),
                    boxed(s.get(Statistic.FRONTIER)),
                    dispersion.map(PeerStatistics.Dispersion::ratio).orElse(null),
                    dispersion.map(PeerStatistics.Dispersion::measure).orElse(null),
                    withheld,
                    official,
                    own);
        }
        BenchmarkAnswer.Suppressed suppressed = (BenchmarkAnswer.Suppressed) answer;
        return new BenchmarkView(
                networkId,
                m.id(),
                m.unit(),
                m.direction().name(),
                year,
                cut,
                null,
                suppressed.since().orElse(null),
                null,
                true,
                name(suppressed.reason()),
                suppressed.band().label(),
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                official,
                own);
    }

    private static BenchmarkView.OwnView own(BenchmarkAnswer.OwnPosition o) {
        return new BenchmarkView.OwnView(
                Long.parseLong(o.organisationId()),
                o.value(),
                o.counted(),
                boxed(o.percentileRank()),
                o.rankBand().isPresent()
                        ? o.rankBand().getAsInt() + "-" + (o.rankBand().getAsInt() + 10)
                        : null,
                boxed(o.distanceToFrontier()),
                boxed(o.currentValue()));
    }

    /** {@code too-few}, {@code combination}, {@code frequency}, … */
    static String name(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The official figure for value added per hour: the organisation's sector, else the cut's (or the only) sector's. */
    static BenchmarkView.OfficialView official(
            PeerBenchmarks.YearBenchmark yb, BenchmarkService.Question q, Optional<Long> organisation) {
        if (!q.metric().equals(Metric.VALUE_ADDED_PER_HOUR)) {
            return null;
        }
        SectorFigure figure =
                organisation.map(id -> yb.official().get("org:" + id)).orElse(null);
        if (figure == null) {
            Optional<String> sector = q.cut().sector();
            if (sector.isEmpty()) {
                List<String> sectors =
                        yb.peers().stream().map(p -> p.sector()).distinct().toList();
                sector = sectors.size() == 1 ? Optional.of(sectors.get(0)) : Optional.empty();
            }
            figure = sector.map(s -> yb.official().get(s)).orElse(null);
        }
        if (figure == null) {
            return new BenchmarkView.OfficialView(
                    null,
                    null,
                    q.cut().sector().isEmpty()
                            ? "choose a sector: the network spans several sectors, or none has a published figure"
                            : "no official figure for this sector and year");
        }
        return new BenchmarkView.OfficialView(figure.value(), figure.source(), null);
    }

    static Double boxed(OptionalDouble d) {
        return d.isPresent() ? d.getAsDouble() : null;
    }
}
