package nl.werkkracht.statdata.occupation;

import static org.assertj.core.api.Assertions.assertThat;

import nl.werkkracht.core.occupation.IscoGroup;
import nl.werkkracht.core.occupation.Occupation;
import nl.werkkracht.core.occupation.OccupationIndex;
import org.junit.jupiter.api.Test;

class OccupationDataTest {

    private final OccupationIndex index = OccupationData.standard();

    @Test
    void shouldShipDutchTitlesForThe10MajorAnd43SubMajorGroups() {
        assertThat(index.groups()).filteredOn(IscoGroup::major).hasSize(10);
        assertThat(index.groups()).filteredOn(g -> !g.major()).hasSize(43);
        assertThat(index.group("41").orElseThrow().titleNl())
                .isEqualTo("Algemeen administratief medewerkers en typisten");
    }

    @Test
    void shouldGiveDutchTitlesOnlyToKnownOccupations() {
        assertThat(OccupationData.dutchTitles().keySet())
                .allSatisfy(isco -> assertThat(index.find(isco)).isPresent());
        assertThat(index.dutchTitle("5321")).contains("Verzorgenden en helpenden in de zorg");
    }

    @Test
    void shouldFindOccupationsInDutchAndEnglish() {
        assertThat(index.search("elektricien")).extracting(Occupation::isco).startsWith("7411");
        assertThat(index.search("electricians")).extracting(Occupation::isco).contains("7411");
        assertThat(index.search("administratief")).extracting(Occupation::isco).contains("4110", "4132");
        assertThat(index.search("office clerks"))
                .extracting(Occupation::isco)
                .first()
                .isEqualTo("4110");
        assertThat(index.search("verzorgende")).extracting(Occupation::isco).contains("5321");
        assertThat(index.search("411")).extracting(Occupation::isco).containsExactly("4110");
        assertThat(index.search("  ")).isEmpty();
        assertThat(index.search("xyzzy")).isEmpty();
    }
}
