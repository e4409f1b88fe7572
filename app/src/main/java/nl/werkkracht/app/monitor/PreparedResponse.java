package nl.werkkracht.app.monitor;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

/**
 * One public monitor answer (a page or an API answer) as it is sent, prepared once per data version: the
 * status-200 headers the application set (content type and language, the security headers), the body
 * bytes, their gzip form when that pays, and a strong entity tag per representation.
 *
 * <p>The entity tag is a hash of the exact bytes, so every instance serving the same data gives the same
 * tag (revalidation works behind a load balancer) and a new data version that changes an answer changes
 * its tag. The gzip representation has its own tag (suffix {@code -gz}): strong tags name exact bytes.
 *
 * @param headers header name and values to send as they are
 * @param body the identity representation
 * @param gzip the gzip representation, or null when the body is small or does not shrink
 * @param etag the strong entity tag of {@code body}, quoted
 * @param gzipEtag the strong entity tag of {@code gzip}, quoted (null without gzip)
 */
record PreparedResponse(Map<String, List<String>> headers, byte[] body, byte[] gzip, String etag, String gzipEtag) {

    /** Below this size, compressing costs more than it saves (a TCP segment holds about 1,400 bytes). */
    static final int GZIP_THRESHOLD = 1024;

    PreparedResponse {
        headers = Map.copyOf(headers);
        Objects.requireNonNull(body);
        Objects.requireNonNull(etag);
        if ((gzip == null) != (gzipEtag == null)) {
            throw new IllegalArgumentException("gzip and its entity tag come together");
        }
    }

    /** Prepares {@code body}: hashes it and compresses it when it is text of at least {@link #GZIP_THRESHOLD} bytes. */
    static PreparedResponse of(Map<String, List<String>> headers, byte[] body, boolean compressible) {
        String tag = tag(body);
        byte[] gz = compressible && body.length >= GZIP_THRESHOLD ? gzip(body) : null;
        if (gz != null && gz.length >= body.length) {
            gz = null;
        }
        return new PreparedResponse(headers, body, gz, "\"" + tag + "\"", gz == null ? null : "\"" + tag + "-gz\"");
    }

    /** The bytes held (for the cap on memory). */
    long size() {
        return body.length + (gzip == null ? 0 : gzip.length);
    }

    /**
     * Whether {@code ifNoneMatch} (the header's value) names this answer: {@code *} or one of the tags
     * (weak comparison, as RFC 9110 §13.1.2 prescribes for this header; either representation's tag).
     */
    boolean matches(String ifNoneMatch) {
        if (ifNoneMatch == null) {
            return false;
        }
        for (String raw : ifNoneMatch.split(",")) {
            String t = raw.strip();
            if (t.startsWith("W/")) {
                t = t.substring(2);
            }
            if (t.equals("*") || t.equals(etag) || t.equals(gzipEtag)) {
                return true;
            }
        }
        return false;
    }

    private static String tag(byte[] body) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
            return Base64.getUrlEncoder()
                    .withoutPadding()
                    .encodeToString(digest)
                    .substring(0, 27);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    private static byte[] gzip(byte[] body) {
        var out = new ByteArrayOutputStream(body.length / 4 + 64);
        try (var gz = new GZIPOutputStream(out, 8192) {
            {
                def.setLevel(Deflater.BEST_COMPRESSION);
            }
        }) {
            gz.write(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
