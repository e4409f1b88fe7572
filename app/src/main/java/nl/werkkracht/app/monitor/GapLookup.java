package nl.werkkracht.app.monitor;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import nl.werkkracht.app.gap.GapService;
import nl.werkkracht.app.gap.GapView;
import nl.werkkracht.app.statistics.ObservationFinder;
import nl.werkkracht.app.statistics.StatisticsException;
import nl.werkkracht.core.codelist.Region;
import nl.werkkracht.core.observation.Measure;
import nl.werkkracht.core.observation.Observation;
import org.springframework.stereotype.Component;

/**
 * The gap decomposition of a region against the Netherlands (METHODS.md §4) with the existing {@link
 * GapService}, from the first dataset in the store that holds GVA by region × sector for the region
 * (the shipped nama_10r_gva2018 for 2018, CBS 84419NED or Eurostat once imported). Where no dataset has
 * the region (Utrecht and Zuid-Holland: their NUTS 2024 regions are other areas) the page says which
 * table to import.
 */
@Component
class GapLookup {

    private final GapService gaps;
    private final ObservationFinder finder;

    GapLookup(GapService gaps, ObservationFinder finder) {
        this.gaps = gaps;
        this.finder = finder;
    }

    /**
     * The decomposition in {@code year}, or when the dataset lacks that year, in its latest year before
     * it (else its latest year): the view names the year used.
     */
    Optional<RegionSummaryView.Gap> find(MonitorData data, Region region, int year, MonitorText text) {
        var codes = new ArrayList<String>(List.of(region.code()));
        region.equivalent().ifPresent(codes::add);
        if (codes.contains(data.settings().reference())) {
            return Optional.empty(); // the reference against itself has no gap
        }
        for (MonitorData.RegionalGva g : data.regionalGva()) {
            for (String code : codes) {
                Optional<Integer> y = yearFor(g.dataset(), code, year);
                if (y.isEmpty()) {
                    continue;
                }
                try {
                    GapView v = gaps.gap(g.dataset(), code, data.settings().reference(), y.get(), g.labour());
                    return Optional.of(view(data, v, g, text));
                } catch (StatisticsException e) {
                    // no sector with GVA and labour for region and reference: try the next dataset
                }
            }
        }
        return Optional.empty();
    }

    private Optional<Integer> yearFor(String dataset, String code, int year) {
        var years = new TreeSet<Integer>();
        for (Observation o : finder.find(dataset, Set.of(Measure.GVA), Set.of(code), Set.of(), 1000, 9999)) {
            if (o.period().isYear() && !o.sector().equals("TOTAL")) {
                years.add(o.period().year());
            }
        }
        if (years.isEmpty()) {
            return Optional.empty();
        }
        if (years.contains(year)) {
            return Optional.of(year);
        }
        Integer before = years.lower(year);
        return Optional.of(before != null ? before : years.last());
    }

    private static RegionSummaryView.Gap view(
            MonitorData data, GapView v, MonitorData.RegionalGva g, MonitorText text) {
        var effects = new LinkedHashMap<String, Double>(v.effects());
        String per = text.dutch() ? g.labour().perNl() : g.labour().perEn();
        return new RegionSummaryView.Gap(
                v.dataset(),
                v.year(),
                v.labour(),
                text.get("monitor.unit.euroPer", per),
                v.productivity().get("region"),
                v.productivity().get("reference"),
                v.gap(),
                effects,
                v.structureCorrectedIndex(),
                v.expected(),
                v.sectors().stream()
                        .map(s -> new RegionSummaryView.GapSector(
                                s.sector(),
                                text.sectorName(data, s.sector()),
                                s.contribution(),
                                s.regionShare(),
                                s.referenceShare(),
                                s.regionProductivity(),
                                s.referenceProductivity()))
                        .toList(),
                v.missingSectors().stream()
                        .map(m -> new RegionSummaryView.MissingSector(
                                m.sector(), text.sectorName(data, m.sector()), m.reason()))
                        .toList(),
                v.outputMeasure(),
                v.notes());
    }
}
