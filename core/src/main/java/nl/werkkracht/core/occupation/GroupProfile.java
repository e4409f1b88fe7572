package nl.werkkracht.core.occupation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The exposure profile of an ISCO-08 major group from the ILO 2025 index: how many of its unit groups fall in
 * each gradient, and the unweighted mean of their mean scores. Unweighted on purpose: employment by occupation
 * is not in Werkkracht's data, so this is a profile of occupations, not of workers, and never a regional
 * exposure (issue 13).
 *
 * @param group the major group
 * @param occupations the number of unit groups in the ILO data
 * @param meanScore the unweighted mean of the unit groups' published mean scores
 * @param gradients unit groups per gradient, every gradient present
 */
public record GroupProfile(
        IscoGroup group, int occupations, double meanScore, Map<ExposureGradient, Integer> gradients) {

    public GroupProfile {
        var all = new EnumMap<ExposureGradient, Integer>(ExposureGradient.class);
        for (ExposureGradient g : ExposureGradient.values()) {
            all.put(g, 0);
        }
        all.putAll(gradients);
        gradients = Collections.unmodifiableMap(all);
    }

    /** The profiles of the major groups that have unit groups in the index, by code. */
    public static List<GroupProfile> of(OccupationIndex index) {
        var out = new ArrayList<GroupProfile>();
        for (IscoGroup g : index.groups()) {
            if (!g.major()) {
                continue;
            }
            List<Occupation> in = index.all().stream()
                    .filter(o -> o.majorGroup().equals(g.code()))
                    .toList();
            if (in.isEmpty()) {
                continue;
            }
            var counts = new EnumMap<ExposureGradient, Integer>(ExposureGradient.class);
            in.forEach(o -> counts.merge(o.gradient(), 1, Integer::sum));
            double mean =
                    in.stream().mapToDouble(Occupation::meanScore).average().orElseThrow();
            out.add(new GroupProfile(g, in.size(), mean, counts));
        }
        return out;
    }
}
