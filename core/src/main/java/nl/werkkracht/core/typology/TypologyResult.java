package nl.werkkracht.core.typology;

import java.util.List;
import java.util.OptionalDouble;

/**
 * The catch-up typology of a set of regions (METHODS.md §5).
 *
 * @param frontrunnerGroup the frontrunner regions (one or more), whose mean level is {@code P_f}
 * @param chosen whether the group was chosen by the user (otherwise: the default top 10 %)
 * @param regions every region with data in both years, the frontrunners included
 * @param missingRegions regions without a positive level in t0 or t1
 * @param frontrunnerChangeVsReference the group's change against the reference, points; empty without one
 * @param warnings what must be said next to the typology
 */
public record TypologyResult(
        List<String> frontrunnerGroup,
        boolean chosen,
        List<RegionCatchUp> regions,
        List<String> missingRegions,
        OptionalDouble frontrunnerChangeVsReference,
        List<CatchUpTypology.Warning> warnings) {
    public TypologyResult {
        frontrunnerGroup = List.copyOf(frontrunnerGroup);
        regions = List.copyOf(regions);
        missingRegions = List.copyOf(missingRegions);
        warnings = List.copyOf(warnings);
    }

    /** The frontrunner codes joined by commas (one code when a single region was chosen). */
    public String frontrunner() {
        return String.join(",", frontrunnerGroup);
    }
}
