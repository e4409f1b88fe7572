package nl.werkkracht.app.policy;

import java.util.Locale;
import java.util.SortedMap;
import nl.werkkracht.app.policy.PolicyInputs.EvaluationInput;
import nl.werkkracht.app.policy.PolicyInputs.IndicatorInput;
import nl.werkkracht.app.policy.PolicyInputs.MeasureInput;
import nl.werkkracht.app.policy.PolicyInputs.PhaseInput;
import nl.werkkracht.app.policy.PolicyInputs.ProgrammeInput;
import nl.werkkracht.app.policy.PolicyInputs.QuestionInput;
import nl.werkkracht.app.policy.PolicyInputs.RecommendationInput;
import nl.werkkracht.app.policy.PolicyInputs.ValueInput;
import nl.werkkracht.store.policy.Programme;
import nl.werkkracht.store.policy.StoredIndicator;
import nl.werkkracht.store.policy.StoredMeasure;

/**
 * The Overijssel example of issue 12: a programme 2024–2027 with three measures (a productivity scan offered
 * through the regional service points, an SME-ecosystem measure, learning on the job), each with indicators and
 * targets, a year of the cycle, questions, recommendations, and a synthetic-control evaluation of Overijssel's
 * productivity index on the shipped regional data. Everything entered by hand (measures, budgets, targets, manual
 * values, questions) is invented and the programme is marked so ({@code invented}); the monitor's figures are real.
 * The evaluation uses an illustrative start year within the data (2012), since the data end before 2024.
 */
final class OverijsselExample {

    static final String REGION = "PV23";

    private final ProgrammeService service;
    private final MonitorIndicators monitor;

    OverijsselExample(ProgrammeService service, MonitorIndicators monitor) {
        this.service = service;
        this.monitor = monitor;
    }

    Programme create(String owner) {
        Programme p = service.create(
                new ProgrammeInput(
                        "Productiviteitsaanpak Overijssel 2024–2027 (voorbeeld)",
                        REGION,
                        2024,
                        2027,
                        "Voorbeeld van een meerjarige, integrale aanpak zoals SER Overijssel die vraagt: een scan via"
                                + " de regionale servicepunten, investeren in mkb-ecosystemen en leren op de werkplek."
                                + " Maatregelen, budgetten en streefwaarden zijn verzonnen."),
                owner,
                true);
        StoredMeasure scan = service.addMeasure(
                p,
                new MeasureInput(
                        "Productiviteitsscan via de regionale servicepunten",
                        "Adviseurs van de servicepunten in Twente, regio Zwolle en Stedendriehoek bieden werkgevers"
                                + " de scan aan, met een routeplan als vervolg (verzonnen voorbeeld).",
                        "ORGANISATION",
                        "sero-scan-servicepunten",
                        REGION,
                        "",
                        450_000.0,
                        "Provincie Overijssel met de servicepunten (voorbeeld)",
                        2024,
                        2027,
                        "RUNNING"),
                owner);
        StoredMeasure ecosystem = service.addMeasure(
                p,
                new MeasureInput(
                        "Mkb-ecosystemen maakindustrie",
                        "Netwerken van maakbedrijven, hogescholen en de universiteit die samen technologie invoeren"
                                + " en het werk anders organiseren (verzonnen voorbeeld).",
                        "SME_ECOSYSTEM",
                        "sero-mkb-ecosystemen",
                        REGION,
                        "C",
                        1_200_000.0,
                        "Economic boards Twente en Regio Zwolle (voorbeeld)",
                        2024,
                        2027,
                        "RUNNING"),
                owner);
        StoredMeasure learning = service.addMeasure(
                p,
                new MeasureInput(
                        "Leren op de werkplek",
                        "Leerarrangementen in bedrijven met mbo-scholen, voor werkenden en zij-instromers (verzonnen"
                                + " voorbeeld).",
                        "EDUCATION",
                        "ser-leven-lang-ontwikkelen",
                        REGION,
                        "",
                        800_000.0,
                        "Provincie met de mbo-scholen (voorbeeld)",
                        2025,
                        2027,
                        "PLANNED"),
                owner);
        monitorIndicator(p, scan, "index", 2.0, owner);
        organisationIndicator(p, scan, "scans", 0, 200, "INCREASE", owner);
        manual(
                p,
                scan,
                "Scans aangeboden via servicepunten",
                "aantal",
                0,
                300,
                new int[] {2024, 2025},
                new double[] {40, 95},
                owner);
        monitorIndicator(p, ecosystem, "structure-corrected-index", 1.5, owner);
        manual(
                p,
                ecosystem,
                "Bedrijven actief in een ecosysteem",
                "aantal",
                120,
                400,
                new int[] {2025},
                new double[] {170},
                owner);
        manual(
                p,
                learning,
                "Werkenden met een leerarrangement",
                "personen",
                500,
                2000,
                new int[] {2025},
                new double[] {900},
                owner);
        organisationIndicator(p, learning, "top-gap", 18, 12, "DECREASE", owner);
        agenda(p, owner);
        service.addEvaluation(
                p,
                new EvaluationInput(
                        scan.id(),
                        "index",
                        REGION,
                        2012,
                        "",
                        "",
                        "Illustratie: de maatregel zelf start in 2024, maar de regionale cijfers lopen tot 2018. Het"
                                + " startjaar 2012 is gekozen om de methode op bestaande cijfers te tonen."),
                owner);
        return p;
    }

