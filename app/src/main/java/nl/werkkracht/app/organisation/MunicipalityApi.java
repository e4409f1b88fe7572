package nl.werkkracht.app.organisation;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import nl.werkkracht.core.codelist.CodeLists;
import nl.werkkracht.core.codelist.Municipalities;
import nl.werkkracht.core.codelist.Region;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/municipalities?q=}: the municipalities and places of the CBS 2024 division whose name contains
 * the text, best first, each with its municipality, COROP region and province (ADR 0032). Public code-list data;
 * the profile form suggests from it as a person types.
 */
@RestController
@RequestMapping("/api/v1/municipalities")
@Tag(name = "organisations")
class MunicipalityApi {

    /** The most suggestions one answer holds. */
    static final int MAX = 50;

    private final Municipalities municipalities;
    private final CodeLists codeLists;

    MunicipalityApi(Municipalities municipalities, CodeLists codeLists) {
        this.municipalities = municipalities;
        this.codeLists = codeLists;
    }

    /** One suggestion. */
    @Schema(description = "A municipality or place of the CBS 2024 division with where it lies")
    record Suggestion(
            @Schema(description = "MUNICIPALITY or PLACE") String kind,
            @Schema(example = "Bathmen") String name,
            @Schema(example = "GM0150") String municipality,
            @Schema(example = "Deventer") String municipalityName,
            @Schema(example = "CR11") String corop,
            @Schema(example = "Zuidwest-Overijssel") String coropName,
            @Schema(example = "PV23") String province,
            @Schema(example = "Overijssel") String provinceName,
            @Schema(
                            description = "the text to send as the organisation's region (its code in brackets)",
                            example = "Bathmen – Deventer (GM0150)")
                    String value) {}

    @GetMapping
    @Operation(
            summary = "Search municipalities and places (CBS 2024 division) by name, with their COROP region and"
                    + " province")
    List<Suggestion> search(
            @Parameter(description = "part of the name, at least one letter; case and accents do not matter")
                    @RequestParam(defaultValue = "")
                    String q,
            @Parameter(description = "at most this many, 1.." + MAX) @RequestParam(defaultValue = "20") int limit,
            Locale locale) {
        boolean nl = !"en".equals(locale.getLanguage());
        int n = Math.max(1, Math.min(MAX, limit));
        return municipalities.search(q, n).stream()
                .map(m -> {
                    Optional<Region> corop = codeLists.region(m.municipality().corop());
                    Optional<Region> province = corop.flatMap(Region::parent).flatMap(codeLists::region);
                    String gm = m.municipality().code();
                    String value = m.kind() == Municipalities.Kind.PLACE
                            ? m.name() + " – " + m.municipality().name() + " (" + gm + ")"
                            : m.name() + " (" + gm + ")";
                    return new Suggestion(
                            m.kind().name(),
                            m.name(),
                            gm,
                            m.municipality().name(),
                            m.municipality().corop(),
                            corop.map(r -> nl ? r.nameNl() : r.nameEn()).orElse(null),
                            province.map(Region::code).orElse(null),
                            province.map(r -> nl ? r.nameNl() : r.nameEn()).orElse(null),
                            value);
                })
                .toList();
    }
}
