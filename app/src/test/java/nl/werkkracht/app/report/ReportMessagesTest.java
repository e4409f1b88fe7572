package nl.werkkracht.app.report;

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

/** The report's Dutch and English texts: the same keys, and no quoting left over after formatting. */
class ReportMessagesTest {

    private static final Pattern ARGUMENT = Pattern.compile("\\{\\d");

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = ReportMessagesTest.class.getResourceAsStream("/messages/" + name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void shouldHaveEveryDutchTextInEnglish() throws IOException {
        assertThat(load("report_en.properties").stringPropertyNames())
                .containsExactlyInAnyOrderElementsOf(load("report.properties").stringPropertyNames());
    }

    @Test
    void shouldShowApostrophesOnceWhetherOrNotATextHasArguments() throws IOException {
        ResourceBundleMessageSource messages = ReportFixtures.messages();
        for (String bundle : new String[] {"report.properties", "report_en.properties"}) {
            Locale locale = bundle.contains("_en") ? Locale.ENGLISH : Locale.forLanguageTag("nl");
            Properties p = load(bundle);
            for (String key : p.stringPropertyNames()) {
                boolean withArguments = ARGUMENT.matcher(p.getProperty(key)).find();
                String shown = withArguments
                        ? messages.getMessage(key, new Object[] {2, 2, 2, 2}, locale)
                        : messages.getMessage(key, null, locale);
                assertThat(shown).as("%s in %s", key, bundle).doesNotContain("''");
            }
        }
    }
}
