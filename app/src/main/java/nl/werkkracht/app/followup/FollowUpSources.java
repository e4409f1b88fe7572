package nl.werkkracht.app.followup;

import java.util.List;
import java.util.Optional;
import nl.werkkracht.app.organisation.FinancialsView;
import nl.werkkracht.app.scan.ScanResultsView;
import nl.werkkracht.core.routeplan.Route;
import nl.werkkracht.core.routeplan.Text;
import nl.werkkracht.core.scan.Instrument;
import nl.werkkracht.store.routeplan.RouteChoice;

/**
 * What follow-up is made of, each from the feature that owns it. None of these records an audit event:
 * follow-up records its own ({@code followup.viewed}). Scan results come only in their disclosure-controlled
 * form.
 */
interface FollowUpSources {

    /** Every year's figures, in any order. */
    List<FinancialsView> financials(long organisationId);

    /** The disclosure-controlled results of every scan of the organisation that has a response, any order. */
    List<ScanResultsView> scanResults(long organisationId);

    /** The questionnaire, for the scales' names and order. */
    Instrument instrument();

    /** The organisation's route-plan choices. */
    List<RouteChoice> choices(long organisationId);

    /** An intervention of the catalogue; empty when the catalogue no longer has it. */
    Optional<CatalogueEntry> intervention(String id);

    /**
     * What follow-up needs of a catalogue intervention.
     *
     * @param route its route (technology and organisation have an adjustment period)
     * @param title its title in Dutch and English
     */
    record CatalogueEntry(Route route, Text title) {}
}
