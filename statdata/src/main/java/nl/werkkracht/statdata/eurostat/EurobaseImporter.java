package nl.werkkracht.statdata.eurostat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.regex.Pattern;
import nl.werkkracht.core.codelist.CodeLists;
import nl.werkkracht.core.observation.Measure;
import nl.werkkracht.core.observation.Observation;
import nl.werkkracht.core.observation.Period;
import nl.werkkracht.core.observation.PriceBasis;
import nl.werkkracht.core.observation.Status;
import nl.werkkracht.core.observation.Unit;
import nl.werkkracht.statdata.importer.CheckedDelivery;
import nl.werkkracht.statdata.importer.FileImporter;
import nl.werkkracht.statdata.importer.ImportProgress;
import nl.werkkracht.statdata.importer.ImportSummary;
import nl.werkkracht.statdata.importer.MappedMeasure;
import nl.werkkracht.statdata.importer.ObservationSink;
import nl.werkkracht.statdata.importer.RecordChecks;
import nl.werkkracht.statdata.importer.SkipTally;
import nl.werkkracht.statdata.importer.SourceLines;

/**
 * Reads Eurostat's own flat load files ("Eurobase" format), as the regional accounts team publishes them:
 *
 * <pre>
 * FLAT_FILE=STANDARD
 * ID_KEYS=NAMA_10R_2EMHRW
 * FIELDS=TIME,GEO, NACE_R2, WSTATUS, UNIT
 * UPDATE_MODE=REPLACE
 * 2019A00 NL21 TOTAL EMP THS 889259~P
 * ...
 * END_OF_FLAT_FILE
 * </pre>
 *
 * <p>Four header lines, then one observation per line: the period ({@code 2019A00} is the year 2019),
 * the codes of the fields after TIME separated by single spaces, and the value with an optional flag
 * after a tilde. Flags: {@code ~P} provisional, {@code ~E} estimated, {@code ~C} confidential (the value,
 * if any, is dropped: a confidential cell never carries a figure); {@code ~B}, {@code ~D}, {@code ~F},
 * {@code ~N}, {@code ~R}, {@code ~S}, {@code ~U}, {@code ~Z} are accepted without changing the status, as
 * in the bulk TSV ({@link TsvCell}); a value {@code :} is not available and counted as skipped. The file
 * must end with {@code END_OF_FLAT_FILE}: a file without it was cut off and is refused, so that a
 * truncated download never imports as a complete one.
 *
 * <p>Which datasets and codes become which measures ({@code ID_KEYS}):
 *
 * <pre>
 * NAMA_10R_2EMHRW  (NACE_R2, WSTATUS, UNIT)  EMP THS → HOURS THS_HW;  SAL THS → EMPLOYEE_HOURS THS_HW
 * NAMA_10R_3EMPERS (NACE_R2, WSTATUS, UNIT)  EMP THS → PERSONS THS_PER; SAL THS → EMPLOYEES THS_PER
 * NAMA_10R_2COE    (NACE_R2, CURRENCY)       MIO_EUR → COMP MIO_EUR CP;  MIO_NAC skipped (national currency)
 * NAMA_10R_2GDP    (UNIT)                    MIO_EUR → GDP MIO_EUR CP (TOTAL);  per-inhabitant/PPS skipped
 * NAMA_10R_2GVAGR  (UNIT)                    I15 → GVA_VOLUME_INDEX INDEX (TOTAL, 2015 = 100);
 *                                            PCH_PRE skipped (the year-on-year change of the same index)
 * </pre>
 *
 * <p>"THS" is thousand hours in 2EMHRW and thousand persons in 3EMPERS: the unit follows from the
 * dataset, as Eurostat defines it. Regions outside the Netherlands are skipped and counted; a Dutch code
 * outside the code lists (NUTS 2016) is an error naming line and field. Every line is checked completely
 * before its observation goes to the sink; the caller's transaction makes the import all-or-nothing.
 */
public final class EurobaseImporter implements FileImporter {

