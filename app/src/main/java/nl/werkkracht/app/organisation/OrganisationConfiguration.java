package nl.werkkracht.app.organisation;

import nl.werkkracht.app.statistics.ObservationFinder;
import nl.werkkracht.core.codelist.CodeLists;
import nl.werkkracht.core.codelist.Municipalities;
import nl.werkkracht.statdata.codelist.CodeListLoader;
import nl.werkkracht.store.audit.AuditLog;
import nl.werkkracht.store.db.Database;
import nl.werkkracht.store.observation.DatasetSummary;
import nl.werkkracht.store.observation.ObservationStore;
import nl.werkkracht.store.organisation.OrganisationStore;
import nl.werkkracht.store.organisation.SupportAccessStore;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Organisations, their access rule, their figures and the audit log, as Spring beans. */
@Configuration(proxyBeanMethods = false)
class OrganisationConfiguration {

    @Bean
    OrganisationStore organisationStore(Database database) {
        return new OrganisationStore(database);
    }

    @Bean
    AuditLog auditLog(Database database) {
        return new AuditLog(database);
    }

    @Bean
    SupportAccessStore supportAccessStore(Database database) {
        return new SupportAccessStore(database);
    }

    @Bean
    OrganisationAccess organisationAccess(OrganisationStore store, SupportAccessStore support, AuditLog audit) {
        return new OrganisationAccess(store, support, audit);
    }

    /** The municipalities and places of the shipped CBS 2024 division. */
    @Bean
    Municipalities municipalities() {
        return CodeListLoader.municipalities();
    }

    @Bean
    OrganisationService organisationService(
            OrganisationStore store,
            AuditLog audit,
            CodeLists codeLists,
            Municipalities municipalities,
            ObservationFinder finder,
            ObservationStore observations,
            @Value("${werkkracht.scan.sector-dataset:nama_10_a64}") String sectorDataset) {
        // the source line of a dataset, read once: summarising a dataset is not cheap
        var sourceLines = new java.util.concurrent.ConcurrentHashMap<String, String>();
        var sectors = new SectorReference(
                finder,
                codeLists,
                sectorDataset,
                name -> sourceLines.computeIfAbsent(name, n -> observations
                        .dataset(n)
                        .map(DatasetSummary::info)
                        .map(info -> info.source())
                        .orElse(n)));
        return new OrganisationService(store, audit, codeLists, sectors, new RegionChoice(codeLists, municipalities));
    }
}
