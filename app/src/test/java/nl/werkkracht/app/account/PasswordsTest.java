package nl.werkkracht.app.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.password.PasswordEncoder;

class PasswordsTest {

    private final PasswordEncoder encoder = Passwords.encoder();

    @Test
    void shouldHashWithArgon2idAndItsAlgorithmId() {
        String hash = encoder.encode("correct horse battery");

        assertThat(hash).startsWith("{argon2}$argon2id$v=19$m=16384,t=2,p=1$");
        assertThat(hash).doesNotContain("correct horse battery");
        assertThat(encoder.matches("correct horse battery", hash)).isTrue();
        assertThat(encoder.matches("correct horse batterY", hash)).isFalse();
        assertThat(encoder.encode("correct horse battery")).isNotEqualTo(hash); // salted
    }

    @Test
    void shouldMatchNoPasswordAgainstAHashWithoutTheArgon2Id() {
        assertThat(encoder.matches("secret", "{noop}secret")).isFalse();
        assertThat(encoder.matches("secret", "secret")).isFalse();
    }

    @Test
    void shouldGenerateDifferentUrlSafePasswordsOfTwentyFourCharacters() {
        String first = Passwords.generate();

        assertThat(first).matches("[A-Za-z0-9_-]{24}");
        assertThat(Passwords.generate()).isNotEqualTo(first);
        assertThat(Passwords.requireAcceptable(first)).isEqualTo(first);
    }

    @Test
    void shouldRefuseShortBlankAndOverlongPasswords() {
        for (String weak : new String[] {null, "", "            ", "elevenchars", "x".repeat(129)}) {
            assertThatThrownBy(() -> Passwords.requireAcceptable(weak))
                    .isInstanceOfSatisfying(AccountException.class, e -> assertThat(e.reason())
                            .isEqualTo(AccountException.Reason.WEAK_PASSWORD));
        }
        assertThat(Passwords.requireAcceptable("twelve chars")).hasSize(12);
    }
}
