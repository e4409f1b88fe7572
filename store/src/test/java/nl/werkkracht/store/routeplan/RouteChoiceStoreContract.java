package nl.werkkracht.store.routeplan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;
import nl.werkkracht.store.db.Database;
import nl.werkkracht.store.db.DatabaseConfig;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What {@link RouteChoiceStore} promises on every database it supports. Subclasses say which database;
 * every test starts with two organisations and no choices.
 */
abstract class RouteChoiceStoreContract {

    static final Instant START = Instant.parse("2026-04-02T10:15:30.123456Z");

    /** The database under test. */
    protected abstract DatabaseConfig config();

    private Database database;
    private MovableClock clock;
    private RouteChoiceStore store;
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
        organisation = insertOrganisation("Zorg Voorbeeld");
        otherOrganisation = insertOrganisation("ICT Voorbeeld");
        clock = new MovableClock(START);
        store = new RouteChoiceStore(database, clock);
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void shouldKeepEveryFieldOfAChoice() {
        RouteChoice saved = store.save(RouteChoice.of(
                        organisation,
                        "org-cut-rules",
                        true,
                        Optional.of("  Teamleider zorg "),
                        Optional.of(LocalDate.of(2026, 5, 1)),
                        Optional.of("Eerst de overdrachtsformulieren")))
                .orElseThrow();

        assertThat(saved.organisationId()).isEqualTo(organisation);
        assertThat(saved.interventionId()).isEqualTo("org-cut-rules");
        assertThat(saved.chosen()).isTrue();
        assertThat(saved.owner()).contains("Teamleider zorg");
        assertThat(saved.startDate()).contains(LocalDate.of(2026, 5, 1));
        assertThat(saved.note()).contains("Eerst de overdrachtsformulieren");
        assertThat(saved.updatedAt()).isEqualTo(START);
        assertThat(store.choice(organisation, "org-cut-rules")).contains(saved);
    }

    @Test
    void shouldKeepAbsentOwnerDateAndNoteAbsent() {
        RouteChoice saved = store.save(RouteChoice.of(
                        organisation, "emp-onboarding", false, Optional.of("  "), Optional.empty(), Optional.empty()))
                .orElseThrow();

        assertThat(saved.chosen()).isFalse();
        assertThat(saved.owner()).isEmpty();
        assertThat(saved.startDate()).isEmpty();
        assertThat(saved.note()).isEmpty();
    }

    @Test
    void shouldReplaceAnEarlierChoiceAndTellWhen() {
        store.save(RouteChoice.of(
                organisation,
                "org-cut-rules",
                true,
                Optional.of("Anna"),
                Optional.of(LocalDate.of(2026, 5, 1)),
                Optional.empty()));
        clock.advance(Duration.ofDays(3));

        RouteChoice changed = store.save(RouteChoice.of(
                        organisation, "org-cut-rules", false, Optional.empty(), Optional.empty(), Optional.empty()))
                .orElseThrow();

        assertThat(changed.chosen()).isFalse();
        assertThat(changed.owner()).isEmpty();
        assertThat(changed.updatedAt()).isEqualTo(START.plus(Duration.ofDays(3)));
        assertThat(store.choices(organisation)).containsExactly(changed);
    }

    @Test
    void shouldKeepEachOrganisationsChoicesApartOrderedById() {
        store.save(choice(organisation, "tech-impact-analysis"));
        store.save(choice(organisation, "emp-onboarding"));
        store.save(choice(otherOrganisation, "org-cut-rules"));

        assertThat(store.choices(organisation))
                .extracting(RouteChoice::interventionId)
                .containsExactly("emp-onboarding", "tech-impact-analysis");
        assertThat(store.choices(otherOrganisation))
                .extracting(RouteChoice::interventionId)
                .containsExactly("org-cut-rules");
        assertThat(store.choice(otherOrganisation, "emp-onboarding")).isEmpty();
    }

    @Test
    void shouldSaveNothingForAnUnknownOrganisation() {
        assertThat(store.save(choice(organisation + otherOrganisation + 1000, "org-cut-rules")))
                .isEmpty();
        assertThat(store.choices(organisation + otherOrganisation + 1000)).isEmpty();
    }

    @Test
    void shouldForgetAChoice() {
        store.save(choice(organisation, "org-cut-rules"));

        assertThat(store.delete(organisation, "org-cut-rules")).isTrue();
        assertThat(store.delete(organisation, "org-cut-rules")).isFalse();
        assertThat(store.choices(organisation)).isEmpty();
    }

    @Test
    void shouldDeleteTheChoicesWithTheirOrganisation() {
        store.save(choice(organisation, "org-cut-rules"));
        store.save(choice(otherOrganisation, "org-cut-rules"));

        database.inTransaction(connection -> {
            try (PreparedStatement delete = connection.prepareStatement("DELETE FROM organisation WHERE id = ?")) {
                delete.setLong(1, organisation);
                return delete.executeUpdate();
            }
        });

        assertThat(countRows()).isEqualTo(1);
        assertThat(store.choices(otherOrganisation)).hasSize(1);
    }

    @Test
    void shouldRefuseInvalidIdsAndTooLongTexts() {
        assertThatThrownBy(() -> choice(organisation, "Org Cut Rules")).hasMessageContaining("interventionId");
        assertThatThrownBy(() -> RouteChoice.of(
                        organisation,
                        "org-cut-rules",
                        true,
                        Optional.of("x".repeat(201)),
                        Optional.empty(),
                        Optional.empty()))
                .hasMessageContaining("owner must have at most 200 characters");
        assertThatThrownBy(() -> RouteChoice.of(
                        organisation,
                        "org-cut-rules",
                        true,
                        Optional.empty(),
                        Optional.empty(),
                        Optional.of("x".repeat(1001))))
                .hasMessageContaining("note must have at most 1000 characters");
    }

    private static RouteChoice choice(long organisationId, String interventionId) {
        return RouteChoice.of(
                organisationId, interventionId, true, Optional.empty(), Optional.empty(), Optional.empty());
    }

    private long countRows() {
        return database.inTransaction(connection -> {
            try (Statement statement = connection.createStatement();
                    ResultSet rs = statement.executeQuery("SELECT COUNT(*) FROM route_choice")) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    private long insertOrganisation(String name) {
        return database.inTransaction(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(
                    """
                    INSERT INTO organisation (name, sector, size_class, region, created_at)
                    VALUES (?, 'Q', '50-249', 'CR22', ?)
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

    /** A clock the test moves forward. */
    private static final class MovableClock extends Clock {
        private Instant now;

        MovableClock(Instant start) {
            this.now = start;
        }

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
