package nl.werkkracht.app.national;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The national page and its downloads over real HTTP on the default data: what a reader needs is on the
 * page (charts with a data table and an explanation, units and sources, the coverage and deflator
 * notes), in Dutch and in English, and every table and the page can be downloaded.
 */
class NationalPageIT extends NationalHttp {

    private static final Pattern CHART = Pattern.compile("<div class=\"wk-chart\"[^>]*>");

    @Test
    void shouldRenderEveryChartWithItsTableAndExplanation() {
        String page = html("/monitor/national");

        List<String> charts = matches(CHART, page);
        assertThat(charts).hasSize(6);
        for (String chart : charts) {
            assertThat(chart)
                    .contains("role=\"img\"")
                    .contains("aria-label=\"")
                    .contains("data-api=\"/api/v1/national/");
            assertThat(chart).containsPattern("id=\"chart-[a-z-A-Z]+\"");
            String after = page.substring(page.indexOf(chart));
            int details = after.indexOf("<details");
            assertThat(details).as("a <details> after " + chart).isPositive();
            assertThat(after.indexOf("wk-data-table", details)).isPositive();
            assertThat(after.indexOf("wk-explain"))
                    .as("an explanation after " + chart)
                    .isPositive();
        }
        assertThat(count(page, "class=\"wk-explain\"")).isEqualTo(6);
        assertThat(page).contains("<h1 class=\"utrecht-heading-1\">Nederland en bedrijfstakken</h1>");
    }

    @Test
    void shouldSayWhatTheFiguresCoverAndHowTheyAreMeasured() {
        String page = html("/monitor/national");

        assertThat(page).contains("niet van de hele Nederlandse economie");
        assertThat(page).contains("CPI niet in de dataset");
        assertThat(page).contains("gedefleerd met de prijsindex van de toegevoegde waarde");
        assertThat(page).contains("Zelfstandigen krijgen hetzelfde arbeidsinkomen per uur toegerekend");
        assertThat(page).contains("Eurostat: vrij hergebruik met bronvermelding");
        assertThat(page).contains("Bontadini, Corrado, Haskel, Iommi, Jona-Lasinio");
        assertThat(page).contains("gewerkte uren").contains("lopende prijzen").contains("prijzen van het vorige jaar");
        // 2021 level of C in the Dutch locale, "€ 71,89" with a no-break space (GVA CP / HOURS from the
        // raw file: 71.8907 euro)
        assertThat(page).contains("€\u00a071,89");
    }

    @Test
    void shouldOfferLabelledControlsInAGetFormWithoutInlineScripts() {
        String page = html("/monitor/national");

        assertThat(page).containsPattern("<form method=\"get\"[^>]*action=\"/monitor/national\"");
        for (String id : List.of("year", "from", "to", "sector", "labour", "priceBasis")) {
            assertThat(page).contains("<label class=\"utrecht-form-label\" for=\"" + id + "\"");
            assertThat(page).containsPattern("<select[^>]*id=\"" + id + "\"");
        }
        for (String script : matches(Pattern.compile("<script[^>]*>"), page)) {
            assertThat(script).contains("src=\"");
        }
        assertThat(page).doesNotContain("onclick=").doesNotContain("onchange=");
        assertThat(page).contains("/js/national-charts.js").contains("/js/national-form.js");
    }

    @Test
    void shouldSpeakEnglishWhenAsked() {
        String page = html("/monitor/national?lang=en");

        assertThat(page).contains("<h1 class=\"utrecht-heading-1\">Netherlands and industries</h1>");
        assertThat(page).contains("not of the whole Dutch economy");
        assertThat(page).contains("the dataset has no CPI");
        assertThat(page).contains("The self-employed are imputed");
        assertThat(page).contains("What does this mean?");
        assertThat(page).contains("Manufacturing").doesNotContain("Industrie<");
        assertThat(page).contains("€71.89");
    }

    @Test
    void shouldExplainAnInvalidPeriodAndShowTheDefault() {
        String page = html("/monitor/national?from=2019&to=2013");

        assertThat(page).contains("role=\"alert\"").contains("standaardperiode 2013–2019");
        assertThat(page).contains("Gemiddelde jaarlijkse volumegroei 2013–2019");
    }

    @Test
    void shouldShowAPartTheDataCannotAnswerAsAMessage() {
        String page = html("/monitor/national?sector=K");

        // nama_10_a64 has no K: the wage part says so, the rest of the page is there, nothing becomes 0
        assertThat(page).contains("Dit onderdeel kan met de gekozen gegevens niet worden berekend");
        assertThat(page).contains("id=\"chart-levels\"").contains("id=\"chart-growth-accounting-K\"");
        assertThat(page).doesNotContain("id=\"chart-labour-share\"");
    }

    @Test
    void shouldLinkEveryTableToCsvAndXlsxAndThePageToPdf() {
        String page = html("/monitor/national");

        for (String table : NationalTables.IDS) {
            assertThat(page).contains("data-export=\"csv\" href=\"/monitor/national/export/" + table + ".csv?");
            assertThat(page).contains("data-export=\"xlsx\" href=\"/monitor/national/export/" + table + ".xlsx?");
        }
        assertThat(page).contains("data-export=\"pdf\" href=\"/monitor/national.pdf?");
    }

    @Test
    void shouldExportTablesRoundedAsThePageShowsThemWithTheirNotes() {
        HttpResponse<byte[]> csv = get("/monitor/national/export/industry-levels.csv?year=2021&labour=HOURS");

        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("text/csv"));
        String text = text(csv);
        // 2021 productivity of C (GVA CP / HOURS from the raw file: 71.89066645577766), as a Dutch Excel reads it
        assertThat(text).contains(";71,89").contains("Eurostat");
        String wages = text(get("/monitor/national/export/wages.csv?from=2013&to=2019"));
        assertThat(wages).contains("CPI");
    }

    @Test
    void shouldExportXlsxAndPdf() {
        HttpResponse<byte[]> xlsx = get("/monitor/national/export/growth-accounting.xlsx?sector=C");
        HttpResponse<byte[]> pdf = get("/monitor/national.pdf?from=2013&to=2019");

        assertThat(xlsx.statusCode()).isEqualTo(200);
        assertThat(new String(xlsx.body(), 0, 2, java.nio.charset.StandardCharsets.ISO_8859_1))
                .isEqualTo("PK");
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(new String(pdf.body(), 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1))
                .isEqualTo("%PDF-");
        assertThat(pdf.headers().firstValue("Content-Disposition"))
                .hasValueSatisfying(d -> assertThat(d).contains("national-2013-2019.pdf"));
    }

    @Test
    void shouldAnswerAnUnknownOrUnanswerableTableWithAProblem() {
        assertThat(problem("/monitor/national/export/nonsense.csv", 404)
                        .get("detail")
                        .asText())
                .contains("nonsense");
        assertThat(problem("/monitor/national/export/wages.csv?sector=K", 422)
                        .get("detail")
                        .asText())
                .contains("K");
    }

    private static List<String> matches(Pattern pattern, String text) {
        var out = new ArrayList<String>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }
}
