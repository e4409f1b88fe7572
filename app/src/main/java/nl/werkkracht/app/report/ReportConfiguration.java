package nl.werkkracht.app.report;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import nl.werkkracht.app.organisation.FinancialsView;
import nl.werkkracht.app.organisation.OrganisationService;
import nl.werkkracht.app.organisation.OrganisationView;
import nl.werkkracht.app.routeplan.RoutePlanService;
import nl.werkkracht.app.routeplan.RoutePlanView;
import nl.werkkracht.app.scan.ScanResultsView;
import nl.werkkracht.app.scan.ScanService;
import nl.werkkracht.app.scan.ScanSummary;
import nl.werkkracht.app.techimpact.AnalysisView;
import nl.werkkracht.app.techimpact.TechImpactService;
import nl.werkkracht.app.valuestream.ValueStreamService;
import nl.werkkracht.app.valuestream.ValueStreamView;
import nl.werkkracht.core.scan.Instrument;
import nl.werkkracht.store.organisation.Organisation;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The report as a Spring bean, fed by the features that own each part (none of them records an audit event here). */
@Configuration(proxyBeanMethods = false)
class ReportConfiguration {

    @Bean
    ReportService reportService(
            OrganisationService organisations,
            ScanService scans,
            ValueStreamService valueStreams,
            RoutePlanService routePlans,
            TechImpactService techImpact,
            MessageSource messages) {
        ReportSources sources = new ReportSources() {
            @Override
            public OrganisationView organisation(Organisation organisation, Locale locale) {
                return organisations.view(organisation, locale);
            }

            @Override
            public List<FinancialsView> financials(long organisationId) {
                return organisations.financials(organisationId);
            }

            @Override
            public Optional<ScanResultsView> scan(long organisationId) {
                return scans.latestResults(organisationId);
            }

            @Override
            public Optional<java.time.LocalDate> openScanUntil(long organisationId) {
                return scans.scans(organisationId).stream()
                        .filter(ScanSummary::open)
                        .map(ScanSummary::lastDay)
                        .max(java.util.Comparator.naturalOrder());
            }

            @Override
            public Instrument instrument() {
                return scans.instrument();
            }

            @Override
            public List<ValueStreamView> valueStreams(long organisationId) {
                return valueStreams.list(organisationId);
            }

            @Override
            public List<AnalysisView> technologyImpact(long organisationId) {
                return techImpact.analyses(organisationId);
            }

            @Override
            public RoutePlanView routePlan(long organisationId, Locale locale) {
                return routePlans.plan(organisationId, locale);
            }
        };
        return new ReportService(sources, messages, Clock.systemUTC());
    }
}
