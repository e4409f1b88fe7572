package nl.werkkracht.app.scan;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import nl.werkkracht.app.scan.ScanResultsView.GroupView;
import nl.werkkracht.core.scan.AnonymityRule;
import nl.werkkracht.core.scan.GroupResult;
import nl.werkkracht.core.scan.Instrument;
import nl.werkkracht.core.scan.Pillar;
import nl.werkkracht.core.scan.ScanAnalysis;
import nl.werkkracht.core.scan.ScanResults;
import nl.werkkracht.core.scan.TopBalance;
import nl.werkkracht.store.scan.InvitationStatus;
import nl.werkkracht.store.scan.ScanOverview;
import nl.werkkracht.store.scan.ScanStore;
import nl.werkkracht.store.scan.StoredScan;

/**
 * The employee questionnaire ("scan") of an organisation: creating scans and invitations, taking
 * answers, and results under the anonymity rule (METHODS.md §10–11).
 *
 * <p>This is the facade other features (report, route plan) use: {@link #scans}, {@link #results},
 * {@link #latestResults} and {@link #instrument}. It does not check who asks: callers check access to the
 * organisation ({@code OrganisationAccess}) and record the audit event first. Everything it returns
 * about answers is disclosure-controlled already.
 */
public class ScanService {

    /** Most invitations made at once. */
    public static final int MAX_INVITATIONS = 1000;

    private final ScanStore store;
    private final Instrument instrument;
    private final AnonymityRule rule;
    private final Clock clock;

