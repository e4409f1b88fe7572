package nl.werkkracht.store.techimpact;

import nl.werkkracht.store.db.DatabaseConfig;
import nl.werkkracht.store.db.PostgresTestSchema;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@link TechnologyImpactStoreContract} on PostgreSQL, in a schema of its own. */
class TechnologyImpactStorePostgresIT extends TechnologyImpactStoreContract {

    @RegisterExtension
    static final PostgresTestSchema POSTGRES = new PostgresTestSchema();

    @Override
    protected DatabaseConfig config() {
        return POSTGRES.config();
    }
}
