package nl.werkkracht.app.monitor;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import java.util.Map;

/**
 * Everything the region page shows, for one region and year. Missing figures are null, never 0; a
 * section without data is null with a note saying why and what would fill it.
 *
 * @param region the region
 * @param language language of the labels
 * @param window year of the levels and period of growth and catch-up
 * @param indicators definition of every figure
 * @param keyFigures headline figures with the previous year's value and the change
 * @param series productivity over time against the Netherlands, every year with data
 * @param structure sector structure, expected productivity and structure-corrected index; null
 *     without labour by sector in the year
 * @param structureNote why {@code structure} is null, else null
 * @param gap the gap decomposition by sector; null without GVA by region × sector in the store
 * @param gapNote why {@code gap} is null: names CBS table 84419NED and the import command
 * @param catchUp catch-up class and path against the frontrunner; null without levels in the period
 * @param catchUpNote why {@code catchUp} is null, else null
 * @param sources the datasets used
 * @param notes how the region was read (COROP ↔ NUTS-3)
 * @param headline the region's index against the Netherlands over time and its change in points (per hour
 *     worked for provinces, per person employed for COROP); null for the Netherlands itself
 * @param perHour volume growth per hour worked and the labour income share (provinces only), else null
 */
@Schema(description = "The region page's figures: key figures, time series, structure, gap and catch-up")
public record RegionSummaryView(
        RegionRef region,
        String language,
        YearWindow window,
        Map<String, Indicator> indicators,
        List<KeyFigure> keyFigures,
        List<YearPoint> series,
        Structure structure,
        String structureNote,
        Gap gap,
        String gapNote,
        CatchUp catchUp,
        String catchUpNote,
        List<SourceRef> sources,
        List<String> notes,
        Headline headline,
        PerHour perHour) {

    public RegionSummaryView {
        indicators = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(indicators));
        keyFigures = List.copyOf(keyFigures);
        series = List.copyOf(series);
        sources = List.copyOf(sources);
        notes = List.copyOf(notes);
    }

    /**
     * A key figure against the previous year.
     *
     * @param id indicator id (see indicators)
     * @param label name in the request's language
     * @param unitLabel unit in the request's language
     * @param value value in the year, null when missing
     * @param previousYear the year before
     * @param previous value in the year before, null when missing
     * @param change {@code value - previous} in the figure's unit, null when either is missing
     * @param changePercent relative change, fraction; null for indices and when missing
     * @param direction UP, DOWN or SAME; null when the change is missing
     */
    @Schema(name = "RegionKeyFigure")
    public record KeyFigure(
            String id,
            String label,
            String unitLabel,
            Double value,
            int previousYear,
            Double previous,
            Double change,
            Double changePercent,
            String direction) {}

    /**
     * One year of the time series.
     *
     * @param year year
     * @param productivity the region's productivity
     * @param reference the Netherlands' productivity
     * @param index {@code 100 · P_r / P_NL}
     * @param structureCorrectedIndex structure-corrected index, null without sector data
     */
    @Schema(name = "RegionYearPoint")
    public record YearPoint(
            int year, Double productivity, Double reference, Double index, Double structureCorrectedIndex) {}

    /**
     * Sector structure and the structure comparison (METHODS.md §4) in one year.
     *
     * @param year year
     * @param breakdown sector breakdown (A10)
     * @param actual {@code P_r}
     * @param reference {@code P_NL}
     * @param expected {@code E_r = Σ s_r,i p_NL,i} (GVA per person, euro)
     * @param referenceExpected {@code Ê_NL = Σ s_NL,i p_NL,i}
     * @param actualIndex {@code 100 · P_r / P_NL}
     * @param structureIndex {@code 100 · E_r / Ê_NL}
     * @param structureCorrectedIndex {@code 100 · (P_r/P_NL) / (E_r/Ê_NL)}
     * @param coverage share of the region's labour in the sectors used
     * @param sectors labour shares and the reference's productivity per sector
     * @param missingSectors sectors left out, with the reason
     */
    @Schema(name = "RegionStructure")
    public record Structure(
            int year,
            String breakdown,
            double actual,
            double reference,
            double expected,
            double referenceExpected,
            double actualIndex,
            double structureIndex,
            double structureCorrectedIndex,
            double coverage,
            List<SectorShare> sectors,
            List<MissingSector> missingSectors) {
        public Structure {
            sectors = List.copyOf(sectors);
            missingSectors = List.copyOf(missingSectors);
        }
    }

    /**
     * @param sector sector code
     * @param name sector name in the request's language
     * @param regionShare {@code s_r,i}
     * @param referenceShare {@code s_NL,i}
     * @param referenceProductivity {@code p_NL,i}, GVA per unit of labour, euro
     */
    @Schema(name = "RegionSectorShare")
    public record SectorShare(
            String sector, String name, double regionShare, double referenceShare, double referenceProductivity) {}

    /**
     * @param sector sector code
     * @param name sector name in the request's language
     * @param reason MISSING_IN_REGION, MISSING_IN_REFERENCE, MISSING_IN_BOTH, CONFIDENTIAL_IN_REGION…
     */
    @Schema(name = "RegionMissingSector")
    public record MissingSector(String sector, String name, String reason) {}

    /**
     * The gap decomposition (METHODS.md §4) from a dataset with GVA by region × sector.
     *
     * @param dataset dataset decomposed
     * @param year year decomposed (the page's year when the dataset has it, else its latest)
     * @param labour labour measure of that dataset
     * @param unitLabel euro per unit of that labour
     * @param region {@code P_r} over the decomposed sectors (GVA, current prices)
     * @param reference {@code P_NL}
     * @param gap {@code P_r - P_NL}
     * @param effects productivity, structure and interaction effect (add up to the gap)
     * @param structureCorrectedIndex {@code 100 · Σ s_NL,i p_r,i / P_NL}
     * @param expected {@code E_r = Σ s_r,i p_NL,i}
     * @param sectors per-sector contributions (add up to the gap)
     * @param missingSectors sectors left out, with the reason
     * @param outputMeasure output measure and price basis of the productivities
     * @param notes source, NUTS version and data vintage of the dataset, and whether vintages mix
     */
    @Schema(name = "RegionGap")
    public record Gap(
            String dataset,
            int year,
            String labour,
            String unitLabel,
            double region,
            double reference,
            double gap,
            Map<String, Double> effects,
            Double structureCorrectedIndex,
            double expected,
            List<GapSector> sectors,
            List<MissingSector> missingSectors,
            String outputMeasure,
            List<String> notes) {
        public Gap {
            notes = List.copyOf(notes);
            effects = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(effects));
            sectors = List.copyOf(sectors);
            missingSectors = List.copyOf(missingSectors);
        }
    }

    /**
     * @param sector sector code
     * @param name sector name
     * @param contribution {@code c_i = s_r,i p_r,i - s_NL,i p_NL,i}, euro per unit of labour
     * @param regionShare {@code s_r,i}
     * @param referenceShare {@code s_NL,i}
     * @param regionProductivity {@code p_r,i}
     * @param referenceProductivity {@code p_NL,i}
     */
    @Schema(name = "RegionGapSector")
    public record GapSector(
            String sector,
            String name,
            double contribution,
            double regionShare,
            double referenceShare,
            double regionProductivity,
            double referenceProductivity) {}

    /**
     * Catch-up class and path (METHODS.md §5).
     *
     * @param level the level the region is classified in
     * @param from first year
     * @param to last year
     * @param frontrunner the frontrunner region
     * @param position the class on productivity levels
     * @param correctedFrontrunner frontrunner on structure-corrected levels, null without sector data
     * @param corrected the class on structure-corrected levels, null without sector data
     * @param path relative level per year, percent of the frontrunner
     * @param thresholds class boundaries, percentage points
     * @param frontrunnerGroup the regions of the frontrunner group (METHODS.md §5)
     * @param frontrunnerChangeVsReference the group's change against the Netherlands, points
     * @param warnings what must be read with the class (the frontrunners fell back), in the reader's language
     */
    @Schema(name = "RegionCatchUp")
    public record CatchUp(
            String level,
            int from,
            int to,
            RegionRef frontrunner,
            CatchUpPosition position,
            RegionRef correctedFrontrunner,
            CatchUpPosition corrected,
            List<PathPoint> path,
            Map<String, Double> thresholds,
            List<RegionRef> frontrunnerGroup,
            Double frontrunnerChangeVsReference,
            List<String> warnings) {
        public CatchUp {
            path = List.copyOf(path);
            frontrunnerGroup = List.copyOf(frontrunnerGroup);
            warnings = List.copyOf(warnings);
            thresholds = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(thresholds));
        }
    }

    /**
     * @param year year
     * @param relative {@code 100 · P_r,t / P_f,t} against the frontrunner group's mean, null when a level is missing
     * @param relativeCorrected the same on structure-corrected levels, null without sector data
     */
    @Schema(name = "RegionCatchUpPathPoint")
    public record PathPoint(int year, Double relative, Double relativeCorrected) {}

    /**
     * The headline of the region page (ADR 0030): {@code 100 · P_r / P_NL} in every year with both levels,
     * and its change over the period.
     *
     * @param labour labour measure of the levels (HOURS for provinces, PERSONS for COROP)
     * @param label what is indexed, in the reader's language ("bbp per gewerkt uur")
     * @param unitLabel "index, Nederland = 100"
     * @param from first year of the period
     * @param to last year of the period
     * @param indexFrom the index in {@code from}, null when missing
     * @param indexTo the index in {@code to}, null when missing
     * @param change {@code indexTo - indexFrom}, index points; null when either is missing
     * @param points the index per year
     * @param nutsVersion NUTS version of the region codes
     * @param vintages data vintage of each input
     * @param mixedVintages whether the inputs come from more than one release
     * @param basisNote measures, price basis, NUTS version and vintages in one sentence, shown next to the chart
     */
    @Schema(name = "RegionHeadline")
    public record Headline(
            String labour,
            String label,
            String unitLabel,
            int from,
            int to,
            Double indexFrom,
            Double indexTo,
            Double change,
            List<IndexPoint> points,
            String nutsVersion,
            List<String> vintages,
            boolean mixedVintages,
            String basisNote) {
        public Headline {
            points = List.copyOf(points);
            vintages = List.copyOf(vintages);
        }
    }

    /**
     * @param year year
     * @param index {@code 100 · P_r / P_NL}, null when a level is missing
     */
    @Schema(name = "RegionIndexPoint")
    public record IndexPoint(int year, Double index) {}

    /**
     * The per-hour figures of a province (METHODS.md §2, §6; ADR 0030).
     *
     * @param from first year of the period
     * @param to last year of the period
     * @param averageAnnualGrowth productivity volume growth per hour worked, average per year over the
     *     period (geometric mean, fraction), null when a year lacks an input
     * @param referenceAverageAnnualGrowth the same for the Netherlands
     * @param growth every year with real GVA growth and hours: growth of GVA volume, hours and productivity
     * @param growthNote inputs, NUTS version and vintages of the growth figures
     * @param labourIncomeShareYear the year of the labour income share (the latest with GVA by region up to
     *     the page's year), null without GVA by region
     * @param labourIncomeShare {@code (COMP + imputed self-employed) / GVA}, fraction; null when missing
     * @param referenceLabourIncomeShare the same for the Netherlands
     * @param compensation compensation of employees, euro, current prices
     * @param imputedSelfEmployed imputed labour income of the self-employed, euro
     * @param gva total GVA at basic prices, euro, current prices
     * @param gvaPerHour total GVA per hour worked in that year, euro, current prices
     * @param referenceGvaPerHour the same for the Netherlands
     * @param labourIncomeShareNote the imputation convention, inputs, NUTS version and vintages; or why the
     *     share is missing
     * @param mixedVintages whether the share's inputs come from more than one release
     */
    @Schema(name = "RegionPerHour")
    public record PerHour(
            int from,
            int to,
            Double averageAnnualGrowth,
            Double referenceAverageAnnualGrowth,
            List<GrowthPoint> growth,
            String growthNote,
            Integer labourIncomeShareYear,
            Double labourIncomeShare,
            Double referenceLabourIncomeShare,
            Double compensation,
            Double imputedSelfEmployed,
            Double gva,
            Double gvaPerHour,
            Double referenceGvaPerHour,
            String labourIncomeShareNote,
            boolean mixedVintages) {
        public PerHour {
            growth = List.copyOf(growth);
        }
    }

    /**
     * @param year the year t (against t-1)
     * @param outputGrowth real growth of GVA, fraction
     * @param hoursGrowth growth of hours worked, fraction
     * @param productivityGrowth {@code (1 + outputGrowth) / (1 + hoursGrowth) - 1}, fraction
     */
    @Schema(name = "RegionGrowthPoint")
    public record GrowthPoint(int year, double outputGrowth, double hoursGrowth, double productivityGrowth) {}
}
