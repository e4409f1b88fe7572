package nl.werkkracht.app.report;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import nl.werkkracht.app.organisation.FinancialsView;
import nl.werkkracht.app.organisation.OrganisationView;
import nl.werkkracht.app.routeplan.RoutePlanView;
import nl.werkkracht.app.scan.ScanResultsView;
import nl.werkkracht.app.valuestream.ValueStreamView;
import nl.werkkracht.core.scan.Instrument;
import nl.werkkracht.store.organisation.Organisation;

/**
 * What the report is made of, each from the feature that owns it. None of these records an audit event:
 * the report records its own ({@code report.viewed}). Scan results come only in their disclosure-controlled
 * form; the report never reads raw responses or ideas.
 */
interface ReportSources {

    /** The profile with sector and region names in {@code locale}. */
    OrganisationView organisation(Organisation organisation, Locale locale);

    /** Every year's figures with the sector comparison, oldest first. */
    List<FinancialsView> financials(long organisationId);

    /**
     * The latest closed scan's published results after disclosure control; empty when no scan has
     * closed with a response.
     */
    Optional<ScanResultsView> scan(long organisationId);

    /**
     * The last day of a scan that is still open, when there is one (its results come after closing);
     * empty otherwise.
     */
    default Optional<java.time.LocalDate> openScanUntil(long organisationId) {
        return Optional.empty();
    }

    /** The questionnaire, for the scales' names and domains. */
    Instrument instrument();

    /** Every value stream with its metrics, oldest first. */
    List<ValueStreamView> valueStreams(long organisationId);

    /** The organisation's technology impact analyses, newest first; none by default. */
    default List<nl.werkkracht.app.techimpact.AnalysisView> technologyImpact(long organisationId) {
        return List.of();
    }

    /** The route plan with the organisation's choices, in {@code locale}. */
    RoutePlanView routePlan(long organisationId, Locale locale);
}
