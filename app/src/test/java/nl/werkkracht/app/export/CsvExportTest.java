package nl.werkkracht.app.export;

import static nl.werkkracht.app.export.Tables.row;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvExportTest {

    private static String text(byte[] csv) {
        return new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8);
    }

    @Test
    void shouldStartWithAUtf8ByteOrderMark() {
        byte[] csv = CsvExport.write(Tables.regions());

        assertThat(Arrays.copyOf(csv, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        assertThat(text(csv)).startsWith("Regio,Jaar,€ per werkzame persoon,Toelichting\r\n");
    }

    @Test
    void shouldQuoteFieldsAsRfc4180Says() {
        List<String> lines = List.of(text(CsvExport.write(Tables.regions())).split("\r\n", -1));

        assertThat(lines.get(1)).isEqualTo("Utrecht,2019,90500.4,\"ramingen, voorlopig\"");
        assertThat(lines.get(2)).isEqualTo("\"Groningen \"\"stad\"\"\",2019,,\"regel 1\nregel 2\"");
    }

    @Test
    void shouldWriteNullAsAnEmptyFieldAndNumbersUnrounded() {
        List<String> lines = List.of(text(CsvExport.write(Tables.regions())).split("\r\n", -1));

        assertThat(lines.get(3)).isEqualTo("Δ Flevoland,2020,0.0015219774815622422,");
        assertThat(CsvExport.cell(null)).isEmpty();
        assertThat(CsvExport.cell(0.1 + 0.2)).isEqualTo("0.30000000000000004");
        assertThat(CsvExport.cell(1e-7)).isEqualTo("0.0000001");
        assertThat(CsvExport.cell(1.5e12)).isEqualTo("1500000000000");
        assertThat(CsvExport.cell(-339.0)).isEqualTo("-339");
        assertThat(CsvExport.cell(new BigDecimal("12.50"))).isEqualTo("12.50");
        assertThat(CsvExport.cell(Double.NaN)).isEmpty();
    }

    @Test
    void shouldPutTitleAndNotesInASectionAfterTheData() {
        String csv = text(CsvExport.write(Tables.regions()));

        assertThat(csv)
                .endsWith("\r\n\r\n# Productiviteit per regio\r\n"
                        + "\"# Bron: Eurostat, nama_10r_3gdp\"\r\n"
                        + "# Arbeid: werkzame personen\r\n");
    }

    @Test
    void shouldKeepTextThatLooksLikeAFormulaFromRunning() {
        var table = new ExportTable(
                "t", "T", List.of("a", "b"), List.of(row("=HYPERLINK(\"x\")", -5), row("@SUM(A1)", "+31")), List.of());
        String csv = text(CsvExport.write(table));

        assertThat(csv).contains("\"'=HYPERLINK(\"\"x\"\")\",-5\r\n").contains("'@SUM(A1),'+31\r\n");
    }
}
