package nl.werkkracht.statdata.cbs;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import nl.werkkracht.statdata.importer.ImportException;
import nl.werkkracht.statdata.importer.ImportProgress;

/**
 * Fetches and reads CBS OData resources from an {@link ODataSource}, turning every failure into an
 * {@link ImportException} whose file is the resource label ({@code 84419NED/TypedDataSet}). Follows next
 * links until the last page and refuses a link it has already followed (a loop would never end).
 */
final class ODataClient {

    private final ODataSource source;

    ODataClient(ODataSource source) {
        this.source = Objects.requireNonNull(source, "source");
    }

    /** A list resource (metadata or a code list), read whole. */
    List<Map<String, String>> list(String resource) {
        String label = ODataResource.label(resource);
        try (InputStream in = open(resource, label, 0)) {
            return ODataPageReader.list(in, label);
        } catch (IOException e) {
            throw closing(label, e);
        }
    }

    /** A singleton resource (v4 {@code Properties}). */
    Map<String, String> object(String resource) {
        String label = ODataResource.label(resource);
        try (InputStream in = open(resource, label, 0)) {
            return ODataPageReader.object(in, label);
        } catch (IOException e) {
            throw closing(label, e);
        }
    }

    /**
     * Streams every row of a paged resource, numbering rows 1, 2, … across pages.
     *
     * @return the number of rows read
     */
    long rows(String resource, ODataPageReader.RowConsumer consumer, ImportProgress progress) {
        String label = ODataResource.label(resource);
        Set<String> followed = new HashSet<>();
        String next = resource;
        long records = 0;
        long pages = 0;
        while (next != null) {
            if (!followed.add(ODataResource.key(next))) {
                throw new ImportException(
                        label,
                        records,
                        "odata.nextLink",
                        "the next link " + next + " was already followed; the service is paging in a loop");
            }
            ODataPageReader.Page page;
            try (InputStream in = open(next, label, records)) {
                page = ODataPageReader.page(in, label, records + 1, consumer);
            } catch (IOException e) {
                throw closing(label, e);
            }
            records += page.rows();
            pages++;
            progress.update(records, pages, -1);
            next = page.nextLink().orElse(null);
        }
        return records;
    }

    private InputStream open(String resource, String label, long recordsSoFar) {
        try {
            return source.open(resource);
        } catch (IOException e) {
            String where = source.describe(resource);
            String message = e.getMessage() == null ? "no answer" : e.getMessage();
            String after = recordsSoFar > 0 ? " (after " + recordsSoFar + " records)" : "";
            String reason = message.contains(where)
                    ? "cannot fetch the response" + after + ": " + message
                    : "cannot fetch " + where + after + ": " + message;
            throw new ImportException(label, 0, "", reason, e);
        }
    }

    private static ImportException closing(String label, IOException e) {
        return new ImportException(label, 0, "", "cannot close the response", e);
    }
}
