package nl.werkkracht.statdata.cbs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ODataResourceTest {

    @Test
    void shouldNormaliseAbsoluteNextLinkToTheSameKeyAsARelativePath() {
        String link = "https://opendata.cbs.nl/ODataFeed/OData/83599NED/UntypedDataSet/?$format=json&$skip=10000";
        assertThat(ODataResource.key(link)).isEqualTo("83599NED/UntypedDataSet?$skip=10000");
        assertThat(ODataResource.key("83599NED/UntypedDataSet?$skip=10000&$format=json"))
                .isEqualTo("83599NED/UntypedDataSet?$skip=10000");
        assertThat(ODataResource.key("https://odata4.cbs.nl/CBS/80072ned/Observations"))
                .isEqualTo("80072ned/Observations");
        assertThat(ODataResource.key("http://127.0.0.1:8080/80137ned/TableInfos?$format=json"))
                .isEqualTo("80137ned/TableInfos");
    }

    @Test
    void shouldNameSavedFilesByConvention() {
        assertThat(ODataResource.fileName("80137ned/TableInfos")).isEqualTo("80137ned_TableInfos.json");
        assertThat(ODataResource.fileName("83599NED/UntypedDataSet?$skip=10000"))
                .isEqualTo("83599NED_UntypedDataSet_skip10000.json");
        assertThat(ODataResource.label("84419NED/TypedDataSet?$format=json")).isEqualTo("84419NED/TypedDataSet");
    }

    @Test
    void shouldParseTheCliSpellingOfATable() {
        assertThat(CbsTableRef.parse("cbs:84419NED").tableId()).isEqualTo("84419NED");
        assertThat(CbsTableRef.parse(" CBS:80137ned ").tableId()).isEqualTo("80137ned");
        assertThat(CbsTableRef.parse("84419NED")).hasToString("cbs:84419NED");
        assertThat(CbsTableRef.matches("cbs:84419NED")).isTrue();
        assertThat(CbsTableRef.matches("nama.csv")).isFalse();
        assertThatThrownBy(() -> CbsTableRef.parse("cbs:../etc"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not a CBS table identifier");
    }

    @Test
    void shouldNameTheExpectedFileWhenASavedResponseIsMissing() {
        var source = CbsSamples.source(CbsSamples.V3_80137);
        assertThatThrownBy(() -> source.open("80137ned/CategoryGroups?$format=json"))
                .hasMessageContaining("no saved response for 80137ned/CategoryGroups")
                .hasMessageContaining("80137ned_CategoryGroups.json");
    }

    @Test
    void shouldRefuseAnIndexEntryThatLeavesTheDirectory(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("resources.csv"), "resource,file\n80137ned/TableInfos,../secret.json\n");
        assertThatThrownBy(() -> new DirectoryODataSource(dir))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("line 2: expected 'resource,file' with a plain file name");
    }
}
