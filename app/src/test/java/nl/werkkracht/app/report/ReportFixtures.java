package nl.werkkracht.app.report;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import nl.werkkracht.app.organisation.FinancialsInput;
import nl.werkkracht.app.organisation.FinancialsView;
import nl.werkkracht.app.organisation.OrganisationView;
import nl.werkkracht.app.organisation.SectorFigure;
import nl.werkkracht.app.routeplan.GeneratedFrom;
import nl.werkkracht.app.routeplan.RoutePlanView;
import nl.werkkracht.app.scan.ScanResultsView;
import nl.werkkracht.app.scan.ScanResultsView.GroupView;
import nl.werkkracht.app.valuestream.ValueStreamView;
import nl.werkkracht.core.scan.Bilingual;
import nl.werkkracht.core.scan.Domain;
import nl.werkkracht.core.scan.Instrument;
import nl.werkkracht.core.scan.Item;
import nl.werkkracht.core.scan.OpenQuestion;
import nl.werkkracht.core.scan.Scale;
import nl.werkkracht.store.organisation.Organisation;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * Invented inputs for report tests: a small questionnaire (four job-quality scales, one scale per TOP pillar,
 * engagement and learning culture), figures, scan results, value streams and a route plan, each settable.
 */
final class ReportFixtures implements ReportSources {

    static final Organisation ORGANISATION = new Organisation(
            7,
            "Bouwbedrijf Voorbeeld (verzonnen)",
            "F",
            "10-49",
            "CR22",
            Optional.empty(),
            Optional.empty(),
            Instant.parse("2026-01-05T09:00:00Z"));

    static final Instrument INSTRUMENT = smallInstrument();

    List<FinancialsView> financials = new ArrayList<>();
    Optional<ScanResultsView> scan = Optional.empty();
    List<ValueStreamView> valueStreams = new ArrayList<>();
    RoutePlanView routePlan = emptyPlan();

    static ResourceBundleMessageSource messages() {
        var messages = new ResourceBundleMessageSource();
        messages.setBasenames(
                "messages/report",
                "messages/common",
                "messages/valuestream",
                "messages/organisation",
                "messages/techimpact");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return messages;
    }

    ReportService service() {
        return new ReportService(this, messages(), Clock.fixed(Instant.parse("2026-03-01T10:00:00Z"), ZoneOffset.UTC));
    }

    ReportView report() {
        return service().report(ORGANISATION, Locale.forLanguageTag("nl-NL"));
    }

    @Override
    public OrganisationView organisation(Organisation o, Locale locale) {
        return new OrganisationView(
                o.id(),
                o.name(),
                o.sector(),
                "Bouwnijverheid",
                o.sizeClass(),
                o.region(),
                "Twente",
                null,
                null,
                o.createdAt(),
                List.of("werkgever"));
    }

    @Override
    public List<FinancialsView> financials(long organisationId) {
        return financials;
    }

    @Override
    public Optional<ScanResultsView> scan(long organisationId) {
        return scan;
    }

    @Override
    public Instrument instrument() {
        return INSTRUMENT;
    }

    @Override
    public List<ValueStreamView> valueStreams(long organisationId) {
        return valueStreams;
    }

    @Override
    public RoutePlanView routePlan(long organisationId, Locale locale) {
        return routePlan;
    }

    /** Figures of one year with value added per hour {@code perHour} and the sector at {@code perHour / ratio}. */
    static FinancialsView year(int year, double perHour, Double ratio) {
        double hours = 20_000;
        SectorFigure sector = ratio == null
                ? null
                : new SectorFigure(
                        "F",
                        perHour / ratio,
                        "EUR/HW",
                        2023,
                        1.02,
                        true,
                        ratio,
                        false,
                        "Eurostat nama_10_a64, Nederland, F, 2023",
                        "nama_10_a64");
        return new FinancialsView(
                year,
                perHour * hours,
                hours,
                false,
                perHour,
                12.5,
                perHour * hours / 12.5,
                0.05,
                0.1,
                "EUR/HW",
                "CP",
                sector,
                ratio == null ? "no sector figure is published for F" : null,
                List.of(),
                new FinancialsInput(null, null, null, null, hours, null, null, null, null, null, null, null));
    }

    /** All respondents with these job-quality scores (in instrument order) and pillar scores T, O, P. */
    static GroupView all(int n, List<Integer> jobQuality, int t, int o, int p, List<String> ideas) {
        Map<String, Integer> scales = new LinkedHashMap<>();
        scales.put("tech.tools", t);
        scales.put("org.process", o);
        scales.put("people.skills", p);
        List<String> ids = List.of("job.autonomy", "job.variety", "job.workload_mental", "job.support");
        for (int i = 0; i < jobQuality.size(); i++) {
            if (jobQuality.get(i) != null) {
                scales.put(ids.get(i), jobQuality.get(i));
            }
        }
        scales.put("engagement", 71);
        scales.put("learning_culture", 44);
        return new GroupView(
                "ALL", n, false, null, scales, Map.of("technology", t, "organisation", o, "people", p), ideas);
    }

    static GroupView team(String name, int n, int score, List<String> ideas) {
        Map<String, Integer> scales = new LinkedHashMap<>();
        for (String id : List.of("tech.tools", "org.process", "people.skills", "job.autonomy", "engagement")) {
            scales.put(id, score);
        }
        return new GroupView(
                name,
                n,
                false,
                null,
                scales,
                Map.of("technology", score, "organisation", score, "people", score),
                ideas);
    }

