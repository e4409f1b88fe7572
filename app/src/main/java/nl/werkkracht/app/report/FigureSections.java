package nl.werkkracht.app.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import nl.werkkracht.app.organisation.FinancialsView;
import nl.werkkracht.app.report.ReportView.Basis;
import nl.werkkracht.app.report.ReportView.Note;
import nl.werkkracht.app.report.ReportView.ProductivitySection;
import nl.werkkracht.app.report.ReportView.QuadrantSection;
import nl.werkkracht.app.report.ReportView.YearRow;
import nl.werkkracht.core.scan.Domain;

/**
 * The report's sections from the yearly figures (METHODS.md §8): productivity against the sector over
 * the years, and the productivity × quality-of-work quadrant that joins them with the questionnaire.
 */
final class FigureSections {

    private final List<FinancialsView> years;
    private final ReportText text;

    /** @param years every year's figures, in any order */
    FigureSections(List<FinancialsView> years, ReportText text) {
        this.years = years.stream()
                .sorted(java.util.Comparator.comparingInt(FinancialsView::year))
                .toList();
        this.text = text;
    }

    /** The latest year's figures; empty when none were entered. */
    Optional<FinancialsView> latest() {
        return years.isEmpty() ? Optional.empty() : Optional.of(years.get(years.size() - 1));
    }

    /** Value added per hour ÷ the sector's, latest year; empty without figures or a sector figure. */
    OptionalDouble ratio() {
        return latest().filter(
                        f -> f.sector() != null && Double.isFinite(f.sector().ratio()))
                .map(f -> OptionalDouble.of(f.sector().ratio()))
                .orElse(OptionalDouble.empty());
    }

    ProductivitySection productivity() {
        if (years.isEmpty()) {
            return new ProductivitySection(
                    false, null, List.of(), new Basis(null, List.of(text.note("financials.none"))));
        }
        List<YearRow> rows = years.stream().map(FigureSections::row).toList();
        FinancialsView latest = latest().orElseThrow();
        List<Note> missing = new ArrayList<>();
        if (latest.sector() == null) {
            missing.add(text.note(
                    "sector.none",
                    String.valueOf(latest.year()),
                    latest.sectorNote() == null ? "" : latest.sectorNote()));
        }
        return new ProductivitySection(true, latest.year(), rows, new Basis(basedOn(latest), missing));
    }

    /** "Cijfers 2021–2023; uren in 2023 afgeleid uit fte; sector: Eurostat …, prijzen van 2023." */
    private String basedOn(FinancialsView latest) {
        int first = years.get(0).year();
        String span = first == latest.year() ? String.valueOf(first) : first + "–" + latest.year();
        StringBuilder s = new StringBuilder(text.get("report.basis.financials", span, String.valueOf(latest.year())));
        if (latest.hoursDerived()) {
            s.append(' ').append(text.get("report.basis.hoursDerived", String.valueOf(latest.year())));
        }
        if (latest.sector() != null) {
            s.append(' ')
                    .append(
                            latest.sector().priceCorrected()
                                    ? text.get(
                                            "report.basis.sector.corrected",
                                            latest.sector().source(),
                                            String.valueOf(latest.sector().statisticYear()),
                                            String.valueOf(latest.year()))
                                    : text.get(
                                            "report.basis.sector.uncorrected",
                                            latest.sector().source(),
                                            String.valueOf(latest.sector().statisticYear())));
        }
        return s.toString();
    }

    private static YearRow row(FinancialsView f) {
        return new YearRow(
                f.year(),
                f.valueAdded(),
                f.hours(),
                f.hoursDerived(),
                f.valueAddedPerHour(),
                f.valueAddedPerFte(),
                f.absenceRate(),
                f.turnoverRate(),
                f.sector(),
                f.sectorNote());
    }

    /**
     * The quadrant of the latest year's productivity ratio and the job-quality index; missing when either
     * is, never guessed.
     */
    QuadrantSection quadrant(ScanSections scan, int jobQualityScalesTotal) {
        OptionalDouble x = ratio();
        OptionalInt y = scan.jobQualityIndex();
        List<Note> missing = new ArrayList<>();
        if (years.isEmpty()) {
            missing.add(text.note("financials.none"));
        } else if (x.isEmpty()) {
            missing.add(text.note(
                    "sector.none",
                    String.valueOf(latest().orElseThrow().year()),
                    latest().map(FinancialsView::sectorNote).orElse("")));
        }
        List<Note> scanMissing = scan.missing();
        missing.addAll(scanMissing);
        int scales = scan.jobQualityScores().size();
        if (scanMissing.isEmpty() && y.isEmpty()) {
            missing.add(text.note("jobQuality.tooFew", scales, jobQualityScalesTotal));
        }
        Optional<Quadrant> quadrant =
                Quadrant.of(x, y.isPresent() ? OptionalDouble.of(y.getAsInt()) : OptionalDouble.empty());
        Map<String, String> names = new LinkedHashMap<>();
        for (Quadrant q : Quadrant.values()) {
            names.put(q.name(), text.get("report.quadrant." + q.name()));
        }
        List<String> parts = new ArrayList<>();
        if (x.isPresent()) {
            parts.add(text.get(
                    "report.basis.quadrant.productivity",
                    String.valueOf(latest().orElseThrow().year())));
        }
        scan.all()
                .ifPresent(g ->
                        parts.add(text.get("report.basis.quadrant.jobQuality", g.n(), scales, jobQualityScalesTotal)));
        String basedOn = parts.isEmpty() ? null : String.join(" ", parts);
        return new QuadrantSection(
                quadrant.isPresent(),
                x.isPresent() ? x.getAsDouble() : null,
                x.isPresent() ? latest().orElseThrow().year() : null,
                y.isPresent() ? y.getAsInt() : null,
                scales,
                jobQualityScalesTotal,
                quadrant.map(Enum::name).orElse(null),
                quadrant.map(q -> names.get(q.name())).orElse(null),
                quadrant.map(q -> text.get(
                                "report.quadrant.text." + q.name(),
                                text.percent(x.getAsDouble()),
                                String.valueOf(y.getAsInt())))
                        .orElse(null),
                Quadrant.RATIO_SPLIT,
                Quadrant.INDEX_SPLIT,
                names,
                new Basis(basedOn, missing));
    }

    /** How many job-quality scales the questionnaire has. */
    static int jobQualityScales(nl.werkkracht.core.scan.Instrument instrument) {
        return instrument.scalesOf(Domain.JOB_QUALITY).size();
    }
}
