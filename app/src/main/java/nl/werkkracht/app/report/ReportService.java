package nl.werkkracht.app.report;

import java.time.Clock;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import nl.werkkracht.app.organisation.OrganisationView;
import nl.werkkracht.app.report.ReportView.Privacy;
import nl.werkkracht.app.report.ReportView.Profile;
import nl.werkkracht.app.scan.ScanResultsView;
import nl.werkkracht.core.scan.AnonymityRule;
import nl.werkkracht.core.scan.Instrument;
import nl.werkkracht.store.organisation.Organisation;
import org.springframework.context.MessageSource;

/**
 * The scan report of one organisation: productivity against the sector, the productivity × quality-of-work
 * quadrant, the TOP pillars and their balance, the job-quality profile, value-stream findings, improvement
 * ideas and the route plan, each section saying what it rests on and what is missing.
 *
 * <p>Callers have checked access with {@link nl.werkkracht.app.organisation.OrganisationAccess} and record
 * the {@code report.viewed} audit event; this service trusts the organisation it is given. It reads the
 * questionnaire only through its disclosure-controlled results, never raw responses.
 */
public final class ReportService {

    private final ReportSources sources;
    private final MessageSource messages;
    private final Clock clock;

    ReportService(ReportSources sources, MessageSource messages, Clock clock) {
        this.sources = Objects.requireNonNull(sources, "sources");
        this.messages = Objects.requireNonNull(messages, "messages");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** The report in {@code locale}'s language (Dutch unless English). */
    public ReportView report(Organisation organisation, Locale locale) {
        long id = organisation.id();
        ReportText text = new ReportText(messages, locale);
        OrganisationView o = sources.organisation(organisation, locale);
        Optional<ScanResultsView> scan = sources.scan(id);
        Instrument instrument = sources.instrument();
        java.time.Instant now = clock.instant();
        ScanSections scanSections = new ScanSections(scan, sources.openScanUntil(id), instrument, text, now);
        FigureSections figures = new FigureSections(sources.financials(id), text);
        PlanSections plans = new PlanSections(text);
        int k = scan.map(ScanResultsView::k).orElse(AnonymityRule.DEFAULT.k());
        return new ReportView(
                id,
                new Profile(o.name(), o.sector(), o.sectorName(), o.sizeClass(), o.region(), o.regionName()),
                scanSections.basis(),
                figures.productivity(),
                figures.quadrant(scanSections, FigureSections.jobQualityScales(instrument)),
                scanSections.top(),
                scanSections.jobQuality(),
                plans.valueStreams(sources.valueStreams(id)),
                scanSections.ideas(),
                plans.routePlan(sources.routePlan(id, locale), "/organisations/" + id + "/routeplan"),
                new TechImpactSections(text, "en".equals(locale.getLanguage())).section(sources.technologyImpact(id)),
                new Privacy(
                        text.get("report.privacy.confidential", o.name()), k, text.get("report.privacy.anonymity", k)),
                now);
    }
}
