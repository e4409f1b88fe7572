package nl.werkkracht.statdata.cbs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import nl.werkkracht.core.codelist.CodeLists;
import nl.werkkracht.core.observation.Measure;
import nl.werkkracht.core.observation.PriceBasis;
import nl.werkkracht.core.observation.Unit;
import nl.werkkracht.statdata.codelist.CodeListLoader;
import nl.werkkracht.statdata.importer.ImportException;
import org.junit.jupiter.api.Test;

class CbsTableMappingTest {

    private static final CodeLists CODES = CodeListLoader.standard();

    @Test
    void shouldLoad84419nedMappingConsistentWithTheCodeLists() {
        CbsTableMapping m = CbsTableMapping.forTable("84419NED");

        assertThat(m.problems(CODES)).isEmpty();
        assertThat(m.version()).isEqualTo(ODataVersion.V3);
        assertThat(m.v3DataSet()).isEqualTo("UntypedDataSet");
        assertThat(m.region().dimension()).contains("RegioS");
        assertThat(m.sector().dimension()).contains("BedrijfstakkenBranchesSBI2008");
        assertThat(m.topics().get("BrutoToegevoegdeWaardeBasisprijzen_3"))
                .isEqualTo(new TopicMapping(Measure.GVA, Unit.MIO_EUR, PriceBasis.CP, "mln euro"));
        assertThat(m.topics().get("ArbeidsvolumeTotaal_8"))
                .isEqualTo(new TopicMapping(Measure.FTE, Unit.THS_FTE, PriceBasis.NONE, "1 000 arbeidsjaren"));
        assertThat(m.topics().values()).allSatisfy(t -> assertThat(t.factor()).isEqualTo(1.0));
        assertThat(m.region().titles()).containsEntry("Extra-Regio (LD)", "NLZ");
        assertThat(m.sector().codes())
                .containsEntry("T001081", "TOTAL")
                .containsEntry("300010", "M_N")
                .containsEntry("300013", "O-U")
                .hasSize(26);
        assertThat(m.sector().codes().values()).allMatch(c -> CODES.sector(c).isPresent());
        assertThat(m.sector().skipCodes()).containsOnlyKeys("300003", "300007");
    }

    @Test
    void shouldCoverEverySectionOfTheA21BreakdownAndTheA10Aggregates() {
        CbsTableMapping m = CbsTableMapping.forTable("84419NED");
        var targets = m.sector().codes().values();
        assertThat(targets).containsAll(CODES.breakdown("A10").orElseThrow());
        assertThat(targets).containsAll(CODES.breakdown("A21").orElseThrow().subList(0, 19));
    }

    @Test
    void shouldLoad80137nedMappingWithItsFilterAndFixedRegion() {
        CbsTableMapping m = CbsTableMapping.forTable("80137ned");
        assertThat(m.problems(CODES)).isEmpty();
        assertThat(m.region().fixedCode()).contains("NL");
        assertThat(m.filters()).containsEntry("Persoonskenmerken", "1");
        assertThat(m.topics().get("Totaal_10").factor()).isEqualTo(1000.0);
        assertThat(CbsSamples.testMapping("80072ned-test.properties").problems(CODES))
                .isEmpty();
    }

    @Test
    void shouldNameTheTableWhenNoMappingIsShipped() {
        assertThatThrownBy(() -> CbsTableMapping.forTable("99999NED"))
                .isInstanceOf(ImportException.class)
                .hasMessageContaining("Werkkracht cannot import CBS table '99999NED' yet")
                .hasMessageNotContaining(".properties");
    }

    @Test
    void shouldRejectUnknownPropertiesAndBadTopicEntries() {
        assertThatThrownBy(() -> load("table = X1234\napi = v3\nregion.fixed = NL\nsector.fixed = TOTAL\n"
                        + "dimension.period = Perioden\ntopics.Totaal_1 = JOBS, THS_JOB, , 1 000 banen\n"))
                .isInstanceOf(ImportException.class)
                .hasMessageContaining("unknown property 'topics.Totaal_1'");
        assertThatThrownBy(() -> load("table = X1234\napi = v3\nregion.fixed = NL\nsector.fixed = TOTAL\n"
                        + "dimension.period = Perioden\ntopic.Totaal_1 = JOBS, THS_FTE, , 1 000 banen\n"))
                .isInstanceOf(ImportException.class)
                .hasMessageContaining("topic.Totaal_1: unit THS_FTE does not measure JOBS");
        assertThatThrownBy(() -> load("table = X1234\napi = v3\nregion.fixed = NL\nsector.fixed = TOTAL\n"
                        + "dimension.period = Perioden\ntopic.Totaal_10 = COMP, MIO_EUR, , mld euro\n"))
                .hasMessageContaining("COMP needs a price basis");
    }

    @Test
    void shouldReportTargetCodesMissingFromTheCodeLists() {
        CbsTableMapping m = load("table = X1234\napi = v3\ndimension.region = RegioS\nsector.fixed = TOTAL\n"
                + "dimension.period = Perioden\nregion.code.GM0363 = AMSTERDAM\n");
        assertThat(m.problems(CODES)).containsExactly("region.code.GM0363 = AMSTERDAM: not in the region code list");
    }

    private static CbsTableMapping load(String text) {
        return CbsTableMapping.load("test.properties", new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }
}
