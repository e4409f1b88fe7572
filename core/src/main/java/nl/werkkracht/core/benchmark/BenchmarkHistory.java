package nl.werkkracht.core.benchmark;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The published versions of every peer group (cell) of one network, metric and year, and the rule by which
 * new versions are published (METHODS.md §9, over time). Statistics are never shown from the current values
 * directly: {@link #publish} turns the current state ({@link PeerBenchmark}) into new versions where the
 * rules allow, and {@link #answer} answers from the versions.
 *
 * <h2>When a cell gets a new version</h2>
 *
 * Compared with an earlier version, the organisations that <em>differ</em> are those that joined, left, or
 * changed their value (a changed value is a differencing pair as much as a join: the old and the new
 * statistic together give the change, so it counts), plus any contributor deleted since.
 *
 * <ul>
 *   <li>When the rules of the current state suppress the cell (frequency, dominance, secondary), it is
 *       suppressed at once: a suppression reveals nothing.
 *   <li>Otherwise a new shown version is published when the cell differs from <em>every</em> earlier shown
 *       version by 0 or by at least {@code k} organisations.
 *   <li>Otherwise the earlier version stays shown with its date — unless an organisation counted in it has
 *       left (withdrawn consent, left the network, been deleted, or removed its figure): a withdrawal takes
 *       effect at once, so the cell is then suppressed ({@link SuppressionReason#HISTORY}) until it can be
 *       published again.
 * </ul>
 *
 * <h2>Which statistics are shown</h2>
 *
 * A shown version holds every statistic whose window is defined (k-smoothed, not touching the minimum or
 * maximum), rounded to 3 significant digits, and records each window in the {@link WindowLedger} (cells
 * largest first, statistics in {@link Statistic#PRIORITY} order). Who sees which of them is decided per viewer
 * when answering ({@link InsiderGuard}): a statistic that would let a viewer determine a value is withheld
 * from that viewer — from everyone ({@link Withholding#COMBINATION}) when even a viewer who knows nothing
 * could, else from the insiders it would help ({@link Withholding#INSIDER}).
 *
 * <p>Not thread-safe: the caller publishes and answers under one lock per network. If persisting the new
 * versions fails, throw the history away and load it again.
 */
public final class BenchmarkHistory {

    private final Metric metric;
    private final DisclosureRule rule;
    private final Map<Cut, List<CellVersion>> versions = new HashMap<>();
    private final WindowLedger ledger = new WindowLedger();
    private final List<RowOf> rows = new ArrayList<>();
    private final Map<VersionKey, Map<Statistic, Integer>> rowIds = new HashMap<>();
    private final InsiderGuard insiders;

    /** What a ledger row is: one statistic of one version. */
    record RowOf(CellVersion version, Statistic statistic) {}

    private record VersionKey(Cut cut, int number) {
        static VersionKey of(CellVersion v) {
            return new VersionKey(v.cut(), v.number());
        }
    }

    private BenchmarkHistory(Metric metric, DisclosureRule rule) {
        this.metric = Objects.requireNonNull(metric, "metric");
        this.rule = Objects.requireNonNull(rule, "rule");
        this.insiders = new InsiderGuard(this);
    }

    /** A history with nothing published yet. */
    public static BenchmarkHistory empty(Metric metric, DisclosureRule rule) {
        return new BenchmarkHistory(metric, rule);
    }

    /**
     * The history as persisted.
     *
     * @param published every version, in the order they were published
     */
    public static BenchmarkHistory of(Metric metric, DisclosureRule rule, List<CellVersion> published) {
        BenchmarkHistory h = new BenchmarkHistory(metric, rule);
        published.forEach(h::record);
        return h;
    }

    public Metric metric() {
        return metric;
    }

    public DisclosureRule rule() {
        return rule;
    }

    /** The versions of a cell, oldest first; empty when nothing was published for it. */
    public List<CellVersion> versions(Cut cut) {
        return List.copyOf(versions.getOrDefault(cut, List.of()));
    }

    /** Every cut with at least one version. */
    public Set<Cut> cuts() {
        return Set.copyOf(versions.keySet());
    }

    /**
     * Publishes what the current state allows (see the class comment) and returns the new versions, in the
     * order they were published, for the caller to persist.
     */
    public List<CellVersion> publish(PeerBenchmark current, Instant now) {
        if (!current.metric().equals(metric) || !current.rule().equals(rule)) {
            throw new IllegalArgumentException("the state is of another metric or rule");
        }
        Set<Cut> cuts = new LinkedHashSet<>(current.cuts());
        cuts.addAll(versions.keySet());
        Map<Cut, List<Peer>> members = new HashMap<>();
        cuts.forEach(c -> members.put(c, current.members(c)));
        List<Cut> order = new ArrayList<>(cuts);
        order.sort(Comparator.comparingInt((Cut c) -> -members.get(c).size()).thenComparing(Cut.STABLE_ORDER));
        List<CellVersion> published = new ArrayList<>();
        for (Cut cut : order) {
            next(cut, members.get(cut), current.decisions().of(cut), now).ifPresent(v -> {
                record(v);
                published.add(v);
            });
        }
        if (!published.isEmpty()) {
            insiders.forget();
        }
        return published;
    }

    private Optional<CellVersion> next(Cut cut, List<Peer> group, DisclosureDecisions.Decision decision, Instant now) {
        List<CellVersion> history = versions.getOrDefault(cut, List.of());
        int number = history.size() + 1;
        Optional<CellVersion> last =
                history.isEmpty() ? Optional.empty() : Optional.of(history.get(history.size() - 1));
        if (last.isEmpty() && group.isEmpty()) {
            return Optional.empty();
        }
        if (!decision.shown()) {
            SuppressionReason reason = decision.suppression().orElseThrow();
            boolean same = last.flatMap(CellVersion::suppression)
                            .filter(reason::equals)
                            .isPresent()
                    && rule.band(last.get().n()).equals(rule.band(group.size()));
            return same ? Optional.empty() : Optional.of(suppressed(cut, number, now, group.size(), reason));
        }
        if (last.filter(CellVersion::shown)
                .filter(v -> differing(group, v) == 0)
                .isPresent()) {
            return Optional.empty();
        }
        boolean allowed = history.stream().filter(CellVersion::shown).allMatch(v -> {
            int d = differing(group, v);
            return d == 0 || d >= rule.k();
        });
        if (allowed) {
            return Optional.of(shown(cut, number, now, group));
        }
        if (last.filter(CellVersion::shown)
                .filter(v -> lostAContributor(group, v))
                .isPresent()) {
            return Optional.of(suppressed(cut, number, now, group.size(), SuppressionReason.HISTORY));
        }
        return Optional.empty();
    }

    /** Organisations that joined, left or changed their value, plus contributors deleted since. */
    static int differing(List<Peer> group, CellVersion version) {
        Map<String, Double> before = new HashMap<>();
        version.contributions().forEach(c -> before.put(c.organisationId(), c.value()));
        int d = version.n() - version.contributions().size();
        Set<String> now = new HashSet<>();
        for (Peer p : group) {
            now.add(p.organisationId());
            Double v = before.get(p.organisationId());
            if (v == null || Double.compare(v + 0.0, p.value() + 0.0) != 0) {
                d++;
            }
        }
        for (String id : before.keySet()) {
            if (!now.contains(id)) {
                d++;
            }
        }
        return d;
    }

    private static boolean lostAContributor(List<Peer> group, CellVersion version) {
        Set<String> now = new HashSet<>();
        group.forEach(p -> now.add(p.organisationId()));
        return version.n() > version.contributions().size()
                || version.contributions().stream().anyMatch(c -> !now.contains(c.organisationId()));
    }

    private static CellVersion suppressed(Cut cut, int number, Instant now, int n, SuppressionReason reason) {
        return new CellVersion(cut, number, now, n, Optional.of(reason), Optional.empty(), List.of());
    }

    /** A shown version: every defined statistic, rounded, with the windows it used. */
    private CellVersion shown(Cut cut, int number, Instant now, List<Peer> group) {
        List<Peer> sorted = new ArrayList<>(group);
        sorted.sort(Comparator.comparingDouble(Peer::value).thenComparing(Peer::organisationId));
        int n = sorted.size();
        PeerDistribution distribution =
                PeerDistribution.of(sorted.stream().mapToDouble(Peer::value).toArray());
        int[] masks = new int[n];
        Map<Statistic, Double> values = new EnumMap<>(Statistic.class);
        for (Statistic s : Statistic.PRIORITY) {
            PeerDistribution.window(s, n, metric.direction(), rule.k()).ifPresent(w -> {
                values.put(s, SignificantFigures.benchmark(distribution.mean(w)));
                for (int i = w.from(); i <= w.to(); i++) {
                    masks[i] |= s.bit();
                }
            });
        }
        List<Contribution> contributions = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Peer p = sorted.get(i);
            contributions.add(new Contribution(
                    p.organisationId(),
                    p.value(),
                    distribution.percentileRank(p.value()).getAsDouble(),
                    masks[i]));
        }
        return new CellVersion(
                cut, number, now, n, Optional.empty(), Optional.of(new PeerStatistics(n, values)), contributions);
    }

    /** Adds a version to the history and the windows of its statistics to the ledger. */
    private void record(CellVersion v) {
        versions.computeIfAbsent(v.cut(), c -> new ArrayList<>()).add(v);
        if (!v.shown()) {
            return;
        }
        Map<Statistic, Integer> ids = new EnumMap<>(Statistic.class);
        for (Statistic s : Statistic.PRIORITY) {
            if (!v.statistics().orElseThrow().values().containsKey(s)) {
                continue;
            }
            int[] row = v.contributions().stream()
                    .filter(c -> c.in(s))
                    .mapToInt(c -> ledger.variable(c.organisationId(), c.value()))
                    .toArray();
            if (row.length > 0) {
                ids.put(s, ledger.add(row));
                rows.add(new RowOf(v, s));
            }
        }
        rowIds.put(VersionKey.of(v), ids);
    }

    /**
     * The answer for a viewer: from the cell's current version, with the viewer's insider rules applied.
     *
     * @param current the current state, for the viewer's own current value and its secondary suppression
     */
    public BenchmarkAnswer answer(Cut cut, Viewer viewer, PeerBenchmark current) {
        return insiders.answer(cut, viewer, current);
    }

    WindowLedger ledger() {
        return ledger;
    }

    RowOf row(int id) {
        return rows.get(id);
    }

    Map<Statistic, Integer> rowIds(CellVersion version) {
        return rowIds.getOrDefault(VersionKey.of(version), Map.of());
    }
}
