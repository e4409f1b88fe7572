package nl.werkkracht.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import nl.werkkracht.core.benchmark.Cut;
import nl.werkkracht.core.benchmark.CutLattice;
import nl.werkkracht.core.benchmark.DisclosureAuditor;
import nl.werkkracht.core.benchmark.DisclosureDecisions;
import nl.werkkracht.core.benchmark.DisclosureRule;
import nl.werkkracht.core.benchmark.Metric;
import nl.werkkracht.core.benchmark.Peer;
import nl.werkkracht.core.benchmark.PeerDistribution;
import nl.werkkracht.core.benchmark.PeerStatistics;
import nl.werkkracht.core.benchmark.SizeClass;
import nl.werkkracht.core.benchmark.Statistic;
import org.duckdb.DuckDBConnection;

/**
 * Peer statistics (METHODS.md §9) of Werkkracht's engine against DuckDB, the tool an analyst would reach
 * for, on the same data in the same run (issue 14): {@code organisations × years} organisation-years
 * (default 200,000 × 5 = 1 million) × 5 metrics, every cut of sector × size class × region (with "all" for
 * each) per metric and year.
 *
 * <ul>
 *   <li>Werkkracht: the cut lattice, the disclosure audit (frequency and dominance rules, secondary
 *       suppression over every cut) and the k-smoothed percentiles and frontier of every cut, as {@code
 *       PeerBenchmark} and {@code BenchmarkHistory.publish} compute them — timed apart.
 *   <li>DuckDB (in memory): the same k-smoothed percentiles and frontier of every cut in one SQL query
 *       (sorted lists per cut, windows of k around the type-7 position), and the plain type-7 {@code
 *       quantile_cont} over {@code GROUP BY CUBE} that an analyst would write first. DuckDB has no
 *       counterpart of the disclosure audit.
 * </ul>
 *
 * The two k-smoothed results are compared cell by cell. Run: {@code java -cp bench/target/benchmarks.jar
 * nl.werkkracht.bench.PeerStatisticsVsDuckDb [organisations] [years] [repetitions]}.
 */
public final class PeerStatisticsVsDuckDb {

    private static final List<Metric> METRICS = List.of(
            Metric.VALUE_ADDED_PER_HOUR,
            Metric.VALUE_ADDED_PER_FTE,
            Metric.ABSENTEEISM,
            Metric.STAFF_TURNOVER,
            Metric.JOB_QUALITY);

    private static final int K = DisclosureRule.DEFAULT.k();

    private PeerStatisticsVsDuckDb() {}

