package nl.werkkracht.store.scan;

import nl.werkkracht.store.db.DatabaseConfig;
import nl.werkkracht.store.db.PostgresTestSchema;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@link ScanPublicationsContract} on PostgreSQL, in a schema of its own. */
class ScanPublicationsPostgresIT extends ScanPublicationsContract {

    @RegisterExtension
    static final PostgresTestSchema POSTGRES = new PostgresTestSchema();

    @Override
    protected DatabaseConfig config() {
        return POSTGRES.config();
    }
}
