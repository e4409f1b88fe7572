package nl.werkkracht.statdata.panel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.List;
import java.util.Map;
import nl.werkkracht.core.synth.Panel;
import nl.werkkracht.statdata.importer.ImportException;
import org.junit.jupiter.api.Test;

class PanelCsvTest {

    private static Map<String, Panel> read(String csv, List<String> columns) throws Exception {
        return PanelCsv.read(new StringReader(csv), "panel.csv", "region", "year", columns);
    }

    @Test
    void shouldReadUnitsPeriodsAndMissingValuesAsSynthWritesThem() throws Exception {
        String csv = "\uFEFFregionno,region,year,gdp,invest\n"
                + "17.0,17.0,1955.0,3.85,\n"
                + "17.0,17.0,1956.0,3.95,NA\n"
                + "\"Madrid, Comunidad\",\"Madrid, Comunidad\",1955,4.59,20.5\n";

        Map<String, Panel> panels = read(csv, List.of("gdp", "invest"));

        Panel gdp = panels.get("gdp");
        assertThat(gdp.units()).containsExactly("17", "Madrid, Comunidad");
        assertThat(gdp.times()).containsExactly(1955, 1956);
        assertThat(gdp.value("17", 1956).orElseThrow()).isEqualTo(3.95);
        assertThat(panels.get("invest").value("17", 1955)).isEmpty();
        assertThat(panels.get("invest").value("Madrid, Comunidad", 1955).orElseThrow())
                .isEqualTo(20.5);
    }

    @Test
    void shouldNameFileLineAndColumnOfBadInput() {
        assertThatThrownBy(() -> read("region,year,gdp\nA,1990,1\nA,199x,2\n", List.of("gdp")))
                .isInstanceOf(ImportException.class)
                .hasMessage("panel.csv line 3: period '199x' in column year is not a whole number (a year)");
        assertThatThrownBy(() -> read("region,year,gdp\nA,1990,abc\n", List.of("gdp")))
                .hasMessage("panel.csv line 2: value 'abc' in column gdp is not a number");
        assertThatThrownBy(() -> read("region,year,gdp\nA,1990,1\nA,1990,2\n", List.of("gdp")))
                .hasMessage("panel.csv line 3: unit A has a second row for 1990");
        assertThatThrownBy(() -> read("region,year,gdp\n", List.of("output")))
                .hasMessage("panel.csv line 1: has no column output (columns: region, year, gdp)");
        assertThatThrownBy(() -> read("region,year,gdp\nA,1990\n", List.of("gdp")))
                .hasMessage("panel.csv line 2: has 2 fields, the header has 3");
    }
}
