package nl.werkkracht.app.national;

import static nl.werkkracht.app.national.NationalTables.div;
import static nl.werkkracht.app.national.NationalTables.pct;
import static nl.werkkracht.app.national.NationalTables.row;

import java.util.ArrayList;
import java.util.List;
import nl.werkkracht.app.export.ExportTable;

/**
 * The wage tables of the national page as {@link ExportTable}s: the labour income share with its
 * imputation convention, and real wage against productivity with the deflator that was used.
 */
final class WageTables {

    private final NationalText text;

    WageTables(NationalText text) {
        this.text = text;
    }

    ExportTable labourShare(WagesView v) {
        var rows = new ArrayList<List<Object>>();
        for (WagesView.Year y : v.years()) {
            rows.add(row(
                    y.year(),
                    div(y.compensation(), 1e6),
                    div(y.imputedSelfEmployed(), 1e6),
                    div(y.grossValueAdded(), 1e6),
                    pct(y.labourShare())));
        }
        return new ExportTable(
                "labour-share",
                text.get("national.aiq.table", who(v), v.from(), v.to()),
                List.of(
                        text.get("national.aiq.col.year"),
                        text.get("national.aiq.col.compensation"),
                        text.get("national.aiq.col.imputed"),
                        text.get("national.aiq.col.gva"),
                        text.get("national.aiq.col.share")),
                rows,
                List.of(
                        text.meta("national.meta.unit", text.get("national.aiq.unit")),
                        v.imputationNote(),
                        text.source(v.source())));
    }

    ExportTable wages(WagesView v) {
        var rows = new ArrayList<List<Object>>();
        for (WagesView.Year y : v.years()) {
            rows.add(row(
                    y.year(),
                    y.wagePerHour(),
                    pct(y.nominalWageGrowth()),
                    pct(y.priceGrowth()),
                    pct(y.realWageGrowth()),
                    pct(y.productivityGrowth()),
                    y.realWageIndex(),
                    y.productivityIndex()));
        }
        var notes = new ArrayList<String>();
        notes.add(text.get("national.realWage.deflator"));
        notes.add(text.meta("national.meta.unit", text.get("national.realWage.unit", v.from())));
        notes.add(summary(v));
        notes.add(text.source(v.source()));
        return new ExportTable(
                "wages",
                text.get("national.realWage.table", who(v), v.from(), v.to()),
                List.of(
                        text.get("national.realWage.col.year"),
                        text.get("national.realWage.col.wagePerHour"),
                        text.get("national.realWage.col.nominal"),
                        text.get("national.realWage.col.price"),
                        text.get("national.realWage.col.real"),
                        text.get("national.realWage.col.productivity"),
                        text.get("national.realWage.col.wageIndex"),
                        text.get("national.realWage.col.productivityIndex")),
                rows,
                notes);
    }

    /** "Gemiddeld per jaar: reëel loon 0,01%, productiviteit 0,12%." in the request's locale. */
    String summary(WagesView v) {
        if (v.averageRealWageGrowth() == null) {
            return text.get("national.realWage.noComparison", NationalTables.join(v.missingYears()));
        }
        var percent = java.text.NumberFormat.getPercentInstance(text.locale());
        percent.setMinimumFractionDigits(2);
        percent.setMaximumFractionDigits(2);
        return text.get(
                "national.realWage.summary",
                percent.format(v.averageRealWageGrowth()),
                percent.format(v.averageProductivityGrowth()));
    }

    /** The sector as the headings name it: the name alone for the whole economy. */
    static String who(WagesView v) {
        return v.sector().equals("TOTAL") ? v.name() : v.sector() + " " + v.name();
    }
}
