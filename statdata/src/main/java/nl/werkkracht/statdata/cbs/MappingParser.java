package nl.werkkracht.statdata.cbs;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeSet;
import nl.werkkracht.core.observation.Measure;
import nl.werkkracht.core.observation.PriceBasis;
import nl.werkkracht.core.observation.Unit;
import nl.werkkracht.statdata.importer.ImportException;

/**
 * Parses a table mapping from its {@code .properties} form. Every property must be one this parser knows, so
 * a typo ({@code topics.X}) is an error rather than a topic silently left out.
 */
final class MappingParser {

    private static final String UNTYPED = "UntypedDataSet";
    private static final String TYPED = "TypedDataSet";

    private final String name;
    private final Map<String, String> props = new HashMap<>();

    private MappingParser(String name) {
        this.name = name;
    }

    static CbsTableMapping parse(String name, InputStream in) throws IOException {
        var p = new Properties();
        p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        var parser = new MappingParser(name);
        for (String key : p.stringPropertyNames()) {
            parser.props.put(key.trim(), p.getProperty(key).trim());
        }
        return parser.mapping();
    }

    private CbsTableMapping mapping() {
        var tableId = required("table");
        var version = ODataVersion.parse(required("api"))
                .orElseThrow(() -> error("api", "api must be v3 or v4, got '" + props.get("api") + "'"));
        var dataSet = props.getOrDefault("v3.dataset", UNTYPED);
        if (!dataSet.equals(UNTYPED) && !dataSet.equals(TYPED)) {
            throw error("v3.dataset", "v3.dataset must be " + UNTYPED + " or " + TYPED + ", got '" + dataSet + "'");
        }
        var mapping = new CbsTableMapping(
                name,
                new CbsTableRef(tableId).tableId(),
                version,
                dataSet,
                required("dimension.period"),
                codeMapping("region"),
                codeMapping("sector"),
                entries("filter."),
                topics(),
                entries("skip.topic."));
        checkNoUnknownKeys();
        return mapping;
    }

    private CodeMapping codeMapping(String what) {
        Optional<String> dimension = optional("dimension." + what);
        Optional<String> fixed = optional(what + ".fixed");
        if (dimension.isPresent() == fixed.isPresent()) {
            throw error("dimension." + what, "give exactly one of dimension." + what + " and " + what + ".fixed");
        }
        String sbi = props.getOrDefault(what + ".sbiTitles", "false");
        if (!sbi.equals("true") && !sbi.equals("false")) {
            throw error(what + ".sbiTitles", what + ".sbiTitles must be true or false");
        }
        return new CodeMapping(
                dimension,
                fixed,
                entries(what + ".code."),
                entries(what + ".title."),
                entries(what + ".skip.code."),
                entries(what + ".skip.titleSuffix."),
                optional(what + ".skip.others"),
                Boolean.parseBoolean(sbi));
    }

    private Map<String, TopicMapping> topics() {
        var topics = new LinkedHashMap<String, TopicMapping>();
        entries("topic.").forEach((key, value) -> topics.put(key, topic("topic." + key, value)));
        return topics;
    }

    /** {@code MEASURE, UNIT, PRICE_BASIS, cbs unit}; the price basis is empty for labour measures. */
    private TopicMapping topic(String property, String value) {
        String[] f = value.split(",", 4);
        if (f.length != 4) {
            throw error(property, "expected 'MEASURE, UNIT, PRICE_BASIS, CBS unit', got '" + value + "'");
        }
        Measure measure =
                Measure.parse(f[0]).orElseThrow(() -> error(property, "unknown measure '" + f[0].trim() + "'"));
        Unit unit = Unit.parse(f[1]).orElseThrow(() -> error(property, "unknown unit '" + f[1].trim() + "'"));
        PriceBasis basis =
                PriceBasis.parse(f[2]).orElseThrow(() -> error(property, "unknown price basis '" + f[2].trim() + "'"));
        try {
            return new TopicMapping(measure, unit, basis, f[3].trim());
        } catch (IllegalArgumentException e) {
            throw error(property, e.getMessage());
        }
    }

    private Map<String, String> entries(String prefix) {
        var out = new LinkedHashMap<String, String>();
        for (String key : new TreeSet<>(props.keySet())) {
            if (key.startsWith(prefix) && key.length() > prefix.length()) {
                out.put(key.substring(prefix.length()).trim(), props.get(key));
            }
        }
        return out;
    }

    private void checkNoUnknownKeys() {
        for (String key : props.keySet()) {
            if (!known(key)) {
                throw error(key, "unknown property '" + key + "' (see README.md next to the shipped mappings)");
            }
        }
    }

    private static boolean known(String key) {
        if (key.matches("table|api|v3\\.dataset|dimension\\.(region|sector|period)")) {
            return true;
        }
        if (key.matches("(filter|topic|skip\\.topic)\\..+")) {
            return true;
        }
        return key.matches("(region|sector)\\.(fixed|sbiTitles|skip\\.others)")
                || key.matches("(region|sector)\\.(code|title|skip\\.code|skip\\.titleSuffix)\\..+");
    }

    private String required(String key) {
        return optional(key).orElseThrow(() -> error(key, "the mapping needs '" + key + "'"));
    }

    private Optional<String> optional(String key) {
        return Optional.ofNullable(props.get(key)).filter(s -> !s.isEmpty());
    }

    private ImportException error(String property, String reason) {
        return new ImportException(name, 0, property, property + ": " + reason);
    }
}
