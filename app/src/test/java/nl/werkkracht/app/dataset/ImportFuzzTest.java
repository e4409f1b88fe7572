package nl.werkkracht.app.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.regex.Pattern;
import java.util.zip.GZIPOutputStream;
import nl.werkkracht.core.observation.Observation;
import nl.werkkracht.core.observation.ObservationKey;
import nl.werkkracht.statdata.cbs.DirectoryODataSource;
import nl.werkkracht.statdata.codelist.CodeListLoader;
import nl.werkkracht.statdata.importer.ImportException;
import nl.werkkracht.statdata.importer.ImportProgress;
import nl.werkkracht.store.db.Database;
import nl.werkkracht.store.db.DatabaseConfig;
import nl.werkkracht.store.observation.ObservationQuery;
import nl.werkkracht.store.observation.ObservationStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The import fuzz corpus of issue 10: a few hundred mutations of the real published files Werkkracht ships
 * (Eurostat nama_10_a64 and nama_10r, EU KLEMS, and the CBS 80137ned OData responses of the statdata tests),
 * generated here with a fixed seed — truncations, byte flips, NUL and escape characters, Latin-1 bytes,
 * duplicated lines and JSON keys, huge and tiny numbers, gzip, CRLF, a header alone. Every case is imported
 * through {@link ImportService} into its own dataset on an embedded database, and:
 *
 * <ul>
 *   <li>ends within 10 seconds (no hang);
 *   <li>either succeeds or fails with an {@link ImportException} (never another exception, i.e. a stack trace);
 *   <li>a failure's message names no Java class or exception, holds no control character, is short, and leaves
 *       no dataset behind (no partial dataset);
 *   <li>mutations that break a file (cut inside a line, NUL, escape, Latin-1, a duplicate line, 1e400, 1e-400,
 *       a header alone, a damaged gzip) are refused;
 *   <li>a truncated file that is still accepted (cut exactly at a line end) holds only the original values:
 *       no silently wrong value.
 * </ul>
 */
class ImportFuzzTest {

    private static final long SEED = 10;
    private static final int LINES = 200;
    private static final Pattern JAVA_NAME = Pattern.compile(
            "(Exception|java\\.|javax\\.|com\\.fasterxml|nl\\.werkkracht|\\b[a-z]+\\.[a-z]+\\.[A-Z][A-Za-z]+)");
    private static final String DEFAULT = "/nl/werkkracht/app/dataset/default/";

    @TempDir
    static Path dir;

    private static Database database;
    private static ObservationStore store;
    private static ImportService imports;

    private final Random random = new Random(SEED);
    private int cases;
    private int refused;

    /** What a mutation must lead to. */
    enum Expect {
        REFUSED,
        ANY,
        SAME_VALUES
    }

    record Case(String name, String fileName, byte[] bytes, Expect expect) {}

    @BeforeAll
    static void open() {
        database = Database.open(DatabaseConfig.embedded(dir.resolve("db")));
        store = new ObservationStore(database);
        imports = new ImportService(store, new nl.werkkracht.statdata.importer.Importers(CodeListLoader.standard()));
    }

    @AfterAll
    static void close() {
        database.close();
    }

    @Test
    void shouldRefuseOrImportExactlyEveryMutationOfTheRealFiles() throws Exception {
        var bases = Map.of(
                "nama_10_a64_NL.csv", head(DEFAULT + "eurostat/nama_10_a64_NL.csv"),
                "nama_10r_3gdp_NL.tsv", head(DEFAULT + "eurostat-regional/nama_10r_3gdp_NL.tsv"),
                "nama_10r_3empers_NL.csv", head(DEFAULT + "eurostat-regional/nama_10r_3empers_NL.csv"),
                "euklems_NL.csv", head(DEFAULT + "euklems/euklems_intanprod_2021_growth_accounts_NL.csv"));
        long start = System.nanoTime();
        for (var base : new java.util.TreeMap<>(bases).entrySet()) {
            Map<ObservationKey, Observation> original = originalOf(base.getKey(), base.getValue());
            for (Case c : mutations(base.getKey(), base.getValue())) {
                run(c, original);
            }
        }
        runCbs();
        long seconds = (System.nanoTime() - start) / 1_000_000_000L;
        System.out.printf("Import fuzz corpus: %d cases, %d refused, %d s%n", cases, refused, seconds);
        assertThat(cases).isGreaterThanOrEqualTo(250);
    }

