package nl.werkkracht.statdata.eurostat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.io.JsonEOFException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.regex.Pattern;
import nl.werkkracht.statdata.importer.Echo;
import nl.werkkracht.statdata.importer.ErrorSite;
import nl.werkkracht.statdata.importer.ImportException;
import nl.werkkracht.statdata.importer.ImportProgress;
import nl.werkkracht.statdata.importer.RecordChecks;
import nl.werkkracht.statdata.importer.SourceLines;
import nl.werkkracht.statdata.importer.SourceStreams;

/**
 * Reads a JSON-stat dataset with Jackson's streaming parser, never as a tree: JSON-stat 2.0 as Eurostat's
 * dissemination API returns it ({@code {"version":"2.0","class":"dataset",…,"value":{…},"status":{…},
 * "id":[…],"size":[…],"dimension":{…},"extension":{"id":"NAMA_10R_3GVA",…}}}) and the legacy JSON-stat 1.x
 * bundle of Eurostat's former web service ({@code {"nama_gdp_c":{"value":[…],"status":{"value":[…]},
 * "dimension":{"id":[…],"size":[…],…}}}}).
 *
 * <p>Two passes over the file. Eurostat writes {@code value} and {@code status} before {@code id}, {@code
 * size} and {@code dimension}, so a cell cannot be placed before the whole file was read once. The first
 * pass ({@link #open}) reads everything except the values: the dimensions with their categories, the sizes,
 * the statuses (kept only for the cells that have one) and the dataset's name; it reaches the end of the
 * file, so a truncated download is refused before any cell is passed on. The second pass ({@link #cells})
 * streams the values, then reports every cell the sparse {@code value} object left out as absent: the
 * consumer sees each of the {@code size[0] × … × size[n-1]} cells exactly once.
 *
 * <p>What the reader accepts, per the JSON-stat 2.0 specification: a category {@code index} as an object
 * (code → position) or an array of codes (or, for a single category, only a {@code label}); {@code value} as
 * an array of numbers and nulls (one per cell) or an object (cell number → number); {@code status} as a
 * string (every cell), an array (one per cell, nulls allowed) or an object (cell number → string), and the
 * legacy {@code {"value":[…],"category":…}} form. A key given twice is refused. Every error names the file,
 * a JSON pointer ({@code /value/17}, {@code /dimension/geo/category/index/NL1}) and, where the parser is,
 * the line and column.
 */
public final class JsonStatReader {

    /** Refuses a key given twice in one object: which of the two would count is a guess. */
    private static final JsonFactory JSON = JsonFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    /** More cells than a dataset of Eurostat's API holds by orders of magnitude; and a BitSet's limit. */
    static final long MAX_CELLS = 500_000_000L;

    private static final Pattern CELL_NUMBER = Pattern.compile("0|[1-9][0-9]{0,11}");

    /** The keys of a JSON-stat 2.0 dataset; any other object at the top is a dataset of a 1.x bundle. */
    private static final java.util.Set<String> DATASET_KEYS = java.util.Set.of(
            "version",
            "class",
            "href",
            "label",
            "note",
            "source",
            "updated",
            "id",
            "size",
            "role",
            "value",
            "status",
            "dimension",
            "link",
            "extension",
            "error",
            "warning");

    /**
     * One dimension.
     *
     * @param id the dimension's id ({@code geo})
     * @param codes the category codes in index order
     */
    public record Dimension(String id, List<String> codes) {
        public Dimension {
            codes = List.copyOf(codes);
        }
    }

