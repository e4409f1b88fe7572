package nl.werkkracht.app.benchmark;

import nl.werkkracht.store.db.PostgresTestSchema;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The benchmark flow ({@link BenchmarkFlowContract}) with the platform on PostgreSQL. */
class BenchmarkPostgresIT extends BenchmarkFlowContract {

    @RegisterExtension
    static final PostgresTestSchema POSTGRES = new PostgresTestSchema();

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        registry.add("werkkracht.db.url", () -> POSTGRES.config().url());
        registry.add("werkkracht.db.user", () -> POSTGRES.config().user());
        registry.add("werkkracht.db.password", () -> POSTGRES.config().password());
    }
}
