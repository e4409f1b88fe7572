package nl.werkkracht.app.browser;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.Map;
import org.openqa.selenium.JavascriptExecutor;

/**
 * An export fetched by the page itself ({@code fetch} with the browser's session and cookies), so
 * that it is exactly what a click on the link would download.
 *
 * @param status the HTTP status
 * @param contentType the Content-Type header
 * @param disposition the Content-Disposition header, or empty
 * @param bytes the body
 */
record ExportDownload(int status, String contentType, String disposition, byte[] bytes) {

    private static final String FETCH =
            """
            const done = arguments[arguments.length - 1];
            fetch(arguments[0], {credentials: 'same-origin'})
              .then(r => r.arrayBuffer().then(b => {
                const bytes = new Uint8Array(b);
                let binary = '';
                for (let i = 0; i < bytes.length; i += 0x8000) {
                  binary += String.fromCharCode.apply(null, bytes.subarray(i, i + 0x8000));
                }
                done({status: r.status, type: r.headers.get('content-type') || '',
                      disposition: r.headers.get('content-disposition') || '', body: btoa(binary)});
              }))
              .catch(e => done({status: -1, type: '', disposition: String(e), body: ''}));
            """;

    /** Fetches the address in the browser's current page. */
    static ExportDownload fetch(JavascriptExecutor js, String href) {
        @SuppressWarnings("unchecked")
        Map<String, Object> r = (Map<String, Object>) js.executeAsyncScript(FETCH, href);
        return new ExportDownload(
                ((Number) r.get("status")).intValue(),
                (String) r.get("type"),
                (String) r.get("disposition"),
                Base64.getDecoder().decode((String) r.get("body")));
    }

    /** The first bytes as ISO-8859-1 characters: "PK" for a zip, "%PDF" for a PDF. */
    String head() {
        return new String(Arrays.copyOf(bytes, Math.min(8, bytes.length)), StandardCharsets.ISO_8859_1);
    }

    int size() {
        return bytes.length;
    }

    @Override
    public String toString() {
        return "ExportDownload[status=" + status + ", contentType=" + contentType + ", size=" + bytes.length + "]";
    }
}
