package nl.werkkracht.app.monitor;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import nl.werkkracht.app.export.PdfGlyphs;
import org.junit.jupiter.api.Test;

/** The monitor's downloads, written by the shared export writers from the tables the pages show. */
class MonitorExportsIT extends MonitorHttp {

    @Test
    void shouldExportTheRegionsTableAsCsvForADutchExcelRoundedAsThePageShows() {
        HttpResponse<byte[]> r = get("/monitor/export/regions.csv?level=province&year=2017&from=2007&to=2017");

        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("text/csv"));
        assertThat(r.headers().firstValue("Content-Disposition"))
                .hasValueSatisfying(t -> assertThat(t).contains("attachment").contains("regions-province-2017"));
        String csv = text(r);
        // Dutch: semicolons and decimal commas, four significant digits (GDP per hour 65.2866..., 112.2010...)
        assertThat(csv).contains("Noord-Holland;").contains(";65,29;").contains(";112,2");
        assertThat(csv).contains("Nederland");
        assertThat(csv).contains("nama_10r_2022").contains("euklems");
        // every figure names its vintages and NUTS version, and a mix of releases is said (ADR 0030)
        assertThat(csv).contains("Gemengde vintages").contains("NUTS 2016").contains("Arbeidsinkomensquote");
    }

    @Test
    void shouldExportARegionTableAsXlsx() {
        HttpResponse<byte[]> r = get("/monitor/export/region-trend.xlsx?code=PV27&year=2017");

        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t)
                .startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
        assertThat(new String(r.body(), 0, 2, java.nio.charset.StandardCharsets.ISO_8859_1))
                .isEqualTo("PK");
    }

    @Test
    void shouldExportEveryRegionTable() {
        for (String table : RegionTables.ROUTES) {
            HttpResponse<byte[]> r = get("/monitor/export/" + table + ".csv?code=CR23&year=2017");
            assertThat(r.statusCode()).as(table).isEqualTo(200);
        }
        assertThat(text(get("/monitor/export/region-gap.csv?code=CR23&year=2017")))
                .contains("84419NED");
    }

    @Test
    void shouldExportThePagesAsPdf() {
        for (String path : new String[] {"/monitor/overview.pdf?level=corop&year=2017", "/monitor/region/PV27.pdf"}) {
            HttpResponse<byte[]> r = get(path);
            assertThat(r.statusCode()).as(path).isEqualTo(200);
            assertThat(r.headers().firstValue("Content-Type")).hasValue("application/pdf");
            assertThat(new String(r.body(), 0, 4, java.nio.charset.StandardCharsets.ISO_8859_1))
                    .isEqualTo("%PDF");
        }
    }

    @Test
    void shouldPutTheChartsIntoTheRegionPdfAndNoColumnPastThePageEdge() throws java.io.IOException {
        for (String code : new String[] {"PV23", "CR12"}) {
            HttpResponse<byte[]> r = get("/monitor/region/" + code + ".pdf?year=2017");
            assertThat(r.statusCode()).as(code).isEqualTo(200);

            assertThat(PdfGlyphs.outsideThePage(r.body()))
                    .as("characters past the page edge in %s", code)
                    .isEmpty();
            // the lines over time as pictures: the index against NL, productivity against NL, the path against the
            // frontrunner
            assertThat(PdfGlyphs.images(r.body())).as("pictures in %s", code).isGreaterThanOrEqualTo(3);
            try (var document = org.apache.pdfbox.Loader.loadPDF(r.body())) {
                String text = new org.apache.pdfbox.text.PDFTextStripper()
                        .getText(document)
                        .replaceAll("\\s+", " ");
                // the bars (structure, indices) are drawn as boxes on a scale from zero, their values as text
                assertThat(text).contains("de schaal begint bij 0").contains("Nederland = 100, de stippellijn");
            }
        }
    }

    @Test
    void shouldAnswer404ForAnUnknownTable() {
        assertThat(get("/monitor/export/salaries.csv").statusCode()).isEqualTo(404);
        assertThat(get("/monitor/export/region-trend.csv?code=XX99").statusCode())
                .isEqualTo(404);
    }
}
