package nl.werkkracht.app.monitor;

import java.util.LinkedHashMap;
import java.util.Map;
import nl.werkkracht.core.observation.LabourMeasure;

/**
 * The definitions of the monitor's figures in one language (METHODS.md §1, §4, §5): output and labour
 * measure, price basis, unit and the dataset of every input, so that every number can be labelled.
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
        var out = new LinkedHashMap<String, Indicator>();
        out.put(
                PRODUCTIVITY,
                new Indicator(
                        PRODUCTIVITY,
                        text.get("monitor.indicator.productivity", outputName, per),
                        labour.productivityUnit(),
                        euro,
                        output,
                        labour.name(),
                        "CP",
                        cp,
                        regional,
                        text.get("monitor.indicator.productivity.note", outputName)));
        out.put(
                LABOUR,
                new Indicator(
                        LABOUR,
                        text.get("monitor.indicator.labour." + labour.name()),
                        labour.baseUnit().name(),
                        text.get("monitor.unit.labour." + labour.name()),
                        null,
                        labour.name(),
                        null,
                        null,
                        Map.of("labour", s.dataset()),
                        null));
        out.put(INDEX, index(INDEX, text, s, output, regional, "monitor.indicator.index"));
        out.put(STRUCTURE_INDEX, index(STRUCTURE_INDEX, text, s, "GVA", structure, "monitor.indicator.structureIndex"));
        out.put(CORRECTED, index(CORRECTED, text, s, output, structure, "monitor.indicator.corrected"));
        out.put(
                GROWTH,
                new Indicator(
                        GROWTH,
                        text.get("monitor.indicator.growth"),
                        "FRACTION_PER_YEAR",
                        text.get("monitor.unit.growth"),
                        output,
                        labour.name(),
                        "CP",
                        cp,
                        regional,
                        text.get("monitor.indicator.growth.note")));
        out.put(
                INDEX_CHANGE,
                new Indicator(
                        INDEX_CHANGE,
                        text.get("monitor.indicator.indexChange"),
                        "INDEX_POINTS",
                        text.get("monitor.unit.indexPoints"),
                        output,
                        labour.name(),
                        "CP",
                        cp,
                        regional,
                        text.get("monitor.indicator.indexChange.note")));
        out.put(
                CATCH_UP,
                new Indicator(
                        CATCH_UP,
                        text.get("monitor.indicator.catchUp"),
                        "PP",
                        text.get("monitor.unit.pp"),
                        output,
                        labour.name(),
                        "CP",
                        cp,
                        regional,
                        text.get("monitor.indicator.catchUp.note")));
        return out;
    }

    /** An index against the Netherlands; its note names the datasets (regional, then sector productivity). */
    private static Indicator index(
            String id, MonitorText text, MonitorSettings s, String output, Map<String, String> sources, String key) {
        return new Indicator(
                id,
                text.get(key),
                "INDEX_NL_100",
                text.get("monitor.unit.index"),
                output,
                s.labour().name(),
                "CP",
                text.get("monitor.priceBasis.CP"),
                sources,
                text.get(key + ".note", s.dataset(), s.productivityDataset()));
    }
}
