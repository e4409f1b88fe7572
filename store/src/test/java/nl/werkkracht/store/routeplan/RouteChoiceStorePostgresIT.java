package nl.werkkracht.store.routeplan;

import nl.werkkracht.store.db.DatabaseConfig;
import nl.werkkracht.store.db.PostgresTestSchema;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@link RouteChoiceStoreContract} on PostgreSQL, in a schema of its own. */
class RouteChoiceStorePostgresIT extends RouteChoiceStoreContract {

    @RegisterExtension
    static final PostgresTestSchema POSTGRES = new PostgresTestSchema();

    @Override
    protected DatabaseConfig config() {
        return POSTGRES.config();
    }
}
