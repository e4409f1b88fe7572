package nl.werkkracht.core.benchmark;

import java.util.BitSet;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;

/**
 * What one viewer may see of a {@link BenchmarkHistory} (METHODS.md §9, insiders). The viewer knows the
 * values of every organisation it can access and its membership of every cut, so for this viewer:
 *
 * <ul>
 *   <li>a cell counts only the contributors the viewer cannot access: it is shown only when at least {@code
 *       k} of them remain and, for additive metrics, they are not dominated; and only when the audit of the
 *       current state without the viewer's organisations shows it (secondary suppression for this viewer);
 *   <li>a statistic is shown only when the {@link WindowLedger} lets this viewer see its window: not when the
 *       viewer knows at least half of it, nor when, with what this viewer was shown before (in this and every
 *       earlier version of every cell), it would determine a value the viewer does not know.
 * </ul>
 *
 * The visible rows are computed once per set of known organisations and kept until something new is
 * published.
 */
final class InsiderGuard {

    private final BenchmarkHistory history;
    private final Map<Set<String>, BitSet> visible = new HashMap<>();

    InsiderGuard(BenchmarkHistory history) {
        this.history = history;
    }

    void forget() {
        visible.clear();
    }

    BenchmarkAnswer answer(Cut cut, Viewer viewer, PeerBenchmark current) {
        Metric metric = history.metric();
        DisclosureRule rule = history.rule();
        Optional<BenchmarkAnswer.OwnPosition> ownNow =
                viewer.organisation().flatMap(current::peer).map(BenchmarkAnswer.OwnPosition::valueOnly);
        List<CellVersion> versions = history.versions(cut);
        if (versions.isEmpty()) {
            return new BenchmarkAnswer.Suppressed(
                    metric, cut, SuppressionReason.FREQUENCY, rule.band(0), Optional.empty(), ownNow);
        }
        CellVersion v = versions.get(versions.size() - 1);
        if (!v.shown()) {
            return new BenchmarkAnswer.Suppressed(
                    metric, cut, v.suppression().orElseThrow(), rule.band(v.n()), Optional.of(v.publishedAt()), ownNow);
        }
        if (!cellVisible(v, viewer.known())
                || !current.decisionsFor(viewer.known()).of(cut).shown()) {
            return new BenchmarkAnswer.Suppressed(
                    metric, cut, SuppressionReason.INSIDER, rule.band(v.n()), Optional.of(v.publishedAt()), ownNow);
        }
        BitSet rows = visibleRows(viewer.known());
        Map<Statistic, Integer> ids = history.rowIds(v);
        PeerStatistics published = v.statistics().orElseThrow();
        Map<Statistic, Double> values = new EnumMap<>(Statistic.class);
        Map<Statistic, Withholding> withheld = new EnumMap<>(Statistic.class);
        for (Statistic s : Statistic.values()) {
            if (PeerDistribution.window(s, v.n(), metric.direction(), rule.k()).isEmpty()) {
                withheld.put(s, Withholding.TOO_FEW);
            } else if (!ids.containsKey(s)) {
                withheld.put(s, Withholding.COMBINATION); // every contributor of its window was deleted
            } else if (!rows.get(ids.get(s))) {
                withheld.put(s, history.ledger().isPublic(ids.get(s)) ? Withholding.INSIDER : Withholding.COMBINATION);
            } else {
                values.put(s, published.values().get(s));
            }
        }
        PeerStatistics statistics = new PeerStatistics(v.n(), values);
        Optional<BenchmarkAnswer.OwnPosition> own = viewer.organisation()
                .flatMap(org -> position(v, org, statistics, current.peer(org)))
                .or(() -> ownNow);
        return new BenchmarkAnswer.Shown(metric, cut, v.number(), v.publishedAt(), statistics, withheld, own);
    }

    /** The cell rules for this viewer: at least k contributors it cannot access, not dominated among them. */
    private boolean cellVisible(CellVersion v, Set<String> known) {
        if (!v.shown()) {
            return false;
        }
        long knownCount = v.contributions().stream()
                .filter(c -> known.contains(c.organisationId()))
                .count();
        if (v.n() - knownCount < history.rule().k()) {
            return false;
        }
        if (!history.metric().additive() || knownCount == 0) {
            return true;
        }
        double[] others = v.contributions().stream()
                .filter(c -> !known.contains(c.organisationId()))
                .mapToDouble(Contribution::value)
                .toArray();
        return !DisclosureRule.dominated(others);
    }

    private BitSet visibleRows(Set<String> known) {
        return visible.computeIfAbsent(Set.copyOf(known), k -> {
            Map<CellVersion, Boolean> cells = new java.util.IdentityHashMap<>();
            return history.ledger()
                    .visibleTo(k, id -> cells.computeIfAbsent(history.row(id).version(), v -> cellVisible(v, k)));
        });
    }

    private static Optional<BenchmarkAnswer.OwnPosition> position(
            CellVersion v, String organisation, PeerStatistics statistics, Optional<Peer> now) {
        return v.contributions().stream()
                .filter(c -> c.organisationId().equals(organisation))
                .findFirst()
                .map(c -> {
                    boolean banded = v.n() < PeerDistribution.RANK_WITHOUT_BANDS;
                    OptionalDouble distance = statistics.distanceToFrontier(c.value());
                    return new BenchmarkAnswer.OwnPosition(
                            organisation,
                            SignificantFigures.benchmark(c.value()),
                            true,
                            banded
                                    ? OptionalDouble.empty()
                                    : OptionalDouble.of(SignificantFigures.benchmark(c.percentileRank())),
                            banded
                                    ? OptionalInt.of(PeerDistribution.rankBand(c.percentileRank()))
                                    : OptionalInt.empty(),
                            distance.isPresent()
                                    ? OptionalDouble.of(SignificantFigures.benchmark(distance.getAsDouble()))
                                    : OptionalDouble.empty(),
                            now.filter(p -> Double.compare(p.value() + 0.0, c.value() + 0.0) != 0)
                                    .map(p -> OptionalDouble.of(SignificantFigures.benchmark(p.value())))
                                    .orElse(OptionalDouble.empty()));
                });
    }
}
