package nl.werkkracht.app.benchmark;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import nl.werkkracht.app.account.ApiTokens;

/**
 * Invitation codes of networks: 100 random bits as 20 lower-case base-32 characters ({@code a-z}, {@code
 * 2-7}: no 0/O or 1/l to confuse), shown in groups of four ({@code k7wq-3mzd-…}) for a person to pass on.
 * Only the SHA-256 of a code is stored; the code itself is shown once, to the coordinator who made it.
 */
final class InvitationCodes {

    static final int LENGTH = 20;

    private static final char[] ALPHABET = "abcdefghijklmnopqrstuvwxyz234567".toCharArray();
    private static final Pattern FORMAT = Pattern.compile("[a-z2-7]{" + LENGTH + "}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private InvitationCodes() {}

    /** A new random code, in groups of four. */
    static String generate() {
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < LENGTH; i++) {
            if (i > 0 && i % 4 == 0) {
                code.append('-');
            }
            code.append(ALPHABET[RANDOM.nextInt(ALPHABET.length)]);
        }
        return code.toString();
    }

    /** The code as typed, without spaces and hyphens and in lower case; empty when it cannot be a code. */
    static Optional<String> normalise(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        String code = typed.replaceAll("[\\s-]", "").toLowerCase(Locale.ROOT);
        return FORMAT.matcher(code).matches() ? Optional.of(code) : Optional.empty();
    }

    /** The SHA-256 of a normalised code, as stored. */
    static String hash(String normalised) {
        return ApiTokens.hash("network-invitation:" + normalised);
    }
}
