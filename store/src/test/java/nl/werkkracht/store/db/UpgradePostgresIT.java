package nl.werkkracht.store.db;

import org.junit.jupiter.api.extension.RegisterExtension;

/** The upgrade from the previous release ({@link UpgradeContract}) on PostgreSQL. */
class UpgradePostgresIT extends UpgradeContract {

    @RegisterExtension
    static final PostgresTestSchema POSTGRES = new PostgresTestSchema();

    @Override
    protected DatabaseConfig emptyDatabase() {
        return POSTGRES.config();
    }
}
