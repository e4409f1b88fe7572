package nl.werkkracht.app.national;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;

/**
 * The introductory lines of the national page's PDF: for each part its key figures and the notes a
 * reader needs (coverage, method, deflator, imputation), formatted in the request's locale. A part the
 * data cannot answer contributes its problem.
 */
final class NationalPdfLines {

    private final NationalText text;

    private NationalPdfLines(NationalText text) {
        this.text = text;
    }

    static List<String> of(NationalReport report, NationalText text) {
        var pdf = new NationalPdfLines(text);
        var lines = new ArrayList<String>();
        pdf.industries(report.industries(), lines);
        pdf.shiftShare(report.shiftShare(), lines);
        pdf.growthAccounting(report.growthAccounting(), lines);
        pdf.wages(report.wages(), lines);
        return lines;
    }

    private void industries(Section<IndustriesView> s, List<String> lines) {
        lines.add(text.get("national.industries.heading"));
        if (!problem(s, lines)) {
            IndustriesView v = s.value();
            IndustriesView.Industry total = v.industries().get(0);
            String per = text.per(v.labour());
            lines.add(text.get("national.levels.heading", v.year()) + ", " + total.name() + ": "
                    + euro(total.productivity()) + " " + per + " (" + text.get("national.priceBasis.CP") + ")");
            if (total.averageGrowth() != null) {
                lines.add(text.get(
                        "national.industries.summary",
                        v.from(),
                        v.to(),
                        percent(total.averageOutputGrowth()),
                        text.labour(v.labour()),
                        percent(total.averageLabourGrowth()),
                        per,
                        percent(total.averageGrowth())));
            }
        }
    }

    private void shiftShare(Section<NationalShiftShareView> s, List<String> lines) {
        lines.add(text.get("national.shiftShare.heading"));
        if (!problem(s, lines)) {
            NationalShiftShareView v = s.value();
            lines.add(text.get(
                    "national.shiftShare.coverage",
                    NationalTables.names(v.sectors().stream()
                            .map(x -> new SectorName(x.sector(), x.name()))
                            .toList()),
                    NationalTables.names(v.missingSectors())));
            lines.add(
                    v.method().equals("GEAD")
                            ? text.get("national.shiftShare.method.GEAD", v.from())
                            : text.get("national.shiftShare.method.classic"));
            lines.add(text.get("national.shiftShare.figure.from", v.from()) + ": " + euro(v.productivityFrom()) + "; "
                    + text.get("national.shiftShare.figure.to", v.to()) + ": " + euro(v.productivityTo()) + "; "
                    + text.get("national.shiftShare.figure.change") + ": " + euro(v.change()) + " "
                    + text.per(v.labour()));
            lines.add(effect("within", v.within(), v.withinShare()) + "; "
                    + effect("staticShift", v.staticShift(), v.staticShiftShare()) + "; "
                    + effect("dynamicShift", v.dynamicShift(), v.dynamicShiftShare()));
        }
    }

    private void growthAccounting(Section<GrowthAccountingView> s, List<String> lines) {
        lines.add(text.get("national.growthAccounting.heading"));
        if (!problem(s, lines)) {
            GrowthAccountingView v = s.value();
            if (v.clipped()) {
                lines.add(text.get(
                        "national.growthAccounting.clipped",
                        v.covered().first() + 1,
                        v.covered().last(),
                        v.from(),
                        v.to()));
            }
            for (GrowthAccountingView.SectorAccounts a : v.sectors()) {
                lines.add(a.name() + ": "
                        + (a.average() == null
                                ? text.get("national.growthAccounting.noAverage", NationalTables.join(a.missingYears()))
                                : text.get(
                                        "national.growthAccounting.averageGrowth",
                                        number(a.average().productivityGrowth()),
                                        percent(a.averageAnnualGrowth()))));
            }
        }
    }

    private void wages(Section<WagesView> s, List<String> lines) {
        lines.add(text.get("national.wages.heading"));
        if (!problem(s, lines)) {
            WagesView v = s.value();
            lines.add(v.imputationNote());
            lines.add(text.get("national.realWage.deflator"));
            lines.add(WageTables.who(v) + ": " + new WageTables(text).summary(v));
        }
    }

    private boolean problem(Section<?> s, List<String> lines) {
        if (!s.present()) {
            lines.add(text.get("national.problem") + " " + s.problem());
        }
        return !s.present();
    }

    private String effect(String key, double euro, Double share) {
        return text.get("national.shiftShare.effect." + key) + ": " + euro(euro)
                + (share == null ? "" : " (" + text.get("national.shiftShare.ofChange", percent(share, 0)) + ")");
    }

    private String euro(Double value) {
        if (value == null) {
            return text.get("national.missing");
        }
        NumberFormat f = NumberFormat.getCurrencyInstance(text.locale());
        f.setCurrency(Currency.getInstance("EUR"));
        f.setMinimumFractionDigits(2);
        f.setMaximumFractionDigits(2);
        return f.format(value);
    }

    private String percent(Double fraction) {
        return percent(fraction, 2);
    }

    private String percent(Double fraction, int decimals) {
        if (fraction == null) {
            return text.get("national.missing");
        }
        NumberFormat f = NumberFormat.getPercentInstance(text.locale());
        f.setMinimumFractionDigits(decimals);
        f.setMaximumFractionDigits(decimals);
        return f.format(fraction);
    }

    private String number(double value) {
        NumberFormat f = NumberFormat.getNumberInstance(text.locale());
        f.setMinimumFractionDigits(2);
        f.setMaximumFractionDigits(2);
        return f.format(value);
    }
}
