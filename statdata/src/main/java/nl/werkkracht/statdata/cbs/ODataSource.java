package nl.werkkracht.statdata.cbs;

import java.io.IOException;
import java.io.InputStream;

/**
 * Where CBS OData responses come from: the CBS web service ({@link HttpODataSource}) or a directory of saved
 * responses ({@link DirectoryODataSource}, for tests and offline use). The importer never builds URLs itself
 * beyond the service-relative path, so both behave the same.
 */
public interface ODataSource {

    /**
     * Opens one response body (JSON).
     *
     * @param resource a path relative to the service root, such as {@code 84419NED/TableInfos?$format=json}, or
     *     an absolute URL as found in a response's {@code odata.nextLink}
     * @return the body; the caller closes it
     * @throws IOException when the resource cannot be fetched; the message names the URL or file
     */
    InputStream open(String resource) throws IOException;

    /** Where {@code resource} is read from (a URL or a file), for messages. */
    default String describe(String resource) {
        return resource;
    }
}
