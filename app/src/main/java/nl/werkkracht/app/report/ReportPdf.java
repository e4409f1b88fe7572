package nl.werkkracht.app.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import nl.werkkracht.app.export.ExportPage;
import nl.werkkracht.app.export.ExportSection;
import nl.werkkracht.app.export.ExportSection.Axis;
import nl.werkkracht.app.export.ExportSection.Bar;
import nl.werkkracht.app.export.ExportSection.Bars;
import nl.werkkracht.app.export.ExportSection.Block;
import nl.werkkracht.app.export.ExportSection.Items;
import nl.werkkracht.app.export.ExportSection.Matrix;
import nl.werkkracht.app.export.ExportSection.Paragraph;
import nl.werkkracht.app.export.ExportSection.Paragraph.Kind;
import nl.werkkracht.app.export.ExportSection.Point;
import nl.werkkracht.app.export.ExportSection.Table;
import nl.werkkracht.app.export.ExportTable;
import nl.werkkracht.app.report.ReportView.Basis;
import nl.werkkracht.app.report.ReportView.QuadrantSection;
import nl.werkkracht.app.report.ReportView.ScaleRow;
import nl.werkkracht.app.report.ReportView.TopSection;
import org.springframework.context.MessageSource;

/**
 * The report as a PDF page ({@link nl.werkkracht.app.export.Exports#page}): the confidentiality statement
 * and the anonymity rule first, then the sections as the report page shows them, charts drawn as bars and
 * a quadrant, each with what it rests on, what is missing and what it means.
 */
final class ReportPdf {

    private final ReportText text;
    private final ReportTables tables;

    ReportPdf(MessageSource messages, Locale locale) {
        this.text = new ReportText(messages, locale);
        this.tables = new ReportTables(text);
    }

    ExportPage page(ReportView r) {
        List<ExportSection> sections = new ArrayList<>();
        sections.add(new ExportSection(
                text.get("report.privacy.heading"),
                List.of(
                        new Paragraph(r.privacy().confidential(), Kind.NOTICE),
                        new Paragraph(r.privacy().anonymityRule(), Kind.NOTICE))));
        sections.add(new ExportSection(text.get("report.figures.heading"), List.of(new Table(tables.keyFigures(r)))));
        sections.add(productivity(r));
        sections.add(quadrant(r.quadrant()));
        sections.add(top(r.top()));
        sections.add(jobQuality(r));
        sections.add(section(
                "report.valueStreams",
                tables.valueStreams(r.valueStreams()).stream()
                        .<Block>map(Table::new)
                        .toList(),
                r.valueStreams().basis(),
                true));
        sections.add(section(
                "report.ideas",
                r.ideas().available() ? List.of(new Items(r.ideas().ideas(), false)) : List.of(),
                r.ideas().basis(),
                false));
        sections.add(routePlan(r));
        sections.add(techImpact(r.techImpact()));
        String profile = String.join(
                " · ",
                r.profile().sector() + " " + r.profile().sectorName(),
                text.getOr(
                        "organisation.size." + r.profile().sizeClass(),
                        r.profile().sizeClass()),
                r.profile().regionName());
        return new ExportPage(
                "organisation-" + r.organisationId() + "-report",
                text.get("report.title") + ": " + r.profile().name(),
                List.of(text.get("report.lead", r.profile().name()), profile),
                List.of(),
                sections);
    }

    private ExportSection productivity(ReportView r) {
        List<Block> blocks = new ArrayList<>();
        if (r.productivity().available()) {
            blocks.add(new Table(tables.productivity(r.productivity())));
        }
        return section("report.productivity", blocks, r.productivity().basis(), true);
    }

    private ExportSection quadrant(QuadrantSection q) {
        List<Block> blocks = new ArrayList<>();
        if (q.available()) {
            double maxX = ReportCharts.quadrantMaxX(q.productivityRatio());
            List<String> order = List.of(
                    "GOOD_WORK_PRODUCTIVITY_LAGS", "PRODUCTIVE_GOOD_WORK", "IMPROVE_BOTH", "PRODUCTIVE_UNDER_PRESSURE");
            blocks.add(new Matrix(
                    text.get("report.quadrant.chart"),
                    new Axis(
                            text.get("report.quadrant.axis.x"),
                            0,
                            maxX,
                            q.ratioSplit(),
                            text.percent(0),
                            text.percent(q.ratioSplit()),
                            text.percent(maxX)),
                    new Axis(text.get("report.quadrant.axis.y"), 0, 100, q.indexSplit(), "0", "50", "100"),
                    order.stream().map(k -> q.quadrantNames().get(k)).toList(),
                    order.indexOf(q.quadrant()),
                    List.of(new Point(text.get("report.quadrant.point"), q.productivityRatio(), q.jobQualityIndex()))));
            blocks.add(new Paragraph(q.quadrantName() + ": " + q.quadrantText(), Kind.PLAIN));
        }
        return section("report.quadrant", blocks, q.basis(), true);
    }

