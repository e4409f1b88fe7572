package nl.werkkracht.app.scan;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import nl.werkkracht.app.scan.ScanResultsView.GroupView;
import nl.werkkracht.core.scan.AnonymityRule;
import nl.werkkracht.core.scan.GroupResult;
import nl.werkkracht.core.scan.Idea;
import nl.werkkracht.core.scan.Instrument;
import nl.werkkracht.core.scan.Pillar;
import nl.werkkracht.core.scan.Scale;
import nl.werkkracht.core.scan.ScanAnalysis;
import nl.werkkracht.core.scan.ScanResults;
import nl.werkkracht.core.scan.TopBalance;
import nl.werkkracht.store.scan.PublishedResults;
import nl.werkkracht.store.scan.PublishedResults.PublishedGroup;
import nl.werkkracht.store.scan.PublishedResults.Visibility;
import nl.werkkracht.store.scan.StoredScan;

/**
 * Between the core's results and the stored publication, and from the stored publication to the view.
 * Only shown values are stored (whole scale scores, the sizes of shown groups, released ideas); pillar
 * scores and the TOP balance are computed from them again when read, so they can tell nothing more.
 */
final class Publications {

    private Publications() {}

    /** What is stored of a closed scan's results. */
    static PublishedResults of(ScanResults results, List<Idea> ideas, AnonymityRule rule, Instant now) {
        Map<String, List<String>> released = ScanAnalysis.releasedIdeas(results, ideas);
        var groups = new ArrayList<PublishedGroup>();
        for (GroupResult g : results.groups()) {
            if (g.suppressed()) {
                groups.add(PublishedGroup.hidden(g.group(), g.n() < rule.k() ? Visibility.FEW : Visibility.PROTECTS));
            } else {
                groups.add(new PublishedGroup(
                        g.group(),
                        Visibility.SHOWN,
                        OptionalInt.of(g.n()),
                        g.scales(),
                        released.getOrDefault(g.group(), List.of())));
            }
        }
        return new PublishedResults(now, results.responses(), rule.k(), Optional.empty(), groups);
    }

    /** The view of a stored publication. */
    static ScanResultsView view(StoredScan scan, PublishedResults published, Instrument instrument) {
        var groups = new ArrayList<GroupView>();
        for (PublishedGroup g : published.groups()) {
            groups.add(group(g, instrument, published.k()));
        }
        GroupView all = groups.get(0);
        Optional<TopBalance> balance =
                all.suppressed() ? Optional.empty() : ScanAnalysis.balance(pillarsOf(all.scales(), instrument));
        return new ScanResultsView(
                scan.id(),
                scan.organisationId(),
                scan.instrumentId(),
                scan.instrumentVersion(),
                scan.closesAt(),
                published.k(),
                published.responses(),
                groups,
                balance.map(b -> (int) Math.round(b.gap())).orElse(null),
                balance.map(b -> ScanResultsView.key(b.lagging())).orElse(null),
                balance.map(TopBalance::flagged).orElse(null),
                published.publishedAt(),
                published.answersDeletedAt().orElse(null));
    }

    private static GroupView group(PublishedGroup g, Instrument instrument, int k) {
        if (g.visibility() != Visibility.SHOWN) {
            String band = g.visibility() == Visibility.FEW ? "< " + k : "≥ " + k;
            return new GroupView(g.name(), null, true, band, Map.of(), Map.of(), List.of());
        }
        var scales = new LinkedHashMap<String, Integer>();
        for (Scale s : instrument.scales()) {
            Integer score = g.scores().get(s.id());
            if (score != null) {
                scales.put(s.id(), score);
            }
        }
        var pillars = new LinkedHashMap<String, Integer>();
        pillarsOf(scales, instrument).forEach((p, v) -> pillars.put(ScanResultsView.key(p), v));
        return new GroupView(g.name(), g.respondents().getAsInt(), false, null, scales, pillars, g.ideas());
    }

    private static Map<Pillar, Integer> pillarsOf(Map<String, Integer> scales, Instrument instrument) {
        return ScanAnalysis.pillars(instrument, scales);
    }
}