    public static void main(String[] args) throws SQLException {
        int organisations = args.length > 0 ? Integer.parseInt(args[0]) : 200_000;
        int years = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        int repetitions = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        System.out.printf(
                Locale.ROOT,
                "%,d organisations × %d years = %,d organisation-years × %d metrics; %d cores, JVM %s, max heap %d MB%n",
                organisations,
                years,
                (long) organisations * years,
                METRICS.size(),
                Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"),
                Runtime.getRuntime().maxMemory() >> 20);

        long t = System.nanoTime();
        Map<Metric, List<List<Peer>>> data = generate(organisations, years);
        System.out.printf(Locale.ROOT, "generated in %.1f s%n", seconds(t));

        // a warm-up on a small network, so that neither side is measured while its code is compiled
        Map<Metric, List<List<Peer>>> small = generate(20_000, 1);
        werkkracht(small);
        try (Connection duck = DriverManager.getConnection("jdbc:duckdb:")) {
            load(duck, small);
            duckDbSmoothed(duck);
            duckDbPlain(duck);
        }

        Timings best = null;
        Map<String, double[]> wk = null;
        for (int r = 0; r < repetitions; r++) {
            WerkkrachtRun run = werkkracht(data);
            wk = run.statistics;
            best = best == null ? run.timings : best.min(run.timings);
            System.out.printf(Locale.ROOT, "Werkkracht run %d: %s%n", r + 1, run.timings);
        }

        double load = Double.MAX_VALUE;
        double smoothed = Double.MAX_VALUE;
        double plain = Double.MAX_VALUE;
        Map<String, double[]> duckResult = null;
        for (int r = 0; r < repetitions; r++) {
            try (Connection duck = DriverManager.getConnection("jdbc:duckdb:")) {
                t = System.nanoTime();
                load(duck, data);
                load = Math.min(load, seconds(t));
                t = System.nanoTime();
                duckResult = duckDbSmoothed(duck);
                smoothed = Math.min(smoothed, seconds(t));
                t = System.nanoTime();
                int cells = duckDbPlain(duck);
                plain = Math.min(plain, seconds(t));
                System.out.printf(
                        Locale.ROOT,
                        "DuckDB run %d: load %.2f s, k-smoothed %.2f s (%,d cells), type-7 quantile_cont %.2f s (%,d cells)%n",
                        r + 1,
                        load,
                        smoothed,
                        duckResult.size(),
                        plain,
                        cells);
            }
        }

        Comparison c = compare(wk, duckResult);
        System.out.println();
        System.out.printf(
                Locale.ROOT, "Best of %d runs (seconds, all %d metric-years):%n", repetitions, METRICS.size() * years);
        System.out.printf(Locale.ROOT, "  Werkkracht cut lattice            %8.2f%n", best.lattice);
        System.out.printf(Locale.ROOT, "  Werkkracht disclosure audit       %8.2f%n", best.audit);
        System.out.printf(Locale.ROOT, "  Werkkracht statistics of all cuts %8.2f%n", best.statistics);
        System.out.printf(Locale.ROOT, "  Werkkracht total                  %8.2f%n", best.total());
        System.out.printf(Locale.ROOT, "  DuckDB load (appender)            %8.2f%n", load);
        System.out.printf(Locale.ROOT, "  DuckDB k-smoothed, all cuts       %8.2f%n", smoothed);
        System.out.printf(Locale.ROOT, "  DuckDB type-7 quantile_cont, CUBE %8.2f%n", plain);
        System.out.printf(
                Locale.ROOT,
                "  ratio Werkkracht statistics without audit / DuckDB k-smoothed: %.2f; with lattice and audit: %.2f%n",
                (best.lattice + best.statistics) / smoothed,
                best.total() / smoothed);
        System.out.printf(
                Locale.ROOT, "  share of the audit in Werkkracht's total: %.0f %%%n", 100 * best.audit / best.total());
        System.out.printf(
                Locale.ROOT,
                "Same results: %,d cells in both, %,d only in one; %,d values compared, largest relative difference %.2e%n",
                c.common,
                c.onlyOne,
                c.values,
                c.maxRelative);
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }

    /** The synthetic network with one value per metric: value added per hour as in SyntheticNetwork, the others derived. */
    static Map<Metric, List<List<Peer>>> generate(int organisations, int years) {
        List<List<Peer>> base = SyntheticNetwork.generate(organisations, years, 20_241_207L);
        var random = new SplittableRandom(7);
        Map<Metric, List<List<Peer>>> data = new HashMap<>();
        for (Metric m : METRICS) {
            List<List<Peer>> byYear = new ArrayList<>();
            for (List<Peer> year : base) {
                List<Peer> peers = new ArrayList<>(year.size());
                for (Peer p : year) {
                    double v =
                            switch (m.id()) {
                                case "value-added-per-hour" -> p.value();
                                case "value-added-per-fte" -> p.value() * (1400 + 300 * random.nextDouble());
                                case "absenteeism" -> 1 + 9 * random.nextDouble() * random.nextDouble();
                                case "staff-turnover" -> 2 + 20 * random.nextDouble() * random.nextDouble();
                                default -> Math.rint(40 + 50 * random.nextDouble());
                            };
                    peers.add(new Peer(p.organisationId(), p.sector(), p.sizeClass(), p.region(), v));
                }
                byYear.add(peers);
            }
            data.put(m, byYear);
        }
        return data;
    }

