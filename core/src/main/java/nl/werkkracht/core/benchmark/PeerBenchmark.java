package nl.werkkracht.core.benchmark;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The current state of peer benchmarking for one metric in one period of one network (METHODS.md §9): the
 * consenting peers' values and the disclosure audit over every cut, run up front. What is published comes
 * from here through {@link BenchmarkHistory}, never straight from the current values. Rebuild it whenever
 * the peers change (a new member, a new figure, a withdrawn consent): the decisions depend on every cut at
 * once, so they are never patched.
 *
 * <p>Secondary suppression must hold for a viewer who knows its own values too: for a viewer who knows
 * any of the peers the audit is run again without them ({@link #decisionsFor}), once per set of known peers.
 */
public final class PeerBenchmark {

    private final Metric metric;
    private final DisclosureRule rule;
    private final CutLattice lattice;
    private final DisclosureDecisions decisions;
    private final Map<String, Peer> byOrganisation = new HashMap<>();
    private final Map<Set<String>, DisclosureDecisions> forInsiders = new ConcurrentHashMap<>();

    private PeerBenchmark(Metric metric, List<Peer> peers, DisclosureRule rule) {
        this.metric = Objects.requireNonNull(metric, "metric");
        this.rule = Objects.requireNonNull(rule, "rule");
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

    public DisclosureRule rule() {
        return rule;
    }

    /** The disclosure decision for every cut, for a viewer who knows none of the values. */
    public DisclosureDecisions decisions() {
        return decisions;
    }

    /** Every peer, in the order given. */
    public List<Peer> peers() {
        return lattice.peers();
    }

    /** Every cut with at least one member. */
    public List<Cut> cuts() {
        return lattice.cuts();
    }

    /** The peers in the cut. */
    public List<Peer> members(Cut cut) {
        return lattice.members(cut);
    }

    /** The organisation's peer entry (its current value), when it is a peer. */
    public Optional<Peer> peer(String organisationId) {
        return Optional.ofNullable(byOrganisation.get(organisationId));
    }

    /**
     * The decisions for a viewer who knows the values of {@code known}: the audit of the other peers (a cut
     * then shows only what the viewer does not know). The same as {@link #decisions()} when the viewer knows
     * no peer.
     */
    public DisclosureDecisions decisionsFor(Set<String> known) {
        Set<String> relevant =
                Set.copyOf(known.stream().filter(byOrganisation::containsKey).toList());
        if (relevant.isEmpty()) {
            return decisions;
        }
        return forInsiders.computeIfAbsent(
                relevant,
                k -> DisclosureAuditor.audit(
                        CutLattice.of(lattice.peers().stream()
                                .filter(p -> !k.contains(p.organisationId()))
                                .toList()),
                        rule,
                        metric.additive()));
    }
}