    private List<Case> mutations(String name, byte[] text) throws IOException {
        var out = new ArrayList<Case>();
        String s = new String(text, StandardCharsets.UTF_8);
        int headerEnd = s.indexOf('\n') + 1;
        for (int i = 0; i < 16; i++) {
            int cut = headerEnd + 1 + random.nextInt(text.length - headerEnd - 2);
            boolean atLineEnd = text[cut - 1] == '\n' || text[cut - 1] == '\r';
            out.add(new Case(
                    "truncate@" + cut, name, slice(text, cut), atLineEnd ? Expect.SAME_VALUES : Expect.REFUSED));
        }
        int end = text.length;
        while (end > 0 && (text[end - 1] == '\n' || text[end - 1] == '\r')) {
            end--;
        }
        out.add(new Case("no final newline", name, slice(text, end), Expect.REFUSED));
        out.add(new Case("header only", name, slice(text, headerEnd), Expect.REFUSED));
        for (int i = 0; i < 16; i++) {
            byte[] b = text.clone();
            int at = random.nextInt(b.length);
            b[at] = (byte) random.nextInt(256);
            out.add(new Case("flip@" + at, name, b, Expect.ANY));
        }
        for (int i = 0; i < 5; i++) {
            out.add(new Case(
                    "nul",
                    name,
                    insert(text, headerEnd + random.nextInt(text.length - headerEnd - 1), "\0"),
                    Expect.REFUSED));
            out.add(new Case(
                    "ansi",
                    name,
                    insert(text, headerEnd + random.nextInt(text.length - headerEnd - 1), "\u001b[2J"),
                    Expect.REFUSED));
            out.add(new Case(
                    "latin1",
                    name,
                    insert(text, headerEnd + random.nextInt(text.length - headerEnd - 1), new byte[] {(byte) 0xE9}),
                    Expect.REFUSED));
        }
        String[] lines = s.split("\n", -1);
        int dataLine = 1 + random.nextInt(lines.length - 2);
        // in a Werkkracht CSV every line is an observation; the other formats leave some lines out, and a
        // duplicate of a line left out changes nothing
        boolean everyLineCounts = s.startsWith("measure,");
        out.add(new Case(
                "duplicate line",
                name,
                (s + lines[dataLine] + "\n").getBytes(StandardCharsets.UTF_8),
                everyLineCounts ? Expect.REFUSED : Expect.ANY));
        for (String number : new String[] {"1e400", "1e-400", "-1e999", "4.9e-324"}) {
            String replaced = replaceANumber(lines, number);
            if (replaced != null) {
                out.add(new Case("number " + number, name, replaced.getBytes(StandardCharsets.UTF_8), Expect.REFUSED));
            }
        }
        out.add(new Case("crlf", name, s.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8), Expect.SAME_VALUES));
        out.add(new Case("gzip", name + ".gz", gzip(text), Expect.SAME_VALUES));
        byte[] gz = gzip(text);
        out.add(new Case("gzip truncated", name + ".gz", slice(gz, gz.length / 2), Expect.REFUSED));
        byte[] gzFlipped = gz.clone();
        gzFlipped[gz.length - 6] ^= 0x55; // in the CRC-32 / length trailer
        out.add(new Case("gzip checksum", name + ".gz", gzFlipped, Expect.REFUSED));
        out.add(new Case("long field", name, insert(text, headerEnd, "x".repeat(200_000)), Expect.REFUSED));
        out.add(new Case("empty", name, new byte[0], Expect.REFUSED));
        return out;
    }

    private String replaceANumber(String[] lines, String number) {
        for (int tries = 0; tries < 50; tries++) {
            int i = 1 + random.nextInt(lines.length - 2);
            var m = Pattern.compile("(?<=[,\\t])\\d+(\\.\\d+)?(?=[ ,\\t\\n]|$)").matcher(lines[i]);
            if (m.find()) {
                String[] copy = lines.clone();
                copy[i] = lines[i].substring(0, m.start()) + number + lines[i].substring(m.end());
                return String.join("\n", copy);
            }
        }
        return null;
    }

    private void run(Case c, Map<ObservationKey, Observation> original) throws IOException {
        cases++;
        String dataset = "fuzz-" + cases;
        Path folder = Files.createDirectories(dir.resolve("case-" + cases));
        Path file = Files.write(folder.resolve(c.fileName()), c.bytes());
        Optional<Throwable> failure =
                attempt(c, () -> imports.importFile(file, dataset, Optional.empty(), ImportProgress.NONE));
        check(c, dataset, failure, original);
    }

    private void runCbs() throws IOException {
        Path source = Path.of("../statdata/src/test/resources/cbs-odata/odata3_80137ned");
        Path data = source.resolve("80137ned_TypedDataSet.json");
        String json = Files.readString(data);
        var variants = new ArrayList<Case>();
        for (int i = 0; i < 10; i++) {
            int cut = 1 + random.nextInt(json.length() - 2);
            variants.add(new Case(
                    "json truncate@" + cut,
                    data.getFileName().toString(),
                    json.substring(0, cut).getBytes(StandardCharsets.UTF_8),
                    Expect.REFUSED));
        }
        variants.add(new Case(
                "json []",
                "",
                json.replaceFirst("\"Totaal_1\":[0-9.]+", "\"Totaal_1\":[]").getBytes(StandardCharsets.UTF_8),
                Expect.REFUSED));
        variants.add(new Case(
                "json {}",
                "",
                json.replaceFirst("\"Totaal_1\":[0-9.]+", "\"Totaal_1\":{}").getBytes(StandardCharsets.UTF_8),
                Expect.REFUSED));
        variants.add(new Case(
                "json duplicate key",
                "",
                json.replaceFirst("(\"Totaal_1\":[0-9.]+)", "$1,$1").getBytes(StandardCharsets.UTF_8),
                Expect.REFUSED));
        variants.add(new Case(
                "json 1e-400",
                "",
                json.replaceFirst("\"Totaal_1\":[0-9.]+", "\"Totaal_1\":1e-400").getBytes(StandardCharsets.UTF_8),
                Expect.REFUSED));
        variants.add(new Case(
                "json 1e400",
                "",
                json.replaceFirst("\"Totaal_1\":[0-9.]+", "\"Totaal_1\":1e400").getBytes(StandardCharsets.UTF_8),
                Expect.REFUSED));
        variants.add(new Case(
                "json nul",
                "",
                json.replaceFirst("\"Totaal_1\":", "\"Totaal\u0000_1\":").getBytes(StandardCharsets.UTF_8),
                Expect.ANY));
        variants.add(new Case("json latin1", "", latin1Json(json), Expect.REFUSED));
        for (int i = 0; i < 10; i++) {
            byte[] b = json.getBytes(StandardCharsets.UTF_8);
            int at = random.nextInt(b.length);
            b[at] = (byte) random.nextInt(256);
            variants.add(new Case("json flip@" + at, "", b, Expect.ANY));
        }
        for (Case c : variants) {
            cases++;
            String dataset = "fuzz-" + cases;
            Path folder = Files.createDirectories(dir.resolve("case-" + cases));
            try (var files = Files.list(source)) {
                for (Path f : files.toList()) {
                    Files.copy(f, folder.resolve(f.getFileName()));
                }
            }
            Files.write(folder.resolve(data.getFileName()), c.bytes());
            Optional<Throwable> failure = attempt(
                    c,
                    () -> CbsTableImport.run(
                            imports,
                            CodeListLoader.standard(),
                            "80137ned",
                            new DirectoryODataSource(folder),
                            dataset,
                            ImportProgress.NONE,
                            ImportService.OnSuccess.NOTHING));
            check(c, dataset, failure, Map.of());
        }
    }

    /** A Latin-1 'é' (one byte 0xE9, not UTF-8) inside the first string after the start. */
    private static byte[] latin1Json(String json) {
        byte[] utf8 = json.getBytes(StandardCharsets.UTF_8);
        int at = json.indexOf('"', 10) + 1;
        return insert(utf8, at, new byte[] {(byte) 0xE9});
    }

    private Optional<Throwable> attempt(Case c, Runnable work) {
        return assertTimeoutPreemptively(
                Duration.ofSeconds(10),
                () -> {
                    try {
                        work.run();
                        return Optional.<Throwable>empty();
                    } catch (Throwable t) {
                        return Optional.of(t);
                    }
                },
                () -> c.name() + ": the import did not end within 10 s");
    }

    private void check(Case c, String dataset, Optional<Throwable> failure, Map<ObservationKey, Observation> original) {
        String what = c.name() + " of " + c.fileName();
        if (failure.isPresent()) {
            refused++;
            Throwable t = failure.get();
            assertThat(t).as(what + ": only an ImportException, no stack trace").isInstanceOf(ImportException.class);
            String message = t.getMessage();
            assertThat(message).as(what + ": no Java name in " + message).doesNotContainPattern(JAVA_NAME);
            assertThat(message.chars().noneMatch(ch -> ch < 0x20 || (ch >= 0x7F && ch <= 0x9F)))
                    .as(what + ": no control character in " + message)
                    .isTrue();
            assertThat(message.length()).as(what + ": a short message").isLessThan(800);
            assertThat(store.exists(dataset)).as(what + ": no partial dataset").isFalse();
            return;
        }
        assertThat(c.expect()).as(what + " was imported but must be refused").isNotEqualTo(Expect.REFUSED);
        if (c.expect() == Expect.SAME_VALUES) {
            store.find(ObservationQuery.all(dataset)).forEach(o -> {
                Observation was = original.get(o.key());
                assertThat(was)
                        .as(what + ": " + o.key() + " is not in the original")
                        .isNotNull();
                assertThat(o.value()).as(what + ": value of " + o.key()).isEqualTo(was.value());
                assertThat(o.status()).as(what + ": status of " + o.key()).isEqualTo(was.status());
            });
        }
    }

    private Map<ObservationKey, Observation> originalOf(String name, byte[] text) throws IOException {
        String dataset = "original-" + name.replaceAll("[^a-z0-9]", "-");
        Path folder = Files.createDirectories(dir.resolve(dataset));
        Path file = Files.write(folder.resolve(name), text);
        imports.importFile(file, dataset, Optional.empty(), ImportProgress.NONE);
        var map = new HashMap<ObservationKey, Observation>();
        store.find(ObservationQuery.all(dataset)).forEach(o -> map.put(o.key(), o));
        assertThat(map).as("the original " + name + " imports").isNotEmpty();
        return map;
    }

    /** The header and the first {@value #LINES} lines of a shipped file. */
    private static byte[] head(String resource) throws IOException {
        try (InputStream in = ImportFuzzTest.class.getResourceAsStream(resource)) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            String[] lines = text.split("\n", LINES + 2);
            return (String.join("\n", java.util.Arrays.copyOf(lines, Math.min(lines.length, LINES + 1))) + "\n")
                    .getBytes(StandardCharsets.UTF_8);
        }
    }

    private static byte[] slice(byte[] b, int end) {
        return java.util.Arrays.copyOf(b, end);
    }

    private static byte[] insert(byte[] b, int at, String text) {
        return insert(b, at, text.getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] insert(byte[] b, int at, byte[] what) {
        var out = new ByteArrayOutputStream();
        out.write(b, 0, at);
        out.write(what, 0, what.length);
        out.write(b, at, b.length - at);
        return out.toByteArray();
    }

    private static byte[] gzip(byte[] data) throws IOException {
        var out = new ByteArrayOutputStream();
        try (var gz = new GZIPOutputStream(out)) {
            gz.write(data);
        }
        return out.toByteArray();
    }
}
