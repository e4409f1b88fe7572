package nl.werkkracht.app.monitor;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.Map;

/**
 * What a figure of the monitor means, so that no number travels without its definition: output and
 * labour measure, price basis, unit and the dataset of every input.
 *
 * @param id indicator id: productivity, index, structureIndex, structureCorrectedIndex, growth,
 *     indexChange, catchUp
 * @param label the name in the request's language
 * @param unit unit code ({@code EUR/PER}, {@code INDEX_NL_100}, {@code FRACTION_PER_YEAR}, {@code PP}…)
 * @param unitLabel the unit in the request's language ("€ per werkzame persoon")
 * @param output output measure (GDP, GVA), null when not an output ratio
 * @param labour labour measure (PERSONS…)
 * @param priceBasis price basis code (CP = current prices), null for ratios without prices
 * @param priceBasisLabel the price basis in the request's language
 * @param sources role → dataset name ({@code output}, {@code labour}, {@code sectorLabour}, {@code
 *     sectorProductivity}…)
 * @param note how to read it (e.g. "nominal: includes price changes")
 * @param nutsVersion NUTS version of the region codes ("NUTS 2016"), null for national-only figures
 * @param vintages data vintage of every input: measure, source table and release
 * @param mixedVintages whether the inputs come from more than one release (said next to the figure)
 * @param vintageNote the sentence on NUTS version and vintages shown next to the figure
 */
@Schema(name = "MonitorIndicator", description = "Definition of a figure: measures, price basis, unit and sources")
public record Indicator(
        String id,
        String label,
        String unit,
        String unitLabel,
        String output,
        String labour,
        String priceBasis,
        String priceBasisLabel,
        Map<String, String> sources,
        String note,
        String nutsVersion,
        java.util.List<String> vintages,
        boolean mixedVintages,
        String vintageNote) {

    public Indicator {
        sources = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(sources));
        vintages = java.util.List.copyOf(vintages);
    }

    /** The indicator with the NUTS version and vintages of its inputs. */
    Indicator with(FigureBasis b) {
        return new Indicator(
                id,
                label,
                unit,
                unitLabel,
                output,
                labour,
                priceBasis,
                priceBasisLabel,
                sources,
                note,
                b.nutsVersion(),
                b.vintages(),
                b.mixedVintages(),
                b.note());
    }
}
