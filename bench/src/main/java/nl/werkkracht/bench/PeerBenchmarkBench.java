package nl.werkkracht.bench;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import nl.werkkracht.core.benchmark.BenchmarkAnswer;
import nl.werkkracht.core.benchmark.BenchmarkHistory;
import nl.werkkracht.core.benchmark.Cut;
import nl.werkkracht.core.benchmark.DisclosureRule;
import nl.werkkracht.core.benchmark.Metric;
import nl.werkkracht.core.benchmark.Peer;
import nl.werkkracht.core.benchmark.PeerBenchmark;
import nl.werkkracht.core.benchmark.SizeClass;
import nl.werkkracht.core.benchmark.Viewer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Peer benchmarking (issue 5) at scale: 20,000 organisations × 5 years = 100,000 organisation-years.
 *
 * <ul>
 *   <li>{@link #query}: one benchmark question — one cut, one metric, one year, seen by an outsider (a
 *       coordinator) — from the published version, with the year's audit and publication done beforehand.
 *   <li>{@link #queryAsMember}: the same seen by one member organisation with its own position: the first
 *       question of each member also runs the audit once more without it (secondary suppression for insiders)
 *       and its view of the window ledger; both are kept for its later questions.
 *   <li>{@link #publishNetworkOf2000}: the first publication of a 2,000-organisation network: the audit,
 *       every cell's statistics, and the window ledger's decisions for a viewer who knows nothing.
 *   <li>{@link #auditNetworkOf2000}: the full disclosure audit (primary and secondary suppression over every
 *       cut) of a 2,000-organisation network for one metric and year: what a change of consent costs.
 *   <li>{@link #auditNetworkOf20000}: the same for all 20,000 organisations of one year.
 * </ul>
 *
 * Run: see the README ("Benchmarks").
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class PeerBenchmarkBench {

    private static final Metric METRIC = Metric.VALUE_ADDED_PER_HOUR;

    private List<List<Peer>> years;
    private List<Peer> network2000;
    private PeerBenchmark lastYear;
    private BenchmarkHistory published;
    private Cut[] cuts;
    private int next;

    @Setup
    public void setUp() {
        years = SyntheticNetwork.generate(20_000, 5, 20_240_905L);
        network2000 = years.get(4).subList(0, 2_000);
        lastYear = PeerBenchmark.of(METRIC, years.get(4), DisclosureRule.DEFAULT);
        published = BenchmarkHistory.empty(METRIC, DisclosureRule.DEFAULT);
        published.publish(lastYear, Instant.EPOCH);
        cuts = new Cut[] {
            Cut.ALL,
            Cut.of("F", null, null),
            Cut.of("G", SizeClass.SMALL, null),
            Cut.of("M", null, "PV27"),
            Cut.of("C", SizeClass.MEDIUM, "PV30"),
            Cut.of(null, SizeClass.MICRO, "PV28")
        };
    }

    @Benchmark
    public BenchmarkAnswer query() {
        Cut cut = cuts[next++ % cuts.length];
        return published.answer(cut, Viewer.OUTSIDER, lastYear);
    }

    @Benchmark
    public BenchmarkAnswer queryAsMember() {
        Cut cut = cuts[next++ % cuts.length];
        String organisation = "org-" + (next % 100); // a hundred members asking again and again
        return published.answer(cut, Viewer.knowing(Set.of(organisation)).as(organisation), lastYear);
    }

    @Benchmark
    public BenchmarkHistory publishNetworkOf2000() {
        BenchmarkHistory history = BenchmarkHistory.empty(METRIC, DisclosureRule.DEFAULT);
        history.publish(PeerBenchmark.of(METRIC, network2000, DisclosureRule.DEFAULT), Instant.EPOCH);
        return history;
    }

    @Benchmark
    public PeerBenchmark auditNetworkOf2000() {
        return PeerBenchmark.of(METRIC, network2000, DisclosureRule.DEFAULT);
    }

    @Benchmark
    public PeerBenchmark auditNetworkOf20000() {
        return PeerBenchmark.of(METRIC, years.get(4), DisclosureRule.DEFAULT);
    }
}
