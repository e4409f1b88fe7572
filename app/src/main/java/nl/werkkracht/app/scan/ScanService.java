package nl.werkkracht.app.scan;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.LongFunction;
import nl.werkkracht.core.scan.AnonymityRule;
import nl.werkkracht.core.scan.Instrument;
import nl.werkkracht.core.scan.ResultsRelease;
import nl.werkkracht.core.scan.ScanResults;
import nl.werkkracht.store.scan.InvitationStatus;
import nl.werkkracht.store.scan.PublishedResults;
import nl.werkkracht.store.scan.ScanOverview;
import nl.werkkracht.store.scan.ScanPublications;
import nl.werkkracht.store.scan.ScanStore;
import nl.werkkracht.store.scan.StoredScan;

/**
 * The employee questionnaire ("scan") of an organisation: creating scans and invitations, taking
 * answers, closing, and results under the anonymity rule (METHODS.md §10–11).
 *
 * <p>Results are shown only once a scan has closed, in one version that never changes (ADR 0011): the
 * first time they are asked for after closing (or when the employer closes the scan), they are made
 * from all responses ({@link ResultsRelease}) and stored; every view and export reads that stored
 * version, also after the raw answers were deleted ({@link AnswerRetention}).
 *
 * <p>This is the facade other features (report, route plan, follow-up, benchmarks, the organisation
 * export) use: {@link #scans}, {@link #publishedResults}, {@link #latestResults} and {@link #instrument}.
 * It does not check who asks: callers check access to the organisation ({@code OrganisationAccess}) and
 * record the audit event first. Everything it returns about answers is disclosure-controlled already.
 */
public class ScanService {

    /** Most invitations made at once. */
    public static final int MAX_INVITATIONS = 1000;

    private final ScanStore store;
    private final ScanPublications publications;
    private final Instrument instrument;
    private final AnonymityRule rule;
    private final Clock clock;
    private final LongFunction<Optional<String>> organisationNames;

    /**
     * @param organisationNames the name of an organisation by id, for the questionnaire and its privacy
     *     statement
     */
    public ScanService(
            ScanStore store,
            ScanPublications publications,
            Instrument instrument,
            AnonymityRule rule,
            Clock clock,
            LongFunction<Optional<String>> organisationNames) {
        this.organisationNames = Objects.requireNonNull(organisationNames, "organisationNames");
        this.store = Objects.requireNonNull(store, "store");
        this.publications = Objects.requireNonNull(publications, "publications");
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
     * The published results of a closed scan.
     *
     * @throws ScanProblemException 409 when the scan is still open
     * @throws IllegalArgumentException when there is no such scan
     */
    public ScanResultsView results(long scanId) {
        StoredScan scan = store.scan(scanId)
                .orElseThrow(() -> new IllegalArgumentException("no scan " + scanId))
                .scan();
        return publishedResults(scanId).orElseThrow(() -> ScanProblemException.notYetClosed(scan.closesAt()));
    }

    /**
     * The published results of a scan; empty while it is open (or when there is no such scan). The first
     * call after closing makes them from all responses and stores them; later calls read that version.
     */
    public Optional<ScanResultsView> publishedResults(long scanId) {
        Optional<StoredScan> scan = store.scan(scanId).map(ScanOverview::scan);
        if (scan.isEmpty()
                || !ResultsRelease.released(clock.instant(), scan.get().closesAt())) {
            return Optional.empty();
        }
        Optional<PublishedResults> published = publications.publication(scanId);
        if (published.isEmpty()) {
            published = publications.publish(
                    scanId,
                    closed -> Publications.of(
                            ResultsRelease.publish(
                                    clock.instant(),
                                    closed.scan().closesAt(),
                                    instrumentOf(closed.scan()),
                                    closed.scan().teams(),
                                    closed.responses(),
                                    rule),
                            closed.ideas(),
                            rule,
                            clock.instant()));
        }
        return published.map(p -> Publications.view(scan.get(), p, instrumentOf(scan.get())));
    }

    /**
     * The results the report and route plan should use: of the newest closed scan whose respondents
     * together pass the anonymity rule; when none does, of the newest closed scan with any response (its
     * groups are all suppressed); empty when no closed scan has a response.
     */
    public Optional<ScanResultsView> latestResults(long organisationId) {
        List<ScanOverview> answered = store.scans(organisationId).stream()
                .filter(o -> o.responses() > 0
                        && ResultsRelease.released(clock.instant(), o.scan().closesAt()))
                .toList();
        for (ScanOverview o : answered) {
            if (o.responses() >= rule.k()) {
                Optional<ScanResultsView> view = publishedResults(o.scan().id());
                if (view.isPresent() && view.get().available()) {
                    return view;
                }
            }
        }
        return answered.isEmpty()
                ? Optional.empty()
                : publishedResults(answered.get(0).scan().id());
    }

    /**
     * The published results of every closed scan of an organisation with a response, oldest closing
     * first (for follow-up).
     */
    public List<ScanResultsView> publishedResultsOf(long organisationId) {
        var out = new ArrayList<ScanResultsView>();
        for (ScanOverview o : store.scans(organisationId)) {
            if (o.responses() > 0) {
                publishedResults(o.scan().id()).ifPresent(out::add);
            }
        }
        out.sort(java.util.Comparator.comparing(ScanResultsView::closesAt).thenComparing(ScanResultsView::scanId));
        return out;
    }

    /**
     * Closes an open scan now (the employer need not wait for its closing date) and publishes its results.
     *
     * @return the scan as it is now, and whether this call closed it; empty when there is no such scan
     */
    public Optional<Closed> close(long scanId) {
        ScanStore.Closing closing = store.close(scanId);
        if (closing == ScanStore.Closing.NO_SCAN) {
            return Optional.empty();
        }
        publishedResults(scanId);
        return scan(scanId).map(s -> new Closed(s, closing == ScanStore.Closing.CLOSED));
    }

    /**
     * A scan after closing.
     *
     * @param scan the scan
     * @param closedNow whether it was open and is closed now (false when it had closed before)
     */
    public record Closed(ScanSummary scan, boolean closedNow) {}

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
        String organisation = organisationNames.apply(scan.organisationId()).orElse("");
        return Questionnaires.view(instrumentOf(scan), scan, organisation, language);
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
}
