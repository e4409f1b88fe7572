package nl.werkkracht.app.national;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** Every label of the national page exists in Dutch and in English. */
class NationalMessagesTest {

    @Test
    void shouldHaveEveryDutchKeyInEnglishAndNoOther() throws IOException {
        Properties nl = load("/messages/national.properties");
        Properties en = load("/messages/national_en.properties");

        assertThat(en.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(nl.stringPropertyNames());
        assertThat(nl.getProperty("national.realWage.deflator")).contains("CPI niet in de dataset");
        nl.stringPropertyNames()
                .forEach(k -> assertThat(nl.getProperty(k)).as(k).isNotBlank());
    }

    private static Properties load(String resource) throws IOException {
        var p = new Properties();
        try (var in = NationalMessagesTest.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}