    static GroupView suppressed(String name, String band) {
        return new GroupView(name, null, true, band, Map.of(), Map.of(), List.of());
    }

    static ScanResultsView scan(int responses, List<GroupView> groups) {
        GroupView all = groups.get(0);
        Integer gap = null;
        String lagging = null;
        Boolean flagged = null;
        if (!all.suppressed()) {
            double t = all.pillars().get("technology");
            double o = all.pillars().get("organisation");
            double p = all.pillars().get("people");
            var balance = nl.werkkracht.core.scan.TopBalance.of(t, o, p);
            gap = (int) balance.gap();
            lagging = ScanResultsView.key(balance.lagging());
            flagged = balance.flagged();
        }
        return new ScanResultsView(
                31,
                7,
                "werkkracht",
                1,
                Instant.parse("2026-02-15T23:00:00Z"),
                5,
                responses,
                groups,
                gap,
                lagging,
                flagged,
                Instant.parse("2026-02-15T23:00:00Z"),
                null);
    }

    static ValueStreamView stream(String name, Double perHour) {
        Map<String, Double> waste = new LinkedHashMap<>();
        waste.put("OVERPRODUCTION", 0.0);
        waste.put("WAITING", 15.0);
        waste.put("TRANSPORT", 0.0);
        waste.put("OVER_PROCESSING", 25.0);
        waste.put("INVENTORY", 0.0);
        waste.put("MOTION", 0.0);
        waste.put("DEFECTS", 10.0);
        waste.put("UNUSED_TALENT", 0.0);
        double hours = 1200 * 50 / 60.0;
        return new ValueStreamView(
                3,
                name,
                1200,
                List.of(),
                600,
                120,
                480,
                30,
                0.05,
                4,
                0.25,
                50,
                waste,
                hours,
                perHour,
                perHour == null ? null : hours * perHour,
                Instant.EPOCH,
                Instant.EPOCH);
    }

    static RoutePlanView emptyPlan() {
        return new RoutePlanView(
                7,
                1,
                new GeneratedFrom(null, null, null, "10-49", List.of(), List.of("SCAN", "FINANCIALS", "VALUE_STREAM")),
                true,
                List.of(new RoutePlanView.MeasureFirst("SCAN", "Neem eerst de vragenlijst af.")),
                null,
                null,
                List.of(),
                List.of(),
                List.of(),
                List.of());
    }

    static RoutePlanView plan(RoutePlanView.ChoiceView choice) {
        var proposal = new RoutePlanView.ProposalView(
                "org-cut-rules",
                1,
                "ORGANISATION",
                "Regeldruk verminderen",
                "Minder registreren geeft tijd terug.",
                "TNO 2022",
                List.of("Lage regeldruk en registratielast: 38 van 100 (onder 50)"),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                new RoutePlanView.EffectsView(1, 1, 0, 1),
                choice);
        return new RoutePlanView(
                7,
                1,
                new GeneratedFrom(
                        new GeneratedFrom.ScanUsed(31, 12, "ALL"),
                        new GeneratedFrom.FinancialsUsed(2024, 0.9, 5.0, 10.0, "Eurostat"),
                        null,
                        "10-49",
                        List.of("FINANCIALS", "SCAN"),
                        List.of("VALUE_STREAM")),
                false,
                List.of(new RoutePlanView.MeasureFirst("VALUE_STREAM", "Breng een kernproces in kaart.")),
                "ORGANISATION",
                "Organisatie blijft achter: die route komt eerst.",
                List.of(proposal),
                List.of(),
                List.of(),
                List.of());
    }

    static RoutePlanView.ChoiceView chosen(String owner, LocalDate start) {
        return new RoutePlanView.ChoiceView(true, owner, start, null, Instant.EPOCH);
    }

    private static Instrument smallInstrument() {
        List<Scale> scales = List.of(
                scale("tech.tools", Domain.TECHNOLOGY, "Gereedschap"),
                scale("org.process", Domain.ORGANISATION, "Werkproces"),
                scale("people.skills", Domain.PEOPLE, "Vaardigheden"),
                scale("job.autonomy", Domain.JOB_QUALITY, "Regelruimte"),
                scale("job.variety", Domain.JOB_QUALITY, "Afwisseling"),
                scale("job.workload_mental", Domain.JOB_QUALITY, "Mentale werkdruk"),
                scale("job.support", Domain.JOB_QUALITY, "Steun"),
                scale("engagement", Domain.ENGAGEMENT, "Bevlogenheid"),
                scale("learning_culture", Domain.LEARNING_CULTURE, "Leercultuur"));
        List<Item> items = scales.stream()
                .map(s -> new Item(s.id() + ".1", s.id(), false, new Bilingual("Stelling " + s.id(), "Item " + s.id())))
                .toList();
        List<Bilingual> labels = List.of(
                new Bilingual("helemaal mee oneens", "strongly disagree"),
                new Bilingual("mee oneens", "disagree"),
                new Bilingual("neutraal", "neutral"),
                new Bilingual("mee eens", "agree"),
                new Bilingual("helemaal mee eens", "strongly agree"));
        return new Instrument(
                "werkkracht", 1, scales, items, new OpenQuestion("ideas", new Bilingual("Ideeën", "Ideas")), labels);
    }

    private static Scale scale(String id, Domain domain, String nl) {
        return new Scale(id, domain, new Bilingual(nl, nl + " (en)"));
    }
}
