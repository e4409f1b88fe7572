package nl.werkkracht.app.scan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

/** The scan's Dutch and English texts: the same keys, and quotes shown once after formatting. */
class ScanMessagesTest {

    private static final Pattern ARGUMENT = Pattern.compile("\\{\\d");

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = ScanMessagesTest.class.getResourceAsStream("/messages/" + name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void shouldHaveEveryDutchTextInEnglish() throws IOException {
        assertThat(load("scan_en.properties").stringPropertyNames())
                .containsExactlyInAnyOrderElementsOf(load("scan.properties").stringPropertyNames());
    }

    @Test
    void shouldShowQuotesOnceWhetherOrNotATextHasArguments() throws IOException {
        var messages = new ResourceBundleMessageSource();
        messages.setBasename("messages/scan");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        for (String bundle : new String[] {"scan.properties", "scan_en.properties"}) {
            Locale locale = bundle.contains("_en") ? Locale.ENGLISH : Locale.forLanguageTag("nl");
            Properties p = load(bundle);
            for (String key : p.stringPropertyNames()) {
                boolean withArguments = ARGUMENT.matcher(p.getProperty(key)).find();
                String shown = withArguments
                        ? messages.getMessage(key, new Object[] {"A", "B", "C", "D"}, locale)
                        : messages.getMessage(key, null, locale);
                assertThat(shown)
                        .as("%s in %s", key, bundle)
                        .doesNotContain("''")
                        .doesNotContain("{0}");
            }
        }
    }
}
