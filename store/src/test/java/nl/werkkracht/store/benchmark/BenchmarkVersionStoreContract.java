package nl.werkkracht.store.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.werkkracht.core.benchmark.CellVersion;
import nl.werkkracht.core.benchmark.Contribution;
import nl.werkkracht.core.benchmark.Cut;
import nl.werkkracht.core.benchmark.PeerStatistics;
import nl.werkkracht.core.benchmark.SizeClass;
import nl.werkkracht.core.benchmark.Statistic;
import nl.werkkracht.core.benchmark.SuppressionReason;
import nl.werkkracht.store.db.Database;
import nl.werkkracht.store.db.DatabaseConfig;
import nl.werkkracht.store.db.DatabaseException;
import nl.werkkracht.store.network.Network;
import nl.werkkracht.store.network.NetworkStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What {@link BenchmarkVersionStore} promises on every database: versions come back as they were published. */
abstract class BenchmarkVersionStoreContract {

    static final Instant MARCH = Instant.parse("2026-03-03T09:00:00.123456Z");
    static final Cut SMALL_F = Cut.of("F", SizeClass.SMALL, null);

    protected abstract DatabaseConfig config();

    private Database database;
    private BenchmarkVersionStore store;
    private long network;
    private long[] organisations;

    @BeforeEach
    void open() {
        database = Database.open(config());
        database.inTransaction(connection -> {
            try (Statement statement = connection.createStatement()) {
                statement.executeUpdate("DELETE FROM network");
                statement.executeUpdate("DELETE FROM organisation");
                return statement.executeUpdate("DELETE FROM app_user");
            }
        });
        database.inTransaction(connection -> {
            try (Statement statement = connection.createStatement()) {
                return statement.executeUpdate(
                        "INSERT INTO app_user (username, password_hash, role, enabled, created_at)"
                                + " VALUES ('coordinator', 'x', 'ADVISER', TRUE, TIMESTAMP WITH TIME ZONE '2026-01-01 00:00:00+00')");
            }
        });
        network = new NetworkStore(database)
                .create("Netwerk", Network.SectorLevel.SECTION, "coordinator")
                .id();
        organisations = new long[6];
        for (int i = 0; i < organisations.length; i++) {
            organisations[i] = insertOrganisation("Organisatie " + i);
        }
        store = new BenchmarkVersionStore(database);
    }

    @AfterEach
    void close() {
        database.close();
    }

    private CellVersion shown(Cut cut, int number) {
        List<Contribution> contributions = new java.util.ArrayList<>();
        for (int i = 0; i < 6; i++) {
            int windows = i >= 1 ? Statistic.FRONTIER.bit() : 0;
            contributions.add(
                    new Contribution(String.valueOf(organisations[i]), 50 + 2.5 * i, 100 * (i + 0.5) / 6, windows));
        }
        return new CellVersion(
                cut,
                number,
                MARCH,
                6,
                Optional.empty(),
                Optional.of(new PeerStatistics(6, Map.of(Statistic.FRONTIER, 57.5))),
                contributions);
    }

    @Test
    void shouldGiveBackEveryVersionAsPublishedInOrder() {
        CellVersion first = shown(Cut.ALL, 1);
        CellVersion suppressed = new CellVersion(
                SMALL_F,
                1,
                MARCH.plusSeconds(60),
                3,
                Optional.of(SuppressionReason.FREQUENCY),
                Optional.empty(),
                List.of());
        CellVersion second = shown(Cut.ALL, 2);

        store.save(network, "value-added-per-hour", 2024, List.of(first, suppressed));
        store.save(network, "value-added-per-hour", 2024, List.of(second));
        store.save(network, "absenteeism", 2024, List.of(shown(Cut.ALL, 1)));

        assertThat(store.versions(network, "value-added-per-hour", 2024)).containsExactly(first, suppressed, second);
        assertThat(store.versions(network, "value-added-per-hour", 2023)).isEmpty();
        assertThat(store.years(network, "value-added-per-hour")).containsExactly(2024);
        assertThat(store.contributionsOf(organisations[2])).hasSize(3).first().satisfies(c -> {
            assertThat(c.cut()).isEqualTo("all");
            assertThat(c.value()).isEqualTo(55.0);
            assertThat(c.publishedAt()).isEqualTo(MARCH);
        });
    }

    @Test
    void shouldWriteNothingOfAPublicationThatLostTheRace() {
        store.save(network, "absenteeism", 2024, List.of(shown(Cut.ALL, 1)));

        assertThatThrownBy(
                        () -> store.save(network, "absenteeism", 2024, List.of(shown(SMALL_F, 1), shown(Cut.ALL, 1))))
                .isInstanceOf(DatabaseException.class);
        assertThat(store.versions(network, "absenteeism", 2024)).hasSize(1);
    }

    @Test
    void shouldForgetADeletedOrganisationsPartButKeepTheAggregate() {
        store.save(network, "absenteeism", 2024, List.of(shown(Cut.ALL, 1)));

        database.inTransaction(connection -> {
            try (Statement statement = connection.createStatement()) {
                return statement.executeUpdate("DELETE FROM organisation WHERE id = " + organisations[3]);
            }
        });

        CellVersion after = store.versions(network, "absenteeism", 2024).get(0);
        assertThat(after.n()).isEqualTo(6);
        assertThat(after.contributions()).hasSize(5);
        assertThat(after.statistics().orElseThrow().get(Statistic.FRONTIER)).hasValue(57.5);
        assertThat(store.contributionsOf(organisations[3])).isEmpty();
    }

    private long insertOrganisation(String name) {
        return database.inTransaction(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO organisation (name, sector, size_class, region, created_at) VALUES (?, 'F', '10-49', 'CR22', ?)",
                    new String[] {"id"})) {
                insert.setString(1, name);
                insert.setObject(2, OffsetDateTime.ofInstant(MARCH, ZoneOffset.UTC));
                insert.executeUpdate();
                try (ResultSet keys = insert.getGeneratedKeys()) {
                    keys.next();
                    return keys.getLong(1);
                }
            }
        });
    }
}
