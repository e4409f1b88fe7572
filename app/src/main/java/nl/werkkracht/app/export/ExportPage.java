package nl.werkkracht.app.export;

import java.util.List;

/**
 * A whole page for the PDF export: its title, introduction, key figures and tables.
 *
 * @param id stable identifier used in file names ({@code region-NL32})
 * @param title page title in the request's language
 * @param lines introductory lines and key figures, already formatted in the request's locale
 * @param tables the page's tables
 * @param sections titled parts with paragraphs, lists, tables and simple charts, in order; shown after the
 *     lines and before {@code tables} (a page may use either or both)
 */
public record ExportPage(
        String id, String title, List<String> lines, List<ExportTable> tables, List<ExportSection> sections) {
    public ExportPage {
        lines = List.copyOf(lines);
        tables = List.copyOf(tables);
        sections = List.copyOf(sections);
    }

    /** A page of lines and tables only. */
    public ExportPage(String id, String title, List<String> lines, List<ExportTable> tables) {
        this(id, title, lines, tables, List.of());
    }
}