    private void monitorIndicator(Programme p, StoredMeasure m, String metric, double rise, String owner) {
        SortedMap<Integer, Double> s = monitor.series(metric, REGION);
        double base = s.isEmpty() ? 100 : Math.round(s.get(s.lastKey()) * 10) / 10.0;
        int year = s.isEmpty() ? 2018 : s.lastKey();
        service.addIndicator(
                p,
                m.id(),
                new IndicatorInput("MONITOR", metric, "", "", "", base, year, base + rise, 2027, "INCREASE"),
                owner,
                Locale.forLanguageTag("nl"));
    }

    private void organisationIndicator(
            Programme p, StoredMeasure m, String metric, double base, double target, String direction, String owner) {
        service.addIndicator(
                p,
                m.id(),
                new IndicatorInput("ORGANISATIONS", metric, "", "", "", base, 2024, target, 2027, direction),
                owner,
                Locale.forLanguageTag("nl"));
    }

    private void manual(
            Programme p,
            StoredMeasure m,
            String name,
            String unit,
            double base,
            double target,
            int[] years,
            double[] values,
            String owner) {
        StoredIndicator i = service.addIndicator(
                        p,
                        m.id(),
                        new IndicatorInput(
                                "MANUAL",
                                name.toLowerCase(Locale.ROOT).replace(' ', '-'),
                                name,
                                unit,
                                "Opgave van de uitvoerders (verzonnen voorbeeld)",
                                base,
                                2024,
                                target,
                                2027,
                                "INCREASE"),
                        owner,
                        Locale.forLanguageTag("nl"))
                .orElseThrow();
        for (int k = 0; k < years.length; k++) {
            service.putValue(p, i.id(), new ValueInput(years[k], values[k]), owner);
        }
    }

    private void agenda(Programme p, String owner) {
        service.savePhase(
                p, new PhaseInput(2024, "MONITOR", "Monitor 2024 besproken met de economic boards.", true), owner);
        service.savePhase(p, new PhaseInput(2024, "QUESTIONS", "Twee beleidsvragen uitgezet.", true), owner);
        service.savePhase(
                p, new PhaseInput(2024, "RECOMMENDATIONS", "Aanbevelingen SER Overijssel overgenomen.", true), owner);
        service.savePhase(p, new PhaseInput(2024, "IMPLEMENTATION", "Scan en ecosystemen gestart.", false), owner);
        service.addQuestion(
                p,
                new QuestionInput(
                        "Waarom blijft de productiviteit in Twente achter bij die van de regio Zwolle?",
                        "Universiteit Twente (voorbeeld)",
                        "2025-06-30",
                        "",
                        "COMMISSIONED"),
                owner);
        service.addQuestion(
                p,
                new QuestionInput(
                        "Welke mkb-bedrijven bereiken de servicepunten nog niet?",
                        "Servicepunten (voorbeeld)",
                        "2024-12-01",
                        "Vooral bedrijven met 10 tot 50 werkenden in de bouw en de zorg (verzonnen).",
                        "ANSWERED"),
                owner);
        service.addRecommendation(p, new RecommendationInput("sero-scan-servicepunten", "", true, "PARTLY", ""), owner);
        service.addRecommendation(
                p, new RecommendationInput("ser-cyclus", "", true, "DONE", "Jaarlijkse cyclus loopt."), owner);
        service.addRecommendation(
                p, new RecommendationInput("sero-economic-boards", "", null, "NOT_STARTED", ""), owner);
    }
}
