package nl.werkkracht.app.policy;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.SortedMap;
import nl.werkkracht.core.policy.IndicatorKind;
import nl.werkkracht.core.synth.Panel;

/**
 * Where the values of a programme's indicators come from: one implementation per kind of source. Today the
 * monitor's regional figures ({@link MonitorIndicators}) and the organisations' scans in the region under the
 * disclosure rules ({@link OrganisationIndicators}); the monitor's per-hour figures (issue 11) plug in as another
 * implementation, or as more figures of {@link MonitorIndicators}, without changes elsewhere.
 */
interface IndicatorSource {

    IndicatorKind kind();

    /** The indicators this source offers. */
    List<Option> options(Locale locale);

    /** The indicator's series for a region (CBS code: NL, PV.., CR..), by year; empty when unknown. */
    SortedMap<Integer, Double> series(String metric, String region);

    /**
     * Every region of the same level as {@code region} with its series, for an evaluation; empty when the
     * source cannot give one (the organisation figures: too few organisations per region to compare).
     */
    Optional<Panel> panel(String metric, String region);

    /** An indicator the user can choose: its id, name in the page's language and unit. */
    record Option(IndicatorKind kind, String metric, String name, String unit) {}
}
