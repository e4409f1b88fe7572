package nl.werkkracht.app.policy;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.werkkracht.app.export.ChartImages;
import nl.werkkracht.app.export.ChartImages.Line;
import nl.werkkracht.app.export.ChartImages.Role;
import nl.werkkracht.app.export.ExportPage;
import nl.werkkracht.app.export.ExportSection;
import nl.werkkracht.app.export.ExportSection.Block;
import nl.werkkracht.app.export.ExportSection.Items;
import nl.werkkracht.app.export.ExportSection.Paragraph;
import nl.werkkracht.app.export.ExportSection.Paragraph.Kind;
import nl.werkkracht.app.export.ExportSection.Table;
import nl.werkkracht.app.export.ExportTable;
import nl.werkkracht.app.monitor.RegionSummaryView;
import nl.werkkracht.app.synth.SynthView;
import org.springframework.context.MessageSource;

/**
 * The annual report "Jaarrapportage arbeidsproductiviteit REGION YEAR" as an {@link ExportPage}: key figures, the
 * productivity series against the Netherlands, the gap per sector (or the sector structure when the data have no
 * value added by region and sector), the catch-up typology, progress per measure, the evaluations with their
 * caveats, and the open questions and recommendations. Every chart is an image with its table beside it. The same
 * page is rendered as PDF ({@link nl.werkkracht.app.export.Exports#page}) and as DOCX ({@link
 * nl.werkkracht.app.policy.report.AnnualReportDocx}).
 */
final class AnnualReportBuilder {

    private static final double CHART_MM = 165;

    private final MessageSource messages;
    private final Locale locale;

    AnnualReportBuilder(MessageSource messages, Locale locale) {
        this.messages = messages;
        this.locale = locale;
    }

    private String t(String key, Object... args) {
        return messages.getMessage(key, args.length == 0 ? null : args, locale);
    }

    String title(ProgrammeView p, int year) {
        return t("policy.report.title", p.regionName(), year);
    }

    ExportPage build(ProgrammeView p, int year, RegionSummaryView summary, List<EvaluationView> evaluations) {
        List<ExportSection> sections = new ArrayList<>();
        if (p.invented()) {
            sections.add(new ExportSection(p.name(), List.of(new Paragraph(t("policy.invented"), Kind.NOTICE))));
        }
        if (summary != null) {
            sections.add(keyFigures(summary));
            sections.add(series(summary, p.regionName()));
            sections.add(sectors(summary, p.regionName()));
            sections.add(typology(summary, p.regionName()));
        }
        sections.add(measures(p));
        for (EvaluationView e : evaluations) {
            sections.add(evaluation(e));
        }
        sections.add(agenda(p));
        List<String> sources = new ArrayList<>();
        if (summary != null) {
            summary.sources().forEach(s -> sources.add(s.title() + " (" + s.source() + ", " + s.licence() + ")"));
        }
        sections.add(new ExportSection(t("policy.report.sources"), List.of(new Items(sources, false))));
        return new ExportPage(
                "jaarrapportage-" + p.region() + "-" + year,
                title(p, year),
                List.of(t("policy.report.lead", p.name(), t("policy.programme.years", p.fromYear(), p.toYear()))),
                List.of(),
                sections);
    }

    private ExportSection keyFigures(RegionSummaryView s) {
        List<List<Object>> rows = new ArrayList<>();
        for (RegionSummaryView.KeyFigure k : s.keyFigures()) {
            rows.add(List.of(
                    k.label() + " (" + k.unitLabel() + ")",
                    k.value() == null ? "–" : (Object) k.value(),
                    k.previous() == null ? "–" : (Object) k.previous(),
                    k.change() == null ? "–" : (Object) k.change()));
        }
        ExportTable table = new ExportTable(
                "key-figures",
                "",
                List.of(
                        t("policy.report.figure"),
                        t("policy.report.value"),
                        t("policy.report.previous"),
                        t("policy.report.change")),
                rows,
                s.notes());
        return new ExportSection(t("policy.report.keyFigures", s.window().year()), List.of(new Table(table)));
    }

