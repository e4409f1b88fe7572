package nl.werkkracht.app.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ApiTokensTest {

    @Test
    void shouldGenerateRecognisableUrlSafeTokensOf256RandomBits() {
        Set<String> tokens = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            tokens.add(ApiTokens.generate());
        }

        assertThat(tokens).hasSize(1000).allSatisfy(token -> {
            assertThat(token).matches("wk_[A-Za-z0-9_-]{43}");
            assertThat(ApiTokens.looksLikeToken(token)).isTrue();
        });
    }

    @Test
    void shouldHashWithSha256AsLowerCaseHex() {
        // SHA-256("abc") from FIPS 180-2, appendix B.1
        assertThat(ApiTokens.hash("abc")).isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    @Test
    void shouldRecogniseWhatCannotBeAToken() {
        assertThat(ApiTokens.looksLikeToken(null)).isFalse();
        assertThat(ApiTokens.looksLikeToken("")).isFalse();
        assertThat(ApiTokens.looksLikeToken("wk_short")).isFalse();
        assertThat(ApiTokens.looksLikeToken("xx_" + "A".repeat(43))).isFalse();
        assertThat(ApiTokens.looksLikeToken("wk_" + "A".repeat(42) + "=")).isFalse();
        assertThat(ApiTokens.looksLikeToken("wk_" + "A".repeat(42) + "+")).isFalse();
    }

    @Test
    void shouldNotShowTheTokenOfAnIssuedTokenInItsDescription() {
        String token = ApiTokens.generate();
        var info = new nl.werkkracht.store.account.ApiTokenInfo(
                1, "anna", "script", java.time.Instant.EPOCH, java.util.Optional.empty(), false, false);

        assertThat(new IssuedToken(token, info).toString()).doesNotContain(token.substring(3));
    }
}
