package nl.werkkracht.store.db;

import static org.assertj.core.api.Assertions.assertThat;

import nl.werkkracht.store.account.AccountStore;
import org.junit.jupiter.api.Test;

/**
 * An upgrade loses nothing (issue 14): a database in the previous release's schema (main at commit 69ead6a,
 * migrations up to V13_1) with data in it is migrated to the current schema; every row of every table it
 * had is still there with the same values, and the current code reads it. Run on H2 and PostgreSQL.
 */
public abstract class UpgradeContract {

    /** An empty database for this test. */
    protected abstract DatabaseConfig emptyDatabase();

    @Test
    void shouldKeepEveryRowOfThePreviousReleaseWhenUpgrading() {
        DatabaseConfig config = emptyDatabase();
        TableContents.migrateTo(config, "13.1");
        TableContents.runScript(config, "/upgrade/release-v13_1-data.sql");
        TableContents before = TableContents.of(config);

        try (Database upgraded = Database.open(config)) {
            TableContents after = TableContents.of(config);

            assertThat(before.rowCount()).as("rows of the previous release").isGreaterThan(10);
            before.tables().forEach((table, rows) -> {
                if (!table.equals("flyway_schema_history")) {
                    assertThat(after.projectedOn(before).rows(table))
                            .as("table %s after the upgrade", table)
                            .isEqualTo(rows);
                }
            });
            assertThat(after.rows("flyway_schema_history").size())
                    .isGreaterThan(before.rows("flyway_schema_history").size());
            assertThat(new AccountStore(upgraded).user("upgrade-employer")).isPresent();
        }
    }
}
