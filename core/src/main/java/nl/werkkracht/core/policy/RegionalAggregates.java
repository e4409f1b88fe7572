package nl.werkkracht.core.policy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import nl.werkkracht.core.benchmark.Cut;
import nl.werkkracht.core.benchmark.CutLattice;
import nl.werkkracht.core.benchmark.DisclosureAuditor;
import nl.werkkracht.core.benchmark.DisclosureDecisions;
import nl.werkkracht.core.benchmark.DisclosureRule;
import nl.werkkracht.core.benchmark.Peer;
import nl.werkkracht.core.benchmark.SizeClass;
import nl.werkkracht.core.benchmark.SuppressionReason;

/**
 * Organisation-side figures aggregated for a region (METHODS.md §9 applied to policy indicators): the mean of
 * one metric over the organisations of a COROP region, a province or the Netherlands, shown only when the group
 * passes the frequency rule ({@code k}, default 5), for additive quantities the dominance rule, and when no
 * combination of shown regions isolates a smaller group.
 *
 * <p>Regions are nested (COROP in province in the Netherlands) and a user may ask for any of them, so "the
 * province minus its shown COROP regions" or "the Netherlands minus a province" must not leave 1 to {@code k-1}
 * organisations. That is exactly the differencing the benchmark auditor guards against between cuts, so the
 * region hierarchy is handed to it as a lattice of two attributes: the province in the sector position and the
 * COROP region in the region position (size class fixed). The auditor then checks nested pairs, complements,
 * margins and every linear combination ({@link DisclosureAuditor}), and reports a suppressed group only as a
 * count band.
 *
 * <p>Differencing over time (a figure seen again after one organisation joined) is guarded by {@link Releases}.
 */
public final class RegionalAggregates {

    private static final SizeClass ANY_SIZE = SizeClass.values()[0];

    private final DisclosureDecisions decisions;
    private final CutLattice lattice;
    private final DisclosureRule rule;

    private RegionalAggregates(CutLattice lattice, DisclosureDecisions decisions, DisclosureRule rule) {
        this.lattice = lattice;
        this.decisions = decisions;
        this.rule = rule;
    }

    /**
     * One organisation's value.
     *
     * @param organisationId its id
     * @param corop its COROP region (CR01–CR40)
     * @param province the province of that COROP region (PV20–PV31)
     * @param value the metric's value, finite
     */
    public record Contribution(String organisationId, String corop, String province, double value) {
        public Contribution {
            Objects.requireNonNull(organisationId, "organisationId");
            Objects.requireNonNull(corop, "corop");
            Objects.requireNonNull(province, "province");
        }
    }

    /**
     * The figure for one region: shown with its mean and contributors, or suppressed with the reason.
     *
     * @param n the number of organisations (do not show it when suppressed: show {@link #band()})
     * @param mean the mean; empty when suppressed
     * @param contributors the organisations behind the mean, for the release rule; empty when suppressed
     */
    public record Figure(
            String region,
            int n,
            Optional<Double> mean,
            Optional<SuppressionReason> suppression,
            List<String> contributors) {
        public Figure {
            contributors = List.copyOf(contributors);
        }

        public boolean shown() {
            return suppression.isEmpty();
        }
    }

    /**
     * @param additive whether the metric is an additive quantity (a total of value added, hours): then the
     *     dominance rule applies too
     */
    public static RegionalAggregates of(List<Contribution> contributions, DisclosureRule rule, boolean additive) {
        List<Peer> peers = new ArrayList<>();
        for (Contribution c : contributions) {
            peers.add(new Peer(c.organisationId(), c.province(), ANY_SIZE, c.corop(), c.value()));
        }
        CutLattice lattice = CutLattice.of(peers);
        return new RegionalAggregates(lattice, DisclosureAuditor.audit(lattice, rule, additive), rule);
    }

    /**
     * The figure for the Netherlands ({@code NL}), a province ({@code PV..}) or a COROP region ({@code CR..}).
     *
     * @throws IllegalArgumentException for another code
     */
    public Figure figure(String region) {
        Cut cut = cut(region);
        DisclosureDecisions.Decision d = decisions.of(cut);
        if (!d.shown()) {
            return new Figure(region, d.n(), Optional.empty(), d.suppression(), List.of());
        }
        double[] values = lattice.values(cut);
        double sum = 0;
        for (double v : values) {
            sum += v;
        }
        List<String> ids = lattice.peers().stream()
                .filter(cut::contains)
                .map(Peer::organisationId)
                .sorted()
                .toList();
        return new Figure(region, values.length, Optional.of(sum / values.length), Optional.empty(), ids);
    }

    /** The rule the figures were decided with. */
    public DisclosureRule rule() {
        return rule;
    }

    /** Every region with members, by code. */
    public Map<String, Figure> all() {
        Map<String, Figure> out = new TreeMap<>();
        out.put("NL", figure("NL"));
        for (Peer p : lattice.peers()) {
            out.computeIfAbsent(p.sector(), this::figure);
            out.computeIfAbsent(p.region(), this::figure);
        }
        return out;
    }

    private static Cut cut(String region) {
        if (region.equals("NL")) {
            return Cut.ALL;
        }
        if (region.startsWith("PV")) {
            return Cut.of(region, null, null);
        }
        if (region.startsWith("CR")) {
            return Cut.of(null, null, region);
        }
        throw new IllegalArgumentException("organisation figures exist for NL, a province (PV..) or a COROP region"
                + " (CR..), not for " + region);
    }
}
