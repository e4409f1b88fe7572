package nl.werkkracht.statdata.cbs;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;
import nl.werkkracht.core.codelist.CodeLists;
import nl.werkkracht.statdata.importer.Echo;
import nl.werkkracht.statdata.importer.ImportException;

/**
 * The declarative mapping of one CBS table onto the Werkkracht observation model, kept as data in
 * {@code nl/werkkracht/statdata/cbs/{table}.properties} (format described in
 * {@code nl/werkkracht/statdata/cbs/README.md}): which API version the keys belong to, which dimension is
 * region, sector and period, which other dimensions are fixed to one key, which topics become which measure
 * in which unit and price basis, and how CBS region and sector keys become Werkkracht codes. Topics the
 * mapping does not name are skipped and counted.
 *
 * @param source where the mapping was read from, for messages ({@code 84419NED.properties})
 * @param tableId the CBS table
 * @param version the API version the keys belong to
 * @param v3DataSet {@code UntypedDataSet} (keeps the CBS symbols) or {@code TypedDataSet}; ignored for v4
 * @param periodDimension the CBS time dimension ({@code Perioden})
 * @param region how regions are found
 * @param sector how sectors are found
 * @param filters other dimensions → the one key imported (the total); rows with other keys are skipped
 * @param topics topic key → how it is imported
 * @param skippedTopics topic key → why it is deliberately not imported
 */
public record CbsTableMapping(
        String source,
        String tableId,
        ODataVersion version,
        String v3DataSet,
        String periodDimension,
        CodeMapping region,
        CodeMapping sector,
        Map<String, String> filters,
        Map<String, TopicMapping> topics,
        Map<String, String> skippedTopics) {

    private static final String BASE = "/nl/werkkracht/statdata/cbs/";

    public CbsTableMapping {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(tableId, "tableId");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(v3DataSet, "v3DataSet");
        Objects.requireNonNull(periodDimension, "periodDimension");
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(sector, "sector");
        filters = Map.copyOf(filters);
        topics = Map.copyOf(topics);
        skippedTopics = Map.copyOf(skippedTopics);
    }

    /**
     * The mapping shipped for {@code tableId}.
     *
     * @throws ImportException when Werkkracht ships no mapping for the table, or it is malformed
     */
    public static CbsTableMapping forTable(String tableId) {
        String name = new CbsTableRef(tableId).tableId() + ".properties";
        InputStream in = CbsTableMapping.class.getResourceAsStream(BASE + name);
        if (in == null) {
            throw new ImportException(
                            "cbs:" + tableId,
                            0,
                            "",
                            "Werkkracht cannot import CBS table " + Echo.quote(tableId)
                                    + " yet: it has no description of which of the table's figures to take (a"
                                    + " mapping, which the operator can add)")
                    .code("cbs-no-mapping", Echo.shorten(tableId, 40));
        }
        return load(name, in);
    }

    /**
     * Reads a mapping in the {@code .properties} format (UTF-8), e.g. one a user wrote for another table.
     *
     * @param name the name used in messages
     * @throws ImportException when it is malformed; the field names the property
     */
    public static CbsTableMapping load(String name, InputStream in) {
        try (in) {
            return MappingParser.parse(name, in);
        } catch (IOException e) {
            throw new ImportException(name, 0, "", "cannot read the mapping", e);
        }
    }

    /**
     * What in this mapping contradicts the Werkkracht code lists: target codes that do not exist, and
     * dimensions named twice. Empty when the mapping is consistent.
     */
    public List<String> problems(CodeLists codeLists) {
        var problems = new ArrayList<String>();
        checkCodes("region", region, c -> codeLists.region(c).isPresent(), problems);
        checkCodes("sector", sector, c -> codeLists.sector(c).isPresent(), problems);
        var dimensions = new ArrayList<String>();
        region.dimension().ifPresent(dimensions::add);
        sector.dimension().ifPresent(dimensions::add);
        dimensions.add(periodDimension);
        dimensions.addAll(filters.keySet());
        if (dimensions.stream().distinct().count() != dimensions.size()) {
            problems.add("a dimension is named more than once among region, sector, period and filters: " + dimensions);
        }
        var both = new ArrayList<>(topics.keySet());
        both.retainAll(skippedTopics.keySet());
        if (!both.isEmpty()) {
            problems.add("topics both mapped and skipped: " + both);
        }
        return problems;
    }

    private static void checkCodes(String what, CodeMapping mapping, Predicate<String> known, List<String> problems) {
        mapping.fixedCode()
                .filter(known.negate())
                .ifPresent(c -> problems.add(what + ".fixed " + c + " is not in the " + what + " code list"));
        mapping.codes().forEach((key, code) -> {
            if (!known.test(code)) {
                problems.add(what + ".code." + key + " = " + code + ": not in the " + what + " code list");
            }
        });
        mapping.titles().forEach((title, code) -> {
            if (!known.test(code)) {
                problems.add(what + ".title." + title + " = " + code + ": not in the " + what + " code list");
            }
        });
    }
}
