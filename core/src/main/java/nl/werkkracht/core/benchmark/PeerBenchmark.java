package nl.werkkracht.core.benchmark;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Peer benchmarking for one metric in one period of one network (METHODS.md §9): built once from the
 * consenting peers' values, it runs the disclosure audit over every cut up front, after which each
 * question is answered from the peers alone. Rebuild it whenever the peers change (a new member, a new
 * figure, a withdrawn consent): the decisions depend on every cut at once, so they are never patched.
 */
public final class PeerBenchmark {

    private final Metric metric;
    private final CutLattice lattice;
    private final DisclosureDecisions decisions;
    private final Map<String, Peer> byOrganisation = new HashMap<>();

    private PeerBenchmark(Metric metric, List<Peer> peers, DisclosureRule rule) {
        this.metric = Objects.requireNonNull(metric, "metric");
        this.lattice = CutLattice.of(peers);
        this.decisions = DisclosureAuditor.audit(lattice, rule, metric.additive());
        lattice.peers().forEach(p -> byOrganisation.put(p.organisationId(), p));
    }

    /**
     * Audits the peers and readies the benchmark.
     *
     * @param peers the organisations that consented to compare {@code metric} and have a value for the
     *     period, each once
     */
    public static PeerBenchmark of(Metric metric, List<Peer> peers, DisclosureRule rule) {
        return new PeerBenchmark(metric, peers, rule);
    }

    public Metric metric() {
        return metric;
    }

    /** The disclosure decision for every cut. */
    public DisclosureDecisions decisions() {
        return decisions;
    }

    /**
     * The answer for a peer group, as seen by {@code viewer} (an organisation id) or by someone who sees
     * aggregates only (a network coordinator: empty).
     */
    public BenchmarkAnswer answer(Cut cut, Optional<String> viewer) {
        DisclosureDecisions.Decision decision = decisions.of(cut);
        Optional<Peer> own = viewer.map(byOrganisation::get);
        if (!decision.shown()) {
            Optional<BenchmarkAnswer.OwnPosition> ownValue = own.map(p -> new BenchmarkAnswer.OwnPosition(
                    p.organisationId(), p.value(), OptionalDouble.empty(), OptionalDouble.empty()));
            return new BenchmarkAnswer.Suppressed(
                    metric,
                    cut,
                    decision.suppression().orElseThrow(),
                    decisions.rule().band(decision.n()),
                    ownValue);
        }
        PeerDistribution distribution = PeerDistribution.of(lattice.values(cut));
        PeerStatistics statistics = distribution.statistics(metric.direction()).orElseThrow();
        Optional<BenchmarkAnswer.OwnPosition> position = own.map(p -> new BenchmarkAnswer.OwnPosition(
                p.organisationId(),
                p.value(),
                distribution.percentileRank(p.value()),
                statistics.distanceToFrontier(p.value())));
        return new BenchmarkAnswer.Shown(metric, cut, statistics, position);
    }
}
