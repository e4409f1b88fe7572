package nl.werkkracht.statdata.klems;

import java.util.Map;
import java.util.Optional;
import nl.werkkracht.core.observation.Measure;
import nl.werkkracht.core.observation.PriceBasis;
import nl.werkkracht.core.observation.Unit;
import nl.werkkracht.statdata.importer.MappedMeasure;

/**
 * Which EU KLEMS &amp; INTANProd (2021 release, growth accounts) variables Werkkracht imports, and as what.
 * Values are imported as published, never rescaled.
 *
 * <pre>
 * var             measure                         unit     price basis  meaning in the source
 * VA_CP           GVA                             MIO_EUR  CP           value added, current prices
 * VA_PYP          GVA                             MIO_EUR  PYP          value added, previous-year prices
 * VA_Q            GVA                             MIO_EUR  CLV2015      value added volume, chain-linked, 2015 prices
 * LAB             LAB_COMP                        MIO_EUR  CP           labour compensation incl. self-employed
 * CAP             CAP_COMP                        MIO_EUR  CP           capital compensation
 * CAP_QI          CAPITAL_SERVICES_INDEX          INDEX    -            capital services volume, 2015 = 100
 * LAB_QI          LABOUR_SERVICES_INDEX           INDEX    -            labour services volume, 2015 = 100
 * LP1_G           LP_HOUR_GROWTH                  PCT      -            growth of GVA per hour worked
 * LP1ConTangICT   LP_CONTRIB_ICT                  PCT      -            contribution of ICT capital deepening
 * LP1ConTangNICT  LP_CONTRIB_NONICT               PCT      -            contribution of non-ICT capital deepening
 * LP1ConIntang    LP_CONTRIB_INTANGIBLE           PCT      -            contribution of intangible capital deepening
 * LP1ConLC        LP_CONTRIB_LABOUR_COMPOSITION   PCT      -            contribution of labour composition
 * LP1ConTFP       LP_CONTRIB_TFP                  PCT      -            contribution of TFP
 * </pre>
 *
 * <p>VA_Q is not an index with 2015 = 100 in this release: it equals VA_CP in 2015 for every industry (TOT
 * 2015: 620,835 both), so it is a chain-linked volume in millions of euro of 2015, the same kind as
 * Eurostat's CLV15_MEUR, and is imported as GVA at price basis CLV2015. CAP_QI and LAB_QI are 100 in 2015.
 *
 * <p>The growth rates and contributions are log differences × 100, in percent (points). LP1_G is the sum of
 * the five LP1Con* terms (in the NL file to within 2e-6 for every industry-year where all five are
 * published). Chain-linked volumes are not additive across industries (METHODS.md §2).
 *
 * <p>Everything else (capital-type indices, VA_G and VACon*, the per-person LP2_* series, TFP indices) is
 * skipped and counted; it either has no measure yet or duplicates a mapped series.
 */
final class KlemsVariables {

    private static final Map<String, MappedMeasure> TABLE = Map.ofEntries(
            Map.entry("VA_CP", money(Measure.GVA, PriceBasis.CP)),
            Map.entry("VA_PYP", money(Measure.GVA, PriceBasis.PYP)),
            Map.entry("VA_Q", money(Measure.GVA, PriceBasis.clv(2015))),
            Map.entry("LAB", money(Measure.LAB_COMP, PriceBasis.CP)),
            Map.entry("CAP", money(Measure.CAP_COMP, PriceBasis.CP)),
            Map.entry("CAP_QI", index(Measure.CAPITAL_SERVICES_INDEX)),
            Map.entry("LAB_QI", index(Measure.LABOUR_SERVICES_INDEX)),
            Map.entry("LP1_G", percent(Measure.LP_HOUR_GROWTH)),
            Map.entry("LP1ConTangICT", percent(Measure.LP_CONTRIB_ICT)),
            Map.entry("LP1ConTangNICT", percent(Measure.LP_CONTRIB_NONICT)),
            Map.entry("LP1ConIntang", percent(Measure.LP_CONTRIB_INTANGIBLE)),
            Map.entry("LP1ConLC", percent(Measure.LP_CONTRIB_LABOUR_COMPOSITION)),
            Map.entry("LP1ConTFP", percent(Measure.LP_CONTRIB_TFP)));

    private KlemsVariables() {}

    /** The target of a KLEMS variable code (case-sensitive, as published), empty when it is not imported. */
    static Optional<MappedMeasure> lookup(String variable) {
        return Optional.ofNullable(TABLE.get(variable));
    }

    private static MappedMeasure money(Measure measure, PriceBasis priceBasis) {
        return new MappedMeasure(measure, Unit.MIO_EUR, priceBasis);
    }

    private static MappedMeasure index(Measure measure) {
        return new MappedMeasure(measure, Unit.INDEX, PriceBasis.NONE);
    }

    private static MappedMeasure percent(Measure measure) {
        return new MappedMeasure(measure, Unit.PCT, PriceBasis.NONE);
    }
}
