package nl.werkkracht.app.browser;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.openqa.selenium.JavascriptExecutor;

/**
 * An accessibility scan of the current page with axe-core (vendored in {@code
 * src/test/resources/vendor/axe-core}, MPL-2.0), restricted to the WCAG 2.0/2.1 A and AA rules.
 */
final class AxeScan {

    private static final String AXE = "/vendor/axe-core/axe.min.js";

    private static final String RUN =
            """
            const done = arguments[arguments.length - 1];
            axe.run(document, {runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']})
              .then(r => done(JSON.stringify(r.violations.map(v => ({
                  id: v.id, impact: v.impact, help: v.help,
                  nodes: v.nodes.slice(0, 5).map(n => n.target.join(' ') + ' — ' + (n.failureSummary || ''))})))))
              .catch(e => done('ERROR ' + e));
            """;

    private static String source;

    /** A rule the page breaks, with up to five of the elements that break it. */
    record Violation(String rule, String impact, String help, List<String> nodes) {

        boolean serious() {
            return "serious".equals(impact) || "critical".equals(impact);
        }

        @Override
        public String toString() {
            return impact + " " + rule + ": " + help + "\n      " + String.join("\n      ", nodes);
        }
    }

    private AxeScan() {}

    /** Runs axe-core on the page the browser shows and returns every violation. */
    static List<Violation> run(JavascriptExecutor js) {
        js.executeScript(axeSource());
        Object result = js.executeAsyncScript(RUN);
        String json = String.valueOf(result);
        if (json.startsWith("ERROR")) {
            throw new IllegalStateException("axe-core failed: " + json);
        }
        try {
            List<Violation> violations = new ArrayList<>();
            for (JsonNode v : new ObjectMapper().readTree(json)) {
                List<String> nodes = new ArrayList<>();
                v.get("nodes").forEach(n -> nodes.add(n.asText()));
                violations.add(new Violation(
                        v.get("id").asText(),
                        v.path("impact").asText("unknown"),
                        v.get("help").asText(),
                        nodes));
            }
            return violations;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static synchronized String axeSource() {
        if (source == null) {
            try (InputStream in = AxeScan.class.getResourceAsStream(AXE)) {
                if (in == null) {
                    throw new IllegalStateException("axe-core is missing from the test classpath: " + AXE);
                }
                source = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return source;
    }
}
