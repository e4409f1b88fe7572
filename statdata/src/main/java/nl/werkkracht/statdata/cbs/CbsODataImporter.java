package nl.werkkracht.statdata.cbs;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;
import nl.werkkracht.core.codelist.CodeLists;
import nl.werkkracht.statdata.importer.ImportException;
import nl.werkkracht.statdata.importer.ImportProgress;
import nl.werkkracht.statdata.importer.ImportSummary;
import nl.werkkracht.statdata.importer.ObservationSink;

/**
 * Imports a CBS StatLine table through its OData API (v3 or v4) into Werkkracht observations, by the
 * table's declarative mapping ({@link CbsTableMapping}). The order of work: check the mapping against the
 * code lists, read the table's metadata and check the mapping against it, read the code lists of the mapped
 * dimensions, then stream the data rows page by page to the sink. Every error is an {@link ImportException}
 * naming the resource ({@code 84419NED/UntypedDataSet}), the row and the property; the caller wraps the import
 * in one transaction, so a failed import stores nothing.
 */
public final class CbsODataImporter {

    private CbsODataImporter() {}

    /**
     * Imports a table with the mapping Werkkracht ships for it.
     *
     * @param tableId the CBS table, e.g. {@code 84419NED} (see {@link CbsTableRef#parse(String)} for
     *     {@code cbs:84419NED})
     * @param source where the responses come from; its version must be the mapping's
     *     ({@link CbsTableMapping#version()})
     */
    public static ImportSummary importTable(
            String tableId, ODataSource source, CodeLists codeLists, ObservationSink sink, ImportProgress progress) {
        return importTable(CbsTableMapping.forTable(tableId), source, codeLists, sink, progress);
    }

    /** Imports a table with a given mapping (e.g. one a user wrote for a table Werkkracht has none for). */
    public static ImportSummary importTable(
            CbsTableMapping mapping,
            ODataSource source,
            CodeLists codeLists,
            ObservationSink sink,
            ImportProgress progress) {
        Objects.requireNonNull(mapping, "mapping");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(codeLists, "codeLists");
        Objects.requireNonNull(sink, "sink");
        Objects.requireNonNull(progress, "progress");
        List<String> problems = mapping.problems(codeLists);
        if (!problems.isEmpty()) {
            throw new ImportException(mapping.source(), 0, "", String.join("; ", problems));
        }
        CubeReader reader = CubeReader.of(mapping.version(), mapping.tableId(), source, mapping.v3DataSet());
        TableLayout layout = TableLayout.of(mapping, reader.properties());
        CodeResolver regions = resolver("region", mapping, mapping.region(), reader, codeLists, r -> codeLists
                .region(r)
                .isPresent());
        CodeResolver sectors = resolver("sector", mapping, mapping.sector(), reader, codeLists, s -> codeLists
                .sector(s)
                .isPresent());
        List<String> contradictions = sectors.contradictions();
        if (!contradictions.isEmpty()) {
            throw new ImportException(mapping.source(), 0, "", String.join("; ", contradictions));
        }
        var periods = new PeriodCodes(reader.codes(mapping.periodDimension()));
        var skipped = new SkipCounter();
        var mapper = new RecordMapper(reader.dataLabel(), mapping, layout, regions, sectors, periods, sink, skipped);
        long rows = reader.rows(layout.dimensions(), layout.topicKeys(), mapper, progress);
        var notes = new ArrayList<String>();
        notes.add("read " + rows + " rows from " + reader.dataLabel() + " (CBS OData " + mapping.version() + ")");
        notes.addAll(regions.notes());
        notes.addAll(sectors.notes());
        notes.addAll(skipped.notes());
        return new ImportSummary(mapper.observations(), skipped.total(), notes);
    }

    /** The metadata of a table for its dataset record, read with the API version of its shipped mapping. */
    public static CbsTableInfo tableInfo(String tableId, ODataSource source) {
        return tableInfo(tableId, CbsTableMapping.forTable(tableId).version(), source);
    }

    /** The metadata of any CBS table (title, period, modified date, source, licence). */
    public static CbsTableInfo tableInfo(String tableId, ODataVersion version, ODataSource source) {
        String id = new CbsTableRef(tableId).tableId();
        return CubeReader.of(version, id, source, "UntypedDataSet").info();
    }

    private static CodeResolver resolver(
            String what,
            CbsTableMapping mapping,
            CodeMapping codes,
            CubeReader reader,
            CodeLists codeLists,
            Predicate<String> known) {
        var list = codes.dimension().map(reader::codes).orElse(List.of());
        return new CodeResolver(what, mapping.source(), codes, list, codeLists, known);
    }
}
