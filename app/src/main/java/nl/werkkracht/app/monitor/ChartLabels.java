package nl.werkkracht.app.monitor;

import java.util.LinkedHashMap;
import java.util.Map;
import nl.werkkracht.core.typology.CatchUpClass;

/**
 * The words the map and chart scripts need, in the page's language, handed to them as one JSON
 * data attribute (the CSP allows no inline script).
 */
final class ChartLabels {

    private ChartLabels() {}

    static Map<String, String> overview(RegionsView v, MonitorText text) {
        var out = common(text);
        for (String i : MonitorPages.INDICATORS) {
            out.put(i, text.get("monitor.map." + i));
            out.put("unit." + i, text.get("monitor.map." + i + ".unit"));
            out.put(
                    "caption." + i,
                    text.get(
                            "monitor.map." + i + ".caption",
                            v.window().from(),
                            v.window().to()));
        }
        String level = text.get("monitor.level." + v.level());
        out.put(
                "mapLabel",
                text.get("monitor.overview.mapLabelTemplate", level, v.window().year()));
        out.put("updated", text.get("monitor.overview.updated"));
        out.put("productivity", v.indicators().get(Indicators.PRODUCTIVITY).label());
        return out;
    }

    static Map<String, String> region(RegionSummaryView v, MonitorText text) {
        var out = common(text);
        out.put("region", v.region().name());
        out.put("nl", text.get("monitor.nl"));
        out.put("euro", v.indicators().get(Indicators.PRODUCTIVITY).unitLabel());
        out.put("index", text.get("monitor.unit.index"));
        out.put("shareRegion", text.get("monitor.chart.shareRegion", v.region().name()));
        out.put("shareNl", text.get("monitor.chart.shareNl"));
        out.put("share", text.get("monitor.chart.share"));
        out.put("actualIndex", text.get("monitor.col.index"));
        out.put("structureIndex", text.get("monitor.col.structureIndex"));
        out.put("correctedIndex", text.get("monitor.col.corrected"));
        out.put("contribution", text.get("monitor.chart.contribution"));
        out.put("relative", text.get("monitor.col.relative"));
        out.put("relativeCorrected", text.get("monitor.col.relativeCorrected"));
        out.put(
                "frontrunner",
                v.catchUp() == null
                        ? ""
                        : text.get(
                                "monitor.chart.frontrunner",
                                v.catchUp().frontrunner().name()));
        out.put("pp", text.get("monitor.unit.pctOfFrontrunner"));
        return out;
    }

    private static Map<String, String> common(MonitorText text) {
        var out = new LinkedHashMap<String, String>();
        out.put("lang", text.language());
        out.put("noData", text.get("monitor.noData"));
        for (CatchUpClass c : CatchUpClass.values()) {
            out.put("class." + c.name(), text.catchUpClass(c.name()));
        }
        return out;
    }
}
