package nl.werkkracht.store.benchmark;

import nl.werkkracht.store.db.DatabaseConfig;
import nl.werkkracht.store.db.PostgresTestSchema;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@link BenchmarkVersionStoreContract} on PostgreSQL, in a schema of its own. */
class BenchmarkVersionStorePostgresIT extends BenchmarkVersionStoreContract {

    @RegisterExtension
    static final PostgresTestSchema POSTGRES = new PostgresTestSchema();

    @Override
    protected DatabaseConfig config() {
        return POSTGRES.config();
    }
}