    /**
     * What the first pass read.
     *
     * @param dataset the dataset's name: {@code extension.id} of a Eurostat 2.0 response ({@code
     *     NAMA_10R_3GVA}), the bundle key of a 1.x file ({@code nama_gdp_c}); empty when the file names none
     * @param label the dataset's label, empty when none
     * @param updated when the data were last updated, as written ({@code 2026-03-23T23:00:00+0100}); empty
     *     when not given
     * @param legacy whether the file is a JSON-stat 1.x bundle
     * @param dimensions the dimensions in {@code id} order
     * @param cells the number of cells, the product of the sizes
     */
    public record Structure(
            String dataset, String label, String updated, boolean legacy, List<Dimension> dimensions, long cells) {
        public Structure {
            dimensions = List.copyOf(dimensions);
        }

        /** The dimension ids in order. */
        public List<String> ids() {
            return dimensions.stream().map(Dimension::id).toList();
        }

        /** The dimension called {@code id}. */
        public Optional<Dimension> dimension(String id) {
            return dimensions.stream().filter(d -> d.id().equals(id)).findFirst();
        }
    }

    /** Receives the cells of the second pass. */
    @FunctionalInterface
    public interface CellConsumer {
        /**
         * @param index the cell number, 0-based in row-major order (the last dimension varies fastest)
         * @param value the value, empty for null or a cell the sparse {@code value} object leaves out
         * @param status the cell's status as written ({@code p}, {@code |C}, {@code :}), empty for none
         */
        void cell(long index, OptionalDouble value, String status);
    }

    private final Path file;
    private final String name;
    private final ImportProgress progress;
    private final Site site;
    private Body body;
    private String member;

    private JsonStatReader(Path file, ImportProgress progress) {
        this.file = file;
        this.name = SourceLines.fileName(file);
        this.progress = progress;
        this.site = new Site(name);
    }

    /**
     * Reads the structure of a JSON-stat file (the first pass).
     *
     * @throws ImportException when the file is not JSON, not a JSON-stat dataset, cut off, or inconsistent
     *     (sizes that do not match the categories, a value array of another length than the cells, …)
     */
    public static JsonStatReader open(Path file, ImportProgress progress) {
        var reader = new JsonStatReader(file, progress);
        reader.structurePass();
        return reader;
    }

    /** Whether the start of a file looks like JSON-stat: a 2.0 dataset or a bundle of 1.x datasets. */
    public static boolean looksLike(String start) {
        String s = start.startsWith("\uFEFF") ? start.substring(1) : start;
        s = s.strip();
        if (!s.startsWith("{")) {
            return false;
        }
        return VERSION_2.matcher(s).find()
                || CLASS_DATASET.matcher(s).find()
                || LEGACY_BUNDLE.matcher(s).lookingAt();
    }

    private static final Pattern VERSION_2 = Pattern.compile("^\\{\\s*\"version\"\\s*:\\s*\"2\\.0\"");
    private static final Pattern CLASS_DATASET = Pattern.compile("\"class\"\\s*:\\s*\"dataset\"");
    private static final Pattern LEGACY_BUNDLE = Pattern.compile(
            "\\{\\s*\"[^\"]+\"\\s*:\\s*\\{\\s*\"(wsVersion|value|dimension|status|label|updated|source|href)\"");

    /** What the first pass read. */
    public Structure structure() {
        return body.structure(member != null, member);
    }

    /** Where the reader is, for the errors of the importer that consumes the cells. */
    public ErrorSite site() {
        return site;
    }

    /** Points the site at a place in the structure (no line), e.g. a category of a dimension. */
    public void at(String pointer) {
        site.at(pointer, null);
    }

