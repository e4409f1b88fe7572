package nl.werkkracht.app.scan;

import nl.werkkracht.store.db.PostgresTestSchema;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The scan flow ({@link ScanFlowContract}) with the platform on PostgreSQL. */
class ScanPostgresIT extends ScanFlowContract {

    @RegisterExtension
    static final PostgresTestSchema POSTGRES = new PostgresTestSchema();

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        registry.add("werkkracht.db.url", () -> POSTGRES.config().url());
        registry.add("werkkracht.db.user", () -> POSTGRES.config().user());
        registry.add("werkkracht.db.password", () -> POSTGRES.config().password());
    }
}
