package nl.werkkracht.core.gap;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Expected productivity from sector structure and the structure-corrected index (METHODS.md §4), in
 * the form that needs no regional output by sector. See {@link StructureResult}.
 */
public final class StructureComparison {

    private StructureComparison() {}

    /**
     * @param regionLabour the region's labour by sector (a breakdown that partitions the economy)
     * @param referenceLabour the reference's labour by sector, same labour measure
     * @param referenceProductivity the reference's productivity by sector, euro per unit of that labour
     * @param actualRegion the region's actual productivity {@code P_r}
     * @param actualReference the reference's actual productivity {@code P_n}, same measure as {@code P_r}
     * @return the comparison; empty when no sector has all three inputs
     */
    public static Optional<StructureResult> compare(
            Map<String, Double> regionLabour,
            Map<String, Double> referenceLabour,
            Map<String, Double> referenceProductivity,
            double actualRegion,
            double actualReference) {
        if (actualReference == 0) {
            throw new IllegalArgumentException("reference productivity is zero");
        }
        var all = new LinkedHashSet<String>(referenceLabour.keySet());
        all.addAll(regionLabour.keySet());
        var used = new ArrayList<String>();
        var missing = new ArrayList<MissingSector>();
        double totalR = 0;
        double totalN = 0;
        double usedR = 0;
        double usedN = 0;
        for (String sector : all) {
            Double lr = regionLabour.get(sector);
            Double ln = referenceLabour.get(sector);
            totalR += lr == null ? 0 : lr;
            totalN += ln == null ? 0 : ln;
            if (lr == null) {
                missing.add(new MissingSector(sector, MissingSector.Reason.MISSING_IN_REGION));
            } else if (ln == null || !referenceProductivity.containsKey(sector)) {
                missing.add(new MissingSector(sector, MissingSector.Reason.MISSING_IN_REFERENCE));
            } else if (ln == 0) {
                missing.add(new MissingSector(sector, MissingSector.Reason.NO_LABOUR_IN_REFERENCE));
            } else {
                used.add(sector);
                usedR += lr;
                usedN += ln;
            }
        }
        if (used.isEmpty() || usedR == 0) {
            return Optional.empty();
        }
        var sectors = new ArrayList<StructureResult.StructureSector>();
        double expected = 0;
        double referenceExpected = 0;
        for (String sector : used) {
            double sr = regionLabour.get(sector) / usedR;
            double sn = referenceLabour.get(sector) / usedN;
            double pn = referenceProductivity.get(sector);
            sectors.add(new StructureResult.StructureSector(sector, sr, sn, pn));
            expected += sr * pn;
            referenceExpected += sn * pn;
        }
        if (expected <= 0 || referenceExpected <= 0) {
            return Optional.empty(); // indices are undefined without a positive expected level
        }
        return Optional.of(new StructureResult(
                actualRegion,
                actualReference,
                expected,
                referenceExpected,
                sectors,
                missing,
                usedR / totalR,
                totalN == 0 ? 0 : usedN / totalN));
    }

    /** Convenience: the sectors of {@code list} that are missing for the given reason. */
    public static List<String> sectorsMissing(List<MissingSector> list, MissingSector.Reason reason) {
        return list.stream()
                .filter(m -> m.reason() == reason)
                .map(MissingSector::sector)
                .toList();
    }
}
