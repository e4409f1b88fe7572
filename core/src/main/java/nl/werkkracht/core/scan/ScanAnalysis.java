package nl.werkkracht.core.scan;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * The results of a scan: scale and pillar scores per group of respondents under the anonymity rule
 * (METHODS.md §10), and the TOP balance of all respondents (§11).
 *
 * <ul>
 *   <li>A respondent's scale score: {@link ScaleScoring#respondentScore}.
 *   <li>A group's scale score: the mean of the scale scores of its respondents who have one (the
 *       others are left out, not counted as 0), in whole points ({@link ScaleScoring#wholePoints}), shown
 *       only when at least {@code k} of them have one and the differencing rule allows (see {@link
 *       AnonymityRule}, applied per scale).
 *   <li>A group's pillar score: the unweighted mean of its shown scale scores of that pillar — every
 *       scale counts once, whatever its number of items or respondents — in whole points.
 * </ul>
 *
 * <p>This is one version of a scan's results, over the responses given. When versions may be shown is
 * {@link ResultsRelease}'s rule: only one, at closing.
 */
public final class ScanAnalysis {

    private ScanAnalysis() {}

    /**
     * @param instrument the questionnaire answered
     * @param teams the scan's teams in order; empty when the scan has none
     * @param responses every response; each names one of {@code teams} when there are teams, none
     *     otherwise, and answers only items of the instrument
     * @param rule the anonymity rule
     * @throws IllegalArgumentException when a response breaks those conditions
     */
    public static ScanResults analyse(
            Instrument instrument, List<String> teams, List<Response> responses, AnonymityRule rule) {
        requireValid(instrument, teams, responses);
        // respondents' tallies, by scale, in response order
        var tallies = new LinkedHashMap<String, List<Optional<ScaleScoring.Tally>>>();
        for (Scale scale : instrument.scales()) {
            List<Item> items = instrument.itemsOf(scale.id());
            tallies.put(
                    scale.id(),
                    responses.stream()
                            .map(r -> ScaleScoring.respondentTally(items, r.answers()))
                            .toList());
        }
        var groupCounts = new LinkedHashMap<String, Integer>();
        teams.forEach(t -> groupCounts.put(t, 0));
        responses.forEach(r -> r.team().ifPresent(t -> groupCounts.merge(t, 1, Integer::sum)));
        AnonymityRule.Suppression groups = rule.suppress(responses.size(), groupCounts);

        var cells = new LinkedHashMap<String, AnonymityRule.Suppression>();
        for (var scale : tallies.entrySet()) {
            var scorers = new LinkedHashMap<String, Integer>();
            teams.forEach(t -> scorers.put(t, 0));
            int all = 0;
            for (int i = 0; i < responses.size(); i++) {
                if (scale.getValue().get(i).isPresent()) {
                    all++;
                    responses.get(i).team().ifPresent(t -> scorers.merge(t, 1, Integer::sum));
                }
            }
            cells.put(scale.getKey(), rule.suppress(all, scorers, groups));
        }

        var results = new ArrayList<GroupResult>();
        results.add(group(instrument, ScanResults.ALL, Optional.empty(), responses, tallies, groups.all(), cells));
        for (String team : teams) {
            results.add(group(instrument, team, Optional.of(team), responses, tallies, groups.team(team), cells));
        }
        GroupResult all = results.get(0);
        return new ScanResults(responses.size(), results, all.suppressed() ? Optional.empty() : balance(all.pillars()));
    }

    private static GroupResult group(
            Instrument instrument,
            String name,
            Optional<String> team,
            List<Response> responses,
            Map<String, List<Optional<ScaleScoring.Tally>>> tallies,
            boolean suppressed,
            Map<String, AnonymityRule.Suppression> cells) {
        int n = (int) responses.stream()
                .filter(r -> team.isEmpty() || r.team().equals(team))
                .count();
        if (suppressed) {
            return GroupResult.suppressed(name, n);
        }
        var scales = new LinkedHashMap<String, Integer>();
        for (var scale : tallies.entrySet()) {
            AnonymityRule.Suppression cell = cells.get(scale.getKey());
            if (team.map(cell::team).orElse(cell.all())) {
                continue;
            }
            var scored = new ArrayList<ScaleScoring.Tally>();
            for (int i = 0; i < responses.size(); i++) {
                Optional<ScaleScoring.Tally> t = scale.getValue().get(i);
                if (t.isPresent() && (team.isEmpty() || responses.get(i).team().equals(team))) {
                    scored.add(t.get());
                }
            }
            scales.put(scale.getKey(), ScaleScoring.wholePoints(scored));
        }
        return new GroupResult(name, n, false, scales, pillars(instrument, scales));
    }

    /**
     * A group's pillar scores from its shown scale scores: per pillar the unweighted mean of the pillar's
     * scales that have a score, rounded half up to a whole point; a pillar without any is absent. So a
     * pillar score is a function of shown values only and can tell nothing they do not.
     *
     * @param scales whole scale scores by scale id
     */
    public static Map<Pillar, Integer> pillars(Instrument instrument, Map<String, Integer> scales) {
        var pillars = new EnumMap<Pillar, Integer>(Pillar.class);
        for (Pillar pillar : Pillar.values()) {
            List<Integer> shown = instrument.scalesOf(pillar).stream()
                    .map(Scale::id)
                    .filter(scales::containsKey)
                    .map(scales::get)
                    .toList();
            if (!shown.isEmpty()) {
                pillars.put(pillar, ScaleScoring.wholeMean(shown));
            }
        }
        return pillars;
    }

    /** The TOP balance of whole pillar scores; empty unless all three have a score. */
    public static Optional<TopBalance> balance(Map<Pillar, Integer> pillars) {
        var values = new EnumMap<Pillar, Double>(Pillar.class);
        pillars.forEach((p, v) -> values.put(p, v.doubleValue()));
        return TopBalance.of(values);
    }

    /**
     * The improvement ideas that may be shown, per shown group. An idea is released only when its own
     * group passes: its team when the scan has teams, else all respondents. "All respondents" lists the
     * released ideas of every team, so an idea of a suppressed team appears nowhere. Ideas are sorted
     * alphabetically, so that their order tells nothing about when or by whom they were written.
     *
     * @return released ideas by group name (ALL first, then shown teams); suppressed groups are absent
     */
    public static Map<String, List<String>> releasedIdeas(ScanResults results, List<Idea> ideas) {
        Set<String> shown = new HashSet<>();
        results.groups().stream().filter(g -> !g.suppressed()).forEach(g -> shown.add(g.group()));
        var released = new LinkedHashMap<String, List<String>>();
        for (GroupResult g : results.groups()) {
            if (!g.suppressed()) {
                released.put(g.group(), new ArrayList<>());
            }
        }
        for (Idea idea : ideas) {
            String own = idea.team().orElse(ScanResults.ALL);
            if (shown.contains(own)) {
                released.get(own).add(idea.text());
                if (!own.equals(ScanResults.ALL)) {
                    released.get(ScanResults.ALL).add(idea.text());
                }
            }
        }
        released.replaceAll((group, texts) -> {
            texts.sort(String.CASE_INSENSITIVE_ORDER.thenComparing(Comparator.naturalOrder()));
            return Collections.unmodifiableList(texts);
        });
        return Collections.unmodifiableMap(released);
    }

    /**
     * Cronbach's alpha per scale over all respondents, for analysts; every alpha is empty when there are
     * fewer than {@code k} responses (the group of all respondents does not pass).
     *
     * @return alpha by scale id, in instrument order
     */
    public static Map<String, OptionalDouble> reliability(
            Instrument instrument, List<Response> responses, AnonymityRule rule) {
        var answers = responses.stream().map(Response::answers).toList();
        var out = new LinkedHashMap<String, OptionalDouble>();
        for (Scale scale : instrument.scales()) {
            out.put(
                    scale.id(),
                    responses.size() < rule.k()
                            ? OptionalDouble.empty()
                            : CronbachAlpha.of(instrument.itemsOf(scale.id()), answers));
        }
        return Collections.unmodifiableMap(out);
    }

    private static void requireValid(Instrument instrument, List<String> teams, List<Response> responses) {
        if (new HashSet<>(teams).size() != teams.size() || teams.contains(ScanResults.ALL)) {
            throw new IllegalArgumentException("team names must be unique and not " + ScanResults.ALL);
        }
        Set<String> items = new HashSet<>();
        instrument.items().forEach(i -> items.add(i.id()));
        for (Response r : responses) {
            if (teams.isEmpty() && r.team().isPresent()) {
                throw new IllegalArgumentException(
                        "the scan has no teams, a response names " + r.team().get());
            }
            if (!teams.isEmpty()
                    && (r.team().isEmpty() || !teams.contains(r.team().get()))) {
                throw new IllegalArgumentException("a response must name one of the teams " + teams);
            }
            for (String item : r.answers().keySet()) {
                if (!items.contains(item)) {
                    throw new IllegalArgumentException("unknown item " + item);
                }
            }
        }
    }
}
