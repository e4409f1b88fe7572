package nl.werkkracht.statdata.eurostat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import nl.werkkracht.core.codelist.CodeLists;
import nl.werkkracht.core.codelist.NutsVersions;
import nl.werkkracht.core.observation.Measure;
import nl.werkkracht.core.observation.Observation;
import nl.werkkracht.core.observation.Period;
import nl.werkkracht.core.observation.PriceBasis;
import nl.werkkracht.core.observation.Status;
import nl.werkkracht.core.observation.Unit;
import nl.werkkracht.statdata.codelist.CodeListLoader;
import nl.werkkracht.statdata.importer.CheckedDelivery;
import nl.werkkracht.statdata.importer.FileImporter;
import nl.werkkracht.statdata.importer.ImportProgress;
import nl.werkkracht.statdata.importer.ImportSummary;
import nl.werkkracht.statdata.importer.MappedMeasure;
import nl.werkkracht.statdata.importer.ObservationSink;
import nl.werkkracht.statdata.importer.RecordChecks;
import nl.werkkracht.statdata.importer.SkipTally;
import nl.werkkracht.statdata.importer.SourceLines;
import nl.werkkracht.statdata.text.CsvLine;

/**
 * Reads Eurostat's current CSV dissemination format, SDMX-CSV 1.0 ({@code
 * DATAFLOW,LAST UPDATE,freq,unit,…,geo,TIME_PERIOD,OBS_VALUE,OBS_FLAG}, with codes or with labels), and
 * the same long layout with {@code value} and {@code flag} columns (the shipped 2018 regional GVA, a
 * JSON-stat 2.0 response of the API unrolled one row per cell). Dimension columns are the lower-case ones
 * between the fixed columns; columns that only describe ({@code LAST UPDATE}, {@code CONF_STATUS}, {@code
 * geo_label}, {@code jsonstat_index}) are read past.
 *
 * <p>The dataset is named by the {@code DATAFLOW} column ({@code ESTAT:PRC_HICP_AIND(1.0)}) or, without
 * it, recognised by its dimensions. What becomes what:
 *
 * <pre>
 * nama_10r_3gva, nama_10r_2gva (freq,unit,nace_r2,geo)  CP_MEUR → GVA MIO_EUR CP;  PYP_MEUR → GVA MIO_EUR PYP
 * prc_hicp_aind (freq,unit,coicop,geo), coicop CP00     INX_A_AVG → CPI INDEX;  RCH_A_AVG → CPI_GROWTH PCT
 * </pre>
 *
 * <p>Regional codes. Eurostat's API gives regional data in the current NUTS version (NUTS 2024). A NUTS 2024
 * code is stored under the code of the same area in the code lists (NUTS 2016), through {@link
 * NutsVersions}: unchanged and recoded regions only. A region whose boundary changed (NL35 Utrecht with
 * Vijfheerenlanden, NL36, and the changed NUTS-3 regions) has no equal and is skipped, with the reason in the
 * summary: it is never stored under a code of another area. Confidential cells ({@code c}) keep no value;
 * an empty value is not available and counted as skipped.
 */
public final class EurostatCsvImporter implements FileImporter {

    static final String OUTSIDE_NL = "regions outside the Netherlands";
    static final String NOT_AVAILABLE = "not available (empty value)";
    static final String BOUNDARY = "NUTS 2024 regions whose boundary differs from every NUTS 2016 region";

    private static final Set<String> DESCRIPTIVE =
            Set.of("DATAFLOW", "LAST UPDATE", "CONF_STATUS", "geo_label", "jsonstat_index", "OBS_FLAG", "flag");

    /** Labels Eurostat writes instead of codes in a "labels" download, for the datasets read here. */
    private static final Map<String, String> LABELS = Map.of(
            "Annual", "A",
            "Annual average index", "INX_A_AVG",
            "Annual average rate of change", "RCH_A_AVG",
            "All-items HICP", "CP00",
            "Netherlands", "NL");

    private final CodeLists codeLists;
    private final NutsVersions nuts;

    public EurostatCsvImporter(CodeLists codeLists) {
        this(codeLists, CodeListLoader.nutsVersions());
    }

    public EurostatCsvImporter(CodeLists codeLists, NutsVersions nuts) {
        this.codeLists = codeLists;
        this.nuts = nuts;
    }

    /** Whether a first line is the header of this format. */
    public static boolean isHeader(String line) {
        List<String> columns = CsvLine.split(line.strip(), ',');
        return columns.contains("TIME_PERIOD") && (columns.contains("OBS_VALUE") || columns.contains("value"));
    }

