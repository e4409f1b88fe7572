package nl.werkkracht.app.monitor;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** The monitor's pages as HTML: the contract elements, formatted figures, language and errors. */
class MonitorPagesIT extends MonitorHttp {

    @Test
    void shouldRenderTheOverviewWithMapControlsAndTable() {
        String page = html("/monitor?level=province&year=2017");

        assertThat(page)
                .contains("<html lang=\"nl\"")
                .contains("<h1 class=\"utrecht-heading-1\">Regionale productiviteitsmonitor</h1>")
                .contains("<select id=\"indicator\"")
                .contains("<select id=\"level\"")
                .contains("<select id=\"year\"")
                .contains("<label class=\"utrecht-form-label\" for=\"indicator\"")
                .contains("<div id=\"map\" class=\"wk-map\" role=\"img\"")
                .contains("aria-label=\"Kaart van Nederland: Provincies (NUTS-2), 2017.")
                .contains("<table id=\"region-table\" class=\"utrecht-table")
                .contains("data-region=\"PV27\"")
                .contains("<a class=\"region-link\" href=\"/monitor/region/PV27\">Noord-Holland</a>")
                .contains("aria-sort=\"none\"")
                .contains("€\u00a065,29")
                .contains("data-export=\"csv\"")
                .contains("data-export=\"xlsx\"")
                .contains("data-export=\"pdf\"")
                .contains("/js/monitor-overview.js")
                .doesNotContain("<script>");
        assertThat(count(page, "<tr class=\"utrecht-table__row\" data-region=")).isEqualTo(12);
        assertThat(page).contains("NUTS-2");
    }

    @Test
    void shouldListTheFortyCoropRegionsAndSayHowTheyMatchNuts3() {
        String page = html("/monitor?level=corop&year=2017&indicator=catchup");

        assertThat(count(page, "<tr class=\"utrecht-table__row\" data-region=\"CR"))
                .isEqualTo(40);
        assertThat(page).contains("coropgebied_2025").contains("NUTS-3").contains("dezelfde naam");
        assertThat(page).contains("<option value=\"catchup\" selected=\"selected\">");
    }

    @Test
    void shouldRenderTheOverviewInEnglish() {
        String page = html("/monitor?lang=en&year=2017");

        assertThat(page)
                .contains("<html lang=\"en\"")
                .contains("Regional productivity monitor</h1>")
                .contains(">North Holland</a>")
                .contains("€65.29");
    }

    @Test
    void shouldRenderTheRegionPageWithKeyFiguresChartsAndExplanations() {
        String page = html("/monitor/region/PV27?year=2017");

        assertThat(page)
                .contains("<h1 class=\"utrecht-heading-1\">Noord-Holland</h1>")
                .contains("<section id=\"key-figures\"")
                .contains("€\u00a065,29")
                .contains("▲")
                .contains("hoger dan 2016")
                .contains("id=\"chart-trend\"")
                .contains("id=\"chart-structure\"")
                .contains("id=\"chart-expected\"")
                .contains("id=\"chart-catchup\"")
                .contains("class=\"utrecht-table utrecht-table--html-table wk-data-table\"")
                .contains("class=\"wk-explain\"")
                .contains("Wat betekent dit?")
                .contains("sterk inlopend")
                .contains("data-export=\"pdf\"")
                .contains("id=\"chart-gap\"");
        assertThat(count(page, "class=\"wk-chart\"")).isEqualTo(6);
        // the headline (ADR 0030) comes first: the index per hour worked against the Netherlands
        assertThat(page.indexOf("id=\"chart-headline\"")).isLessThan(page.indexOf("id=\"key-figures\""));
        assertThat(page).contains("Gemengde vintages").contains("bbp per gewerkt uur");
    }

    @Test
    void shouldShowTheGapNoteNamingCbsTable84419ned() {
        String page = html("/monitor/region/CR23");

        assertThat(page).contains("id=\"gap-note\" class=\"utrecht-alert");
        String note = page.substring(page.indexOf("id=\"gap-note\""));
        note = note.substring(0, note.indexOf("</div>\n    </div>"));
        assertThat(note).contains("84419NED").contains("./werkkracht import cbs:84419NED --dataset regio");
    }

    @Test
    void shouldLeaveOutStructureChartsInAYearWithoutSectorData() {
        // the Netherlands per person employed: persons by sector end in 2017
        String page = html("/monitor/region/NL?year=2018");

        assertThat(page)
                .contains("id=\"chart-trend\"")
                .doesNotContain("id=\"chart-structure\"")
                .doesNotContain("id=\"chart-expected\"");
        assertThat(page).contains("Voor 2018 zijn er geen werkzame personen per bedrijfstak");
    }

    @Test
    void shouldRenderTheRegionPageInEnglish() {
        String page = html("/monitor/region/NL32?lang=en&year=2017");

        assertThat(page)
                .contains("<h1 class=\"utrecht-heading-1\">North Holland</h1>")
                .contains("What does this mean?")
                .contains("Key figures 2017")
                .contains("€65.29");
    }

    @Test
    void shouldAnswer404WithAPageForAnUnknownRegion() {
        HttpResponse<byte[]> r = get("/monitor/region/XX99");

        assertThat(r.statusCode()).isEqualTo(404);
        assertThat(text(r)).contains("Regio niet gevonden").contains("XX99");
    }

    @Test
    void shouldAnswer400WithAPageForAYearOutsideTheData() {
        HttpResponse<byte[]> r = get("/monitor?year=1990");

        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(text(r))
                .contains("1990")
                .contains("Kies een jaar daarbinnen")
                .doesNotContain("parameter year");

        // provinces are shown per hour worked, whose years end earlier: the page says why, in the reader's language
        HttpResponse<byte[]> provinces = get("/monitor?level=province&year=2021&lang=en");
        assertThat(provinces.statusCode()).isEqualTo(400);
        assertThat(text(provinces)).contains("no data for the year 2021", "per hour worked");
    }

    private static int count(String text, String part) {
        return text.split(java.util.regex.Pattern.quote(part), -1).length - 1;
    }
}
