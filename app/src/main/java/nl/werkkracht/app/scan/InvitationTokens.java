package nl.werkkracht.app.scan;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * Invitation tokens: 128 random bits written as 26 lower-case base-32 characters ({@code a-z}, {@code
 * 2-7}: no 0/O or 1/l to confuse when typed from paper). Only the SHA-256 of a token is stored; the
 * token itself is shown once, on the invitation.
 */
final class InvitationTokens {

    static final int LENGTH = 26;

    private static final char[] ALPHABET = "abcdefghijklmnopqrstuvwxyz234567".toCharArray();
    private static final Pattern FORMAT = Pattern.compile("[a-z2-7]{" + LENGTH + "}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private InvitationTokens() {}

    /** A new random token. */
    static String generate() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        var out = new StringBuilder(LENGTH);
        int buffer = 0;
        int bits = 0;
        for (byte b : bytes) {
            buffer = (buffer << 8) | (b & 0xff);
            bits += 8;
            while (bits >= 5) {
                out.append(ALPHABET[(buffer >>> (bits - 5)) & 31]);
                bits -= 5;
            }
        }
        out.append(ALPHABET[(buffer << (5 - bits)) & 31]);
        return out.toString();
    }

    /** Whether {@code token} has the form of a token (it may still be unknown). */
    static boolean wellFormed(String token) {
        return token != null && FORMAT.matcher(token).matches();
    }

    /** The SHA-256 of a token as 64 lower-case hex digits, as stored. */
    static String hash(String token) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
