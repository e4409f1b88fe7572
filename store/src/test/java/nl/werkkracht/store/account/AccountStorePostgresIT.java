package nl.werkkracht.store.account;

import nl.werkkracht.store.db.DatabaseConfig;
import nl.werkkracht.store.db.PostgresTestSchema;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@link AccountStoreContract} on PostgreSQL, in a schema of its own. */
class AccountStorePostgresIT extends AccountStoreContract {

    @RegisterExtension
    static final PostgresTestSchema POSTGRES = new PostgresTestSchema();

    @Override
    protected DatabaseConfig config() {
        return POSTGRES.config();
    }
}
