package nl.werkkracht.app.valuestream;

import nl.werkkracht.app.organisation.OrganisationService;
import nl.werkkracht.store.audit.AuditLog;
import nl.werkkracht.store.db.Database;
import nl.werkkracht.store.valuestream.ValueStreamStore;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Value-stream analysis as Spring beans. */
@Configuration(proxyBeanMethods = false)
class ValueStreamConfiguration {

    @Bean
    ValueStreamStore valueStreamStore(Database database) {
        return new ValueStreamStore(database);
    }

    @Bean
    ValueStreamService valueStreamService(ValueStreamStore store, OrganisationService organisations, AuditLog audit) {
        return new ValueStreamService(store, organisations::latestValueAddedPerHour, audit);
    }
}
