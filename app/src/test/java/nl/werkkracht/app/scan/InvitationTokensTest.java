package nl.werkkracht.app.scan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import org.junit.jupiter.api.Test;

class InvitationTokensTest {

    @Test
    void shouldMakeDistinctTokensOfTwentySixBase32Characters() {
        var seen = new HashSet<String>();
        for (int i = 0; i < 10_000; i++) {
            String token = InvitationTokens.generate();
            assertThat(token).matches("[a-z2-7]{26}");
            assertThat(InvitationTokens.wellFormed(token)).isTrue();
            seen.add(token);
        }
        assertThat(seen).hasSize(10_000);
    }

    @Test
    void shouldHashWithSha256AsLowerCaseHex() {
        // SHA-256("abc"), FIPS 180-2 appendix B.1
        assertThat(InvitationTokens.hash("abc"))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    @Test
    void shouldRejectWhatCannotBeAToken() {
        assertThat(InvitationTokens.wellFormed(null)).isFalse();
        assertThat(InvitationTokens.wellFormed("ABCDEFGHIJKLMNOPQRSTUVWXYZ")).isFalse();
        assertThat(InvitationTokens.wellFormed("abc")).isFalse();
        assertThat(InvitationTokens.wellFormed("abcdefghijklmnopqrstuvwxy1")).isFalse();
    }
}