    /** The first line that announces the format. */
    public static final String FIRST_LINE = "FLAT_FILE=STANDARD";

    static final String END = "END_OF_FLAT_FILE";
    static final String OUTSIDE_NL = "regions outside the Netherlands";
    static final String NOT_AVAILABLE = "not available (':')";

    private static final Pattern TIME = Pattern.compile("(\\d{4})A00");
    private static final String KNOWN_FLAGS = "BCDEFNPRSUZ";

    private static final String NATIONAL_CURRENCY =
            "national currency MIO_NAC, equal to MIO_EUR for the Netherlands and never read as euro";
    private static final String DERIVED = "per-inhabitant or PPS figures derived from GDP";

    private static final Map<String, Table> TABLES = tables();

    private final CodeLists codeLists;

    public EurobaseImporter(CodeLists codeLists) {
        this.codeLists = codeLists;
    }

    /** The dataset codes ({@code ID_KEYS}) this importer reads. */
    public static List<String> known() {
        return List.copyOf(TABLES.keySet());
    }

    @Override
    public ImportSummary importFile(Path file, ObservationSink sink, ImportProgress progress) {
        try (var lines = SourceLines.open(file, progress)) {
            var checks = new RecordChecks(lines, codeLists);
            Header header = Header.read(lines);
            Table table = TABLES.get(header.dataset());
            if (table == null) {
                throw new nl.werkkracht.statdata.importer.ImportException(
                        lines.fileName(),
                        2,
                        "ID_KEYS",
                        "unknown Eurobase dataset " + header.dataset() + "; this importer reads "
                                + String.join(", ", TABLES.keySet()));
            }
            if (!table.fields().equals(header.fields())) {
                throw new nl.werkkracht.statdata.importer.ImportException(
                        lines.fileName(),
                        3,
                        "FIELDS",
                        "FIELDS of " + header.dataset() + " must be TIME,GEO," + String.join(",", table.fields())
                                + ", got TIME,GEO," + String.join(",", header.fields()));
            }
            var delivery = new CheckedDelivery(lines, sink);
            var tally = new SkipTally();
            boolean ended = false;
            for (String line = lines.next(); line != null; line = lines.next()) {
                if (ended) {
                    if (!line.isBlank()) {
                        throw lines.error("", "text after " + END + "; the file holds one table");
                    }
                    continue;
                }
                if (line.equals(END)) {
                    ended = true;
                    continue;
                }
                read(line, header, table, lines, checks, delivery, tally);
            }
            if (!ended) {
                throw lines.error(
                        "",
                        "the file ends without " + END
                                + ": it was cut off (an incomplete download or copy); nothing was imported");
            }
            lines.finish();
            return new ImportSummary(delivery.delivered(), tally.total(), tally.notes());
        }
    }

    private void read(
            String line,
            Header header,
            Table table,
            SourceLines lines,
            RecordChecks checks,
            CheckedDelivery delivery,
            SkipTally tally) {
        String[] parts = line.split(" ", -1);
        int expected = 2 + header.fields().size() + 1;
        if (parts.length != expected) {
            throw lines.error(
                    "",
                    "expected " + expected + " space-separated fields (TIME GEO " + String.join(" ", header.fields())
                            + " VALUE), got " + parts.length);
        }
        var time = TIME.matcher(parts[0]);
        if (!time.matches()) {
            throw lines.error("TIME", "period '" + parts[0] + "' in field TIME is not a year such as 2019A00");
        }
        Period period = checks.period("TIME", time.group(1));
        String geo = parts[1];
        var codes = new LinkedHashMap<String, String>();
        for (int i = 0; i < header.fields().size(); i++) {
            codes.put(header.fields().get(i), parts[2 + i]);
        }
        Cell cell = cell(parts[parts.length - 1], lines, checks);
        if (!geo.startsWith("NL")) {
            tally.add(OUTSIDE_NL, geo, 1);
            return;
        }
        String region = checks.region("GEO", geo);
        Outcome outcome = table.resolve(codes, lines);
        if (outcome.skipped() != null) {
            tally.add(outcome.skipped(), String.join("/", table.keyCodes(codes)), 1);
            return;
        }
        if (cell.status() == Status.MISSING) {
            tally.add(NOT_AVAILABLE, outcome.target().measure().name(), 1);
            return;
        }
        String sector = table.hasSector() ? checks.sector("NACE_R2", "eurostat", codes.get("NACE_R2")) : "TOTAL";
        MappedMeasure target = outcome.target();
        if (cell.value().isPresent()) {
            checks.notNegativeLabour("VALUE", target.measure(), cell.value().getAsDouble());
        }
        delivery.deliver(checks.observation(() -> new Observation(
                target.measure(),
                region,
                sector,
                period,
                cell.value(),
                target.unit(),
                target.priceBasis(),
                cell.status())));
    }