    private record Timings(double lattice, double audit, double statistics) {
        double total() {
            return lattice + audit + statistics;
        }

        Timings min(Timings o) {
            return new Timings(
                    Math.min(lattice, o.lattice), Math.min(audit, o.audit), Math.min(statistics, o.statistics));
        }

        @Override
        public String toString() {
            return String.format(
                    Locale.ROOT,
                    "lattice %.2f s, audit %.2f s, statistics %.2f s, total %.2f s",
                    lattice,
                    audit,
                    statistics,
                    total());
        }
    }

    private record WerkkrachtRun(Timings timings, Map<String, double[]> statistics) {}

    /**
     * Per metric and year: the lattice, the audit, then the statistics of every cut from the cut's members
     * (as BenchmarkHistory.publish reads them: {@code members(cut)}, then {@link PeerDistribution}).
     */
    private static WerkkrachtRun werkkracht(Map<Metric, List<List<Peer>>> data) {
        double lattice = 0;
        double audit = 0;
        double statistics = 0;
        Map<String, double[]> out = new HashMap<>();
        for (Metric m : METRICS) {
            List<List<Peer>> byYear = data.get(m);
            for (int y = 0; y < byYear.size(); y++) {
                List<Peer> peers = byYear.get(y);
                long t = System.nanoTime();
                CutLattice l = CutLattice.of(peers);
                lattice += seconds(t);
                t = System.nanoTime();
                DisclosureDecisions decisions = DisclosureAuditor.audit(l, DisclosureRule.DEFAULT, m.additive());
                audit += seconds(t);
                t = System.nanoTime();
                for (Cut cut : l.cuts()) {
                    Optional<PeerStatistics> s =
                            PeerDistribution.of(l.values(cut)).statistics(m.direction(), K);
                    if (s.isPresent()) {
                        out.put(key(m.id(), y, cut), row(s.get()));
                    }
                }
                statistics += seconds(t);
                if (decisions.all().isEmpty()) {
                    throw new IllegalStateException("an audit without decisions");
                }
            }
        }
        return new WerkkrachtRun(new Timings(lattice, audit, statistics), out);
    }

    private static double[] row(PeerStatistics s) {
        double[] r = new double[Statistic.values().length];
        for (Statistic st : Statistic.values()) {
            r[st.ordinal()] = s.get(st).orElse(Double.NaN);
        }
        return r;
    }

    private static String key(String metric, int year, Cut cut) {
        return metric + "|" + year + "|" + cut.sector().orElse("*") + "|"
                + cut.sizeClass().map(SizeClass::name).orElse("*") + "|"
                + cut.region().orElse("*");
    }

    private static void load(Connection duck, Map<Metric, List<List<Peer>>> data) throws SQLException {
        try (Statement s = duck.createStatement()) {
            s.execute("CREATE TABLE peer (metric VARCHAR, higher BOOLEAN, year INTEGER, organisation VARCHAR,"
                    + " sector VARCHAR, size VARCHAR, region VARCHAR, value DOUBLE)");
        }
        try (var appender = ((DuckDBConnection) duck).createAppender(DuckDBConnection.DEFAULT_SCHEMA, "peer")) {
            for (Metric m : METRICS) {
                boolean higher = m.direction() == nl.werkkracht.core.benchmark.Direction.HIGHER_IS_BETTER;
                List<List<Peer>> byYear = data.get(m);
                for (int y = 0; y < byYear.size(); y++) {
                    for (Peer p : byYear.get(y)) {
                        appender.beginRow();
                        appender.append(m.id());
                        appender.append(higher);
                        appender.append(y);
                        appender.append(p.organisationId());
                        appender.append(p.sector());
                        appender.append(p.sizeClass().name());
                        appender.append(p.region());
                        appender.append(p.value());
                        appender.endRow();
                    }
                }
            }
        }
    }

