package nl.werkkracht.statdata.cbs;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.function.Consumer;
import nl.werkkracht.statdata.importer.ImportException;
import nl.werkkracht.statdata.importer.ImportProgress;

/**
 * Reads a CBS OData v4 table (odata4.cbs.nl/CBS/{table}/): the {@code Properties} singleton,
 * {@code Dimensions}, {@code MeasureCodes}, {@code {Dimension}Codes} and {@code Observations}, one row per
 * value with {@code Measure}, {@code Value} and {@code ValueAttribute}.
 */
final class V4CubeReader implements CubeReader {

    private final String tableId;
    private final ODataClient client;

    V4CubeReader(String tableId, ODataClient client) {
        this.tableId = tableId;
        this.client = client;
    }

    @Override
    public CbsTableInfo info() {
        Map<String, String> p = client.object(tableId + "/Properties");
        String licenceUrl = p.get("License");
        return new CbsTableInfo(
                tableId,
                text(p, "Title"),
                text(p, "TemporalCoverage"),
                CbsTableInfo.date(p.get("Modified")),
                CbsTableInfo.SOURCE,
                CbsTableInfo.licenceName(licenceUrl),
                licenceUrl == null || licenceUrl.isBlank() ? CbsTableInfo.CC_BY_4_URL : licenceUrl.trim(),
                ODataVersion.V4);
    }

    @Override
    public List<CbsProperty> properties() {
        var out = new ArrayList<CbsProperty>();
        for (Map<String, String> d : client.list(tableId + "/Dimensions")) {
            var kind = "TimeDimension".equals(d.get("Kind"))
                    ? CbsProperty.Kind.TIME_DIMENSION
                    : CbsProperty.Kind.DIMENSION;
            out.add(new CbsProperty(text(d, "Identifier").trim(), kind, d.get("Title"), "", OptionalInt.empty()));
        }
        for (Map<String, String> m : client.list(tableId + "/MeasureCodes")) {
            out.add(new CbsProperty(
                    text(m, "Identifier").trim(),
                    CbsProperty.Kind.TOPIC,
                    m.get("Title"),
                    m.get("Unit"),
                    CbsProperty.decimals(m.get("Decimals"))));
        }
        return out;
    }

    @Override
    public List<CbsCode> codes(String dimension) {
        var out = new ArrayList<CbsCode>();
        for (Map<String, String> c : client.list(tableId + "/" + dimension + "Codes")) {
            out.add(new CbsCode(text(c, "Identifier").trim(), c.get("Title"), c.get("Status")));
        }
        return out;
    }

    @Override
    public String dataLabel() {
        return tableId + "/Observations";
    }

    @Override
    public long rows(
            List<String> dimensions, List<String> topics, Consumer<CbsRecord> records, ImportProgress progress) {
        String label = dataLabel();
        return client.rows(
                label, (number, fields) -> records.accept(record(label, number, fields, dimensions)), progress);
    }

    private static CbsRecord record(String label, long number, Map<String, String> fields, List<String> dimensions) {
        var keys = new LinkedHashMap<String, String>();
        for (String dimension : dimensions) {
            keys.put(dimension, required(label, number, fields, dimension));
        }
        String measure = required(label, number, fields, "Measure");
        var value = new RawValue(measure, fields.get("Value"), fields.get("ValueAttribute"));
        return new CbsRecord(number, keys, List.of(value));
    }

    private static String required(String label, long number, Map<String, String> fields, String name) {
        String v = fields.get(name);
        if (v == null || v.isBlank()) {
            throw new ImportException(label, number, name, "the observation has no " + name);
        }
        return v.trim();
    }

    private static String text(Map<String, String> fields, String name) {
        String v = fields.get(name);
        return v == null ? "" : v;
    }
}
