package nl.werkkracht.store.scan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import nl.werkkracht.core.scan.Idea;
import nl.werkkracht.core.scan.Response;
import nl.werkkracht.store.db.Database;
import nl.werkkracht.store.db.DatabaseConfig;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What {@link ScanStore} promises on every database; each test starts without organisations. */
abstract class ScanStoreContract {

    static final Instant START = Instant.parse("2026-03-02T09:15:30.123456Z");
    static final Instant CLOSES = START.plus(Duration.ofDays(14));

    protected abstract DatabaseConfig config();

    private Database database;
    private final MovableClock clock = new MovableClock();
    private ScanStore store;
    private long organisation;
    private long otherOrganisation;

    @BeforeEach
    void open() {
        database = Database.open(config());
        database.inTransaction(connection -> {
            try (Statement statement = connection.createStatement()) {
                return statement.executeUpdate("DELETE FROM organisation");
            }
        });
        organisation = insertOrganisation("Bakkerij De Korrel");
        otherOrganisation = insertOrganisation("Zorggroep Elders");
        clock.now = START;
        store = new ScanStore(database, clock);
    }

    @AfterEach
    void close() {
        database.close();
    }

    private long insertOrganisation(String name) {
        return database.inTransaction(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(
                    """
                    INSERT INTO organisation (name, sector, size_class, region, created_at)
                    VALUES (?, 'C', '10-49', 'CR22', ?)
                    """,
                    new String[] {"id"})) {
                insert.setString(1, name);
                insert.setObject(2, ScanRepository.timestamp(START));
                insert.executeUpdate();
                try (ResultSet keys = insert.getGeneratedKeys()) {
                    keys.next();
                    return keys.getLong(1);
                }
            }
        });
    }

    static String hash(int n) {
        return HexFormat.of().formatHex(new byte[32]).substring(8) + String.format(Locale.ROOT, "%08x", n);
    }

    private StoredScan scanWithTeams(String... teams) {
        return store.create(organisation, "werkkracht", 1, List.of(teams), CLOSES)
                .orElseThrow();
    }

    private long count(String table) {
        return database.inTransaction(connection -> {
            try (Statement statement = connection.createStatement();
                    ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM " + table)) {
                rows.next();
                return rows.getLong(1);
            }
        });
    }

    private List<String> columns(String table) {
        return database.inTransaction(connection -> {
            try (Statement statement = connection.createStatement();
                    ResultSet rows = statement.executeQuery("SELECT * FROM " + table + " WHERE 1 = 0")) {
                ResultSetMetaData meta = rows.getMetaData();
                var out = new ArrayList<String>();
                for (int i = 1; i <= meta.getColumnCount(); i++) {
                    out.add(meta.getColumnLabel(i).toLowerCase(Locale.ROOT));
                }
                return out;
            }
        });
    }

    @Test
    void shouldCreateAScanWithItsTeamsInOrder() {
        StoredScan scan = scanWithTeams("Zorg", "Kantoor", "Avonddienst");

        assertThat(scan.organisationId()).isEqualTo(organisation);
        assertThat(scan.instrumentId()).isEqualTo("werkkracht");
        assertThat(scan.instrumentVersion()).isEqualTo(1);
        assertThat(scan.teams()).containsExactly("Zorg", "Kantoor", "Avonddienst");
        assertThat(scan.closesAt()).isEqualTo(CLOSES);
        assertThat(scan.createdAt()).isEqualTo(START);
        assertThat(store.scan(scan.id()).orElseThrow().scan()).isEqualTo(scan);
    }

    @Test
    void shouldCreateNoScanForAnUnknownOrganisation() {
        assertThat(store.create(987_654, "werkkracht", 1, List.of(), CLOSES)).isEmpty();
        assertThat(count("scan")).isZero();
    }

    @Test
    void shouldRejectDuplicateBlankOrReservedTeamNames() {
        assertThatThrownBy(() -> scanWithTeams("Zorg", "Zorg")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> scanWithTeams(" ")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> scanWithTeams("ALL")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> scanWithTeams("x".repeat(101))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void shouldListAnOrganisationsScansNewestFirstWithTheirCounts() {
        StoredScan first = scanWithTeams();
        clock.now = START.plusSeconds(60);
        StoredScan second = scanWithTeams("A");
        store.create(otherOrganisation, "werkkracht", 1, List.of(), CLOSES);
        store.addInvitations(second.id(), List.of(hash(1), hash(2), hash(3)));
        store.submit(hash(2), Optional.of("A"), Map.of("tech.tools.1", 4), Optional.empty());

        List<ScanOverview> scans = store.scans(organisation);

        assertThat(scans).extracting(o -> o.scan().id()).containsExactly(second.id(), first.id());
        assertThat(scans.get(0).invitations()).isEqualTo(3);
        assertThat(scans.get(0).responses()).isEqualTo(1);
        assertThat(scans.get(1).invitations()).isZero();
    }

    @Test
    void shouldStoreAnswersOnceAndRefuseTheTokenAfterwards() {
        StoredScan scan = scanWithTeams("Zorg");
        store.addInvitations(scan.id(), List.of(hash(1)));

        Submission first = store.submit(
                hash(1), Optional.of("Zorg"), Map.of("tech.tools.1", 4, "tech.tools.2", 1), Optional.empty());
        Submission again = store.submit(hash(1), Optional.of("Zorg"), Map.of("tech.tools.1", 2), Optional.empty());

        assertThat(first).isEqualTo(Submission.STORED);
        assertThat(again).isEqualTo(Submission.ALREADY_USED);
        assertThat(store.invitation(hash(1)).orElseThrow().used()).isTrue();
        assertThat(store.responses(scan.id()))
                .containsExactly(Response.inTeam("Zorg", Map.of("tech.tools.1", 4, "tech.tools.2", 1)));
    }

    @Test
    void shouldTellAnUnknownTokenFromAClosedScan() {
        StoredScan scan = scanWithTeams();
        store.addInvitations(scan.id(), List.of(hash(1)));

        assertThat(store.invitation(hash(9))).isEmpty();
        assertThat(store.submit(hash(9), Optional.empty(), Map.of(), Optional.empty()))
                .isEqualTo(Submission.UNKNOWN_TOKEN);
        assertThat(store.submit("not a hash", Optional.empty(), Map.of(), Optional.empty()))
                .isEqualTo(Submission.UNKNOWN_TOKEN);
        clock.now = CLOSES;
        assertThat(store.submit(hash(1), Optional.empty(), Map.of("tech.tools.1", 3), Optional.empty()))
                .isEqualTo(Submission.CLOSED);
        assertThat(store.invitation(hash(1)).orElseThrow().used()).isFalse();
        assertThat(count("response")).isZero();
    }

    @Test
    void shouldStoreNothingWhenTheTeamIsNotOneOfTheScans() {
        StoredScan scan = scanWithTeams("Zorg");
        store.addInvitations(scan.id(), List.of(hash(1)));

        assertThatThrownBy(() -> store.submit(hash(1), Optional.of("Kantoor"), Map.of(), Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> store.submit(hash(1), Optional.empty(), Map.of(), Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(
                        () -> store.submit(hash(1), Optional.of("Zorg"), Map.of("tech.tools.1", 6), Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class);

        assertThat(store.invitation(hash(1)).orElseThrow().used()).isFalse();
        assertThat(count("response")).isZero();
    }

    @Test
    void shouldStoreTheIdeaApartFromTheAnswers() {
        StoredScan scan = scanWithTeams("Zorg");
        store.addInvitations(scan.id(), List.of(hash(1)));

        store.submit(
                hash(1),
                Optional.of("Zorg"),
                Map.of("tech.tools.1", 5),
                Optional.of(new Idea(Optional.of("Zorg"), "Minder dubbel registreren")));

        assertThat(store.ideas(scan.id())).containsExactly(new Idea(Optional.of("Zorg"), "Minder dubbel registreren"));
        assertThat(columns("idea")).containsExactlyInAnyOrder("id", "scan_id", "team", "idea_text");
    }

    @Test
    void shouldHoldNothingThatLinksATokenToAnswers() {
        assertThat(columns("invitation")).containsExactlyInAnyOrder("id", "scan_id", "token_hash", "used");
        assertThat(columns("response")).containsExactlyInAnyOrder("id", "scan_id", "team");
        assertThat(columns("response_answer")).containsExactlyInAnyOrder("response_id", "item_id", "answer");

        StoredScan scan = scanWithTeams();
        store.addInvitations(scan.id(), List.of(hash(1)));
        store.submit(hash(1), Optional.empty(), Map.of("tech.tools.1", 5), Optional.empty());
        String responseId = database.inTransaction(connection -> {
            try (Statement statement = connection.createStatement();
                    ResultSet rows = statement.executeQuery("SELECT id FROM response")) {
                rows.next();
                return rows.getString(1);
            }
        });
        assertThat(java.util.UUID.fromString(responseId).version())
                .as("random UUID")
                .isEqualTo(4);
    }

    @Test
    void shouldRejectMalformedOrDuplicateHashesAndUnknownScans() {
        StoredScan scan = scanWithTeams();

        assertThatThrownBy(() -> store.addInvitations(scan.id(), List.of("ABC")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> store.addInvitations(scan.id(), List.of(hash(1), hash(1))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(store.addInvitations(987_654, List.of(hash(1)))).isFalse();
        assertThat(count("invitation")).isZero();
    }

    @Test
    void shouldLetOnlyOneOfConcurrentSubmissionsWithOneTokenSucceed() throws Exception {
        StoredScan scan = scanWithTeams();
        store.addInvitations(scan.id(), List.of(hash(1)));
        int threads = 8;
        var start = new CountDownLatch(1);
        var pool = Executors.newFixedThreadPool(threads);
        try {
            var futures = new ArrayList<Future<Submission>>();
            for (int i = 0; i < threads; i++) {
                int answer = 1 + i % 5;
                Callable<Submission> submit = () -> {
                    start.await();
                    return store.submit(hash(1), Optional.empty(), Map.of("tech.tools.1", answer), Optional.empty());
                };
                futures.add(pool.submit(submit));
            }
            start.countDown();
            var outcomes = new ArrayList<Submission>();
            for (Future<Submission> f : futures) {
                try {
                    outcomes.add(f.get());
                } catch (java.util.concurrent.ExecutionException e) {
                    // a database may also refuse a conflicting update with an error; that stores nothing
                    outcomes.add(null);
                }
            }
            assertThat(outcomes).filteredOn(o -> o == Submission.STORED).hasSize(1);
        } finally {
            pool.shutdownNow();
        }
        assertThat(store.responses(scan.id())).hasSize(1);
    }

    @Test
    void shouldDeleteEveryScanRowWithTheOrganisation() {
        StoredScan scan = scanWithTeams("Zorg");
        store.addInvitations(scan.id(), List.of(hash(1), hash(2)));
        store.submit(
                hash(1),
                Optional.of("Zorg"),
                Map.of("tech.tools.1", 5),
                Optional.of(new Idea(Optional.of("Zorg"), "idee")));

        database.inTransaction(connection -> {
            try (PreparedStatement delete = connection.prepareStatement("DELETE FROM organisation WHERE id = ?")) {
                delete.setLong(1, organisation);
                return delete.executeUpdate();
            }
        });

        for (String table : List.of("scan", "scan_team", "invitation", "response", "response_answer", "idea")) {
            assertThat(count(table)).as(table).isZero();
        }
    }

    /** A clock the test sets by hand (also used by {@link ScanPublicationsContract}). */
    static final class MovableClock extends Clock {
        volatile Instant now = START;

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }
}
