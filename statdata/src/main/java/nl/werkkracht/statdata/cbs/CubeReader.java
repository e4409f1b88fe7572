package nl.werkkracht.statdata.cbs;

import java.util.List;
import java.util.function.Consumer;
import nl.werkkracht.statdata.importer.ImportProgress;

/**
 * Reads one CBS table in the shape of its API version: metadata, code lists and data rows. The two versions
 * differ in resource names and row shape (v3 wide rows with one column per topic, v4 one observation per
 * row); behind this interface the importer sees one shape.
 */
interface CubeReader {

    /** The table's metadata for the dataset record. */
    CbsTableInfo info();

    /** The table's dimensions and topics, in CBS order. */
    List<CbsProperty> properties();

    /** The code list of one dimension, keys trimmed. */
    List<CbsCode> codes(String dimension);

    /** The label of the data resource for messages, e.g. {@code 84419NED/UntypedDataSet}. */
    String dataLabel();

    /**
     * Streams all data rows across pages.
     *
     * @param dimensions the dimension columns to extract (each must be present in every row)
     * @param topics the topic columns to extract (v3; ignored by v4, whose rows name their measure)
     * @return the number of rows read
     */
    long rows(List<String> dimensions, List<String> topics, Consumer<CbsRecord> records, ImportProgress progress);

    static CubeReader of(ODataVersion version, String tableId, ODataSource source, String v3DataSet) {
        var client = new ODataClient(source);
        return switch (version) {
            case V3 -> new V3CubeReader(tableId, client, v3DataSet);
            case V4 -> new V4CubeReader(tableId, client);
        };
    }
}
