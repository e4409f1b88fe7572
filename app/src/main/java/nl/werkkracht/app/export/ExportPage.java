package nl.werkkracht.app.export;

import java.util.List;

/**
 * A whole page for the PDF export: its title, introduction, key figures and tables.
 *
 * @param id stable identifier used in the file name ({@code region-NL32})
 * @param title page title in the request's language
 * @param lines introductory lines and key figures, already formatted in the request's locale
 * @param tables the page's tables
 */
public record ExportPage(String id, String title, List<String> lines, List<ExportTable> tables) {
    public ExportPage {
        lines = List.copyOf(lines);
        tables = List.copyOf(tables);
    }
}