    @Override
    public ImportSummary importFile(Path file, ObservationSink sink, ImportProgress progress) {
        try (var lines = SourceLines.open(file, progress)) {
            var checks = new RecordChecks(lines, codeLists);
            String first = lines.next();
            if (first == null || !isHeader(first)) {
                throw lines.error(
                        "", "expected a Eurostat SDMX-CSV header with TIME_PERIOD and OBS_VALUE (or value) columns");
            }
            List<String> columns = CsvLine.split(first.strip(), ',');
            int time = columns.indexOf("TIME_PERIOD");
            int value = columns.contains("OBS_VALUE") ? columns.indexOf("OBS_VALUE") : columns.indexOf("value");
            int flag = columns.contains("OBS_FLAG") ? columns.indexOf("OBS_FLAG") : columns.indexOf("flag");
            int dataflow = columns.indexOf("DATAFLOW");
            var dimensions = new ArrayList<String>();
            for (int i = 0; i < columns.size(); i++) {
                String c = columns.get(i);
                if (i != time && i != value && !DESCRIPTIVE.contains(c)) {
                    dimensions.add(c);
                }
            }
            var delivery = new CheckedDelivery(lines, sink);
            var tally = new SkipTally();
            Table table = null;
            for (String line = lines.next(); line != null; line = lines.next()) {
                if (line.isBlank()) {
                    continue;
                }
                List<String> f = CsvLine.split(line, ',');
                if (f.size() != columns.size()) {
                    throw lines.error("", "expected " + columns.size() + " comma-separated fields, got " + f.size());
                }
                if (table == null) {
                    table = table(dataflow < 0 ? null : f.get(dataflow), dimensions, lines);
                }
                var codes = new HashMap<String, String>();
                for (String d : dimensions) {
                    codes.put(d, code(d, f.get(columns.indexOf(d)), lines));
                }
                Period period = checks.period("TIME_PERIOD", f.get(time).strip());
                Status status = status(flag < 0 ? "" : f.get(flag), lines);
                String text = f.get(value).strip();
                String geo = codes.get("geo");
                if (!geo.startsWith("NL")) {
                    tally.add(OUTSIDE_NL, geo, 1);
                    continue;
                }
                Optional<String> skip = table.skip(codes);
                if (skip.isPresent()) {
                    tally.add(skip.get(), table.key(codes), 1);
                    continue;
                }
                MappedMeasure target = table.target(codes, lines);
                String region = geo;
                if (table.regional() && !geo.equals("NL")) {
                    Optional<String> same =
                            nuts.sameArea(NutsVersions.Version.NUTS2024, geo, NutsVersions.Version.NUTS2016);
                    if (same.isEmpty()) {
                        if (nuts.entry(NutsVersions.Version.NUTS2024, geo).isEmpty()) {
                            throw lines.error("geo", "unknown region code '" + geo + "' in column geo (NUTS 2024)");
                        }
                        tally.add(BOUNDARY, geo, 1);
                        continue;
                    }
                    region = same.get();
                }
                checks.region("geo", region);
                if (text.isEmpty() && status.hasValue()) {
                    tally.add(NOT_AVAILABLE, target.measure().name(), 1);
                    continue;
                }
                OptionalDouble v = status.hasValue()
                        ? OptionalDouble.of(checks.number(value < 0 ? "" : columns.get(value), text))
                        : OptionalDouble.empty();
                String sector =
                        table.hasSector() ? checks.sector("nace_r2", "eurostat", codes.get("nace_r2")) : "TOTAL";
                String reg = region;
                delivery.deliver(checks.observation(() -> new Observation(
                        target.measure(), reg, sector, period, v, target.unit(), target.priceBasis(), status)));
            }
            lines.finish();
            return new ImportSummary(delivery.delivered(), tally.total(), tally.notes());
        }
    }

    private static String code(String dimension, String text, SourceLines lines) {
        String t = text.strip();
        if (t.matches("[A-Z0-9_\\-]+")) {
            return t;
        }
        String code = LABELS.get(t);
        if (code == null) {
            throw lines.error(
                    dimension,
                    "'" + t + "' in column " + dimension + " is a label this importer does not know; download the"
                            + " table with codes instead of labels");
        }
        return code;
    }

    private static Status status(String flags, SourceLines lines) {
        String f = flags.strip().toLowerCase(Locale.ROOT);
        for (char c : f.toCharArray()) {
            if (TsvCell.KNOWN_FLAGS.indexOf(c) < 0) {
                throw lines.error("OBS_FLAG", "unknown status flag '" + c + "' in column OBS_FLAG");
            }
        }
        if (f.indexOf('c') >= 0) {
            return Status.CONFIDENTIAL;
        }
        if (f.indexOf('e') >= 0) {
            return Status.ESTIMATED;
        }
        return f.indexOf('p') >= 0 ? Status.PROVISIONAL : Status.DEFINITIVE;
    }

