package nl.werkkracht.app.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import nl.werkkracht.core.benchmark.Metric;
import org.junit.jupiter.api.Test;

/** The benchmark pages' Dutch and English texts: the same keys, and a name and explanation for every metric. */
class BenchmarkMessagesTest {

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = BenchmarkMessagesTest.class.getResourceAsStream("/messages/" + name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void shouldHaveEveryDutchTextInEnglish() throws IOException {
        assertThat(load("benchmark_en.properties").stringPropertyNames())
                .containsExactlyInAnyOrderElementsOf(
                        load("benchmark.properties").stringPropertyNames());
    }

    @Test
    void shouldNameAndExplainEveryMetricOfTheCatalogue() throws IOException {
        Properties nl = load("benchmark.properties");
        for (Metric m : Metric.catalogue()) {
            assertThat(nl.getProperty("benchmark.metric." + m.id())).as(m.id()).isNotBlank();
            assertThat(nl.getProperty("benchmark.help." + m.id())).as(m.id()).isNotBlank();
        }
    }

    @Test
    void shouldHaveNoApostropheInATextWithArguments() throws IOException {
        for (String bundle : new String[] {"benchmark.properties", "benchmark_en.properties"}) {
            Properties p = load(bundle);
            for (String key : p.stringPropertyNames()) {
                String text = p.getProperty(key);
                if (text.contains("{0}")) {
                    assertThat(text).as("%s in %s", key, bundle).doesNotContain("'");
                }
            }
        }
    }
}
