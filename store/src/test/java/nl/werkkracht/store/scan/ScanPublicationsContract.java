package nl.werkkracht.store.scan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.atomic.AtomicInteger;
import nl.werkkracht.core.scan.Idea;
import nl.werkkracht.store.db.Database;
import nl.werkkracht.store.db.DatabaseConfig;
import nl.werkkracht.store.scan.PublishedResults.PublishedGroup;
import nl.werkkracht.store.scan.PublishedResults.Visibility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What {@link ScanPublications} and {@link ScanStore#close} promise on every database: results are
 * published once, only for a closed scan, and survive the deletion of the raw answers.
 */
abstract class ScanPublicationsContract {

    static final Instant START = Instant.parse("2026-12-17T09:15:30.123456Z");
    static final Instant CLOSES = Instant.parse("2026-12-31T23:00:00Z");

    protected abstract DatabaseConfig config();

    private Database database;
    private final ScanStoreContract.MovableClock clock = new ScanStoreContract.MovableClock();
    private ScanStore store;
    private ScanPublications publications;
    private long organisation;

    @BeforeEach
    void open() {
        database = Database.open(config());
        organisation = database.inTransaction(connection -> {
            try (Statement statement = connection.createStatement()) {
                statement.executeUpdate("DELETE FROM organisation");
            }
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO organisation (name, sector, size_class, region, created_at)"
                            + " VALUES ('Bakkerij De Korrel', 'C', '10-49', 'CR22', ?)",
                    new String[] {"id"})) {
                insert.setObject(1, ScanRepository.timestamp(START));
                insert.executeUpdate();
                try (ResultSet keys = insert.getGeneratedKeys()) {
                    keys.next();
                    return keys.getLong(1);
                }
            }
        });
        clock.now = START;
        store = new ScanStore(database, clock);
        publications = new ScanPublications(database, clock);
    }

    @AfterEach
    void close() {
        database.close();
    }

    /** A scan of teams Zorg and Kantoor with one answered invitation (with an idea) and one unused. */
    private StoredScan answeredScan() {
        StoredScan scan = store.create(organisation, "werkkracht", 1, List.of("Zorg", "Kantoor"), CLOSES)
                .orElseThrow();
        store.addInvitations(scan.id(), List.of(ScanStoreContract.hash(1), ScanStoreContract.hash(2)));
        store.submit(
                ScanStoreContract.hash(1),
                Optional.of("Zorg"),
                Map.of("tech.tools.1", 4),
                Optional.of(new Idea(Optional.of("Zorg"), "meer overleg")));
        return scan;
    }

    private static PublishedResults results(Instant at, int responses) {
        return new PublishedResults(
                at,
                responses,
                5,
                Optional.empty(),
                List.of(
                        new PublishedGroup(
                                "ALL",
                                Visibility.SHOWN,
                                OptionalInt.of(responses),
                                Map.of("tech.tools", 63, "org.rules", 0),
                                List.of("Betere roosters", "meer overleg")),
                        PublishedGroup.hidden("Zorg", Visibility.FEW),
                        PublishedGroup.hidden("Kantoor", Visibility.PROTECTS)));
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

    @Test
    void shouldCloseAnOpenScanNowAndRefuseAnswersAfterwards() {
        StoredScan scan = answeredScan();
        clock.now = START.plus(Duration.ofDays(3));

        assertThat(store.close(scan.id())).isEqualTo(ScanStore.Closing.CLOSED);
        assertThat(store.close(scan.id())).isEqualTo(ScanStore.Closing.ALREADY_CLOSED);
        assertThat(store.close(987_654)).isEqualTo(ScanStore.Closing.NO_SCAN);
        assertThat(store.scan(scan.id()).orElseThrow().scan().closesAt()).isEqualTo(clock.now);
        assertThat(store.submit(
                        ScanStoreContract.hash(2), Optional.of("Zorg"), Map.of("tech.tools.1", 1), Optional.empty()))
                .isEqualTo(Submission.CLOSED);
    }

    @Test
    void shouldPublishOnlyAClosedScanAndOnlyOnce() {
        StoredScan scan = answeredScan();
        var calls = new AtomicInteger();

        assertThatThrownBy(() -> publications.publish(scan.id(), c -> results(clock.now, 1)))
                .isInstanceOf(IllegalStateException.class);
        assertThat(publications.publication(scan.id())).isEmpty();

        clock.now = CLOSES;
        PublishedResults first = publications
                .publish(scan.id(), c -> {
                    calls.incrementAndGet();
                    assertThat(c.responses()).hasSize(1);
                    assertThat(c.ideas()).containsExactly(new Idea(Optional.of("Zorg"), "meer overleg"));
                    return results(clock.now, c.responses().size());
                })
                .orElseThrow();
        clock.now = CLOSES.plusSeconds(60);
        PublishedResults again =
                publications.publish(scan.id(), c -> results(clock.now, 99)).orElseThrow();

        assertThat(calls).hasValue(1);
        assertThat(again).isEqualTo(first).isEqualTo(results(CLOSES, 1));
        assertThat(publications.publication(scan.id())).contains(first);
        assertThat(publications.publish(987_654, c -> results(clock.now, 0))).isEmpty();
    }

    @Test
    void shouldDeleteTheAnswersAfterRetentionAndKeepTheResultsAndTheCount() {
        StoredScan scan = answeredScan();
        clock.now = CLOSES.plus(Duration.ofDays(400));
        assertThat(publications.answersKeptOfScansClosedBy(CLOSES.minusSeconds(1)))
                .isEmpty();
        assertThat(publications.answersKeptOfScansClosedBy(CLOSES)).containsExactly(scan.id());
        assertThat(publications.deleteAnswers(scan.id()))
                .as("not published yet")
                .isFalse();
        assertThat(count("response")).isEqualTo(1);

        PublishedResults published =
                publications.publish(scan.id(), c -> results(clock.now, 1)).orElseThrow();
        assertThat(publications.deleteAnswers(scan.id())).isTrue();
        assertThat(publications.deleteAnswers(scan.id())).isFalse();

        assertThat(count("response") + count("response_answer") + count("idea")).isZero();
        assertThat(publications.answersKeptOfScansClosedBy(clock.now)).isEmpty();
        PublishedResults kept = publications.publication(scan.id()).orElseThrow();
        assertThat(kept.answersDeletedAt()).contains(clock.now);
        assertThat(kept.groups()).isEqualTo(published.groups());
        assertThat(store.scan(scan.id()).orElseThrow().responses()).isEqualTo(1);
    }

    @Test
    void shouldDeleteThePublicationWithTheOrganisation() {
        StoredScan scan = answeredScan();
        clock.now = CLOSES;
        publications.publish(scan.id(), c -> results(clock.now, 1));

        database.inTransaction(connection -> {
            try (Statement delete = connection.createStatement()) {
                return delete.executeUpdate("DELETE FROM organisation");
            }
        });

        for (String table : List.of(
                "scan_publication", "scan_publication_group", "scan_publication_score", "scan_publication_idea")) {
            assertThat(count(table)).as(table).isZero();
        }
    }
}
