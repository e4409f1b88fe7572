package nl.werkkracht.app.operations;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.sql.ResultSet;
import java.sql.Statement;
import nl.werkkracht.store.db.Database;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * What an operator watches (issue 14, ADR 0029): request ids in the logs, and Werkkracht's own figures
 * at {@code /actuator/prometheus} beside Spring's (requests and their latencies, the connection pool, the
 * JVM). The stored counts are read from the database when scraped, so every instance reports the same.
 */
@Configuration(proxyBeanMethods = false)
class OperationsConfiguration {

    /** First of all filters, so that every log line of the request carries its id. */
    @Bean
    FilterRegistrationBean<RequestIdFilter> requestIdFilter() {
        var registration = new FilterRegistrationBean<>(new RequestIdFilter());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    @Bean
    StoredCounts storedCounts(Database database, MeterRegistry registry) {
        var counts = new StoredCounts(database);
        Gauge.builder("werkkracht.survey.responses.stored", counts, c -> c.count("SELECT COUNT(*) FROM response"))
                .description("Questionnaire responses stored (raw answers are deleted after the retention period)")
                .register(registry);
        Gauge.builder("werkkracht.datasets", counts, c -> c.count("SELECT COUNT(*) FROM dataset"))
                .description("Datasets in the database")
                .register(registry);
        Gauge.builder("werkkracht.observations", counts, c -> c.count("SELECT COUNT(*) FROM observation"))
                .description("Observations in all datasets")
                .register(registry);
        return counts;
    }

    /** Counts read from the database when the metrics are scraped; NaN when the database does not answer. */
    static final class StoredCounts {
        private final Database database;

        StoredCounts(Database database) {
            this.database = database;
        }

        double count(String sql) {
            try {
                return database.inTransaction(c -> {
                    try (Statement s = c.createStatement();
                            ResultSet rs = s.executeQuery(sql)) {
                        rs.next();
                        return (double) rs.getLong(1);
                    }
                });
            } catch (RuntimeException e) {
                return Double.NaN;
            }
        }
    }
}
