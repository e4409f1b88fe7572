package nl.werkkracht.app.organisation;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import nl.werkkracht.core.codelist.CodeLists;
import nl.werkkracht.core.codelist.Municipalities;
import nl.werkkracht.core.codelist.Municipality;
import nl.werkkracht.core.codelist.Region;
import nl.werkkracht.core.codelist.RegionLevel;
import nl.werkkracht.core.organisation.FieldProblem;

/**
 * Where an organisation is (ADR 0032): what a person or client gives in the field {@code region} — a municipality
 * code ({@code GM0153}), a COROP region ({@code CR12}) or province ({@code PV23}) code, a suggestion of the search
 * ({@code "Bathmen – Deventer (GM0150)"}) or the name of a municipality or place — read as the region stored (the
 * COROP region of a municipality) and the municipality, and the COROP region and province shown for it.
 */
final class RegionChoice {

    /** The field problem when nothing matches. */
    static final String UNKNOWN =
            "must be a municipality or place of the CBS 2024 division, a municipality code (GM0153), a COROP"
                    + " (CR01..CR40) or a province (PV20..PV31) code";

    private final CodeLists codeLists;
    private final Municipalities municipalities;

    RegionChoice(CodeLists codeLists, Municipalities municipalities) {
        this.codeLists = codeLists;
        this.municipalities = municipalities;
    }

    /** What was chosen: the region code stored, and the municipality when one was chosen. */
    record Chosen(String region, Optional<String> municipality) {}

    /** The outcome of reading the field: a choice, or a problem naming the field. */
    sealed interface Outcome permits Found, Problem {}

    record Found(Chosen chosen) implements Outcome {}

    record Problem(FieldProblem problem) implements Outcome {}

    Outcome read(String text) {
        if (text == null || text.isBlank()) {
            return unknown("");
        }
        String code = Municipalities.codeInBrackets(text).orElse(text.strip().toUpperCase(Locale.ROOT));
        Optional<Region> region =
                codeLists.region(code).filter(r -> r.level() == RegionLevel.COROP || r.level() == RegionLevel.PROVINCE);
        if (region.isPresent()) {
            return new Found(new Chosen(region.get().code(), Optional.empty()));
        }
        Optional<Municipality> byCode = municipalities.municipality(code);
        if (byCode.isPresent()) {
            return found(byCode.get());
        }
        List<Municipality> named = municipalities.named(text);
        if (named.size() == 1) {
            return found(named.get(0));
        }
        if (named.size() > 1) {
            String which =
                    named.stream().map(m -> m.name() + " (" + m.code() + ")").collect(Collectors.joining(", "));
            return new Problem(new FieldProblem(
                    "region",
                    "names places in " + named.size() + " municipalities: " + which + "; choose one",
                    "region-ambiguous",
                    List.of(text.strip(), which)));
        }
        return unknown(text);
    }

    private static Problem unknown(String text) {
        return new Problem(new FieldProblem("region", UNKNOWN, "region-unknown", List.of(text.strip())));
    }

    private static Found found(Municipality m) {
        return new Found(new Chosen(m.corop(), Optional.of(m.code())));
    }

    /** The municipality, COROP region and province of a stored organisation, each code with its name. */
    record Where(
            String municipality,
            String municipalityName,
            String corop,
            String coropName,
            String province,
            String provinceName) {}

    Where where(String region, Optional<String> municipality, boolean dutch) {
        Municipality m = municipality.flatMap(municipalities::municipality).orElse(null);
        Region r = codeLists.region(region).orElse(null);
        Region corop = r != null && r.level() == RegionLevel.COROP ? r : null;
        Region province = r == null
                ? null
                : r.level() == RegionLevel.PROVINCE
                        ? r
                        : r.parent().flatMap(codeLists::region).orElse(null);
        return new Where(
                m == null ? null : m.code(),
                m == null ? null : m.name(),
                corop == null ? null : corop.code(),
                corop == null ? null : name(corop, dutch),
                province == null ? null : province.code(),
                province == null ? null : name(province, dutch));
    }

    /** The field as the form shows it again: {@code "Enschede (GM0153)"} or {@code "Twente (CR12)"}. */
    String formValue(String region, Optional<String> municipality, boolean dutch) {
        Optional<Municipality> m = municipality.flatMap(municipalities::municipality);
        if (m.isPresent()) {
            return m.get().name() + " (" + m.get().code() + ")";
        }
        return codeLists
                .region(region)
                .map(r -> name(r, dutch) + " (" + r.code() + ")")
                .orElse(region);
    }

    private static String name(Region r, boolean dutch) {
        return dutch ? r.nameNl() : r.nameEn();
    }
}
