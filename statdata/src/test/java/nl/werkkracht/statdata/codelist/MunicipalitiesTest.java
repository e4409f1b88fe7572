package nl.werkkracht.statdata.codelist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import nl.werkkracht.core.codelist.CodeLists;
import nl.werkkracht.core.codelist.Municipalities;
import nl.werkkracht.core.codelist.Municipalities.Kind;
import nl.werkkracht.core.codelist.Municipalities.Match;
import nl.werkkracht.core.codelist.Municipality;
import nl.werkkracht.core.codelist.Place;
import nl.werkkracht.core.codelist.Region;
import nl.werkkracht.core.codelist.RegionLevel;
import org.junit.jupiter.api.Test;

/**
 * The shipped CBS 2024 division (municipalities and places → COROP region), read from the real file. The spot
 * checks were looked up by hand in the file ({@code grep ',Bathmen,'}) and in {@code regions.csv}.
 */
class MunicipalitiesTest {

    private final Municipalities municipalities = CodeListLoader.municipalities();
    private final CodeLists codeLists = CodeListLoader.standard();

    @Test
    void shouldReadEveryMunicipalityPlaceAndCoropRegionOfTheFile() {
        assertThat(municipalities.all()).hasSize(342);
        assertThat(municipalities.places()).hasSize(2501);
        assertThat(municipalities.coropRegions()).hasSize(40);
    }

    @Test
    void shouldPlaceEveryMunicipalityInACoropRegionOfTheCodeListWhoseParentIsAProvince() {
        for (String corop : municipalities.coropRegions()) {
            Region region =
                    codeLists.region(corop).orElseThrow(() -> new AssertionError(corop + " not in regions.csv"));
            assertThat(region.level()).isEqualTo(RegionLevel.COROP);
            Region province = codeLists.region(region.parent().orElseThrow()).orElseThrow();
            assertThat(province.level()).as("parent of %s", corop).isEqualTo(RegionLevel.PROVINCE);
        }
        assertThat(municipalities.coropRegions())
                .containsExactlyInAnyOrderElementsOf(codeLists.regions(RegionLevel.COROP).stream()
                        .map(Region::code)
                        .toList());
    }

    @Test
    void shouldLeadFromAMunicipalityInOverijsselToItsCoropRegionAndNl21() {
        // 0193,Zwolle -> 10 Noord-Overijssel; CR10's parent PV23 Overijssel = NUTS-2 NL21
        Municipality zwolle = municipalities.municipality("GM0193").orElseThrow();
        assertThat(zwolle.name()).isEqualTo("Zwolle");
        assertThat(zwolle.corop()).isEqualTo("CR10");
        Region corop = codeLists.region(zwolle.corop()).orElseThrow();
        assertThat(corop.nameNl()).isEqualTo("Noord-Overijssel");
        assertThat(corop.parent()).contains("PV23");
        assertThat(codeLists.region("PV23").orElseThrow().equivalent()).contains("NL21");
        assertThat(corop.equivalent()).contains("NL211");

        // 0153,Enschede -> 12 Twente
        assertThat(municipalities.municipality("gm0153").orElseThrow().corop()).isEqualTo("CR12");
    }

    @Test
    void shouldMapAPlaceToItsMunicipality() {
        // 2854,Bathmen,0150,Deventer,11,Zuidwest-Overijssel
        assertThat(municipalities.named("Bathmen")).containsExactly(new Municipality("GM0150", "Deventer", "CR11"));
        // 3504,Sneek,1900,Súdwest-Fryslân,05,Zuidwest-Friesland
        assertThat(municipalities.named("sneek")).extracting(Municipality::code).containsExactly("GM1900");
        assertThat(municipalities.placesOf("GM0150")).extracting(Place::name).contains("Bathmen", "Colmschate");
    }

    @Test
    void shouldNameEveryMunicipalityAPlaceNameCouldMean() {
        // 1500,Velp,0275,Rheden and 3198,Velp,1982,Land van Cuijk
        assertThat(municipalities.named("Velp"))
                .extracting(Municipality::code)
                .containsExactlyInAnyOrder("GM0275", "GM1982");
        assertThat(municipalities.named("Nergenshuizen")).isEmpty();
        assertThat(municipalities.named(" ")).isEmpty();
    }

    @Test
    void shouldFindNamesWithoutCaseAccentsOrApostrophes() {
        assertThat(municipalities.named("s-hertogenbosch"))
                .extracting(Municipality::code)
                .containsExactly("GM0796");
        assertThat(municipalities.named("SUDWEST FRYSLAN"))
                .extracting(Municipality::code)
                .containsExactly("GM1900");
        assertThat(municipalities.named("Nuenen, Gerwen en Nederwetten"))
                .extracting(Municipality::code)
                .containsExactly("GM0820");
        assertThat(municipalities.named("GM0820"))
                .extracting(Municipality::name)
                .containsExactly("Nuenen, Gerwen en Nederwetten");
    }

    @Test
    void shouldSearchAsAPersonTypesBestFirst() {
        List<Match> found = municipalities.search("deven", 10);

        assertThat(found.get(0))
                .isEqualTo(new Match(
                        Kind.MUNICIPALITY,
                        "Deventer",
                        municipalities.municipality("GM0150").orElseThrow()));
        // the place Deventer is the municipality itself: not listed twice
        assertThat(found).filteredOn(m -> m.name().equals("Deventer")).hasSize(1);

        List<Match> velp = municipalities.search("velp", 5);
        assertThat(velp).extracting(m -> m.municipality().name()).contains("Rheden", "Land van Cuijk");
        assertThat(velp).allMatch(m -> m.kind() == Kind.PLACE);

        assertThat(municipalities.search("", 10)).isEmpty();
        assertThat(municipalities.search("a", 7)).hasSize(7);
    }

    @Test
    void shouldReadTheCodeBetweenBracketsOfASuggestion() {
        assertThat(Municipalities.codeInBrackets("Bathmen – Deventer (GM0150)")).contains("GM0150");
        assertThat(Municipalities.codeInBrackets("Twente (cr12)")).contains("CR12");
        assertThat(Municipalities.codeInBrackets("Hengelo (O.)")).isEmpty();
        assertThat(Municipalities.codeInBrackets("Deventer")).isEmpty();
    }

    @Test
    void shouldRefuseAPlaceInAnUnknownMunicipality() {
        var zwolle = new Municipality("GM0193", "Zwolle", "CR10");
        assertThatThrownBy(() -> new Municipalities(List.of(zwolle), List.of(new Place("1", "Ergens", "GM9999"))))
                .hasMessageContaining("GM9999");
        assertThatThrownBy(() -> new Municipality("0193", "Zwolle", "CR10")).hasMessageContaining("GM");
    }
}