    private ExportSection series(RegionSummaryView s, String region) {
        List<Integer> years =
                s.series().stream().map(RegionSummaryView.YearPoint::year).toList();
        List<Double> index =
                s.series().stream().map(RegionSummaryView.YearPoint::index).toList();
        List<Double> corrected = s.series().stream()
                .map(RegionSummaryView.YearPoint::structureCorrectedIndex)
                .toList();
        List<Line> lines = new ArrayList<>();
        lines.add(new Line(t("policy.report.index"), Role.MAIN, index));
        if (corrected.stream().anyMatch(v -> v != null)) {
            lines.add(new Line(t("policy.report.corrected"), Role.SECOND, corrected));
        }
        byte[] png = ChartImages.lines(t("policy.report.index"), years, lines, null, 100.0, locale);
        List<List<Object>> rows = new ArrayList<>();
        for (RegionSummaryView.YearPoint y : s.series()) {
            rows.add(java.util.Arrays.asList(Integer.toString(y.year()), y.index(), y.structureCorrectedIndex()));
        }
        ExportTable table = new ExportTable(
                "series",
                t("policy.report.seriesCaption", region),
                List.of(t("policy.eval.year"), t("policy.report.index"), t("policy.report.corrected")),
                rows,
                List.of());
        return new ExportSection(
                t("policy.report.series"),
                List.of(
                        new ExportSection.Image(t("policy.report.seriesCaption", region), png, CHART_MM),
                        new Table(table)));
    }

    private ExportSection sectors(RegionSummaryView s, String region) {
        List<Block> blocks = new ArrayList<>();
        if (s.gap() != null) {
            List<List<Object>> rows = new ArrayList<>();
            s.gap().sectors().forEach(g -> rows.add(List.of(g.sector() + " " + g.name(), g.contribution())));
            blocks.add(new Table(new ExportTable(
                    "gap-sectors",
                    t("policy.report.sectorsGap", s.gap().year(), s.gap().unitLabel()),
                    List.of(t("policy.report.sector"), t("policy.report.contribution")),
                    rows,
                    List.of(s.gapNote() == null ? "" : s.gapNote()))));
        } else if (s.structure() != null) {
            blocks.add(new Paragraph(
                    t("policy.report.sectorsStructure", s.structure().year()), Kind.NOTE));
            List<List<Object>> rows = new ArrayList<>();
            s.structure()
                    .sectors()
                    .forEach(x -> rows.add(List.of(
                            x.sector() + " " + x.name(),
                            Math.round(1000 * x.regionShare()) / 10.0,
                            Math.round(1000 * x.referenceShare()) / 10.0)));
            blocks.add(new Table(new ExportTable(
                    "sector-structure",
                    "",
                    List.of(
                            t("policy.report.sector"),
                            t("policy.report.regionShare", region) + " (%)",
                            t("policy.report.referenceShare") + " (%)"),
                    rows,
                    List.of(s.structureNote() == null ? "" : s.structureNote()))));
        }
        return new ExportSection(t("policy.report.sectors"), blocks);
    }

