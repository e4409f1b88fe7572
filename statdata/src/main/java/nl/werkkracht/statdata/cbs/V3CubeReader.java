package nl.werkkracht.statdata.cbs;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import nl.werkkracht.statdata.importer.ImportException;
import nl.werkkracht.statdata.importer.ImportProgress;

/**
 * Reads a CBS OData v3 table (opendata.cbs.nl/ODataApi/odata/{table}/): {@code TableInfos},
 * {@code DataProperties}, one code list per dimension named after it, and {@code TypedDataSet} or
 * {@code UntypedDataSet}. Every request asks for {@code $format=json}, which the ODataFeed endpoint needs and
 * ODataApi accepts.
 */
final class V3CubeReader implements CubeReader {

    private static final String JSON = "?$format=json";

    private final String tableId;
    private final ODataClient client;
    private final String dataSet;

    V3CubeReader(String tableId, ODataClient client, String dataSet) {
        this.tableId = tableId;
        this.client = client;
        this.dataSet = dataSet;
    }

    @Override
    public CbsTableInfo info() {
        List<Map<String, String>> rows = client.list(tableId + "/TableInfos" + JSON);
        if (rows.isEmpty()) {
            throw new ImportException(tableId + "/TableInfos", 0, "", "the table information is empty");
        }
        Map<String, String> t = rows.get(0);
        return new CbsTableInfo(
                tableId,
                text(t, "Title"),
                text(t, "Period"),
                CbsTableInfo.date(t.get("Modified")),
                CbsTableInfo.SOURCE,
                CbsTableInfo.CC_BY_4,
                CbsTableInfo.CC_BY_4_URL,
                ODataVersion.V3);
    }

    @Override
    public List<CbsProperty> properties() {
        var out = new ArrayList<CbsProperty>();
        for (Map<String, String> p : client.list(tableId + "/DataProperties" + JSON)) {
            kind(p.get("Type"))
                    .ifPresent(kind -> out.add(new CbsProperty(
                            text(p, "Key").trim(),
                            kind,
                            p.get("Title"),
                            p.get("Unit"),
                            CbsProperty.decimals(p.get("Decimals")))));
        }
        return out;
    }

    @Override
    public List<CbsCode> codes(String dimension) {
        var out = new ArrayList<CbsCode>();
        for (Map<String, String> c : client.list(tableId + "/" + dimension + JSON)) {
            out.add(new CbsCode(text(c, "Key").trim(), c.get("Title"), c.get("Status")));
        }
        return out;
    }

    @Override
    public String dataLabel() {
        return tableId + "/" + dataSet;
    }

    @Override
    public long rows(
            List<String> dimensions, List<String> topics, Consumer<CbsRecord> records, ImportProgress progress) {
        String label = dataLabel();
        return client.rows(
                dataLabel() + JSON,
                (number, fields) -> records.accept(record(label, number, fields, dimensions, topics)),
                progress);
    }

    private static CbsRecord record(
            String label, long number, Map<String, String> fields, List<String> dimensions, List<String> topics) {
        var keys = new LinkedHashMap<String, String>();
        for (String dimension : dimensions) {
            String key = fields.get(dimension);
            if (key == null || key.isBlank()) {
                throw new ImportException(label, number, dimension, "the row has no key for dimension " + dimension);
            }
            keys.put(dimension, key.trim());
        }
        var values = new ArrayList<RawValue>(topics.size());
        for (String topic : topics) {
            values.add(new RawValue(topic, fields.get(topic), ""));
        }
        return new CbsRecord(number, keys, values);
    }

    /** v3 DataProperties types; topic groups and other entries carry no data. */
    private static Optional<CbsProperty.Kind> kind(String type) {
        if (type == null) {
            return Optional.empty();
        }
        return switch (type) {
            case "Dimension", "GeoDimension", "GeoDetail" -> Optional.of(CbsProperty.Kind.DIMENSION);
            case "TimeDimension" -> Optional.of(CbsProperty.Kind.TIME_DIMENSION);
            case "Topic" -> Optional.of(CbsProperty.Kind.TOPIC);
            default -> Optional.empty();
        };
    }

    private static String text(Map<String, String> fields, String name) {
        String v = fields.get(name);
        return v == null ? "" : v;
    }
}