    public ScanService(ScanStore store, Instrument instrument, AnonymityRule rule, Clock clock) {
        this.store = Objects.requireNonNull(store, "store");
        this.instrument = Objects.requireNonNull(instrument, "instrument");
        this.rule = Objects.requireNonNull(rule, "rule");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** The questionnaire new scans use. */
    public Instrument instrument() {
        return instrument;
    }

    /** The anonymity rule applied to results. */
    public AnonymityRule rule() {
        return rule;
    }

    /** The scans of an organisation, newest first. */
    public List<ScanSummary> scans(long organisationId) {
        return store.scans(organisationId).stream().map(this::summary).toList();
    }

    /** One scan; empty when there is no such scan. */
    public Optional<ScanSummary> scan(long scanId) {
        return store.scan(scanId).map(this::summary);
    }

    /**
     * The results of a scan, disclosure-controlled.
     *
     * @throws IllegalArgumentException when there is no such scan
     */
    public ScanResultsView results(long scanId) {
        StoredScan scan = store.scan(scanId)
                .orElseThrow(() -> new IllegalArgumentException("no scan " + scanId))
                .scan();
        ScanResults results = ScanAnalysis.analyse(instrumentOf(scan), scan.teams(), store.responses(scanId), rule);
        Map<String, List<String>> ideas = ScanAnalysis.releasedIdeas(results, store.ideas(scanId));
        var groups = new ArrayList<GroupView>();
        for (GroupResult g : results.groups()) {
            groups.add(view(g, ideas.getOrDefault(g.group(), List.of())));
        }
        Optional<TopBalance> balance = results.balance();
        return new ScanResultsView(
                scan.id(),
                scan.organisationId(),
                scan.instrumentId(),
                scan.instrumentVersion(),
                scan.closesAt(),
                rule.k(),
                results.responses(),
                groups,
                balance.map(TopBalance::gap).orElse(null),
                balance.map(b -> ScanResultsView.key(b.lagging())).orElse(null),
                balance.map(TopBalance::flagged).orElse(null));
    }

    /**
     * The results the report and route plan should use: of the newest scan whose respondents together
     * pass the anonymity rule; when none does, of the newest scan with any response (its groups are all
     * suppressed); empty when the organisation has no response at all.
     */
    public Optional<ScanResultsView> latestResults(long organisationId) {
        List<ScanOverview> answered = store.scans(organisationId).stream()
                .filter(o -> o.responses() > 0)
                .toList();
        for (ScanOverview o : answered) {
            if (o.responses() >= rule.k()) {
                ScanResultsView view = results(o.scan().id());
                if (view.available()) {
                    return Optional.of(view);
                }
            }
        }
        return answered.isEmpty()
                ? Optional.empty()
                : Optional.of(results(answered.get(0).scan().id()));
    }

    /**
     * Creates a scan of the current questionnaire.
     *
     * @param teams team names (trimmed; blank ones are left out); may be empty
     * @param closesAt when the scan closes; must be in the future
     * @return the new scan; empty when there is no such organisation
     * @throws ScanProblemException 400 naming {@code teams} or {@code closesAt}
     */
    public Optional<ScanSummary> create(long organisationId, List<String> teams, Instant closesAt) {
        List<String> names = teams == null
                ? List.of()
                : teams.stream()
                        .filter(Objects::nonNull)
                        .map(String::strip)
                        .filter(t -> !t.isEmpty())
                        .toList();
        if (names.size() == 1) {
            throw ScanProblemException.invalid(
                    "teams", "give no teams or at least two: one team is the same group as everybody");
        }
        for (String name : names) {
            if (name.length() > ScanStore.MAX_TEAM_LENGTH) {
                throw ScanProblemException.invalid("teams", "a team name may have at most 100 characters");
            }
            if (name.equals(ScanResults.ALL)) {
                throw ScanProblemException.invalid("teams", "'ALL' is reserved for all respondents together");
            }
        }
        if (names.stream().distinct().count() != names.size()) {
            throw ScanProblemException.invalid("teams", "every team needs a name of its own");
        }
        if (closesAt == null) {
            throw ScanProblemException.invalid("closesAt", "give the moment the scan closes");
        }
        if (!closesAt.isAfter(clock.instant())) {
            throw ScanProblemException.invalid("closesAt", "the closing moment must be in the future");
        }
        return store.create(organisationId, instrument.id(), instrument.version(), names, closesAt)
                .flatMap(s -> store.scan(s.id()))
                .map(this::summary);
    }

    /**
     * Makes new invitations. The tokens are returned once and never stored; only their hashes are.
     *
     * @param count 1 to {@value #MAX_INVITATIONS}
     * @throws ScanProblemException 400 naming {@code count}
     * @throws IllegalArgumentException when there is no such scan
     */
    public List<String> invite(long scanId, int count) {
        if (count < 1 || count > MAX_INVITATIONS) {
            throw ScanProblemException.invalid("count", "make 1 to " + MAX_INVITATIONS + " invitations at a time");
        }
        var tokens = new ArrayList<String>(count);
        while (tokens.size() < count) {
            String token = InvitationTokens.generate();
            if (!tokens.contains(token)) {
                tokens.add(token);
            }
        }
        if (!store.addInvitations(
                scanId, tokens.stream().map(InvitationTokens::hash).toList())) {
            throw new IllegalArgumentException("no scan " + scanId);
        }
        return tokens;
    }

    /**
     * The questionnaire an invitation opens, in {@code language}.
     *
     * @throws ScanProblemException 404 for an unknown token, 409 when it was used, 410 when the scan closed
     */
    public QuestionnaireView questionnaire(String token, String language) {
        StoredScan scan = openInvitation(token);
        return Questionnaires.view(instrumentOf(scan), scan, language);
    }

    /**
     * Stores one respondent's answers, once per invitation.
     *
     * @param answers by item id; see {@link AnswerValidation#validate}
     * @throws ScanProblemException 404, 409 or 410 for the token; 400 naming the wrong field
     */
    public void submit(String token, String team, Map<String, ?> answers, String ideas) {
        StoredScan scan = openInvitation(token);
        var valid = AnswerValidation.validate(instrumentOf(scan), scan.teams(), team, answers, ideas);
        switch (store.submit(InvitationTokens.hash(token), valid.team(), valid.answers(), valid.idea())) {
            case STORED -> {}
            case ALREADY_USED -> throw ScanProblemException.alreadyUsed();
            case CLOSED -> throw ScanProblemException.closed();
            case UNKNOWN_TOKEN -> throw ScanProblemException.unknownToken();
        }
    }

    /** The scan of an invitation that may be answered now. */
    private StoredScan openInvitation(String token) {
        if (!InvitationTokens.wellFormed(token)) {
            throw ScanProblemException.unknownToken();
        }
        InvitationStatus status =
                store.invitation(InvitationTokens.hash(token)).orElseThrow(ScanProblemException::unknownToken);
        if (status.scan().closed(clock.instant())) {
            throw ScanProblemException.closed();
        }
        if (status.used()) {
            throw ScanProblemException.alreadyUsed();
        }
        return status.scan();
    }

    private Instrument instrumentOf(StoredScan scan) {
        if (!scan.instrumentId().equals(instrument.id()) || scan.instrumentVersion() != instrument.version()) {
            throw new IllegalStateException("scan " + scan.id() + " uses questionnaire " + scan.instrumentId() + " "
                    + scan.instrumentVersion() + ", which this version of Werkkracht does not have");
        }
        return instrument;
    }

    private ScanSummary summary(ScanOverview o) {
        StoredScan s = o.scan();
        return new ScanSummary(
                s.id(),
                s.organisationId(),
                s.instrumentId(),
                s.instrumentVersion(),
                s.teams(),
                s.closesAt(),
                s.createdAt(),
                !s.closed(clock.instant()),
                o.invitations(),
                o.responses());
    }

    private GroupView view(GroupResult g, List<String> ideas) {
        if (g.suppressed()) {
            String band = g.n() < rule.k() ? "< " + rule.k() : "≥ " + rule.k();
            return new GroupView(g.group(), null, true, band, Map.of(), Map.of(), List.of());
        }
        var pillars = new LinkedHashMap<String, Double>();
        for (Pillar p : Pillar.values()) {
            if (g.pillars().containsKey(p)) {
                pillars.put(ScanResultsView.key(p), g.pillars().get(p));
            }
        }
        return new GroupView(g.group(), g.n(), false, null, g.scales(), pillars, ideas);
    }
}
