package nl.werkkracht.app.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Collectors;
import nl.werkkracht.app.report.ReportView.Basis;
import nl.werkkracht.app.report.ReportView.GroupCount;
import nl.werkkracht.app.report.ReportView.IdeasSection;
import nl.werkkracht.app.report.ReportView.JobQualitySection;
import nl.werkkracht.app.report.ReportView.Note;
import nl.werkkracht.app.report.ReportView.PillarScore;
import nl.werkkracht.app.report.ReportView.ScaleRow;
import nl.werkkracht.app.report.ReportView.ScanBasis;
import nl.werkkracht.app.report.ReportView.TeamPillars;
import nl.werkkracht.app.report.ReportView.TopSection;
import nl.werkkracht.app.scan.ScanResultsView;
import nl.werkkracht.app.scan.ScanResultsView.GroupView;
import nl.werkkracht.core.scan.Domain;
import nl.werkkracht.core.scan.Instrument;
import nl.werkkracht.core.scan.Pillar;
import nl.werkkracht.core.scan.Scale;
import nl.werkkracht.core.scan.ScaleScoring;
import nl.werkkracht.core.scan.ScanResults;
import nl.werkkracht.core.scan.TopBalance;

/**
 * The report's sections from the questionnaire: TOP pillars and balance, the job-quality profile and the
 * improvement ideas. They read only the disclosure-controlled results ({@link ScanResultsView}): a
 * suppressed group carries no values there, and this class also never takes a value of a suppressed
 * group, so a scale or idea of such a group cannot reach the report.
 */
final class ScanSections {

    /** The domains of the job-quality profile, in the order shown. */
    static final List<Domain> PROFILE = List.of(Domain.JOB_QUALITY, Domain.ENGAGEMENT, Domain.LEARNING_CULTURE);

    private final Optional<ScanResultsView> scan;
    private final Optional<java.time.LocalDate> openUntil;
    private final Instrument instrument;
    private final ReportText text;
    private final java.time.Instant now;

    /**
     * @param scan the latest published results
     * @param openUntil the last day of a scan still open (whose results come after closing), if any
     * @param now the moment of the report
     */
    ScanSections(
            Optional<ScanResultsView> scan,
            Optional<java.time.LocalDate> openUntil,
            Instrument instrument,
            ReportText text,
            java.time.Instant now) {
        this.scan = scan;
        this.openUntil = openUntil;
        this.instrument = instrument;
        this.text = text;
        this.now = now;
    }

    /** The scan's responses and group sizes; null when no scan was run. */
    ScanBasis basis() {
        return scan.map(s -> new ScanBasis(
                        s.scanId(),
                        s.closesAt(),
                        s.responses(),
                        s.k(),
                        s.groups().stream()
                                .map(g -> new GroupCount(
                                        g.group(), g.suppressed() ? null : g.n(), g.suppressed(), g.countBand()))
                                .toList()))
                .orElse(null);
    }

    /** All respondents, when a scan was run and they pass the anonymity rule. */
    Optional<GroupView> all() {
        return scan.filter(ScanResultsView::available).map(ScanResultsView::all);
    }

    /** The teams that pass the anonymity rule, in the scan's order. */
    List<GroupView> shownTeams() {
        return scan.map(s -> s.groups().stream()
                        .filter(g -> !g.suppressed() && !ScanResults.ALL.equals(g.group()))
                        .toList())
                .orElse(List.of());
    }

    /** The notes that say why there are no questionnaire results; empty when there are. */
    List<Note> missing() {
        if (scan.isEmpty()) {
            return List.of(openUntil
                    .map(day -> text.note("scan.open", text.date(day)))
                    .orElseGet(() -> text.note("scan.none")));
        }
        if (!scan.get().available()) {
            return List.of(text.note("scan.suppressed", scan.get().k()));
        }
        return List.of();
    }

    /** "Vragenlijst van …: 37 antwoorden; Alle medewerkers 37, Team A 12 …". */
    String basedOn() {
        if (scan.isEmpty()) {
            return null;
        }
        ScanResultsView s = scan.get();
        String groups = s.groups().stream().map(this::groupCount).collect(Collectors.joining("; "));
        return text.get(
                now.isBefore(s.closesAt()) ? "report.basis.scan.open" : "report.basis.scan.closed",
                text.date(s.lastDay()),
                s.responses(),
                groups);
    }

    private String groupCount(GroupView g) {
        String name = groupName(g.group());
        if (!g.suppressed()) {
            return text.get("report.group.count", name, g.n());
        }
        // "< 5": too few respondents; "≥ 5": hidden so that a smaller team cannot be derived
        boolean small = g.countBand() == null || g.countBand().startsWith("<");
        return text.get(
                small ? "report.group.tooFew" : "report.group.protecting",
                name,
                scan.get().k());
    }

    String groupName(String group) {
        return ScanResults.ALL.equals(group) ? text.get("report.group.all") : group;
    }

