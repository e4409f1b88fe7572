package nl.werkkracht.store.observation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DatasetInfoTest {

    @ParameterizedTest
    @ValueSource(strings = {"nama_10_a64", "cbs.84419ned", "klems-2023", "x", "0"})
    void shouldAcceptCommandLineNames(String name) {
        assertThat(DatasetInfo.of(name, "Title").name()).isEqualTo(name);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "Nama",
                "_nama",
                "-x",
                ".x",
                "na ma",
                "nama/10",
                "naïve",
                "a234567890123456789012345678901234567890123456789012345678901234"
            })
    void shouldRejectOtherNamesSayingWhatIsAllowed(String name) {
        assertThatThrownBy(() -> DatasetInfo.of(name, "Title"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("invalid dataset name '" + name + "'")
                .hasMessageContaining("a-z, 0-9");
    }

    @Test
    void shouldAcceptTheLongestName() {
        String longest = "a".repeat(63);

        assertThat(DatasetInfo.isValidName(longest)).isTrue();
    }

    @Test
    void shouldRequireATitle() {
        assertThatThrownBy(() -> DatasetInfo.of("nama", " "))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("dataset nama needs a title");
    }

    @Test
    void shouldRejectTextTheDatabaseCannotHold() {
        assertThatThrownBy(() -> new DatasetInfo("nama", "t".repeat(501), "", "", "", Optional.empty(), ""))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("dataset nama: title is longer than 500 characters");
    }
}
