package nl.werkkracht.store.valuestream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import nl.werkkracht.core.valuestream.Step;
import nl.werkkracht.core.valuestream.StepClass;
import nl.werkkracht.core.valuestream.ValueStream;
import nl.werkkracht.core.valuestream.WasteType;
import nl.werkkracht.store.db.Database;
import nl.werkkracht.store.db.DatabaseConfig;
import nl.werkkracht.store.db.DatabaseException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What {@link ValueStreamStore} promises on every database it supports. Subclasses say which database;
 * every test starts with two organisations and no value streams.
 */
abstract class ValueStreamStoreContract {

    static final Instant START = Instant.parse("2026-04-01T08:30:00.123456Z");

    static final ValueStream QUOTE = new ValueStream(
            "Offerteaanvraag",
            1200,
            List.of(
                    Step.of("Binnendienst", 10, 0, StepClass.NECESSARY).asRegistration(),
                    Step.waste("Binnendienst", 5.25, 30, WasteType.OVER_PROCESSING)
                            .asRegistration(),
                    Step.of("Werkvoorbereider", 90, 2880, StepClass.VALUE_ADDING),
                    Step.waste("Calculator", 15, 240.5, WasteType.DEFECTS)));

    static final ValueStream REPAIR =
            new ValueStream("Storingsmelding", 310.5, List.of(Step.of("Monteur", 45, 120, StepClass.VALUE_ADDING)));

    /** The database under test. */
    protected abstract DatabaseConfig config();

    private Database database;
    private TestClock clock;
    private ValueStreamStore store;
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
        organisation = insertOrganisation("Installatiebedrijf Voorbeeld");
        otherOrganisation = insertOrganisation("Ander Bedrijf");
        clock = new TestClock(START);
        store = new ValueStreamStore(database, clock);
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void shouldKeepEveryStepInOrderWithAllItsFields() {
        StoredValueStream created = store.create(organisation, QUOTE).orElseThrow();

        assertThat(created.organisationId()).isEqualTo(organisation);
        assertThat(created.stream()).isEqualTo(QUOTE);
        assertThat(created.createdAt()).isEqualTo(START);
        assertThat(created.updatedAt()).isEqualTo(START);
        assertThat(store.find(organisation, created.id())).contains(created);
    }

    @Test
    void shouldCreateNothingForAnOrganisationThatDoesNotExist() {
        long missing = otherOrganisation + 1000;

        assertThat(store.create(missing, QUOTE)).isEmpty();
        assertThat(count("value_stream")).isZero();
        assertThat(count("value_stream_step")).isZero();
    }

    @Test
    void shouldReplaceNameVolumeAndStepsAndKeepTheCreationTime() {
        StoredValueStream created = store.create(organisation, QUOTE).orElseThrow();
        clock.advance(Duration.ofMinutes(5));

        StoredValueStream replaced =
                store.replace(organisation, created.id(), REPAIR).orElseThrow();

        assertThat(replaced.id()).isEqualTo(created.id());
        assertThat(replaced.stream()).isEqualTo(REPAIR);
        assertThat(replaced.createdAt()).isEqualTo(START);
        assertThat(replaced.updatedAt()).isEqualTo(START.plus(Duration.ofMinutes(5)));
        assertThat(count("value_stream_step")).isEqualTo(1);
    }

    @Test
    void shouldListOnlyTheOrganisationsOwnValueStreamsOldestFirst() {
        StoredValueStream quote = store.create(organisation, QUOTE).orElseThrow();
        StoredValueStream other = store.create(otherOrganisation, REPAIR).orElseThrow();
        StoredValueStream repair = store.create(organisation, REPAIR).orElseThrow();

        assertThat(store.list(organisation)).containsExactly(quote, repair);
        assertThat(store.list(otherOrganisation)).containsExactly(other);
        assertThat(store.list(otherOrganisation + 1000)).isEmpty();
    }

    @Test
    void shouldNeitherShowNorChangeNorDeleteAnotherOrganisationsValueStream() {
        StoredValueStream theirs = store.create(otherOrganisation, QUOTE).orElseThrow();

        assertThat(store.find(organisation, theirs.id())).isEmpty();
        assertThat(store.replace(organisation, theirs.id(), REPAIR)).isEmpty();
        assertThat(store.delete(organisation, theirs.id())).isFalse();
        assertThat(store.find(otherOrganisation, theirs.id())).contains(theirs);
    }

    @Test
    void shouldDeleteAValueStreamWithItsSteps() {
        StoredValueStream quote = store.create(organisation, QUOTE).orElseThrow();
        StoredValueStream repair = store.create(organisation, REPAIR).orElseThrow();

        assertThat(store.delete(organisation, quote.id())).isTrue();

        assertThat(store.find(organisation, quote.id())).isEmpty();
        assertThat(store.delete(organisation, quote.id())).isFalse();
        assertThat(store.list(organisation)).containsExactly(repair);
        assertThat(count("value_stream_step")).isEqualTo(1);
    }

    @Test
    void shouldDeleteEveryValueStreamWithItsOrganisation() {
        store.create(organisation, QUOTE).orElseThrow();
        store.create(organisation, REPAIR).orElseThrow();
        StoredValueStream other = store.create(otherOrganisation, REPAIR).orElseThrow();

        database.inTransaction(connection -> {
            try (PreparedStatement delete = connection.prepareStatement("DELETE FROM organisation WHERE id = ?")) {
                delete.setLong(1, organisation);
                return delete.executeUpdate();
            }
        });

        assertThat(store.list(organisation)).isEmpty();
        assertThat(count("value_stream")).isEqualTo(1);
        assertThat(count("value_stream_step")).isEqualTo(other.stream().steps().size());
    }

    @Test
    void shouldRefuseAWasteStepWithoutWasteTypeInTheSchemaItself() {
        StoredValueStream created = store.create(organisation, REPAIR).orElseThrow();

        assertThatThrownBy(() -> database.inTransaction(connection -> {
                    try (PreparedStatement insert = connection.prepareStatement(
                            """
                            INSERT INTO value_stream_step (value_stream_id, step_position, role, process_minutes,
                                                           waiting_minutes, step_class, waste_type, registration)
                            VALUES (?, 1, 'Monteur', 1, 0, 'WASTE', NULL, FALSE)
                            """)) {
                        insert.setLong(1, created.id());
                        return insert.executeUpdate();
                    }
                }))
                .isInstanceOf(DatabaseException.class);
        assertThat(store.find(organisation, created.id()))
                .map(StoredValueStream::stream)
                .contains(REPAIR);
    }

    private long insertOrganisation(String name) {
        return database.inTransaction(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(
                    """
                    INSERT INTO organisation (name, sector, size_class, region, created_at)
                    VALUES (?, 'F', '10-49', 'CR22', ?)
                    """,
                    new String[] {"id"})) {
                insert.setString(1, name);
                insert.setObject(2, OffsetDateTime.ofInstant(START, ZoneOffset.UTC));
                insert.executeUpdate();
                try (ResultSet keys = insert.getGeneratedKeys()) {
                    keys.next();
                    return keys.getLong(1);
                }
            }
        });
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

    /** A clock the test moves forward by hand. */
    private static final class TestClock extends Clock {
        private Instant now;

        TestClock(Instant start) {
            this.now = start;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }

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