    private ExportSection typology(RegionSummaryView s, String region) {
        RegionSummaryView.CatchUp c = s.catchUp();
        if (c == null || c.position() == null) {
            return new ExportSection(
                    t("policy.report.typology"),
                    List.of(new Paragraph(t("policy.report.typologyMissing"), Kind.PLAIN)));
        }
        var p = c.position();
        String text = t(
                "policy.report.typologyText",
                region,
                p.label(),
                c.from(),
                c.to(),
                Math.round(p.relativeFrom()),
                Math.round(p.relativeTo()),
                c.frontrunner() == null ? "" : c.frontrunner().name());
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Paragraph(text, Kind.PLAIN));
        if (s.catchUpNote() != null) {
            blocks.add(new Paragraph(s.catchUpNote(), Kind.NOTE));
        }
        return new ExportSection(t("policy.report.typology"), blocks);
    }

    private ExportSection measures(ProgrammeView p) {
        List<Block> blocks = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        List<Double> shares = new ArrayList<>();
        for (ProgrammeView.Measure m : p.measures()) {
            blocks.add(new Paragraph(m.name(), Kind.SUBHEADING));
            blocks.add(new Paragraph(m.routeName() + " · " + m.statusName() + " · " + m.responsible(), Kind.NOTE));
            List<List<Object>> rows = new ArrayList<>();
            for (ProgrammeView.Indicator i : m.indicators()) {
                rows.add(java.util.Arrays.asList(
                        i.name() + " (" + i.unit() + ")",
                        fmt(i.baselineValue()) + " (" + i.baselineYear() + ")",
                        fmt(i.targetValue()) + " (" + i.targetYear() + ")",
                        i.latestValue() == null ? "–" : fmt(i.latestValue()) + " (" + i.latestYear() + ")",
                        i.progress() == null ? i.stateText() : Math.round(100 * i.progress()) + " %"));
                labels.add(i.name());
                shares.add(i.progress());
            }
            blocks.add(new Table(new ExportTable(
                    "measure-" + m.id(),
                    t("policy.indicators.caption", m.name()),
                    List.of(
                            t("policy.indicator.name"),
                            t("policy.indicator.baseline"),
                            t("policy.indicator.target"),
                            t("policy.indicator.latest"),
                            t("policy.indicator.progress")),
                    rows,
                    List.of())));
        }
        if (!labels.isEmpty()) {
            blocks.add(
                    0,
                    new ExportSection.Image(
                            t("policy.report.progressCaption"),
                            ChartImages.progress(labels, shares, locale),
                            CHART_MM));
        }
        return new ExportSection(t("policy.report.measures"), blocks);
    }

    private ExportSection evaluation(EvaluationView e) {
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Paragraph(
                e.indicatorName() + " · " + e.regionName() + " · " + e.treatmentStart(), Kind.SUBHEADING));
        if (!e.note().isEmpty()) {
            blocks.add(new Paragraph(e.note(), Kind.NOTE));
        }
        if (e.verdictText() != null) {
            blocks.add(new Paragraph(e.verdictText(), Kind.NOTICE));
        }
        SynthView s = e.synth();
        if (s != null) {
            List<Integer> years = s.gaps().stream().map(SynthView.Gap::time).toList();
            blocks.add(new ExportSection.Image(
                    t("policy.eval.path.caption", e.regionName()),
                    ChartImages.lines(
                            e.unit(),
                            years,
                            List.of(
                                    new Line(
                                            e.regionName(),
                                            Role.MAIN,
                                            s.gaps().stream()
                                                    .map(SynthView.Gap::actual)
                                                    .map(Double::valueOf)
                                                    .toList()),
                                    new Line(
                                            t("policy.eval.synthetic"),
                                            Role.SECOND,
                                            s.gaps().stream()
                                                    .map(SynthView.Gap::synthetic)
                                                    .map(Double::valueOf)
                                                    .toList())),
                            e.treatmentStart(),
                            null,
                            locale),
                    CHART_MM));
            List<Line> gaps = new ArrayList<>();
            if (s.placebo() != null) {
                s.placebo().runs().stream()
                        .filter(r -> !r.treated() && EvaluationCharts.shown(r, s))
                        .forEach(r -> {
                            java.util.Map<Integer, Double> byYear = new java.util.HashMap<>();
                            r.gaps().forEach(g -> byYear.put(g.time(), g.gap()));
                            gaps.add(new Line(
                                    r.unit(),
                                    Role.PLACEBO,
                                    years.stream().map(byYear::get).toList()));
                        });
            }
            gaps.add(new Line(
                    e.regionName(),
                    Role.MAIN,
                    s.gaps().stream()
                            .map(SynthView.Gap::gap)
                            .map(Double::valueOf)
                            .toList()));
            blocks.add(new ExportSection.Image(
                    t("policy.eval.gaps.caption"),
                    ChartImages.lines(e.unit(), years, gaps, e.treatmentStart(), 0.0, locale),
                    CHART_MM));
            List<List<Object>> weights = new ArrayList<>();
            s.weights().stream().filter(w -> w.weight() > 0).forEach(w -> weights.add(List.of(w.unit(), w.weight())));
            blocks.add(new Table(new ExportTable(
                    "weights-" + e.id(),
                    t("policy.eval.weights.caption"),
                    List.of(t("policy.eval.region"), t("policy.eval.weight")),
                    weights,
                    List.of(t("policy.eval.rmspe", fmt(s.preRmspe()), fmt(s.postRmspe()), fmt(s.ratio()))))));
            List<List<Object>> path = new ArrayList<>();
            s.gaps().forEach(g -> path.add(List.of(Integer.toString(g.time()), g.actual(), g.synthetic(), g.gap())));
            blocks.add(new Table(new ExportTable(
                    "path-" + e.id(),
                    t("policy.eval.path.caption", e.regionName()),
                    List.of(
                            t("policy.eval.year"),
                            t("policy.eval.actual"),
                            t("policy.eval.synthetic"),
                            t("policy.eval.gap")),
                    path,
                    s.placebo() == null
                            ? List.of()
                            : List.of(t(
                                    "policy.eval.placebo",
                                    e.regionName(),
                                    s.placebo().rank(),
                                    s.placebo().of(),
                                    fmt(s.placebo().pValue()))))));
        } else if (e.error() != null) {
            blocks.add(new Paragraph(t("policy.eval.error", e.error()), Kind.NOTE));
        }
        blocks.add(new Paragraph(t("policy.eval.caveats"), Kind.SUBHEADING));
        blocks.add(new Items(e.caveats(), false));
        return new ExportSection(t("policy.report.evaluations"), blocks);
    }

    private ExportSection agenda(ProgrammeView p) {
        List<List<Object>> questions = new ArrayList<>();
        p.questions().stream()
                .filter(q -> !q.status().equals("ANSWERED"))
                .forEach(q -> questions.add(List.of(
                        q.question(),
                        q.answeredBy(),
                        q.due() == null ? "–" : q.due().toString(),
                        t("policy.questionStatus." + q.status()))));
        List<List<Object>> recommendations = new ArrayList<>();
        p.recommendations()
                .forEach(r -> recommendations.add(List.of(
                        r.text(),
                        t("policy.adopted." + r.adopted()),
                        t("policy.implementation." + r.carriedOut()),
                        r.effect())));
        return new ExportSection(
                t("policy.report.agenda"),
                List.of(
                        new Table(new ExportTable(
                                "questions",
                                t("policy.questions.heading"),
                                List.of(
                                        t("policy.question.question"),
                                        t("policy.question.answeredBy"),
                                        t("policy.question.due"),
                                        t("policy.question.status")),
                                questions,
                                List.of())),
                        new Table(new ExportTable(
                                "recommendations",
                                t("policy.recommendations.heading"),
                                List.of(
                                        t("policy.recommendation.text"), t("policy.recommendation.adopted"),
                                        t("policy.recommendation.carriedOut"), t("policy.recommendation.effect")),
                                recommendations,
                                List.of()))));
    }

    private String fmt(Double v) {
        if (v == null) {
            return "–";
        }
        java.text.NumberFormat nf = java.text.NumberFormat.getNumberInstance(locale);
        nf.setMaximumFractionDigits(2);
        nf.setMinimumFractionDigits(2);
        return nf.format(v);
    }
}