    /**
     * Streams every cell once (the second pass): the values in file order, then the cells a sparse value
     * object leaves out, in cell order.
     */
    public void cells(CellConsumer consumer) {
        long cells = body.cells;
        String prefix = member == null ? "" : "/" + pointerEscape(member);
        long size = fileSize();
        try (JsonParser p = parser()) {
            p.nextToken();
            if (member != null) {
                seek(p, member);
            }
            seek(p, "value");
            JsonToken kind = p.currentToken();
            BitSet seen = kind == JsonToken.START_OBJECT ? new BitSet((int) Math.min(cells, Integer.MAX_VALUE)) : null;
            long count = 0;
            if (kind == JsonToken.START_ARRAY) {
                long index = 0;
                for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
                    String pointer = prefix + "/value/" + index;
                    site.at(pointer, p.currentTokenLocation());
                    consumer.cell(index, number(p, t, pointer), body.status(index));
                    index++;
                    if (++count % SourceLines.PROGRESS_EVERY == 0) {
                        progress.update(count, p.currentLocation().getByteOffset(), size);
                    }
                }
            } else {
                for (JsonToken t = p.nextToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
                    String key = p.currentName();
                    String pointer = prefix + "/value/" + pointerEscape(key);
                    site.at(pointer, p.currentTokenLocation());
                    long index = cellNumber(key, cells, pointer);
                    JsonToken v = p.nextToken();
                    seen.set((int) index);
                    consumer.cell(index, number(p, v, pointer), body.status(index));
                    if (++count % SourceLines.PROGRESS_EVERY == 0) {
                        progress.update(count, p.currentLocation().getByteOffset(), size);
                    }
                }
                for (int i = seen.nextClearBit(0); i < cells; i = seen.nextClearBit(i + 1)) {
                    site.at(prefix + "/value/" + i, null);
                    consumer.cell(i, OptionalDouble.empty(), body.status(i));
                }
            }
            progress.update(count, size, size);
        } catch (IOException e) {
            throw failure(e);
        }
    }

    private void structurePass() {
        try (JsonParser p = parser()) {
            JsonToken first;
            try {
                first = p.nextToken();
            } catch (JsonProcessingException e) {
                throw error("", location(e), "the file is not JSON: " + e.getOriginalMessage())
                        .code("not-json");
            }
            if (first != JsonToken.START_OBJECT) {
                throw error(
                        "",
                        p.currentLocation(),
                        first == null
                                ? "the file is empty"
                                : "the file is not a JSON-stat dataset: it must hold one JSON object");
            }
            Body root = new Body("");
            Body bundled = null;
            boolean datasetKeys = false;
            for (JsonToken t = p.nextToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
                String key = p.currentName();
                JsonToken v = p.nextToken();
                if (DATASET_KEYS.contains(key)) {
                    datasetKeys = true;
                    root.read(p, key, v);
                } else if (v == JsonToken.START_OBJECT && !datasetKeys) {
                    if (bundled != null) {
                        throw error(
                                "/" + pointerEscape(key),
                                p.currentLocation(),
                                "the bundle holds more than one dataset (" + Echo.quote(member) + " and "
                                        + Echo.quote(key) + "); import one dataset at a time");
                    }
                    member = key;
                    bundled = new Body("/" + pointerEscape(key));
                    bundled.readObject(p);
                } else {
                    p.skipChildren();
                }
            }
            if (p.nextToken() != null) {
                throw error("", p.currentLocation(), "text after the JSON object; the file holds one dataset");
            }
            if (bundled != null && datasetKeys) {
                throw error(
                        "/" + pointerEscape(member),
                        null,
                        "the file mixes a JSON-stat 2.0 dataset with a 1.x bundle member " + Echo.quote(member));
            }
            body = bundled != null ? bundled : root;
            body.check(bundled != null);
        } catch (IOException e) {
            throw failure(e);
        }
    }

    private JsonParser parser() throws IOException {
        return JSON.createParser(SourceStreams.open(file));
    }

    private long fileSize() {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return -1;
        }
    }

    /** Moves from a START_OBJECT to the value of its field {@code key}, skipping the others. */
    private void seek(JsonParser p, String key) throws IOException {
        for (JsonToken t = p.nextToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
            boolean hit = p.currentName().equals(key);
            p.nextToken();
            if (hit) {
                return;
            }
            p.skipChildren();
        }
        throw error("/" + key, p.currentLocation(), "the file changed while it was read: no " + key + " any more");
    }

    private OptionalDouble number(JsonParser p, JsonToken t, String pointer) throws IOException {
        if (t == JsonToken.VALUE_NULL) {
            return OptionalDouble.empty();
        }
        if (t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT) {
            String text = p.getText();
            OptionalDouble v = RecordChecks.parse(text);
            if (v.isEmpty()) {
                throw error(
                                pointer,
                                p.currentLocation(),
                                "value " + Echo.quote(text) + " at " + pointer + " is out of range")
                        .code("number-range", Echo.shorten(text, Echo.MAX), pointer);
            }
            return v;
        }
        String what = t == JsonToken.VALUE_STRING ? "the text " + Echo.quote(p.getText()) : describe(t);
        throw error(pointer, p.currentTokenLocation(), "value at " + pointer + " is " + what + ", not a number or null")
                .code(
                        "not-a-number",
                        Echo.shorten(t == JsonToken.VALUE_STRING ? p.getText() : describe(t), Echo.MAX),
                        pointer);
    }

    private long cellNumber(String key, long cells, String pointer) {
        if (!CELL_NUMBER.matcher(key).matches() || Long.parseLong(key) >= cells) {
            throw error(
                    pointer,
                    site.location,
                    Echo.quote(key) + " at " + pointer + " is not a cell number: the sizes give " + cells
                            + " cells, numbered 0 to " + (cells - 1));
        }
        return Long.parseLong(key);
    }

    private static String describe(JsonToken t) {
        return switch (t) {
            case START_OBJECT -> "an object";
            case START_ARRAY -> "an array";
            case VALUE_TRUE, VALUE_FALSE -> "a boolean";
            case VALUE_STRING -> "a string";
            case VALUE_NULL -> "null";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
            default -> "the end of " + (t == JsonToken.END_ARRAY ? "an array" : "an object");
        };
    }

    private ImportException failure(IOException e) {
        if (e instanceof JsonEOFException
                || (e instanceof JsonProcessingException j0
                        && j0.getOriginalMessage() != null
                        && j0.getOriginalMessage().startsWith("Unexpected end-of-input"))) {
            return error(
                            "",
                            ((JsonProcessingException) e).getLocation(),
                            "the file ends in the middle of the JSON: it was cut off (an incomplete download or"
                                    + " copy); nothing was imported")
                    .code("json-truncated");
        }
        if (e instanceof JsonProcessingException j) {
            String m = j.getOriginalMessage();
            if (m != null && m.startsWith("Duplicate field")) {
                return error("", location(j), "a key is given twice in one object: " + m)
                        .code("json-duplicate");
            }
            return error("", location(j), "the file is not valid JSON: " + m).code("not-json");
        }
        return SourceStreams.failure(name, 0, e);
    }

    private static JsonLocation location(JsonProcessingException e) {
        return e.getLocation();
    }

    private ImportException error(String pointer, JsonLocation where, String reason) {
        long line = where == null ? 0 : Math.max(0, where.getLineNr());
        String at = where == null || where.getLineNr() < 0
                ? ""
                : " (line " + where.getLineNr() + ", column " + where.getColumnNr() + ")";
        return new ImportException(name, line, pointer, reason + at);
    }

    /** RFC 6901: {@code ~} → {@code ~0}, {@code /} → {@code ~1}. */
    static String pointerEscape(String key) {
        return key.replace("~", "~0").replace("/", "~1");
    }

    /** The place the importer's checks refer to. */
    private final class Site implements ErrorSite {
        private final String fileName;
        private String pointer = "";
        private JsonLocation location;

        Site(String fileName) {
            this.fileName = fileName;
        }

        void at(String pointer, JsonLocation location) {
            this.pointer = pointer;
            this.location = location;
        }

        @Override
        public String fileName() {
            return fileName;
        }

        @Override
        public long lineNumber() {
            return location == null ? 0 : Math.max(0, location.getLineNr());
        }

        @Override
        public ImportException error(String field, String reason) {
            return JsonStatReader.this.error(
                    field == null || field.isEmpty() ? pointer : field, location, reason + " at " + pointer);
        }
    }

    /** The fields of one dataset object (the top of a 2.0 file, or a member of a 1.x bundle). */
    private final class Body {
        private final String prefix;
        private String version;
        private String klass;
        private String label = "";
        private String updated = "";
        private String code = "";
        private List<String> ids;
        private List<Long> sizes;
        private final Map<String, List<String>> dimensions = new LinkedHashMap<>();
        private JsonToken valueKind;
        private long valueLength = -1;
        private final Map<Long, String> statuses = new HashMap<>();
        private String allStatus = "";
        private long statusLength = -1;
        private long maxStatusIndex = -1;
        private String errorText;
        private long cells;

        Body(String prefix) {
            this.prefix = prefix;
        }

        void readObject(JsonParser p) throws IOException {
            for (JsonToken t = p.nextToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
                String key = p.currentName();
                read(p, key, p.nextToken());
            }
        }

        void read(JsonParser p, String key, JsonToken v) throws IOException {
            String pointer = prefix + "/" + pointerEscape(key);
            switch (key) {
                case "version" -> version = text(p, v, pointer);
                case "class" -> klass = text(p, v, pointer);
                case "label" -> label = v == JsonToken.VALUE_STRING ? p.getText() : skip(p);
                case "updated" -> updated = v == JsonToken.VALUE_STRING ? p.getText() : skip(p);
                case "code" -> code = v == JsonToken.VALUE_STRING ? p.getText() : skip(p);
                case "id" -> ids = strings(p, v, pointer);
                case "size" -> sizes = sizes(p, v, pointer);
                case "dimension" -> dimensions(p, v, pointer);
                case "value" -> value(p, v, pointer);
                case "status" -> status(p, v, pointer);
                case "extension" -> extension(p, v);
                case "error" -> errorText = errorText(p, v);
                default -> p.skipChildren();
            }
        }

        private String skip(JsonParser p) throws IOException {
            p.skipChildren();
            return "";
        }

        private String text(JsonParser p, JsonToken v, String pointer) {
            if (v != JsonToken.VALUE_STRING) {
                throw error(pointer, p.currentLocation(), pointer + " must be a string, got " + describe(v));
            }
            try {
                return p.getText();
            } catch (IOException e) {
                throw failure(e);
            }
        }

        private List<String> strings(JsonParser p, JsonToken v, String pointer) throws IOException {
            if (v != JsonToken.START_ARRAY) {
                throw error(pointer, p.currentLocation(), pointer + " must be an array of strings, got " + describe(v));
            }
            var out = new ArrayList<String>();
            for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
                if (t != JsonToken.VALUE_STRING) {
                    throw error(
                            pointer + "/" + out.size(),
                            p.currentLocation(),
                            "entry " + out.size() + " of " + pointer + " must be a string, got " + describe(t));
                }
                out.add(p.getText());
            }
            return out;
        }

        private List<Long> sizes(JsonParser p, JsonToken v, String pointer) throws IOException {
            if (v != JsonToken.START_ARRAY) {
                throw error(
                        pointer,
                        p.currentLocation(),
                        pointer + " must be an array of whole numbers, got " + describe(v));
            }
            var out = new ArrayList<Long>();
            for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
                if (t != JsonToken.VALUE_NUMBER_INT || p.getLongValue() < 0) {
                    throw error(
                            pointer + "/" + out.size(),
                            p.currentLocation(),
                            "entry " + out.size() + " of " + pointer + " must be a whole number of categories, got "
                                    + (t == JsonToken.VALUE_NUMBER_INT ? p.getText() : describe(t)));
                }
                out.add(p.getLongValue());
            }
            return out;
        }

        private void dimensions(JsonParser p, JsonToken v, String pointer) throws IOException {
            if (v != JsonToken.START_OBJECT) {
                throw error(pointer, p.currentLocation(), pointer + " must be an object, got " + describe(v));
            }
            for (JsonToken t = p.nextToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
                String key = p.currentName();
                JsonToken d = p.nextToken();
                String at = pointer + "/" + pointerEscape(key);
                if (key.equals("id") && d == JsonToken.START_ARRAY) {
                    ids = strings(p, d, at);
                } else if (key.equals("size") && d == JsonToken.START_ARRAY) {
                    sizes = sizes(p, d, at);
                } else if (key.equals("role") && d == JsonToken.START_OBJECT) {
                    p.skipChildren();
                } else if (d == JsonToken.START_OBJECT) {
                    dimensions.put(key, dimension(p, key, at));
                } else {
                    throw error(
                            at,
                            p.currentLocation(),
                            "dimension " + Echo.quote(key) + " must be an object, got " + describe(d));
                }
            }
        }

        private List<String> dimension(JsonParser p, String id, String pointer) throws IOException {
            List<String> codes = null;
            List<String> labelled = null;
            for (JsonToken t = p.nextToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
                String key = p.currentName();
                JsonToken v = p.nextToken();
                if (!key.equals("category")) {
                    p.skipChildren();
                    continue;
                }
                String cat = pointer + "/category";
                if (v != JsonToken.START_OBJECT) {
                    throw error(cat, p.currentLocation(), cat + " must be an object, got " + describe(v));
                }
                for (JsonToken c = p.nextToken(); c == JsonToken.FIELD_NAME; c = p.nextToken()) {
                    String ckey = p.currentName();
                    JsonToken cv = p.nextToken();
                    if (ckey.equals("index")) {
                        codes = index(p, cv, cat + "/index");
                    } else if (ckey.equals("label") && cv == JsonToken.START_OBJECT) {
                        labelled = new ArrayList<>();
                        for (JsonToken l = p.nextToken(); l == JsonToken.FIELD_NAME; l = p.nextToken()) {
                            labelled.add(p.currentName());
                            p.nextToken();
                            p.skipChildren();
                        }
                    } else {
                        p.skipChildren();
                    }
                }
            }
            if (codes != null) {
                return codes;
            }
            if (labelled != null && labelled.size() == 1) {
                return labelled;
            }
            throw error(
                    pointer + "/category/index",
                    p.currentLocation(),
                    "dimension " + Echo.quote(id) + " has no category index (only a dimension with one category may"
                            + " omit it)");
        }

        private List<String> index(JsonParser p, JsonToken v, String pointer) throws IOException {
            if (v == JsonToken.START_ARRAY) {
                List<String> codes = strings(p, v, pointer);
                var unique = new HashSet<String>();
                for (int i = 0; i < codes.size(); i++) {
                    if (!unique.add(codes.get(i))) {
                        throw error(
                                pointer + "/" + i,
                                p.currentLocation(),
                                "category " + Echo.quote(codes.get(i)) + " is listed twice in " + pointer);
                    }
                }
                return codes;
            }
            if (v != JsonToken.START_OBJECT) {
                throw error(
                        pointer, p.currentLocation(), pointer + " must be an object or an array, got " + describe(v));
            }
            var positions = new LinkedHashMap<String, Long>();
            for (JsonToken t = p.nextToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
                String code = p.currentName();
                JsonToken n = p.nextToken();
                if (n != JsonToken.VALUE_NUMBER_INT) {
                    throw error(
                            pointer + "/" + pointerEscape(code),
                            p.currentLocation(),
                            "the position of category " + Echo.quote(code) + " must be a whole number, got "
                                    + describe(n));
                }
                positions.put(code, p.getLongValue());
            }
            String[] codes = new String[positions.size()];
            for (var e : positions.entrySet()) {
                long at = e.getValue();
                if (at < 0 || at >= codes.length || codes[(int) at] != null) {
                    throw error(
                            pointer + "/" + pointerEscape(e.getKey()),
                            p.currentLocation(),
                            "category " + Echo.quote(e.getKey()) + " has position " + at + "; the " + codes.length
                                    + " categories must take the positions 0 to " + (codes.length - 1) + " once each");
                }
                codes[(int) at] = e.getKey();
            }
            return List.of(codes);
        }

        private void value(JsonParser p, JsonToken v, String pointer) throws IOException {
            if (v == JsonToken.START_ARRAY) {
                valueKind = v;
                long n = 0;
                for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
                    p.skipChildren();
                    n++;
                }
                valueLength = n;
            } else if (v == JsonToken.START_OBJECT) {
                valueKind = v;
                p.skipChildren();
            } else {
                throw error(
                        pointer, p.currentLocation(), pointer + " must be an array or an object, got " + describe(v));
            }
        }

        private void status(JsonParser p, JsonToken v, String pointer) throws IOException {
            switch (v) {
                case VALUE_NULL -> {}
                case VALUE_STRING -> allStatus = p.getText();
                case START_ARRAY -> statusArray(p, pointer);
                case START_OBJECT -> {
                    for (JsonToken t = p.nextToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
                        String key = p.currentName();
                        JsonToken s = p.nextToken();
                        String at = pointer + "/" + pointerEscape(key);
                        if (key.equals("value") && s == JsonToken.START_ARRAY) {
                            statusArray(p, at);
                        } else if (key.equals("category") && s == JsonToken.START_OBJECT) {
                            p.skipChildren();
                        } else if (CELL_NUMBER.matcher(key).matches()) {
                            long index = Long.parseLong(key);
                            if (s == JsonToken.VALUE_STRING) {
                                statuses.put(index, p.getText());
                                maxStatusIndex = Math.max(maxStatusIndex, index);
                            } else if (s != JsonToken.VALUE_NULL) {
                                throw error(
                                        at,
                                        p.currentLocation(),
                                        "the status at " + at + " must be a string, got " + describe(s));
                            }
                        } else {
                            throw error(
                                    at,
                                    p.currentLocation(),
                                    "bad status: " + Echo.quote(key) + " at " + at + " is not a cell number");
                        }
                    }
                }
                default ->
                    throw error(
                            pointer,
                            p.currentLocation(),
                            "bad status: " + pointer + " must be a string, an array or an object, got " + describe(v));
            }
        }

        private void statusArray(JsonParser p, String pointer) throws IOException {
            long i = 0;
            for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
                if (t == JsonToken.VALUE_STRING) {
                    statuses.put(i, p.getText());
                } else if (t != JsonToken.VALUE_NULL) {
                    throw error(
                            pointer + "/" + i,
                            p.currentLocation(),
                            "bad status: the status at " + pointer + "/" + i + " must be a string or null, got "
                                    + describe(t));
                }
                i++;
            }
            statusLength = i;
        }

        private void extension(JsonParser p, JsonToken v) throws IOException {
            if (v != JsonToken.START_OBJECT) {
                p.skipChildren();
                return;
            }
            for (JsonToken t = p.nextToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
                String key = p.currentName();
                JsonToken e = p.nextToken();
                if (key.equals("id") && e == JsonToken.VALUE_STRING) {
                    code = p.getText();
                } else {
                    p.skipChildren();
                }
            }
        }

        private String errorText(JsonParser p, JsonToken v) throws IOException {
            var parts = new ArrayList<String>();
            if (v == JsonToken.VALUE_STRING) {
                parts.add(p.getText());
            } else if (v == JsonToken.START_OBJECT || v == JsonToken.START_ARRAY) {
                int depth = 1;
                while (depth > 0) {
                    JsonToken t = p.nextToken();
                    if (t == null) {
                        break;
                    }
                    if (t.isStructStart()) {
                        depth++;
                    } else if (t.isStructEnd()) {
                        depth--;
                    } else if (t.isScalarValue() && parts.size() < 6) {
                        parts.add(p.currentName() + " " + p.getText());
                    }
                }
            }
            return String.join(", ", parts);
        }

        void check(boolean legacy) {
            if (errorText != null || "error".equals(klass)) {
                throw error(
                                prefix + "/error",
                                null,
                                "the file is an error answer of the statistics service, not data: "
                                        + Echo.shorten(errorText == null ? label : errorText, 300))
                        .code("source-error");
            }
            if (!legacy) {
                if (version == null && klass == null && ids == null) {
                    throw error("", null, "the file is JSON but not a JSON-stat dataset (no version, class or id)");
                }
                if (version != null && !version.equals("2.0")) {
                    throw error(
                            prefix + "/version",
                            null,
                            "JSON-stat version " + Echo.quote(version) + " is not supported (2.0, or a 1.x bundle)");
                }
                if (klass != null && !klass.equals("dataset")) {
                    throw error(
                            prefix + "/class",
                            null,
                            "the file is a JSON-stat " + Echo.quote(klass)
                                    + ", not a dataset; import one dataset at a time");
                }
            }
            String dim = prefix + (legacy ? "/dimension" : "");
            if (ids == null || ids.isEmpty()) {
                throw error(dim + "/id", null, "the dataset has no dimension ids (" + dim + "/id)");
            }
            if (sizes == null) {
                throw error(dim + "/size", null, "the dataset has no sizes (" + dim + "/size)");
            }
            if (sizes.size() != ids.size()) {
                throw error(
                        dim + "/size",
                        null,
                        "size/id mismatch: " + sizes.size() + " sizes for " + ids.size() + " dimensions ("
                                + String.join(",", ids) + ")");
            }
            var unique = new HashSet<String>();
            for (String id : ids) {
                if (!unique.add(id)) {
                    throw error(dim + "/id", null, "dimension " + Echo.quote(id) + " is listed twice in id");
                }
                if (!dimensions.containsKey(id)) {
                    throw error(
                            prefix + "/dimension/" + pointerEscape(id),
                            null,
                            "unknown dimension: " + Echo.quote(id)
                                    + " is named in id but not described under dimension");
                }
            }
            for (String d : dimensions.keySet()) {
                if (!unique.contains(d)) {
                    throw error(
                            prefix + "/dimension/" + pointerEscape(d),
                            null,
                            "unknown dimension: " + Echo.quote(d)
                                    + " is described under dimension but not named in id (" + String.join(",", ids)
                                    + ")");
                }
            }
            long product = 1;
            for (int i = 0; i < ids.size(); i++) {
                int categories = dimensions.get(ids.get(i)).size();
                if (sizes.get(i) != categories) {
                    throw error(
                            dim + "/size/" + i,
                            null,
                            "size/category mismatch: size " + sizes.get(i) + " for dimension " + ids.get(i)
                                    + ", which has " + categories + " categories");
                }
                product *= Math.max(1, categories);
                if (categories == 0) {
                    product = 0;
                }
                if (product > MAX_CELLS) {
                    throw error(
                            dim + "/size",
                            null,
                            "the dataset has more than " + MAX_CELLS + " cells; ask for fewer with filters");
                }
            }
            cells = product;
            if (valueKind == null) {
                throw error(prefix + "/value", null, "the dataset has no value");
            }
            if (valueLength >= 0 && valueLength != cells) {
                throw error(
                                prefix + "/value",
                                null,
                                "size/value mismatch: the value array has " + valueLength + " entries, the sizes "
                                        + sizes + " give " + cells + " cells")
                        .code("value-length");
            }
            if (statusLength >= 0 && statusLength != cells) {
                throw error(
                        prefix + "/status",
                        null,
                        "bad status: the status array has " + statusLength + " entries for " + cells + " cells");
            }
            if (maxStatusIndex >= cells) {
                throw error(
                        prefix + "/status/" + maxStatusIndex,
                        null,
                        "bad status: cell " + maxStatusIndex + " does not exist (the sizes give " + cells + " cells)");
            }
        }

        String status(long index) {
            String s = statuses.get(index);
            return s != null ? s : allStatus;
        }

        Structure structure(boolean legacy, String member) {
            var dims = new ArrayList<Dimension>();
            for (String id : ids) {
                dims.add(new Dimension(id, dimensions.get(id)));
            }
            String dataset = !code.isEmpty() ? code : member != null ? member : "";
            return new Structure(dataset, label, updated, legacy, dims, cells);
        }
    }
}
