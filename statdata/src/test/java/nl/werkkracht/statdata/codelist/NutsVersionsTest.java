package nl.werkkracht.statdata.codelist;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import nl.werkkracht.core.codelist.NutsVersions;
import nl.werkkracht.core.codelist.NutsVersions.Change;
import nl.werkkracht.core.codelist.NutsVersions.Version;
import nl.werkkracht.core.codelist.RegionLevel;
import org.junit.jupiter.api.Test;

/** The NUTS 2016/2021/2024 correspondence of the Netherlands. */
class NutsVersionsTest {

    private final NutsVersions nuts = CodeListLoader.nutsVersions();

    @Test
    void shouldNeverEquateUtrechtBeforeAndAfterVijfheerenlanden() {
        assertThat(nuts.entry(Version.NUTS2016, "NL31").orElseThrow().change()).isEqualTo(Change.BOUNDARY_CHANGED);
        assertThat(nuts.sameArea(Version.NUTS2024, "NL35", Version.NUTS2016)).isEmpty();
        assertThat(nuts.sameArea(Version.NUTS2024, "NL36", Version.NUTS2016)).isEmpty();
        assertThat(nuts.whyNot(Version.NUTS2024, "NL35", Version.NUTS2016).orElseThrow())
                .startsWith("NL35 (NUTS 2024) and NL31 (NUTS 2016) are different regions: the boundary changed")
                .contains("Vijfheerenlanden");
    }

    @Test
    void shouldCombineUnchangedAndRecodedRegionsOnly() {
        assertThat(nuts.sameArea(Version.NUTS2024, "NL21", Version.NUTS2016)).contains("NL21");
        assertThat(nuts.sameArea(Version.NUTS2024, "NL", Version.NUTS2016)).contains("NL");
        assertThat(nuts.sameArea(Version.NUTS2024, "NL361", Version.NUTS2016)).contains("NL332");
        assertThat(nuts.sameArea(Version.NUTS2024, "NL364", Version.NUTS2016)).isEmpty();
        assertThat(nuts.sameArea(Version.NUTS2024, "NL32B", Version.NUTS2016)).isEmpty();
        assertThat(nuts.sameArea(Version.NUTS2016, "NL21", Version.NUTS2021)).contains("NL21");
        assertThat(nuts.whyNot(Version.NUTS2024, "XX9", Version.NUTS2016)).isPresent();
        assertThat(nuts.whyNot(Version.NUTS2024, "NL21", Version.NUTS2016)).isEmpty();
    }

    @Test
    void shouldListTheNutsCodesOfTheCodeListsAndOfTheShipped2024Data() throws IOException {
        // NUTS 2016: exactly the NUTS regions of the region code list
        var codeList = new HashSet<String>();
        for (var level : new RegionLevel[] {
            RegionLevel.COUNTRY, RegionLevel.NUTS1, RegionLevel.NUTS2, RegionLevel.NUTS3, RegionLevel.EXTRA_REGIO
        }) {
            CodeListLoader.standard().regions(level).forEach(r -> codeList.add(r.code()));
        }
        assertThat(new HashSet<>(nuts.codes(Version.NUTS2016))).isEqualTo(codeList);
        // NUTS 2016 and 2021 have the same codes for the Netherlands
        assertThat(nuts.codes(Version.NUTS2021)).isEqualTo(nuts.codes(Version.NUTS2016));
        // NUTS 2024: exactly the 60 geo codes of Eurostat's 2018 GVA extract (March 2026 vintage)
        Path gva = Path.of(NutsVersionsTest.class
                .getResource("/data/eurostat/regional-gva-2018/nama_10r_3gva_2018_CP_MEUR_NL.csv")
                .getPath());
        var geos = new HashSet<String>();
        for (String line : Files.readAllLines(gva).subList(1, 901)) {
            geos.add(line.split(",")[3]);
        }
        assertThat(new HashSet<>(nuts.codes(Version.NUTS2024))).isEqualTo(geos);
        assertThat(nuts.entries()).hasSize(60);
    }

    @Test
    void shouldGiveEveryChangedCodeAReason() {
        for (var e : nuts.entries()) {
            boolean sameCode = e.nuts2016().equals(e.nuts2024());
            assertThat(sameCode).as(e.nuts2016()).isEqualTo(e.change() == Change.UNCHANGED);
            if (!sameCode) {
                assertThat(e.note()).as(e.nuts2016()).isNotBlank();
            }
        }
    }
}