    private static Cell cell(String text, SourceLines lines, RecordChecks checks) {
        int tilde = text.indexOf('~');
        String number = tilde < 0 ? text : text.substring(0, tilde);
        String flags = tilde < 0 ? "" : text.substring(tilde + 1);
        for (char flag : flags.toCharArray()) {
            if (KNOWN_FLAGS.indexOf(Character.toUpperCase(flag)) < 0) {
                throw lines.error(
                        "VALUE",
                        "unknown flag '~" + flags + "' in field VALUE (known: ~P, ~E, ~C and "
                                + "the flags that do not change the status, ~B ~D ~F ~N ~R ~S ~U ~Z)");
            }
        }
        String f = flags.toUpperCase(Locale.ROOT);
        if (f.contains("C")) {
            return new Cell(OptionalDouble.empty(), Status.CONFIDENTIAL);
        }
        if (number.equals(":")) {
            return new Cell(OptionalDouble.empty(), Status.MISSING);
        }
        double value = checks.number("VALUE", number);
        Status status = f.contains("E") ? Status.ESTIMATED : f.contains("P") ? Status.PROVISIONAL : Status.DEFINITIVE;
        return new Cell(OptionalDouble.of(value), status);
    }

    private record Cell(OptionalDouble value, Status status) {}

    /** The four header lines. */
    private record Header(String dataset, List<String> fields) {

        static Header read(SourceLines lines) {
            String first = lines.next();
            if (first == null) {
                throw lines.error("", "the file is empty; expected the Eurobase header " + FIRST_LINE);
            }
            if (!first.strip().equals(FIRST_LINE)) {
                throw lines.error("FLAT_FILE", "line 1 must be " + FIRST_LINE + ", got '" + first + "'");
            }
            String id = value(lines, "ID_KEYS");
            String fields = value(lines, "FIELDS");
            String mode = value(lines, "UPDATE_MODE");
            if (!mode.equals("REPLACE")) {
                throw lines.error(
                        "UPDATE_MODE",
                        "UPDATE_MODE " + mode + " is not supported: only a complete table (REPLACE) can be imported");
            }
            var names = new ArrayList<String>();
            for (String f : fields.split(",", -1)) {
                names.add(f.strip().toUpperCase(Locale.ROOT));
            }
            if (names.size() < 2
                    || !names.get(0).equals("TIME")
                    || !names.get(1).equals("GEO")) {
                throw new nl.werkkracht.statdata.importer.ImportException(
                        lines.fileName(), 3, "FIELDS", "FIELDS must start with TIME,GEO, got '" + fields + "'");
            }
            return new Header(id.strip().toUpperCase(Locale.ROOT), List.copyOf(names.subList(2, names.size())));
        }

        private static String value(SourceLines lines, String key) {
            String line = lines.next();
            if (line == null || !line.startsWith(key + "=")) {
                throw lines.error(
                        key,
                        "expected the header line " + key + "=…, got "
                                + (line == null ? "the end of the file" : "'" + line + "'"));
            }
            return line.substring(key.length() + 1);
        }
    }

    /** What a line's codes become: a measure, or a reason to skip it. */
    private record Outcome(MappedMeasure target, String skipped) {}

