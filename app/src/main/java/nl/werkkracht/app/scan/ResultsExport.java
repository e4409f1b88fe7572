package nl.werkkracht.app.scan;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.werkkracht.app.export.ExportTable;
import nl.werkkracht.app.scan.ScanResultsView.GroupView;
import nl.werkkracht.core.scan.Instrument;
import nl.werkkracht.core.scan.Pillar;
import nl.werkkracht.core.scan.Scale;
import nl.werkkracht.core.scan.ScanResults;
import org.springframework.context.MessageSource;

/**
 * The results of a scan as export tables: the scores (a row per pillar and scale, a column per group)
 * and the ideas. Built from the disclosure-controlled {@link ScanResultsView} only, so a suppressed
 * group is an empty column with its count band, and its ideas are in no row.
 */
final class ResultsExport {

    private final MessageSource messages;
    private final Instrument instrument;

    ResultsExport(MessageSource messages, Instrument instrument) {
        this.messages = messages;
        this.instrument = instrument;
    }

    private String msg(Locale locale, String key, Object... args) {
        return messages.getMessage(key, args, locale);
    }

    /** The name of a group: "all employees" or the team's name. */
    String groupName(String group, Locale locale) {
        return ScanResults.ALL.equals(group) ? msg(locale, "scan.group.all") : group;
    }

    /** What a hidden group's count says: too few respondents, or hidden to protect a smaller group. */
    String band(GroupView g, Locale locale) {
        return g.countBand().startsWith("<")
                ? msg(locale, "scan.band.few", g.countBand())
                : msg(locale, "scan.band.protect");
    }

    ExportTable scores(ScanResultsView results, Locale locale) {
        var columns = new ArrayList<String>();
        columns.add(msg(locale, "scan.export.col.measure"));
        columns.add(msg(locale, "scan.export.col.domain"));
        results.groups().forEach(g -> columns.add(groupName(g.group(), locale)));
        var rows = new ArrayList<List<Object>>();
        var count = new ArrayList<Object>(List.of(msg(locale, "scan.export.respondents"), ""));
        for (GroupView g : results.groups()) {
            count.add(g.suppressed() ? band(g, locale) : (Object) g.n());
        }
        rows.add(count);
        for (Pillar p : Pillar.values()) {
            var row = new ArrayList<Object>(
                    List.of(msg(locale, "scan.pillar." + p.name()), msg(locale, "scan.export.pillar")));
            results.groups().forEach(g -> row.add(g.pillars().get(ScanResultsView.key(p))));
            rows.add(row);
        }
        for (Scale s : instrument.scales()) {
            var row = new ArrayList<Object>(List.of(
                    s.name().in(locale), msg(locale, "scan.domain." + s.domain().name())));
            results.groups().forEach(g -> row.add(g.scales().get(s.id())));
            rows.add(row);
        }
        var notes = new ArrayList<String>();
        notes.add(msg(locale, "scan.export.note.scores"));
        notes.add(msg(locale, "scan.export.note.anonymity", results.k()));
        if (results.balanceGap() != null) {
            notes.add(msg(
                    locale,
                    "scan.export.note.balance",
                    results.balanceGap(),
                    msg(locale, "scan.pillar." + results.lagging().toUpperCase(Locale.ROOT))));
        }
        notes.add(msg(locale, "scan.export.note.instrument", results.instrumentId(), results.instrumentVersion()));
        return new ExportTable(
                "scan-" + results.scanId() + "-results",
                msg(locale, "scan.export.title", results.scanId()),
                columns,
                rows,
                notes);
    }

    ExportTable ideas(ScanResultsView results, Locale locale) {
        boolean teams = results.groups().size() > 1;
        var rows = new ArrayList<List<Object>>();
        for (GroupView g : results.groups()) {
            if (teams == ScanResults.ALL.equals(g.group())) {
                continue;
            }
            g.ideas().forEach(idea -> rows.add(List.of(groupName(g.group(), locale), idea)));
        }
        return new ExportTable(
                "scan-" + results.scanId() + "-ideas",
                msg(locale, "scan.export.ideas.title", results.scanId()),
                List.of(msg(locale, "scan.export.col.group"), msg(locale, "scan.export.col.idea")),
                rows,
                List.of(msg(locale, "scan.export.note.ideas", results.k())));
    }
}
