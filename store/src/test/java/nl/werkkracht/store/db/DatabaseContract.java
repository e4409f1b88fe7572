package nl.werkkracht.store.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What {@link Database} promises on every database it supports: the migrations create the schema, and
 * {@link Database#inTransaction} commits or rolls back as a whole. Subclasses say which database.
 */
abstract class DatabaseContract {

    /** The database under test; every test starts from empty tables. */
    protected abstract DatabaseConfig config();

    protected Database database;

    @BeforeEach
    void openDatabase() {
        database = Database.open(config());
        database.inTransaction(connection -> {
            try (Statement statement = connection.createStatement()) {
                return statement.executeUpdate("DELETE FROM dataset");
            }
        });
    }

    @AfterEach
    void closeDatabase() {
        database.close();
    }

    @Test
    void shouldCreateTheTablesWhenOpened() {
        assertThat(count("dataset")).isZero();
        assertThat(count("observation")).isZero();
    }

    @Test
    void shouldKeepDataAndNotMigrateAgainWhenReopened() {
        insertDataset("kept");
        database.close();

        database = Database.open(config());

        assertThat(count("dataset")).isEqualTo(1);
    }

    @Test
    void shouldCommitWhenWorkReturns() {
        int inserted = database.inTransaction(connection -> insertDataset(connection, "committed"));

        assertThat(inserted).isEqualTo(1);
        assertThat(count("dataset")).isEqualTo(1);
    }

    @Test
    void shouldRollBackAndRethrowTheSameRuntimeException() {
        IllegalStateException failure = new IllegalStateException("stop");

        assertThatThrownBy(() -> database.inTransaction(connection -> {
                    insertDataset(connection, "rolled-back");
                    throw failure;
                }))
                .isSameAs(failure);
        assertThat(count("dataset")).isZero();
    }

    @Test
    void shouldRollBackAndRethrowACheckedExceptionUnchanged() {
        IOException failure = new IOException("file vanished");

        assertThatThrownBy(() -> database.<Integer, IOException>inTransaction(connection -> {
                    insertDataset(connection, "rolled-back");
                    throw failure;
                }))
                .isSameAs(failure);
        assertThat(count("dataset")).isZero();
    }

    @Test
    void shouldRollBackAndWrapAFailedStatementInDatabaseException() {
        assertThatThrownBy(() -> database.inTransaction(connection -> {
                    insertDataset(connection, "duplicate");
                    return insertDataset(connection, "duplicate");
                }))
                .isInstanceOf(DatabaseException.class)
                .hasCauseInstanceOf(SQLException.class)
                .hasMessageContaining("database error on");
        assertThat(count("dataset")).isZero();
    }

    @Test
    void shouldRefuseAValueForAConfidentialObservation() {
        insertDataset("flags");

        assertThatThrownBy(
                        () -> database.inTransaction(connection -> insertObservation(connection, 1.0, "CONFIDENTIAL")))
                .isInstanceOf(DatabaseException.class);
        assertThatThrownBy(
                        () -> database.inTransaction(connection -> insertObservation(connection, null, "DEFINITIVE")))
                .isInstanceOf(DatabaseException.class);
        int inserted = database.inTransaction(connection -> insertObservation(connection, null, "MISSING"));

        assertThat(inserted).isEqualTo(1);
    }

    @Test
    void shouldDeleteObservationsWithTheirDataset() {
        insertDataset("cascade");
        database.inTransaction(connection -> insertObservation(connection, 2.5, "PROVISIONAL"));

        database.inTransaction(connection -> {
            try (Statement statement = connection.createStatement()) {
                return statement.executeUpdate("DELETE FROM dataset WHERE name = 'cascade'");
            }
        });

        assertThat(count("observation")).isZero();
    }

    private void insertDataset(String name) {
        database.inTransaction(connection -> insertDataset(connection, name));
    }

    private static int insertDataset(Connection connection, String name) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                """
                INSERT INTO dataset (name, title, source, licence, source_url, description, imported_at)
                VALUES (?, 'Title', '', '', '', '', ?)
                """)) {
            statement.setString(1, name);
            statement.setObject(2, OffsetDateTime.of(2026, 11, 22, 12, 0, 0, 0, ZoneOffset.UTC));
            return statement.executeUpdate();
        }
    }

    private static int insertObservation(Connection connection, Double value, String status) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                """
                INSERT INTO observation (dataset_id, measure, region, sector, period, period_year, period_quarter,
                                         price_basis, obs_value, unit, status)
                SELECT id, 'HOURS', 'NL', 'TOTAL', '2015', 2015, 0, '', ?, 'MIO_HW', ? FROM dataset
                """)) {
            statement.setObject(1, value, Types.DOUBLE);
            statement.setString(2, status);
            return statement.executeUpdate();
        }
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
}
