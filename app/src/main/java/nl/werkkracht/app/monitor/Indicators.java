package nl.werkkracht.app.monitor;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.werkkracht.core.observation.LabourMeasure;
import nl.werkkracht.core.observation.Measure;

/**
 * The definitions of the monitor's figures in one language (METHODS.md §1, §2, §4, §5, §6): output and
 * labour measure, price basis, unit, the dataset of every input, and its NUTS version and data vintage
 * (ADR 0030), so that every number can be labelled. Provinces are shown per hour worked, with volume growth
 * per hour and the labour income share; NUTS-3/COROP per person employed.
 */
final class Indicators {

    static final String PRODUCTIVITY = "productivity";
    static final String LABOUR = "labour";
    static final String INDEX = "index";
    static final String STRUCTURE_INDEX = "structureIndex";
    static final String CORRECTED = "structureCorrectedIndex";
    static final String GROWTH = "growth";
    static final String INDEX_CHANGE = "indexChange";
    static final String CATCH_UP = "catchUp";
    static final String VOLUME_GROWTH = "volumeGrowth";
    static final String LABOUR_INCOME_SHARE = "labourIncomeShare";

    private Indicators() {}

    /** Indicator id → definition, in display order. */
    static Map<String, Indicator> of(MonitorData data, MonitorText text) {
        MonitorSettings s = data.settings();
        LabourMeasure labour = s.labour();
        String output = data.output();
        String per = text.dutch() ? labour.perNl() : labour.perEn();
        String euro = text.get("monitor.unit.euroPer", per);
        String cp = text.get("monitor.priceBasis.CP");
        String outputName = text.get("monitor.output." + output);
        var regional = Map.of("output", s.dataset(), "labour", s.dataset());
        var structure = new LinkedHashMap<String, String>();
        structure.put("actualProductivity", s.dataset());
        structure.put("sectorLabour", s.dataset());
        structure.put("sectorProductivity", s.productivityDataset());
        FigureBasis.Input out = new FigureBasis.Input(s.dataset(), Measure.valueOf(output));
        FigureBasis.Input lab = new FigureBasis.Input(s.dataset(), labour.measure());
        FigureBasis level = FigureBasis.of(data, text, List.of(out, lab));
        FigureBasis withSectors = FigureBasis.of(
                data, text, List.of(out, lab, new FigureBasis.Input(s.productivityDataset(), Measure.GVA)));
        var result = new LinkedHashMap<String, Indicator>();
        result.put(
                PRODUCTIVITY,
                indicator(
                                PRODUCTIVITY,
                                text.get("monitor.indicator.productivity", outputName, per),
                                labour.productivityUnit(),
                                euro,
                                output,
                                labour.name(),
                                "CP",
                                cp,
                                regional,
                                text.get(
                                        labour == LabourMeasure.HOURS
                                                ? "monitor.indicator.productivity.note.HOURS"
                                                : "monitor.indicator.productivity.note",
                                        outputName))
                        .with(level));
        result.put(
                LABOUR,
                indicator(
                                LABOUR,
                                text.get("monitor.indicator.labour." + labour.name()),
                                labour.baseUnit().name(),
                                text.get("monitor.unit.labour." + labour.name()),
                                null,
                                labour.name(),
                                null,
                                null,
                                Map.of("labour", s.dataset()),
                                null)
                        .with(FigureBasis.of(data, text, List.of(lab))));
        result.put(
                INDEX,
                index(INDEX, text, s, output, regional, "monitor.indicator.index")
                        .with(level));
        result.put(
                STRUCTURE_INDEX,
                index(STRUCTURE_INDEX, text, s, "GVA", structure, "monitor.indicator.structureIndex")
                        .with(withSectors));
        result.put(
                CORRECTED,
                index(CORRECTED, text, s, output, structure, "monitor.indicator.corrected")
                        .with(withSectors));
        result.put(
                GROWTH,
                indicator(
                                GROWTH,
                                text.get("monitor.indicator.growth"),
                                "FRACTION_PER_YEAR",
                                text.get("monitor.unit.growth"),
                                output,
                                labour.name(),
                                "CP",
                                cp,
                                regional,
                                text.get("monitor.indicator.growth.note"))
                        .with(level));
        result.put(
                INDEX_CHANGE,
                indicator(
                                INDEX_CHANGE,
                                text.get("monitor.indicator.indexChange"),
                                "INDEX_POINTS",
                                text.get("monitor.unit.indexPoints"),
                                output,
                                labour.name(),
                                "CP",
                                cp,
                                regional,
                                text.get("monitor.indicator.indexChange.note"))
                        .with(level));
        result.put(
                CATCH_UP,
                indicator(
                                CATCH_UP,
                                text.get("monitor.indicator.catchUp"),
                                "PP",
                                text.get("monitor.unit.pp"),
                                output,
                                labour.name(),
                                "CP",
                                cp,
                                regional,
                                text.get("monitor.indicator.catchUp.note"))
                        .with(level));
        if (data.perHourBasis()) {
            result.put(
                    VOLUME_GROWTH,
                    indicator(
                                    VOLUME_GROWTH,
                                    text.get("monitor.indicator.volumeGrowth"),
                                    "FRACTION_PER_YEAR",
                                    text.get("monitor.unit.volumeGrowth"),
                                    "GVA",
                                    labour.name(),
                                    "VOLUME",
                                    text.get("monitor.priceBasis.VOLUME"),
                                    Map.of("outputVolume", s.dataset(), "labour", s.dataset()),
                                    text.get("monitor.indicator.volumeGrowth.note"))
                            .with(FigureBasis.of(
                                    data,
                                    text,
                                    List.of(new FigureBasis.Input(s.dataset(), Measure.GVA_VOLUME_INDEX), lab))));
            var aiqInputs = new ArrayList<FigureBasis.Input>(List.of(
                    new FigureBasis.Input(s.dataset(), Measure.COMP),
                    new FigureBasis.Input(s.dataset(), Measure.EMPLOYEE_HOURS),
                    lab));
            var aiqSources = new LinkedHashMap<String, String>();
            aiqSources.put("compensation", s.dataset());
            aiqSources.put("labour", s.dataset());
            data.gvaDataset().ifPresent(g -> {
                aiqInputs.add(new FigureBasis.Input(g, Measure.GVA));
                aiqSources.put("output", g);
            });
            result.put(
                    LABOUR_INCOME_SHARE,
                    indicator(
                                    LABOUR_INCOME_SHARE,
                                    text.get("monitor.indicator.labourIncomeShare"),
                                    "FRACTION",
                                    text.get("monitor.unit.labourIncomeShare"),
                                    "GVA",
                                    labour.name(),
                                    "CP",
                                    cp,
                                    aiqSources,
                                    text.get("monitor.indicator.labourIncomeShare.note"))
                            .with(FigureBasis.of(data, text, aiqInputs)));
        }
        return result;
    }

    private static Indicator indicator(
            String id,
            String label,
            String unit,
            String unitLabel,
            String output,
            String labour,
            String priceBasis,
            String priceBasisLabel,
            Map<String, String> sources,
            String note) {
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
                null,
                List.of(),
                false,
                null);
    }

    /** An index against the Netherlands; its note names the datasets (regional, then sector productivity). */
    private static Indicator index(
            String id, MonitorText text, MonitorSettings s, String output, Map<String, String> sources, String key) {
        return indicator(
                id,
                text.get(key),
                "INDEX_NL_100",
                text.get("monitor.unit.index"),
                output,
                s.labour().name(),
                "CP",
                text.get("monitor.priceBasis.CP"),
                sources,
                text.get(
                        key + ".note" + (s.labour() == LabourMeasure.HOURS ? ".HOURS" : ""),
                        s.dataset(),
                        s.productivityDataset()));
    }
}
