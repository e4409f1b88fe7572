package nl.werkkracht.store.policy;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import nl.werkkracht.core.policy.Releases;
import nl.werkkracht.store.db.Database;

/**
 * The released versions of disclosure-controlled organisation figures per metric, region and year (METHODS.md
 * §9 "over time", see {@link Releases}). Only the rule reads the contributor lists; no page or export shows them.
 */
public final class FigureReleaseStore {

    private final Database database;
    private final Clock clock;

    public FigureReleaseStore(Database database) {
        this(database, Clock.systemUTC());
    }

    public FigureReleaseStore(Database database, Clock clock) {
        this.database = Objects.requireNonNull(database, "database");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** The versions released so far, oldest first. */
    public List<Releases.Release> releases(String metric, String region, int year) {
        return database.inTransaction(c -> Jdbc.list(
                c,
                "SELECT contributors, n, obs_value, released_at FROM region_figure_release"
                        + " WHERE metric = ? AND region = ? AND period_year = ? ORDER BY released_at, id",
                rs -> new Releases.Release(
                        Jdbc.split(rs.getString(1)), rs.getInt(2), rs.getDouble(3), Jdbc.instant(rs, "released_at")),
                metric,
                region,
                year));
    }

    /** Records a new released version. */
    public Releases.Release release(String metric, String region, int year, List<String> contributors, double value) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        database.inTransaction(c -> Jdbc.update(
                c,
                "INSERT INTO region_figure_release (metric, region, period_year, contributors, n, obs_value, released_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?)",
                metric,
                region,
                year,
                String.join(",", contributors.stream().sorted().toList()),
                contributors.size(),
                value,
                now));
        return new Releases.Release(contributors, contributors.size(), value, now);
    }
}
