package nl.werkkracht.store.policy;

import nl.werkkracht.store.db.DatabaseConfig;
import nl.werkkracht.store.db.PostgresTestSchema;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@link PolicyStoreContract} on PostgreSQL, in a schema of its own. */
class PolicyStorePostgresIT extends PolicyStoreContract {

    @RegisterExtension
    static final PostgresTestSchema POSTGRES = new PostgresTestSchema();

    @Override
    protected DatabaseConfig config() {
        return POSTGRES.config();
    }
}
