package nl.werkkracht.core.observation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StatusTest {

    @Test
    void shouldParseEmptyAsDefinitive() {
        assertThat(Status.parse("")).isEqualTo(Status.DEFINITIVE);
        assertThat(Status.parse(null)).isEqualTo(Status.DEFINITIVE);
        assertThat(Status.parse("d")).isEqualTo(Status.DEFINITIVE);
    }

    @Test
    void shouldParsePublishedFlags() {
        assertThat(Status.parse("P")).isEqualTo(Status.PROVISIONAL);
        assertThat(Status.parse("e")).isEqualTo(Status.ESTIMATED);
        assertThat(Status.parse("estimated")).isEqualTo(Status.ESTIMATED);
    }

    @Test
    void shouldParseCbsSuppressionAsConfidentialAndDotAsMissing() {
        assertThat(Status.parse("x")).isEqualTo(Status.CONFIDENTIAL);
        assertThat(Status.parse("c")).isEqualTo(Status.CONFIDENTIAL);
        assertThat(Status.parse(".")).isEqualTo(Status.MISSING);
        assertThat(Status.parse(":")).isEqualTo(Status.MISSING);
    }

    @Test
    void shouldReturnNullForUnknownFlagSoTheCallerCanReportIt() {
        assertThat(Status.parse("?")).isNull();
        assertThat(Status.parse("final")).isNull();
    }

    @Test
    void shouldCarryValueOnlyWhenNotSuppressedOrMissing() {
        assertThat(Status.DEFINITIVE.hasValue()).isTrue();
        assertThat(Status.PROVISIONAL.hasValue()).isTrue();
        assertThat(Status.ESTIMATED.hasValue()).isTrue();
        assertThat(Status.CONFIDENTIAL.hasValue()).isFalse();
        assertThat(Status.MISSING.hasValue()).isFalse();
    }

    @Test
    void shouldWriteFlagThatParsesBack() {
        for (Status status : Status.values()) {
            assertThat(Status.parse(status.flag())).isEqualTo(status);
        }
    }
}