    /**
     * @param fields the fields after TIME and GEO, as in the header
     * @param keys the fields the rules decide on
     * @param rules key codes joined by "/" → outcome
     */
    private record Table(List<String> fields, List<String> keys, Map<String, Outcome> rules) {

        boolean hasSector() {
            return fields.contains("NACE_R2");
        }

        List<String> keyCodes(Map<String, String> codes) {
            return keys.stream().map(codes::get).toList();
        }

        Outcome resolve(Map<String, String> codes, SourceLines lines) {
            List<String> key = keyCodes(codes);
            Outcome o = rules.get(String.join("/", key));
            if (o == null) {
                String field = keys.get(keys.size() - 1);
                for (int k = 0; k < keys.size(); k++) {
                    int index = k;
                    String code = key.get(k);
                    if (rules.keySet().stream().noneMatch(r -> r.split("/")[index].equals(code))) {
                        field = keys.get(k);
                        break;
                    }
                }
                throw lines.error(
                        field,
                        field + " '" + codes.get(field) + "' is neither mapped nor known to be derived (known: "
                                + String.join(", ", new java.util.TreeSet<>(rules.keySet())) + ")");
            }
            return o;
        }
    }

    private static Map<String, Table> tables() {
        var t = new LinkedHashMap<String, Table>();
        List<String> employment = List.of("NACE_R2", "WSTATUS", "UNIT");
        t.put(
                "NAMA_10R_2EMHRW",
                new Table(
                        employment,
                        List.of("WSTATUS", "UNIT"),
                        Map.of(
                                "EMP/THS", map(Measure.HOURS, Unit.THS_HW, PriceBasis.NONE),
                                "SAL/THS", map(Measure.EMPLOYEE_HOURS, Unit.THS_HW, PriceBasis.NONE))));
        t.put(
                "NAMA_10R_3EMPERS",
                new Table(
                        employment,
                        List.of("WSTATUS", "UNIT"),
                        Map.of(
                                "EMP/THS", map(Measure.PERSONS, Unit.THS_PER, PriceBasis.NONE),
                                "SAL/THS", map(Measure.EMPLOYEES, Unit.THS_PER, PriceBasis.NONE))));
        t.put(
                "NAMA_10R_2COE",
                new Table(
                        List.of("NACE_R2", "CURRENCY"),
                        List.of("CURRENCY"),
                        Map.of(
                                "MIO_EUR", map(Measure.COMP, Unit.MIO_EUR, PriceBasis.CP),
                                "MIO_NAC", skip(NATIONAL_CURRENCY))));
        var gdp = new LinkedHashMap<String, Outcome>();
        gdp.put("MIO_EUR", map(Measure.GDP, Unit.MIO_EUR, PriceBasis.CP));
        gdp.put("MIO_NAC", skip(NATIONAL_CURRENCY));
        for (String derived : List.of(
                "EUR_HAB", "EUR_HAB_EU27_2020", "MIO_PPS_EU27_2020", "PPS_EU27_2020_HAB", "PPS_HAB_EU27_2020")) {
            gdp.put(derived, skip(DERIVED));
        }
        t.put("NAMA_10R_2GDP", new Table(List.of("UNIT"), List.of("UNIT"), gdp));
        t.put(
                "NAMA_10R_2GVAGR",
                new Table(
                        List.of("UNIT"),
                        List.of("UNIT"),
                        Map.of(
                                "I15",
                                map(Measure.GVA_VOLUME_INDEX, Unit.INDEX, PriceBasis.NONE),
                                "PCH_PRE",
                                skip("the change on the previous year (PCH_PRE), derived from the volume index"
                                        + " I15"))));
        return t;
    }

    private static Outcome map(Measure m, Unit u, PriceBasis pb) {
        return new Outcome(new MappedMeasure(m, u, pb), null);
    }

    private static Outcome skip(String reason) {
        return new Outcome(null, reason);
    }

    /** Whether a first line announces this format. */
    public static boolean isFirstLine(String line) {
        return line.strip().equals(FIRST_LINE);
    }
}
