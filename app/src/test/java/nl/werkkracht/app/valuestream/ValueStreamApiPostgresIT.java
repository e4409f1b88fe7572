package nl.werkkracht.app.valuestream;

import nl.werkkracht.store.db.PostgresTestSchema;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Every test of {@link ValueStreamApiIT} with the platform on PostgreSQL (what WERKKRACHT_DB_URL sets). */
class ValueStreamApiPostgresIT extends ValueStreamApiIT {

    @RegisterExtension
    static final PostgresTestSchema POSTGRES = new PostgresTestSchema();

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        registry.add("werkkracht.db.url", () -> POSTGRES.config().url());
        registry.add("werkkracht.db.user", () -> POSTGRES.config().user());
        registry.add("werkkracht.db.password", () -> POSTGRES.config().password());
    }
}
