package nl.werkkracht.store.network;

import nl.werkkracht.store.db.DatabaseConfig;
import nl.werkkracht.store.db.PostgresTestSchema;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@link NetworkStoreContract} on PostgreSQL, in a schema of its own. */
class NetworkStorePostgresIT extends NetworkStoreContract {

    @RegisterExtension
    static final PostgresTestSchema POSTGRES = new PostgresTestSchema();

    @Override
    protected DatabaseConfig config() {
        return POSTGRES.config();
    }
}
