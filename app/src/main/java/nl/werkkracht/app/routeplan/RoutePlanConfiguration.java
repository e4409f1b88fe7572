package nl.werkkracht.app.routeplan;

import nl.werkkracht.app.organisation.OrganisationService;
import nl.werkkracht.app.scan.ScanService;
import nl.werkkracht.app.valuestream.ValueStreamService;
import nl.werkkracht.core.routeplan.Catalogue;
import nl.werkkracht.core.routeplan.RoutePlanner;
import nl.werkkracht.store.audit.AuditLog;
import nl.werkkracht.store.db.Database;
import nl.werkkracht.store.organisation.OrganisationStore;
import nl.werkkracht.store.routeplan.RouteChoiceStore;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The route plan as Spring beans: the shipped catalogue is read (and checked) once, at start. */
@Configuration(proxyBeanMethods = false)
class RoutePlanConfiguration {

    @Bean
    Catalogue routePlanCatalogue() {
        return CatalogueFile.shipped();
    }

    @Bean
    RouteChoiceStore routeChoiceStore(Database database) {
        return new RouteChoiceStore(database);
    }

    @Bean
    RoutePlanService routePlanService(
            Catalogue routePlanCatalogue,
            RouteChoiceStore choices,
            OrganisationStore organisationStore,
            OrganisationService organisations,
            ScanService scans,
            ValueStreamService valueStreams,
            AuditLog audit,
            MessageSource messages) {
        return new RoutePlanService(
                new RoutePlanner(routePlanCatalogue),
                new RoutePlanInputs(organisations, scans, valueStreams),
                choices,
                organisationStore,
                audit,
                messages);
    }
}
