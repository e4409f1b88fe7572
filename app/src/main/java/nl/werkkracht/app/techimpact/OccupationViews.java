package nl.werkkracht.app.techimpact;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import nl.werkkracht.core.occupation.IscoGroup;
import nl.werkkracht.core.occupation.Occupation;
import nl.werkkracht.core.occupation.OccupationIndex;

/** The API shapes of the occupation reference data (ILO 2025 generative-AI exposure by ISCO-08). */
final class OccupationViews {

    static final String SOURCE = "ILO Working Paper 140 (Gmyrek et al. 2025), doi 10.54394/HETP0387, CC BY 4.0;"
            + " Dutch titles written for Werkkracht";

    private OccupationViews() {}

    /** One occupation in a search result. */
    record OccupationSummary(
            @Schema(example = "4110") String isco,
            @Schema(example = "General Office Clerks") String title,
            @Schema(description = "Werkkracht's Dutch title, null when none is written for this unit group")
                    String titleNl,
            @Schema(
                            description = "the Dutch title of the sub-major group",
                            example = "Algemeen administratief medewerkers en typisten")
                    String groupNl,
            @Schema(
                            example = "GRADIENT_4",
                            allowableValues = {
                                "NOT_EXPOSED",
                                "MINIMAL",
                                "GRADIENT_1",
                                "GRADIENT_2",
                                "GRADIENT_3",
                                "GRADIENT_4"
                            })
                    String gradient) {}

    /** One task of an occupation. */
    record TaskView(int number, String task, @Schema(description = "ILO 2025 exposure score, 0–1") double score) {}

    /** One occupation with its tasks. */
    record OccupationDetail(
            String isco,
            String title,
            String titleNl,
            String groupNl,
            String majorGroupNl,
            @Schema(description = "mean task score 2025 as published (2 decimals)") double meanScore,
            @Schema(description = "sample standard deviation of the task scores 2025 as published (2 decimals)")
                    double sdScore,
            @Schema(description = "mean task score of the 2023 index (ILO WP 96)") double meanScore2023,
            String gradient,
            @Schema(description = "the ILO's label of the gradient", example = "Exposed: Gradient 4")
                    String gradientLabel,
            String source,
            List<TaskView> tasks) {}

    static OccupationSummary summary(OccupationIndex index, Occupation o) {
        return new OccupationSummary(
                o.isco(),
                o.title(),
                index.dutchTitle(o.isco()).orElse(null),
                groupNl(index, o.subMajorGroup()),
                o.gradient().name());
    }

    static OccupationDetail detail(OccupationIndex index, Occupation o) {
        return new OccupationDetail(
                o.isco(),
                o.title(),
                index.dutchTitle(o.isco()).orElse(null),
                groupNl(index, o.subMajorGroup()),
                groupNl(index, o.majorGroup()),
                o.meanScore(),
                o.sdScore(),
                o.meanScore2023(),
                o.gradient().name(),
                o.gradient().sourceLabel(),
                SOURCE,
                o.tasks().stream()
                        .map(t -> new TaskView(t.number(), t.text(), t.score()))
                        .toList());
    }

    private static String groupNl(OccupationIndex index, String code) {
        return index.group(code).map(IscoGroup::titleNl).orElse(null);
    }
}
