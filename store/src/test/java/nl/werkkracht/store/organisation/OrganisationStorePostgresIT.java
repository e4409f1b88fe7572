package nl.werkkracht.store.organisation;

import nl.werkkracht.store.db.DatabaseConfig;
import nl.werkkracht.store.db.PostgresTestSchema;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@link OrganisationStoreContract} on PostgreSQL, in a schema of its own. */
class OrganisationStorePostgresIT extends OrganisationStoreContract {

    @RegisterExtension
    static final PostgresTestSchema POSTGRES = new PostgresTestSchema();

    @Override
    protected DatabaseConfig config() {
        return POSTGRES.config();
    }
}
