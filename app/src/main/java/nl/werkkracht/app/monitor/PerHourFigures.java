package nl.werkkracht.app.monitor;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.TreeMap;
import nl.werkkracht.core.codelist.Region;
import nl.werkkracht.core.codelist.RegionLevel;
import nl.werkkracht.core.productivity.GrowthYear;
import nl.werkkracht.core.productivity.VolumeGrowth;
import nl.werkkracht.core.wage.LabourIncomeShare;

/**
 * The figures only the per-hour snapshot of the provinces has (ADR 0030), computed with the core engines
 * from {@link MonitorData}: productivity volume growth per hour worked from the GVA volume index and hours
 * worked (METHODS.md §2), and the labour income share with the imputed labour income of the self-employed
 * (METHODS.md §6). Missing inputs give empty results, never 0.
 */
final class PerHourFigures {

    private PerHourFigures() {}

    /** Growth per year of GVA volume, hours worked and productivity per hour, every year with the inputs. */
    static List<GrowthYear> growthYears(MonitorData data, Region region) {
        Map<Integer, Double> volumes = new TreeMap<>();
        Map<Integer, Double> hours = new TreeMap<>();
        for (int y = data.firstYear(); y <= data.lastYear(); y++) {
            MonitorData.Point p = data.point(region, y);
            if (p.volumeIndex() != null) {
                volumes.put(y, p.volumeIndex());
            }
            if (p.labour() != null) {
                hours.put(y, p.labour());
            }
        }
        Map<Integer, Double> outputGrowth = VolumeGrowth.outputGrowthFromVolumes(volumes);
        var out = new ArrayList<GrowthYear>();
        for (var e : outputGrowth.entrySet()) {
            int t = e.getKey();
            Double l = hours.get(t);
            Double before = hours.get(t - 1);
            if (l == null || before == null || l <= 0 || before <= 0) {
                continue;
            }
            var r = VolumeGrowth.productivityGrowth(Map.of(t, e.getValue()), Map.of(t - 1, before, t, l), t - 1, t);
            r.series().ifPresent(s -> out.addAll(s.years()));
        }
        return out;
    }

    /**
     * Average annual productivity volume growth per hour over [from, to] (geometric mean); empty when a year
     * of the window lacks the volume index or hours.
     */
    static OptionalDouble averageGrowth(MonitorData data, Region region, int from, int to) {
        var years = new LinkedHashMap<Integer, Double>();
        for (GrowthYear g : growthYears(data, region)) {
            if (g.year() > from && g.year() <= to) {
                years.put(g.year(), g.growth());
            }
        }
        if (to <= from || years.size() != to - from) {
            return OptionalDouble.empty();
        }
        return VolumeGrowth.geometricAverage(List.copyOf(years.values()));
    }

    /**
     * The labour income share of a region in a year: {@code (COMP + COMP/H_employees · (H − H_employees)) /
     * GVA}; empty when an input is missing or employee hours exceed all hours.
     */
    static Optional<LabourIncomeShare> labourIncomeShare(MonitorData data, Region region, int year) {
        MonitorData.Point p = data.point(region, year);
        if (p.compensation() == null || p.gva() == null || p.employeeLabour() == null || p.labour() == null) {
            return Optional.empty();
        }
        if (!(p.employeeLabour() > 0) || p.labour() < p.employeeLabour()) {
            return Optional.empty();
        }
        return Optional.of(LabourIncomeShare.of(p.compensation(), p.gva(), p.employeeLabour(), p.labour()));
    }

    /** The share as a fraction, or null. */
    static Double share(MonitorData data, Region region, int year) {
        return labourIncomeShare(data, region, year)
                .flatMap(s -> {
                    OptionalDouble v = s.share();
                    return v.isPresent() ? Optional.of(v.getAsDouble()) : Optional.empty();
                })
                .orElse(null);
    }

    /**
     * The year of the labour income share for a level shown in {@code year}: that year when some region has
     * total GVA in it, else the latest year before it with GVA, else the first after; empty without GVA.
     */
    static Optional<Integer> shareYear(MonitorData data, RegionLevel level, int year) {
        Integer before = null;
        Integer after = null;
        for (int y = data.firstYear(); y <= data.lastYear(); y++) {
            final int t = y;
            boolean any = data.codeLists().regions(level).stream()
                    .anyMatch(r -> data.point(r, t).gva() != null);
            if (!any) {
                continue;
            }
            if (y <= year) {
                before = y;
            } else if (after == null) {
                after = y;
            }
        }
        return Optional.ofNullable(before != null ? before : after);
    }
}
