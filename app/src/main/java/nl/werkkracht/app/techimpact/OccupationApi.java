package nl.werkkracht.app.techimpact;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.werkkracht.app.organisation.OrganisationNotFoundException;
import nl.werkkracht.core.occupation.GroupProfile;
import nl.werkkracht.core.occupation.OccupationIndex;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/occupations}: ISCO-08 occupations with their generative-AI exposure from the ILO's 2025
 * index (METHODS.md §16). Public reference data, readable like the monitor.
 */
@RestController
@RequestMapping("/api/v1/occupations")
@Tag(
        name = "occupations",
        description = "ISCO-08 occupations and their ILO 2025 generative-AI exposure (METHODS.md §16)")
class OccupationApi {

    private final OccupationIndex index;

    OccupationApi(OccupationIndex index) {
        this.index = index;
    }

    @GetMapping
    @Operation(
            summary = "Search occupations in Dutch or English (words in the title or the Dutch/English group;"
                    + " digits: codes starting with them); at most 50, empty for an empty query")
    List<OccupationViews.OccupationSummary> search(@RequestParam(defaultValue = "") String q) {
        return index.search(q).stream()
                .map(o -> OccupationViews.summary(index, o))
                .toList();
    }

    /** The exposure profile of a major group. */
    record GroupProfileView(
            String code,
            String titleEn,
            String titleNl,
            int occupations,
            @Schema(description = "unweighted mean of the unit groups' mean scores (not weighted by employment)")
                    double meanScore,
            Map<String, Integer> gradients) {}

    /** The profiles with the note that says what they are not. */
    record GroupProfiles(String note, String source, List<GroupProfileView> groups) {}

    static final String NOTE = "Employment by occupation is not in Werkkracht's data: these are profiles of"
            + " occupations (ISCO-08 unit groups counted once each), not of workers, and no regional exposure is"
            + " computed. With employment by occupation (e.g. CBS EBB by ISCO/BRC) imported, exposure could be"
            + " weighted by it.";

    @GetMapping("/groups")
    @Operation(
            summary =
                    "The exposure profile of the ISCO-08 major groups in the ILO data (1–9; unweighted, no employment data)")
    GroupProfiles groups() {
        return new GroupProfiles(
                NOTE,
                OccupationViews.SOURCE,
                GroupProfile.of(index).stream()
                        .map(p -> {
                            var gradients = new LinkedHashMap<String, Integer>();
                            p.gradients().forEach((g, n) -> gradients.put(g.name(), n));
                            return new GroupProfileView(
                                    p.group().code(),
                                    p.group().titleEn(),
                                    p.group().titleNl(),
                                    p.occupations(),
                                    p.meanScore(),
                                    gradients);
                        })
                        .toList());
    }

    @GetMapping("/{isco}")
    @Operation(summary = "One occupation (4-digit ISCO-08) with its task scores")
    OccupationViews.OccupationDetail get(@PathVariable String isco) {
        return index.find(isco)
                .map(o -> OccupationViews.detail(index, o))
                .orElseThrow(() -> new OrganisationNotFoundException("occupation " + isco));
    }
}
