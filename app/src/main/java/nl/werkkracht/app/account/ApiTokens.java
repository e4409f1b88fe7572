package nl.werkkracht.app.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Personal API tokens: {@code wk_} followed by 32 random bytes in URL-safe Base64 (43 characters). The
 * prefix makes a leaked token recognisable (secret scanners, logs); 256 random bits make guessing
 * pointless, which is also why a plain SHA-256 (no salt, no slow hash) is enough to store it: the
 * database can find a token by its hash in one indexed lookup, and a stolen table does not give the
 * tokens away.
 */
public final class ApiTokens {

    /** What every token starts with. */
    public static final String PREFIX = "wk_";

    private static final int RANDOM_BYTES = 32;
    private static final int ENCODED_LENGTH = PREFIX.length() + 43;
    private static final SecureRandom RANDOM = new SecureRandom();

    private ApiTokens() {}

    /** A new token. Show it once to its owner; store only {@link #hash} of it. */
    public static String generate() {
        byte[] bytes = new byte[RANDOM_BYTES];
        RANDOM.nextBytes(bytes);
        return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Whether {@code candidate} has the shape of a token; anything else cannot be one. */
    public static boolean looksLikeToken(String candidate) {
        if (candidate == null || candidate.length() != ENCODED_LENGTH || !candidate.startsWith(PREFIX)) {
            return false;
        }
        for (int i = PREFIX.length(); i < candidate.length(); i++) {
            char c = candidate.charAt(i);
            boolean base64Url =
                    (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
            if (!base64Url) {
                return false;
            }
        }
        return true;
    }

    /** The SHA-256 of the token as 64 lower-case hex digits: what the database keeps. */
    public static String hash(String token) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
