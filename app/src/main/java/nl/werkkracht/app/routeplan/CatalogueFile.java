package nl.werkkracht.app.routeplan;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.werkkracht.app.routeplan.RawCatalogue.RawIntervention;
import nl.werkkracht.app.routeplan.RawCatalogue.RawText;
import nl.werkkracht.core.routeplan.Catalogue;
import nl.werkkracht.core.routeplan.Condition;
import nl.werkkracht.core.routeplan.Effects;
import nl.werkkracht.core.routeplan.Guard;
import nl.werkkracht.core.routeplan.Intervention;
import nl.werkkracht.core.routeplan.Quantity;
import nl.werkkracht.core.routeplan.Route;
import nl.werkkracht.core.routeplan.Selection;
import nl.werkkracht.core.routeplan.Text;

/**
 * Reads the route-plan catalogue from YAML into the core {@link Catalogue}, checking it on the way: every
 * field present, ids unique, a known route, conditions that read and name known scales and figures,
 * effects of −1, 0 or 1, both Dutch and English text. A mistake is reported with the file and the path to
 * the field ({@code catalogue.yaml: interventions[3] (org-cut-rules).when.any[1]: unknown quantity …}).
 */
public final class CatalogueFile {

    /** The shipped catalogue on the class path. */
    static final String RESOURCE = "/nl/werkkracht/app/routeplan/catalogue.yaml";

    private static final ObjectMapper YAML =
            new ObjectMapper(new YAMLFactory()).enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private CatalogueFile() {}

    /** The catalogue that ships with Werkkracht. */
    public static Catalogue shipped() {
        try (InputStream in = CatalogueFile.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new InvalidCatalogueException("no route-plan catalogue at " + RESOURCE);
            }
            return read(in, "catalogue.yaml");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    /**
     * @param name the file's name, for messages
     * @throws InvalidCatalogueException when the file is not a valid catalogue
     */
    public static Catalogue read(InputStream in, String name) {
        RawCatalogue raw;
        try {
            raw = YAML.readValue(in, RawCatalogue.class);
        } catch (JsonProcessingException e) {
            String where =
                    e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ")";
            throw new InvalidCatalogueException(name + ": " + e.getOriginalMessage() + where, e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name, e);
        }
        if (raw == null) {
            throw new InvalidCatalogueException(name + ": the file is empty");
        }
        return catalogue(raw, name);
    }

    private static Catalogue catalogue(RawCatalogue raw, String name) {
        int version = required(raw.version(), name + ": version");
        if (raw.guard() == null) {
            throw new InvalidCatalogueException(name + ": guard is missing");
        }
        Guard guard = checked(
                name + ": guard",
                () -> new Guard(
                        required(raw.guard().lowScore(), name + ": guard.lowScore"),
                        required(raw.guard().absenteeismHigh(), name + ": guard.absenteeismHigh")));
        List<RawIntervention> raws = required(raw.interventions(), name + ": interventions");
        List<Intervention> interventions = new ArrayList<>();
        for (int i = 0; i < raws.size(); i++) {
            RawIntervention r = raws.get(i);
            String at = name + ": interventions[" + i + "]" + (r == null || r.id() == null ? "" : " (" + r.id() + ")");
            if (r == null) {
                throw new InvalidCatalogueException(at + " is empty");
            }
            interventions.add(intervention(r, at));
        }
        return checked(name, () -> new Catalogue(version, guard, interventions));
    }

    private static Intervention intervention(RawIntervention r, String at) {
        String routeName = required(r.route(), at + ".route");
        Route route;
        try {
            route = Route.valueOf(routeName.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidCatalogueException(
                    at + ".route: '" + routeName + "' is not TECHNOLOGY, ORGANISATION or EMPLOYEE");
        }
        Text title = text(r.title(), at + ".title");
        Text rationale = text(r.rationale(), at + ".rationale");
        var when = required(r.when(), at + ".when");
        Selection selection = checked(
                at + ".when",
                () -> new Selection(
                        conditions(when.all(), at + ".when.all"), conditions(when.any(), at + ".when.any")));
        List<Condition> prerequisites = conditions(r.prerequisites(), at + ".prerequisites");
        var e = required(r.effects(), at + ".effects");
        Effects effects = checked(
                at + ".effects",
                () -> new Effects(
                        required(e.autonomy(), at + ".effects.autonomy"),
                        required(e.health(), at + ".effects.health"),
                        required(e.development(), at + ".effects.development"),
                        required(e.productivity(), at + ".effects.productivity")));
        List<Quantity> indicators = new ArrayList<>();
        List<String> indicatorIds = required(r.indicators(), at + ".indicators");
        for (int i = 0; i < indicatorIds.size(); i++) {
            String id = indicatorIds.get(i);
            indicators.add(Quantity.of(id)
                    .orElseThrow(
                            () -> new InvalidCatalogueException(at + ".indicators: unknown quantity '" + id + "'")));
        }
        return checked(
                at,
                () -> new Intervention(
                        required(r.id(), at + ".id"),
                        route,
                        title,
                        rationale,
                        required(r.source(), at + ".source"),
                        selection,
                        prerequisites,
                        effects,
                        indicators));
    }

    private static List<Condition> conditions(List<String> texts, String at) {
        if (texts == null) {
            return List.of();
        }
        List<Condition> conditions = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            String text = texts.get(i);
            conditions.add(checked(at + "[" + i + "]", () -> Condition.parse(text)));
        }
        return conditions;
    }

    private static Text text(RawText raw, String at) {
        if (raw == null) {
            throw new InvalidCatalogueException(at + " is missing");
        }
        if (raw.nl() == null || raw.nl().isBlank()) {
            throw new InvalidCatalogueException(at + ".nl is missing");
        }
        if (raw.en() == null || raw.en().isBlank()) {
            throw new InvalidCatalogueException(at + ".en is missing");
        }
        return new Text(raw.nl(), raw.en());
    }

    private static <T> T required(T value, String at) {
        if (value == null) {
            throw new InvalidCatalogueException(at + " is missing");
        }
        return value;
    }

    /** Runs a core constructor, reporting its complaint with the place in the file. */
    private static <T> T checked(String at, java.util.function.Supplier<T> make) {
        try {
            return make.get();
        } catch (IllegalArgumentException e) {
            throw new InvalidCatalogueException(at + ": " + e.getMessage(), e);
        }
    }
}
