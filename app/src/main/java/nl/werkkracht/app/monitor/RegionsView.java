package nl.werkkracht.app.monitor;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import java.util.Map;

/**
 * The region summary of one level and year, for the map and its table. Missing figures are null,
 * never 0.
 *
 * @param level the level asked for (nuts2, nuts3, province, corop)
 * @param language language of the labels (nl, en)
 * @param window year of the levels and period of growth and catch-up
 * @param indicators definition of every figure (id → indicator)
 * @param reference the Netherlands (index 100 by definition)
 * @param regions every region of the level, in code-list order
 * @param catchUp frontrunners and thresholds of the catch-up classes, null when no region has levels
 *     in both years of the period
 * @param years years with productivity data for this level
 * @param latestStructureYear last year with labour by sector (structure figures), null when none
 * @param sources the datasets used, with publisher and licence
 * @param notes how regions were read (COROP ↔ NUTS-3, provinces = NUTS-2) and what is missing
 * @param labourIncomeShareYear the year of every row's labour income share (the latest year up to the
 *     page's year with GVA by region), null when the level has none (only provinces, per hour worked)
 */
@Schema(description = "Productivity of every region of one level in one year, with growth and catch-up class")
public record RegionsView(
        String level,
        String language,
        YearWindow window,
        Map<String, Indicator> indicators,
        Row reference,
        List<Row> regions,
        CatchUp catchUp,
        List<Integer> years,
        Integer latestStructureYear,
        List<SourceRef> sources,
        List<String> notes,
        Integer labourIncomeShareYear) {

    public RegionsView {
        indicators = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(indicators));
        regions = List.copyOf(regions);
        years = List.copyOf(years);
        sources = List.copyOf(sources);
        notes = List.copyOf(notes);
    }

    /**
     * One region.
     *
     * @param code region code of the level
     * @param mapCode CBS code of the area on the map (PV…, CR…)
     * @param nutsCode NUTS 2016 code of the area
     * @param nameNl Dutch name
     * @param nameEn English name
     * @param name name in the request's language
     * @param productivity GDP per hour worked (provinces) or per person employed (NUTS-3/COROP), euro, current
     *     prices (see indicators.productivity)
     * @param labour hours worked (provinces) or persons employed
     * @param index {@code 100 · P_r / P_NL}
     * @param structureIndex {@code 100 · E_r / Ê_NL}: expected level from the sector mix alone
     * @param structureCorrectedIndex {@code 100 · (P_r/P_NL) / (E_r/Ê_NL)}; null without sector data
     * @param growth growth over the period
     * @param catchUp catch-up class on productivity levels, null when a level is missing
     * @param catchUpCorrected catch-up class on structure-corrected levels, null without sector data
     * @param volumeGrowth average annual productivity volume growth per hour worked over the period
     *     (fraction; real GVA growth over hours growth, METHODS.md §2), null when not per hour or missing
     * @param labourIncomeShare labour income share in {@code labourIncomeShareYear} (fraction, METHODS.md §6,
     *     self-employed imputed), null when not per hour or missing
     */
    @Schema(name = "RegionRow")
    public record Row(
            String code,
            String mapCode,
            String nutsCode,
            String nameNl,
            String nameEn,
            String name,
            Double productivity,
            Double labour,
            Double index,
            Double structureIndex,
            Double structureCorrectedIndex,
            Growth growth,
            CatchUpPosition catchUp,
            CatchUpPosition catchUpCorrected,
            Double volumeGrowth,
            Double labourIncomeShare) {}

    /**
     * Growth of productivity over the period. Regional GDP is published in current prices only, so
     * growth is nominal: it includes price changes; the change of the index against the Netherlands
     * is free of the national price change.
     *
     * @param averageAnnual nominal average annual growth, fraction ({@code (P_to/P_from)^(1/(to-from)) - 1})
     * @param cumulative nominal growth over the period, fraction
     * @param indexChange change of the index NL = 100 over the period, index points
     */
    @Schema(name = "RegionGrowth")
    public record Growth(Double averageAnnual, Double cumulative, Double indexChange) {}

    /**
     * The catch-up typology of the level over the period.
     *
     * @param from first year
     * @param to last year
     * @param frontrunner frontrunner on productivity levels, null when not computable
     * @param correctedFrontrunner frontrunner on structure-corrected levels, null without sector data
     * @param thresholds class boundaries in percentage points (moderate, strong)
     * @param notes why a typology is missing
     * @param frontrunnerGroup codes of the frontrunner group (METHODS.md §5), empty when not computable
     * @param frontrunnerChangeVsReference the group's change against the Netherlands, points
     * @param warnings what must be read with the classes, in the reader's language
     */
    @Schema(name = "RegionsCatchUp")
    public record CatchUp(
            int from,
            int to,
            RegionRef frontrunner,
            RegionRef correctedFrontrunner,
            Map<String, Double> thresholds,
            List<String> notes,
            List<String> frontrunnerGroup,
            Double frontrunnerChangeVsReference,
            List<String> warnings) {
        public CatchUp {
            frontrunnerGroup = List.copyOf(frontrunnerGroup);
            warnings = List.copyOf(warnings);
            thresholds = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(thresholds));
            notes = List.copyOf(notes);
        }
    }
}