    /**
     * The job-quality index: the mean of the job-quality scale scores of all respondents, 0–100, when at
     * least half of the questionnaire's job-quality scales have a shown score (the rule METHODS.md §10
     * applies to items within a scale); empty otherwise.
     */
    OptionalInt jobQualityIndex() {
        List<Integer> scores = jobQualityScores();
        int total = instrument.scalesOf(Domain.JOB_QUALITY).size();
        if (scores.isEmpty() || 2 * scores.size() < total) {
            return OptionalInt.empty();
        }
        return OptionalInt.of(ScaleScoring.wholeMean(scores));
    }

    /** The shown job-quality scale scores of all respondents. */
    List<Integer> jobQualityScores() {
        Optional<GroupView> all = all();
        if (all.isEmpty()) {
            return List.of();
        }
        return instrument.scalesOf(Domain.JOB_QUALITY).stream()
                .map(s -> all.get().scales().get(s.id()))
                .filter(v -> v != null)
                .toList();
    }

    TopSection top() {
        List<Note> missing = new ArrayList<>(missing());
        Optional<GroupView> all = all();
        List<PillarScore> pillars = new ArrayList<>();
        all.ifPresent(g -> {
            for (Pillar p : Pillar.values()) {
                g.pillar(p).ifPresent(v -> pillars.add(new PillarScore(ScanResultsView.key(p), pillarName(p), v)));
            }
        });
        Optional<TopBalance> balance =
                all.isEmpty() ? Optional.empty() : scan.get().balance();
        if (all.isPresent() && balance.isEmpty()) {
            missing.add(text.note("top.incomplete"));
        }
        List<TeamPillars> teams = shownTeams().stream()
                .filter(t -> !t.pillars().isEmpty())
                .map(t -> new TeamPillars(t.group(), t.n(), t.pillars()))
                .toList();
        String balanceText = balance.map(b -> text.get(
                        b.flagged() ? "report.top.flagged" : "report.top.balanced",
                        text.number(b.gap(), 0),
                        pillarName(b.lagging()),
                        text.number(TopBalance.FLAG_ABOVE, 0)))
                .orElse(null);
        return new TopSection(
                !pillars.isEmpty(),
                pillars,
                balance.map(b -> (int) Math.round(b.gap())).orElse(null),
                TopBalance.FLAG_ABOVE,
                balance.map(TopBalance::flagged).orElse(null),
                balance.map(b -> ScanResultsView.key(b.lagging())).orElse(null),
                balance.map(b -> pillarName(b.lagging())).orElse(null),
                balanceText,
                teams,
                new Basis(basedOn(), missing));
    }

    JobQualitySection jobQuality() {
        List<Note> missing = new ArrayList<>(missing());
        Optional<GroupView> all = all();
        List<GroupView> teams = shownTeams();
        List<ScaleRow> rows = new ArrayList<>();
        List<String> hidden = new ArrayList<>();
        if (all.isPresent()) {
            for (Domain domain : PROFILE) {
                for (Scale scale : instrument.scalesOf(domain)) {
                    Integer score = all.get().scales().get(scale.id());
                    Map<String, Integer> byTeam = new LinkedHashMap<>();
                    for (GroupView t : teams) {
                        Integer v = t.scales().get(scale.id());
                        if (v != null) {
                            byTeam.put(t.group(), v);
                        }
                    }
                    if (score == null) {
                        hidden.add(scale.name().in(text.locale()));
                    }
                    rows.add(new ScaleRow(scale.id(), scale.name().in(text.locale()), domain.name(), score, byTeam));
                }
            }
        }
        if (!hidden.isEmpty()) {
            missing.add(text.note("scale.hidden", String.join(", ", hidden)));
        }
        boolean any = rows.stream().anyMatch(r -> r.all() != null);
        return new JobQualitySection(
                any,
                any ? rows : List.of(),
                teams.stream().map(GroupView::group).toList(),
                new Basis(basedOn(), missing));
    }

    IdeasSection ideas() {
        List<Note> missing = new ArrayList<>(missing());
        List<String> ideas = all().map(GroupView::ideas).orElse(List.of());
        if (all().isPresent() && ideas.isEmpty()) {
            missing.add(text.note("ideas.none"));
        }
        boolean teamsHidden = scan.map(
                        s -> s.groups().stream().anyMatch(g -> g.suppressed() && !ScanResults.ALL.equals(g.group())))
                .orElse(false);
        if (all().isPresent() && teamsHidden) {
            missing.add(text.note("ideas.teamsHidden", scan.get().k()));
        }
        String basedOn = scan.isEmpty()
                ? null
                : text.get("report.basis.ideas", ideas.size(), scan.get().k());
        return new IdeasSection(!ideas.isEmpty(), ideas, new Basis(basedOn, missing));
    }

    String pillarName(Pillar pillar) {
        return pillar.label().in(text.locale());
    }
}
