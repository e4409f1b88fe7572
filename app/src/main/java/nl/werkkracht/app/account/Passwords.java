package nl.werkkracht.app.account;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * How passwords are hashed, generated and judged.
 *
 * <p>Hashes are Argon2id (the winner of the Password Hashing Competition and OWASP's first choice) with
 * Spring Security 5.8's parameters: 16 MiB of memory, 2 iterations, parallelism 1, 16-byte salt, 32-byte
 * hash. They are stored with their algorithm id, {@code {argon2}$argon2id$v=19$m=16384,t=2,p=1$…}, by a
 * {@link DelegatingPasswordEncoder}: a later release can switch to another algorithm or stronger
 * parameters, and old hashes are then upgraded at the next login.
 */
public final class Passwords {

    /** The id under which hashes are stored. */
    public static final String ALGORITHM = "argon2";

    /** Long enough that a password chosen by a person resists guessing; NIST SP 800-63B asks for 8 at least. */
    public static final int MIN_LENGTH = 12;

    /** Bounds the work of hashing what a client sends. */
    public static final int MAX_LENGTH = 128;

    /** 18 random bytes make 24 URL-safe characters: 144 bits, beyond any guessing. */
    private static final int GENERATED_BYTES = 18;

    private static final SecureRandom RANDOM = new SecureRandom();

    private Passwords() {}

    /**
     * The password encoder of the platform: Argon2id, delegating by algorithm id. A stored hash with any
     * other id (or none) matches no password, rather than failing the login with an error.
     */
    public static PasswordEncoder encoder() {
        DelegatingPasswordEncoder encoder = new DelegatingPasswordEncoder(
                ALGORITHM, Map.of(ALGORITHM, Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8()));
        encoder.setDefaultPasswordEncoderForMatches(new MatchesNothing());
        return encoder;
    }

    /** For hashes of an algorithm this platform does not know. */
    private static final class MatchesNothing implements PasswordEncoder {
        @Override
        public String encode(CharSequence rawPassword) {
            throw new UnsupportedOperationException("only matches");
        }

        @Override
        public boolean matches(CharSequence rawPassword, String encodedPassword) {
            return false;
        }
    }

    /** A new random password of 24 URL-safe characters, for a user who did not choose one. */
    public static String generate() {
        byte[] bytes = new byte[GENERATED_BYTES];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /**
     * @throws AccountException ({@link AccountException.Reason#WEAK_PASSWORD}) when {@code password} is
     *     shorter than {@link #MIN_LENGTH} or longer than {@link #MAX_LENGTH} characters, or blank
     */
    public static String requireAcceptable(String password) {
        if (password == null
                || password.isBlank()
                || password.length() < MIN_LENGTH
                || password.length() > MAX_LENGTH) {
            throw new AccountException(
                    AccountException.Reason.WEAK_PASSWORD,
                    "a password must have " + MIN_LENGTH + " to " + MAX_LENGTH + " characters");
        }
        return password;
    }
}
