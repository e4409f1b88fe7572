package nl.werkkracht.app.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class XlsxExportTest {

    private static XSSFWorkbook read(byte[] xlsx) throws IOException {
        return new XSSFWorkbook(new ByteArrayInputStream(xlsx));
    }

    @Test
    void shouldWriteNumbersAsNumericCellsAtFullPrecision() throws IOException {
        try (var workbook = read(XlsxExport.write(List.of(Tables.regions())))) {
            Sheet sheet = workbook.getSheetAt(0);

            Cell value = sheet.getRow(1).getCell(2);
            assertThat(value.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(value.getNumericCellValue()).isCloseTo(90500.4, within(0.0));
            assertThat(sheet.getRow(1).getCell(1).getNumericCellValue()).isCloseTo(2019, within(0.0));
            assertThat(sheet.getRow(3).getCell(2).getNumericCellValue()).isCloseTo(0.0015219774815622422, within(0.0));
            assertThat(sheet.getRow(1).getCell(3).getStringCellValue()).isEqualTo("ramingen, voorlopig");
        }
    }

    @Test
    void shouldLeaveAMissingValueEmpty() throws IOException {
        try (var workbook = read(XlsxExport.write(List.of(Tables.regions())))) {
            Row groningen = workbook.getSheetAt(0).getRow(2);

            Cell missing = groningen.getCell(2);
            assertThat(missing == null || missing.getCellType() == CellType.BLANK)
                    .isTrue();
        }
    }

    @Test
    void shouldPutBoldHeadingsFirstAndTitleAndNotesBelowTheTable() throws IOException {
        try (var workbook = read(XlsxExport.write(List.of(Tables.regions())))) {
            Sheet sheet = workbook.getSheetAt(0);

            Cell heading = sheet.getRow(0).getCell(2);
            assertThat(heading.getStringCellValue()).isEqualTo("€ per werkzame persoon");
            assertThat(workbook.getFontAt(heading.getCellStyle().getFontIndex()).getBold())
                    .isTrue();
            assertThat(sheet.getRow(4)).isNull();
            assertThat(sheet.getRow(5).getCell(0).getStringCellValue()).isEqualTo("Productiviteit per regio");
            assertThat(sheet.getRow(6).getCell(0).getStringCellValue()).isEqualTo("Bron: Eurostat, nama_10r_3gdp");
            assertThat(sheet.getRow(7).getCell(0).getStringCellValue()).isEqualTo("Arbeid: werkzame personen");
            assertThat(sheet.getColumnWidth(2)).isEqualTo(("€ per werkzame persoon".length() + 2) * 256);
            assertThat(sheet.getColumnWidth(1)).isEqualTo(XlsxExport.MIN_WIDTH * 256);
        }
    }

    @Test
    void shouldWriteOneSheetPerTableWithValidUniqueNames() throws IOException {
        ExportTable long1 = new ExportTable(
                "a", "Een titel die veel te lang is voor een werkblad: [x]", List.of("k"), List.of(), List.of());
        try (var workbook = read(XlsxExport.write(List.of(long1, long1, Tables.regions())))) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(3);
            var names = new HashSet<String>();
            for (int i = 0; i < 3; i++) {
                String name = workbook.getSheetName(i);
                assertThat(name.length()).isLessThanOrEqualTo(31);
                assertThat(name).doesNotContain("[", "]", ":");
                names.add(name);
            }
            assertThat(names).hasSize(3);
            assertThat(workbook.getSheetName(2)).isEqualTo("Productiviteit per regio");
        }
    }
}
