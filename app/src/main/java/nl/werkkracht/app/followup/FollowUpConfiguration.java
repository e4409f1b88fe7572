package nl.werkkracht.app.followup;

import java.util.List;
import java.util.Optional;
import nl.werkkracht.app.organisation.FinancialsView;
import nl.werkkracht.app.organisation.OrganisationService;
import nl.werkkracht.app.scan.ScanResultsView;
import nl.werkkracht.app.scan.ScanService;
import nl.werkkracht.core.followup.FollowUpSettings;
import nl.werkkracht.core.routeplan.Catalogue;
import nl.werkkracht.core.scan.Instrument;
import nl.werkkracht.store.routeplan.RouteChoice;
import nl.werkkracht.store.routeplan.RouteChoiceStore;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Follow-up as a Spring bean, fed by the features that own each part (none of them records an audit event here). */
@Configuration(proxyBeanMethods = false)
class FollowUpConfiguration {

    @Bean
    FollowUpService followUpService(
            OrganisationService organisations,
            ScanService scans,
            RouteChoiceStore choices,
            Catalogue routePlanCatalogue,
            MessageSource messages) {
        FollowUpSources sources = new FollowUpSources() {
            @Override
            public List<FinancialsView> financials(long organisationId) {
                return organisations.financials(organisationId);
            }

            @Override
            public List<ScanResultsView> scanResults(long organisationId) {
                return scans.publishedResultsOf(organisationId);
            }

            @Override
            public Instrument instrument() {
                return scans.instrument();
            }

            @Override
            public List<RouteChoice> choices(long organisationId) {
                return choices.choices(organisationId);
            }

            @Override
            public Optional<CatalogueEntry> intervention(String id) {
                return routePlanCatalogue.find(id).map(i -> new CatalogueEntry(i.route(), i.title()));
            }
        };
        return new FollowUpService(sources, messages, FollowUpSettings.DEFAULT);
    }
}