    private ExportSection top(TopSection t) {
        List<Block> blocks = new ArrayList<>();
        if (t.available()) {
            blocks.add(new Bars(
                    text.get("report.top.caption"),
                    100,
                    null,
                    t.pillars().stream()
                            .map(p -> new Bar(
                                    p.name(),
                                    (double) p.score(),
                                    String.valueOf(p.score()),
                                    Boolean.TRUE.equals(t.flagged())
                                            && p.pillar().equals(t.lagging())))
                            .toList()));
            if (t.balanceText() != null) {
                blocks.add(new Paragraph(t.balanceText(), Kind.PLAIN));
            }
            if (!t.teams().isEmpty()) {
                blocks.add(new Table(tables.topTable(t)));
            }
        }
        return section("report.top", blocks, t.basis(), true);
    }

    private ExportSection jobQuality(ReportView r) {
        List<Block> blocks = new ArrayList<>();
        if (r.jobQuality().available()) {
            blocks.add(new Bars(
                    text.get("report.jobQuality.caption"),
                    100,
                    50.0,
                    r.jobQuality().scales().stream()
                            .map(s -> new Bar(
                                    s.name(), s.all() == null ? null : s.all().doubleValue(), value(s), false))
                            .toList()));
            if (!r.jobQuality().teams().isEmpty()) {
                blocks.add(new Table(tables.jobQuality(r.jobQuality())));
            }
        }
        return section("report.jobQuality", blocks, r.jobQuality().basis(), true);
    }

    private String value(ScaleRow s) {
        return s.all() == null ? "–" : String.valueOf(s.all());
    }

    private ExportSection routePlan(ReportView r) {
        var plan = r.routePlan();
        List<Block> blocks = new ArrayList<>();
        if (plan.laggingNote() != null) {
            blocks.add(new Paragraph(plan.laggingNote(), Kind.PLAIN));
        }
        if (!plan.proposed().isEmpty()) {
            blocks.add(new Paragraph(text.get("report.routePlan.proposed") + ":", Kind.PLAIN));
            for (var p : plan.proposed()) {
                blocks.add(new Paragraph(p.rank() + ". " + p.title() + " (" + p.routeName() + ")", Kind.SUBHEADING));
                List<String> lines = new ArrayList<>(p.why());
                lines.add(text.get("report.routePlan.source") + ": " + p.source());
                blocks.add(new Items(lines, false));
            }
        }
        if (plan.proposedTotal() > plan.proposed().size()) {
            blocks.add(new Paragraph(
                    text.get(
                            "report.routePlan.more",
                            plan.proposedTotal() - plan.proposed().size()),
                    Kind.PLAIN));
        }
        if (!plan.chosen().isEmpty()) {
            blocks.add(new Table(tables.chosen(plan)));
        }
        return section("report.routePlan", blocks, plan.basis(), false);
    }

    private ExportSection techImpact(ReportView.TechImpactSection t) {
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Paragraph(text.get("report.techImpact.intro"), Kind.PLAIN));
        if (t.none() != null) {
            blocks.add(new Paragraph(t.none(), Kind.NOTE));
        }
        for (var a : t.analyses()) {
            blocks.add(new Paragraph(a.application(), Kind.SUBHEADING));
            List<String> roles = a.roles().stream()
                    .map(x -> x.role() + ": " + x.patternText() + " ("
                            + text.get("report.techImpact.exposure", text.number(x.mean(), 2)) + ")")
                    .toList();
            blocks.add(new Paragraph(
                    text.get("report.techImpact.roles")
                            + (roles.isEmpty() ? ": " + text.get("report.techImpact.noRoles") : ":"),
                    Kind.PLAIN));
            if (!roles.isEmpty()) {
                blocks.add(new Items(roles, false));
            }
            blocks.add(new Paragraph(a.potentialText(), Kind.PLAIN));
            blocks.add(new Paragraph(a.assumptions(), Kind.NOTE));
            if (!a.measures().isEmpty()) {
                blocks.add(new Paragraph(text.get("report.techImpact.measures") + ":", Kind.PLAIN));
                blocks.add(new Items(a.measures(), false));
            }
        }
        if (!t.analyses().isEmpty()) {
            blocks.add(new Paragraph(t.notSaved(), Kind.NOTICE));
        }
        return new ExportSection(text.get("report.techImpact.heading"), blocks);
    }

    /** A section: intro, the blocks, then what it rests on, what is missing and (optionally) what it means. */
    private ExportSection section(String key, List<Block> content, Basis basis, boolean explain) {
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Paragraph(text.get(key + ".intro"), Kind.PLAIN));
        blocks.addAll(content);
        if (basis.basedOn() != null) {
            blocks.add(new Paragraph(text.get("report.basedOn") + ": " + basis.basedOn(), Kind.NOTE));
        }
        basis.missing()
                .forEach(m -> blocks.add(new Paragraph(text.get("report.missing") + ": " + m.text(), Kind.NOTE)));
        if (explain) {
            blocks.add(new Paragraph(text.get("common.whatMeans") + " " + text.get(key + ".explain"), Kind.NOTE));
        }
        return new ExportSection(text.get(key + ".heading"), blocks);
    }

    /** A row of cells, nulls allowed. */
    static List<Object> row(Object... cells) {
        return Arrays.asList(cells);
    }

    /** An {@link ExportTable} without notes. */
    static ExportTable table(String id, String title, List<String> columns, List<List<Object>> rows) {
        return new ExportTable(id, title, columns, rows, List.of());
    }
}
