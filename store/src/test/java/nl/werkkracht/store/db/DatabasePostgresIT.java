package nl.werkkracht.store.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@link DatabaseContract} on PostgreSQL, in a schema of its own. */
class DatabasePostgresIT extends DatabaseContract {

    @RegisterExtension
    static final PostgresTestSchema POSTGRES = new PostgresTestSchema();

    @Override
    protected DatabaseConfig config() {
        return POSTGRES.config();
    }

    @Test
    void shouldMigrateIntoTheSchemaOfThisRun() {
        String tables = database.inTransaction(connection -> {
            try (Statement statement = connection.createStatement();
                    ResultSet rows = statement.executeQuery(
                            """
                            SELECT string_agg(table_name, ',' ORDER BY table_name)
                              FROM information_schema.tables
                             WHERE table_schema = current_schema()
                            """)) {
                rows.next();
                return rows.getString(1);
            }
        });

        // the schema of this run holds every table of the migrations (and nothing else lands in "public")
        assertThat(tables.split(","))
                .contains(
                        "api_token",
                        "app_user",
                        "dataset",
                        "flyway_schema_history",
                        "observation",
                        "organisation",
                        "audit_event");
        assertThat(POSTGRES.schema()).startsWith("wk_it_");
    }
}
