package nl.werkkracht.app.scan;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import nl.werkkracht.app.scan.RawInstrument.RawItem;
import nl.werkkracht.app.scan.RawInstrument.RawScale;
import nl.werkkracht.app.scan.RawInstrument.RawText;
import nl.werkkracht.core.scan.Bilingual;
import nl.werkkracht.core.scan.Domain;
import nl.werkkracht.core.scan.Instrument;
import nl.werkkracht.core.scan.Item;
import nl.werkkracht.core.scan.OpenQuestion;
import nl.werkkracht.core.scan.Scale;

/**
 * Reads a questionnaire from its YAML file into the core {@link Instrument}, checking it on the way:
 * every field present, ids unique, every item under a scale whose id it starts with, both Dutch and
 * English text everywhere, five answer labels, and a known domain. A mistake is reported with the file
 * and the path to the field ({@code werkkracht-1.yaml: scales[3].items[1].text.en is missing}).
 */
public final class InstrumentFile {

    /** Where the instruments live on the class path. */
    static final String FOLDER = "/nl/werkkracht/app/scan/instrument/";

    /** The instrument every new scan uses. */
    public static final String CURRENT = "werkkracht-1.yaml";

    private static final ObjectMapper YAML =
            new ObjectMapper(new YAMLFactory()).enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private InstrumentFile() {}

    /** The current instrument, {@value #CURRENT}. */
    public static Instrument current() {
        return resource(CURRENT);
    }

    /** An instrument file of {@value #FOLDER} on the class path. */
    public static Instrument resource(String fileName) {
        try (InputStream in = InstrumentFile.class.getResourceAsStream(FOLDER + fileName)) {
            if (in == null) {
                throw new InvalidInstrumentException("no instrument file " + FOLDER + fileName);
            }
            return read(in, fileName);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + fileName, e);
        }
    }

    /**
     * @param name the file's name, for messages
     * @throws InvalidInstrumentException when the file is not a valid instrument
     */
    public static Instrument read(InputStream in, String name) {
        RawInstrument raw;
        try {
            raw = YAML.readValue(in, RawInstrument.class);
        } catch (JsonMappingException e) {
            // records are built once all their fields are read: the path says where, the line would not
            String path = e.getPath().stream()
                    .map(r -> r.getFieldName() != null ? "." + r.getFieldName() : "[" + r.getIndex() + "]")
                    .collect(Collectors.joining())
                    .replaceFirst("^\\.", "");
            Throwable cause = e;
            while (cause != null && !(cause instanceof com.fasterxml.jackson.core.JsonParseException)) {
                cause = cause.getCause();
            }
            String where = cause instanceof com.fasterxml.jackson.core.JsonParseException syntax
                            && syntax.getLocation() != null
                    ? " (line " + syntax.getLocation().getLineNr() + ")"
                    : "";
            throw new InvalidInstrumentException(name + ": " + path + ": " + e.getOriginalMessage() + where, e);
        } catch (JsonProcessingException e) {
            String where =
                    e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ")";
            throw new InvalidInstrumentException(name + ": " + e.getOriginalMessage() + where, e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name, e);
        }
        if (raw == null) {
            throw new InvalidInstrumentException(name + ": the file is empty");
        }
        return new Mapping(name).instrument(raw);
    }

    /** Maps the raw file to core records, collecting the path of the field being read for messages. */
    private record Mapping(String file) {

        Instrument instrument(RawInstrument raw) {
            String id = required(raw.id(), "id");
            if (raw.version() == null) {
                throw invalid("version", "is missing");
            }
            List<Bilingual> labels = new ArrayList<>();
            List<RawText> rawLabels = required(raw.answerLabels(), "answerLabels");
            for (int i = 0; i < rawLabels.size(); i++) {
                labels.add(text(rawLabels.get(i), "answerLabels[" + i + "]"));
            }
            if (labels.size() != 5) {
                throw invalid("answerLabels", "must hold 5 labels (1 to 5), has " + labels.size());
            }
            Set<String> ids = new HashSet<>();
            List<Scale> scales = new ArrayList<>();
            List<Item> items = new ArrayList<>();
            List<RawScale> rawScales = required(raw.scales(), "scales");
            for (int s = 0; s < rawScales.size(); s++) {
                scale(rawScales.get(s), "scales[" + s + "]", ids, scales, items);
            }
            var open = required(raw.openQuestion(), "openQuestion");
            String openId = unique(required(open.id(), "openQuestion.id"), "openQuestion.id", ids);
            OpenQuestion openQuestion = new OpenQuestion(openId, text(open.text(), "openQuestion.text"));
            try {
                return new Instrument(id, raw.version(), scales, items, openQuestion, labels);
            } catch (IllegalArgumentException e) {
                throw new InvalidInstrumentException(file + ": " + e.getMessage(), e);
            }
        }

        private void scale(RawScale raw, String path, Set<String> ids, List<Scale> scales, List<Item> items) {
            String id = unique(required(raw.id(), path + ".id"), path + ".id", ids);
            String domainName = required(raw.domain(), path + ".domain");
            Domain domain = Arrays.stream(Domain.values())
                    .filter(d -> d.name().equals(domainName))
                    .findFirst()
                    .orElseThrow(() -> invalid(
                            path + ".domain",
                            "'" + domainName + "' is not one of "
                                    + Arrays.stream(Domain.values())
                                            .map(Domain::name)
                                            .collect(Collectors.joining(", "))));
            scales.add(checked(path, () -> new Scale(id, domain, text(raw.name(), path + ".name"))));
            List<RawItem> rawItems = required(raw.items(), path + ".items");
            if (rawItems.isEmpty()) {
                throw invalid(path + ".items", "scale " + id + " has no items");
            }
            for (int i = 0; i < rawItems.size(); i++) {
                RawItem item = rawItems.get(i);
                String itemPath = path + ".items[" + i + "]";
                String itemId = unique(required(item.id(), itemPath + ".id"), itemPath + ".id", ids);
                if (!itemId.startsWith(id + ".")) {
                    throw invalid(itemPath + ".id", "'" + itemId + "' must start with its scale's id '" + id + ".'");
                }
                boolean reversed = Boolean.TRUE.equals(item.reversed());
                items.add(
                        checked(itemPath, () -> new Item(itemId, id, reversed, text(item.text(), itemPath + ".text"))));
            }
        }

        private Bilingual text(RawText raw, String path) {
            required(raw, path);
            required(raw.nl(), path + ".nl");
            required(raw.en(), path + ".en");
            return new Bilingual(raw.nl().strip(), raw.en().strip());
        }

        private String unique(String id, String path, Set<String> ids) {
            if (!ids.add(id)) {
                throw invalid(path, "'" + id + "' is used twice");
            }
            return id;
        }

        private <T> T checked(String path, java.util.function.Supplier<T> make) {
            try {
                return make.get();
            } catch (IllegalArgumentException e) {
                throw new InvalidInstrumentException(file + ": " + path + ": " + e.getMessage(), e);
            }
        }

        private <T> T required(T value, String path) {
            if (value == null || (value instanceof String s && s.isBlank())) {
                throw invalid(path, "is missing");
            }
            return value;
        }

        private InvalidInstrumentException invalid(String path, String message) {
            return new InvalidInstrumentException(file + ": " + path + " " + message);
        }
    }
}
