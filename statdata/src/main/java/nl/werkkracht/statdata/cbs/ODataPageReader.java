package nl.werkkracht.statdata.cbs;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.JsonEOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.werkkracht.statdata.importer.Echo;
import nl.werkkracht.statdata.importer.ImportException;

/**
 * Reads one CBS OData JSON response with the Jackson streaming parser, one row at a time, so a page of
 * 10,000 rows is never held as a tree. Handles the v3 shape ({@code {"value":[…],"odata.nextLink":…}}), the
 * v4 shape ({@code "@odata.nextLink"}) and v4 singletons ({@code Properties}). Rows are flat: every scalar
 * becomes its text (a number's text as published, JSON null as null); nested objects and arrays are skipped.
 * Malformed JSON becomes an {@link ImportException} with the parser's line and column.
 */
final class ODataPageReader {

    /** Refuses a key given twice in one object: which of the two would be the value is a guess. */
    private static final JsonFactory JSON = JsonFactory.builder()
            .enable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    /** Receives the rows of a page with their dataset-wide 1-based number. */
    @FunctionalInterface
    interface RowConsumer {
        void accept(long record, Map<String, String> fields);
    }

    /**
     * What a page held besides its rows.
     *
     * @param rows the number of rows
     * @param nextLink the link to the next page, empty on the last page
     */
    record Page(long rows, Optional<String> nextLink) {}

    private final String file;
    private final long firstRecord;
    private long rows;

    private ODataPageReader(String file, long firstRecord) {
        this.file = file;
        this.firstRecord = firstRecord;
    }

    /**
     * Streams the {@code value} array of one page.
     *
     * @param file the label for messages, e.g. {@code 84419NED/TypedDataSet}
     * @param firstRecord the dataset-wide number of the page's first row
     */
    static Page page(InputStream in, String file, long firstRecord, RowConsumer consumer) {
        return new ODataPageReader(file, firstRecord).read(in, consumer);
    }

    /** Reads a small list resource (metadata, a code list) whole. */
    static List<Map<String, String>> list(InputStream in, String file) {
        var out = new ArrayList<Map<String, String>>();
        page(in, file, 1, (record, fields) -> out.add(fields));
        return out;
    }

    /** Reads the scalar fields of a singleton response (v4 {@code Properties}). */
    static Map<String, String> object(InputStream in, String file) {
        var reader = new ODataPageReader(file, 0);
        try (JsonParser p = JSON.createParser(in)) {
            reader.expect(p, p.nextToken() == JsonToken.START_OBJECT, "a JSON object");
            return reader.flatObject(p, false);
        } catch (JsonProcessingException e) {
            throw reader.malformed(e);
        } catch (IOException e) {
            throw new ImportException(file, 0, "", "cannot read the response", e);
        }
    }

    private Page read(InputStream in, RowConsumer consumer) {
        String next = null;
        boolean sawValue = false;
        try (JsonParser p = JSON.createParser(in)) {
            expect(p, p.nextToken() == JsonToken.START_OBJECT, "a JSON object");
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                JsonToken token = p.nextToken();
                if (name.equals("value") && token == JsonToken.START_ARRAY) {
                    sawValue = true;
                    readRows(p, consumer);
                } else if (isNextLink(name) && token == JsonToken.VALUE_STRING) {
                    next = p.getText();
                } else {
                    p.skipChildren();
                }
            }
        } catch (JsonProcessingException e) {
            throw malformed(e);
        } catch (IOException e) {
            throw new ImportException(file, firstRecord + rows, "", "cannot read the response", e).code("cannot-read");
        }
        if (!sawValue) {
            throw new ImportException(
                    file, 0, "value", "the response has no 'value' array; is this a CBS OData " + "JSON response?");
        }
        return new Page(rows, Optional.ofNullable(next).filter(s -> !s.isBlank()));
    }

    private void readRows(JsonParser p, RowConsumer consumer) throws IOException {
        JsonToken token;
        while ((token = p.nextToken()) == JsonToken.START_OBJECT) {
            Map<String, String> fields = flatObject(p, true);
            consumer.accept(firstRecord + rows, fields);
            rows++;
        }
        expect(p, token == JsonToken.END_ARRAY, "an object or the end of the 'value' array");
    }

    /**
     * The scalar fields of an object. In a row ({@code strict}) every field is a scalar: an array or object
     * where CBS writes a value ({@code "Bbp_1":[]}) is refused rather than read as a missing value.
     */
    private Map<String, String> flatObject(JsonParser p, boolean strict) throws IOException {
        var fields = new LinkedHashMap<String, String>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            JsonToken token = p.nextToken();
            if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
                if (strict) {
                    String what = token == JsonToken.START_ARRAY ? "a JSON array" : "a JSON object";
                    throw new ImportException(
                                    file,
                                    firstRecord + rows,
                                    name,
                                    "field " + Echo.quote(name) + " holds " + what + " where CBS writes a value")
                            .code("json-nested", Echo.shorten(name, Echo.MAX));
                }
                p.skipChildren();
            } else if (token == JsonToken.VALUE_NULL) {
                fields.put(name, null);
            } else {
                fields.put(name, p.getText());
            }
        }
        return fields;
    }

    private static boolean isNextLink(String name) {
        return name.equals("odata.nextLink") || name.equals("@odata.nextLink");
    }

    private void expect(JsonParser p, boolean ok, String what) throws JsonProcessingException {
        if (!ok) {
            throw new com.fasterxml.jackson.core.JsonParseException(p, "expected " + what);
        }
    }

    private ImportException malformed(JsonProcessingException e) {
        var at = e.getLocation();
        String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
        long record = firstRecord == 0 ? 0 : firstRecord + rows;
        if (e.getCause() instanceof java.io.CharConversionException
                || String.valueOf(e.getOriginalMessage()).startsWith("Invalid UTF-8")) {
            return new ImportException(file, record, "", "the file is not UTF-8 text" + where, e).code("not-utf8");
        }
        String original = String.valueOf(e.getOriginalMessage());
        if (original.startsWith("Duplicate field")) {
            return new ImportException(
                            file,
                            record,
                            "",
                            "malformed JSON" + where + ": a key is given twice ("
                                    + Echo.clean(
                                            original.substring(original.indexOf('\'') < 0 ? 0 : original.indexOf('\'')))
                                    + ")",
                            e)
                    .code("json-duplicate");
        }
        if (e instanceof JsonEOFException) {
            return new ImportException(
                            file, record, "", "the JSON ends too early" + where + ": the file is incomplete", e)
                    .code("json-truncated");
        }
        return new ImportException(file, record, "", "malformed JSON" + where + ": " + Echo.shorten(original, 200), e)
                .code("json-malformed");
    }
}
