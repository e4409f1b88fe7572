package nl.werkkracht.app.techimpact;

import nl.werkkracht.core.occupation.OccupationIndex;
import nl.werkkracht.statdata.occupation.OccupationData;
import nl.werkkracht.store.audit.AuditLog;
import nl.werkkracht.store.db.Database;
import nl.werkkracht.store.techimpact.TechnologyImpactStore;
import nl.werkkracht.store.valuestream.ValueStreamStore;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Roles, occupations and technology impact as Spring beans. */
@Configuration(proxyBeanMethods = false)
class TechImpactConfiguration {

    @Bean
    OccupationIndex occupationIndex() {
        return OccupationData.standard();
    }

    @Bean
    ApplicationCatalogue applicationCatalogue() {
        return ApplicationCatalogue.load();
    }

    @Bean
    TechnologyImpactStore technologyImpactStore(Database database) {
        return new TechnologyImpactStore(database);
    }

    @Bean
    TechImpactService techImpactService(
            TechnologyImpactStore store,
            ValueStreamStore streams,
            OccupationIndex index,
            ApplicationCatalogue catalogue,
            AuditLog audit) {
        return new TechImpactService(store, streams, index, catalogue, audit);
    }
}