    /**
     * The k-smoothed P10–P90 and the frontier of every cut (METHODS.md §9), in SQL: each peer joins the 8
     * cuts it belongs to, each cut's values are sorted into a list, a percentile is the mean of the k values
     * around the type-7 position c = floor((n-1)p + 1/2) when that window avoids the minimum and maximum, the
     * frontier the mean of the best max(ceil(n/20), k).
     */
    private static Map<String, double[]> duckDbSmoothed(Connection duck) throws SQLException {
        String percentiles = "";
        for (int p : new int[] {10, 25, 50, 75, 90}) {
            String c = "((n - 1) * " + p + " + 50) // 100";
            percentiles += ", CASE WHEN " + c + " - 2 >= 1 AND " + c + " + 2 <= n - 2 THEN list_avg(list_slice(v, " + c
                    + " - 1, " + c + " + 3)) END AS p" + p;
        }
        String sql =
                """
                WITH cuts AS (
                    SELECT metric, higher, year, value,
                           CASE WHEN m & 1 = 1 THEN sector ELSE '*' END AS c_sector,
                           CASE WHEN m & 2 = 2 THEN size ELSE '*' END AS c_size,
                           CASE WHEN m & 4 = 4 THEN region ELSE '*' END AS c_region
                    FROM peer, range(8) AS t(m)
                ), lists AS (
                    SELECT metric, higher, year, c_sector, c_size, c_region,
                           list(value ORDER BY value) AS v, count(*) AS n, greatest((count(*) + 19) // 20, 5) AS f
                    FROM cuts GROUP BY ALL
                )
                SELECT metric, year, c_sector, c_size, c_region %s,
                       CASE WHEN n < f THEN NULL WHEN higher THEN list_avg(list_slice(v, n - f + 1, n))
                            ELSE list_avg(list_slice(v, 1, f)) END AS frontier
                FROM lists
                """
                        .formatted(percentiles);
        Map<String, double[]> out = new HashMap<>();
        try (Statement s = duck.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                double[] r = new double[Statistic.values().length];
                for (int i = 0; i < r.length; i++) {
                    double v = rs.getDouble(6 + i);
                    r[i] = rs.wasNull() ? Double.NaN : v;
                }
                out.put(
                        rs.getString(1) + "|" + rs.getInt(2) + "|" + rs.getString(3) + "|" + rs.getString(4) + "|"
                                + rs.getString(5),
                        r);
            }
        }
        return out;
    }

    /** What an analyst writes first: type-7 percentiles (two organisations mixed) of every cut, no smoothing. */
    private static int duckDbPlain(Connection duck) throws SQLException {
        int cells = 0;
        try (Statement s = duck.createStatement();
                ResultSet rs = s.executeQuery("SELECT metric, year, sector, size, region,"
                        + " quantile_cont(value, [0.1, 0.25, 0.5, 0.75, 0.9]) AS q"
                        + " FROM peer GROUP BY metric, year, CUBE (sector, size, region)")) {
            while (rs.next()) {
                cells++;
            }
        }
        return cells;
    }

    private record Comparison(int common, int onlyOne, long values, double maxRelative) {}

    private static Comparison compare(Map<String, double[]> wk, Map<String, double[]> duck) {
        int common = 0;
        int onlyOne = 0;
        long values = 0;
        double max = 0;
        for (var e : wk.entrySet()) {
            double[] d = duck.get(e.getKey());
            if (d == null) {
                onlyOne++;
                continue;
            }
            common++;
            double[] w = e.getValue();
            for (int i = 0; i < w.length; i++) {
                if (Double.isNaN(w[i]) != Double.isNaN(d[i])) {
                    max = Double.POSITIVE_INFINITY;
                } else if (!Double.isNaN(w[i])) {
                    values++;
                    max = Math.max(max, Math.abs(w[i] - d[i]) / Math.max(Math.abs(w[i]), 1e-12));
                }
            }
        }
        for (String k : duck.keySet()) {
            if (!wk.containsKey(k)) {
                onlyOne++;
            }
        }
        return new Comparison(common, onlyOne, values, max);
    }
}