    private static Table table(String dataflow, List<String> dimensions, SourceLines lines) {
        String name = dataflow == null ? null : dataflowName(dataflow);
        Set<String> dims = Set.copyOf(dimensions);
        if (name == null) {
            if (dims.equals(Set.of("freq", "unit", "nace_r2", "geo"))) {
                name = "nama_10r_3gva";
            } else if (dims.equals(Set.of("freq", "unit", "coicop", "geo"))) {
                name = "prc_hicp_aind";
            }
        }
        Table t = name == null ? null : TABLES.get(name);
        if (t == null || !dims.equals(Set.copyOf(t.dimensions()))) {
            throw lines.error(
                    "DATAFLOW",
                    "unknown Eurostat dataset "
                            + (name == null ? "with dimensions " + String.join(",", dimensions) : name)
                            + "; this importer reads " + String.join(", ", TABLES.keySet()));
        }
        return t;
    }

    /** {@code ESTAT:PRC_HICP_AIND$DEFAULTVIEW(1.0)} → {@code prc_hicp_aind}. */
    static String dataflowName(String dataflow) {
        String s = dataflow.strip();
        int colon = s.indexOf(':');
        if (colon >= 0) {
            s = s.substring(colon + 1);
        }
        int cut = s.length();
        for (char c : new char[] {'$', '('}) {
            int i = s.indexOf(c);
            if (i >= 0) {
                cut = Math.min(cut, i);
            }
        }
        return s.substring(0, cut).toLowerCase(Locale.ROOT);
    }

    /**
     * @param dimensions the dimension columns
     * @param keys the dimensions the rules decide on
     * @param rules key codes joined by "/" → measure
     * @param skips a dimension code → reason to skip the row
     * @param regional whether geo holds NUTS regions in the current (2024) version
     */
    private record Table(
            List<String> dimensions,
            List<String> keys,
            Map<String, MappedMeasure> rules,
            Map<String, String> skips,
            boolean regional) {

        boolean hasSector() {
            return dimensions.contains("nace_r2");
        }

        String key(Map<String, String> codes) {
            return String.join("/", keys.stream().map(codes::get).toList());
        }

        Optional<String> skip(Map<String, String> codes) {
            for (var e : skips.entrySet()) {
                String[] dc = e.getKey().split("=", 2);
                String code = codes.get(dc[0]);
                if (dc[1].equals("*") ? !rulesKnow(dc[0], code) : dc[1].equals(code)) {
                    return Optional.of(e.getValue());
                }
            }
            return Optional.empty();
        }

        private boolean rulesKnow(String dimension, String code) {
            int i = keys.indexOf(dimension);
            return rules.keySet().stream().anyMatch(k -> k.split("/")[i].equals(code));
        }

        MappedMeasure target(Map<String, String> codes, SourceLines lines) {
            MappedMeasure m = rules.get(key(codes));
            if (m == null) {
                String field = keys.get(0);
                throw lines.error(
                        field,
                        field + " '" + codes.get(field) + "' is neither mapped nor known to be derived (known: "
                                + String.join(", ", new java.util.TreeSet<>(rules.keySet())) + ")");
            }
            return m;
        }
    }

    private static final Map<String, Table> TABLES = tables();

    private static Map<String, Table> tables() {
        var t = new LinkedHashMap<String, Table>();
        var gvaRules = Map.of(
                "CP_MEUR", new MappedMeasure(Measure.GVA, Unit.MIO_EUR, PriceBasis.CP),
                "PYP_MEUR", new MappedMeasure(Measure.GVA, Unit.MIO_EUR, PriceBasis.PYP));
        var gvaSkips = Map.of("unit=*", "units other than million euro (national currency, PPS, per inhabitant)");
        var gvaDims = List.of("freq", "unit", "nace_r2", "geo");
        t.put("nama_10r_3gva", new Table(gvaDims, List.of("unit"), gvaRules, gvaSkips, true));
        t.put("nama_10r_2gva", new Table(gvaDims, List.of("unit"), gvaRules, gvaSkips, true));
        var skips = new LinkedHashMap<String, String>();
        skips.put("coicop=*", "HICP sub-indices (only all items, CP00, is read)");
        t.put(
                "prc_hicp_aind",
                new Table(
                        List.of("freq", "unit", "coicop", "geo"),
                        List.of("unit", "coicop"),
                        Map.of(
                                "INX_A_AVG/CP00", new MappedMeasure(Measure.CPI, Unit.INDEX, PriceBasis.NONE),
                                "RCH_A_AVG/CP00", new MappedMeasure(Measure.CPI_GROWTH, Unit.PCT, PriceBasis.NONE)),
                        skips,
                        false));
        return t;
    }
}
