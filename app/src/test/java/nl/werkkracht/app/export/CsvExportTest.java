package nl.werkkracht.app.export;

import static nl.werkkracht.app.export.Tables.row;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import nl.werkkracht.app.export.CsvExport.Style;
import org.junit.jupiter.api.Test;

class CsvExportTest {

    private static final Locale DUTCH = Locale.forLanguageTag("nl-NL");

    private static String text(byte[] csv) {
        return new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8);
    }

    private static List<String> lines(ExportTable table, Locale locale) {
        return List.of(text(CsvExport.write(table, locale)).split("\r\n", -1));
    }

    @Test
    void shouldStartWithAUtf8ByteOrderMarkThenTitleAndNotes() {
        byte[] csv = CsvExport.write(Tables.regions(), DUTCH);

        assertThat(Arrays.copyOf(csv, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        assertThat(text(csv))
                .startsWith("# Productiviteit per regio\r\n"
                        + "# Bron: Eurostat, nama_10r_3gdp\r\n"
                        + "# Arbeid: werkzame personen\r\n"
                        + "\r\n"
                        + "Regio;Jaar;€ per werkzame persoon;Toelichting\r\n");
    }

    @Test
    void shouldWriteSemicolonsAndDecimalCommasForADutchExcel() {
        List<String> lines = lines(Tables.regions(), DUTCH);

        assertThat(lines.get(5)).isEqualTo("Utrecht;2019;90500;ramingen, voorlopig");
        assertThat(lines.get(6)).isEqualTo("\"Groningen \"\"stad\"\"\";2019;;\"regel 1\nregel 2\"");
        assertThat(lines.get(7)).isEqualTo("Δ Flevoland;2020;0,001522;");
    }

    @Test
    void shouldKeepCommasAndPointsInEnglish() {
        List<String> lines = lines(Tables.regions(), Locale.ENGLISH);

        assertThat(lines.get(0)).isEqualTo("# Productiviteit per regio");
        assertThat(lines.get(1)).isEqualTo("\"# Bron: Eurostat, nama_10r_3gdp\"");
        assertThat(lines.get(4)).isEqualTo("Regio,Jaar,€ per werkzame persoon,Toelichting");
        assertThat(lines.get(5)).isEqualTo("Utrecht,2019,90500,\"ramingen, voorlopig\"");
        assertThat(lines.get(7)).isEqualTo("Δ Flevoland,2020,0.001522,");
    }

    @Test
    void shouldRoundToWhatThePageShowsAndWriteNullAsAnEmptyField() {
        assertThat(CsvExport.cell(null, null, Style.DUTCH)).isEmpty();
        assertThat(CsvExport.cell(52.27774441031741, null, Style.DUTCH)).isEqualTo("52,28");
        assertThat(CsvExport.cell(52.27774441031741, 0, Style.DUTCH)).isEqualTo("52");
        assertThat(CsvExport.cell(0.8, 2, Style.ENGLISH)).isEqualTo("0.80");
        assertThat(CsvExport.cell(0.1 + 0.2, null, Style.ENGLISH)).isEqualTo("0.3");
        assertThat(CsvExport.cell(1e-7, null, Style.ENGLISH)).isEqualTo("0");
        assertThat(CsvExport.cell(1.5e12, null, Style.DUTCH)).isEqualTo("1500000000000");
        assertThat(CsvExport.cell(-339.0, null, Style.DUTCH)).isEqualTo("-339");
        assertThat(CsvExport.cell(-0.0004, 2, Style.DUTCH)).isEqualTo("0,00");
        assertThat(CsvExport.cell(4_150_000L, 2, Style.DUTCH)).isEqualTo("4150000");
        assertThat(CsvExport.cell(new BigDecimal("12.50"), 2, Style.DUTCH)).isEqualTo("12,50");
        assertThat(CsvExport.cell(Double.NaN, null, Style.DUTCH)).isEmpty();
    }

    @Test
    void shouldRoundEachColumnToTheDecimalsTheTableGives() {
        var table = new ExportTable(
                        "t",
                        "T",
                        List.of("jaar", "per uur", "verhouding"),
                        List.of(row(2024, 42.224677, 0.7961), row(2025, null, 1.25)),
                        List.of())
                .withDecimals(0, 2, 2);

        List<String> lines = lines(table, DUTCH);

        assertThat(lines.subList(2, 5)).containsExactly("jaar;per uur;verhouding", "2024;42,22;0,80", "2025;;1,25");
    }

    @Test
    void shouldQuoteTheSeparatorOfTheLanguageOnly() {
        var table = new ExportTable("t", "T", List.of("a"), List.of(row("x; y"), row("x, y")), List.of());

        assertThat(lines(table, DUTCH).subList(3, 5)).containsExactly("\"x; y\"", "x, y");
        assertThat(lines(table, Locale.ENGLISH).subList(3, 5)).containsExactly("x; y", "\"x, y\"");
    }

    @Test
    void shouldKeepTextThatLooksLikeAFormulaFromRunning() {
        var table = new ExportTable(
                "t", "T", List.of("a", "b"), List.of(row("=HYPERLINK(\"x\")", -5), row("@SUM(A1)", "+31")), List.of());
        String dutch = text(CsvExport.write(table, DUTCH));
        String english = text(CsvExport.write(table, Locale.ENGLISH));

        assertThat(dutch).contains("\"'=HYPERLINK(\"\"x\"\")\";-5\r\n").contains("'@SUM(A1);'+31\r\n");
        assertThat(english).contains("\"'=HYPERLINK(\"\"x\"\")\",-5\r\n").contains("'@SUM(A1),'+31\r\n");
    }
}
