package nl.werkkracht.app.policy;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import nl.werkkracht.app.synth.SynthView;

/**
 * An evaluation of a measure (METHODS.md §15) with its three estimates, from simple to strong, the caveats in
 * plain language and the verdict. Region codes in {@code synth} are replaced by names.
 *
 * @param error why the evaluation cannot be computed (no data after the start, too few donors...); null when it
 *     could
 * @param beforeAfter the region's change minus the Netherlands' change; null when it cannot be computed
 * @param differenceInDifferences against the comparison regions; null when it cannot be computed
 * @param synth the synthetic control with placebos and leave-one-out; null when it cannot be computed
 */
@Schema(name = "Evaluation", description = "Before/after, difference-in-differences and synthetic control of a measure")
public record EvaluationView(
        long id,
        long programmeId,
        Long measureId,
        String measureName,
        String indicator,
        String indicatorName,
        String unit,
        String region,
        String regionName,
        int treatmentStart,
        String note,
        boolean invented,
        String error,
        Simple beforeAfter,
        Simple differenceInDifferences,
        SynthView synth,
        String fit,
        String verdict,
        String verdictText,
        List<String> caveats,
        List<String> sources) {

    /**
     * A simple estimate: the region's change minus the comparison's change.
     *
     * @param before the year or years "before" ({@code 2011} or {@code 2000-2011})
     * @param comparison names of the reference or comparison regions
     */
    public record Simple(
            double effect,
            double regionBefore,
            double regionAfter,
            double comparisonBefore,
            double comparisonAfter,
            String before,
            String after,
            List<String> comparison) {}
}
