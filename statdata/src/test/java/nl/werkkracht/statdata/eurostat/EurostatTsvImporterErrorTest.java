package nl.werkkracht.statdata.eurostat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.werkkracht.statdata.codelist.CodeListLoader;
import nl.werkkracht.statdata.importer.ImportException;
import nl.werkkracht.statdata.importer.ImportProgress;
import nl.werkkracht.statdata.testing.RecordingSink;
import nl.werkkracht.statdata.testing.Rejections;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bad files: each error names file, line and field, and the sink has received exactly the observations of
 * the rows before the bad one (which the caller rolls back).
 */
class EurostatTsvImporterErrorTest {

    private static final String GDP_HEADER = "freq,unit,geo\\TIME_PERIOD\t2019 \t2020 \t2021 \n";
    private static final String GDP_GOOD_ROW = "A,MIO_EUR,NL11\t24848.33 \t22993.62 \t26203.14 p\n";
    private static final String EMPERS_HEADER = "freq,unit,wstatus,nace_r2,geo\\TIME_PERIOD\t2020\t2021\n";

    private final EurostatTsvImporter importer = new EurostatTsvImporter(CodeListLoader.standard());

    @TempDir
    Path dir;

    // --- errors ---------------------------------------------------------------------------------

    @Test
    void shouldRejectMalformedHeader() throws IOException {
        assertRejected(
                "freq,unit,geo\t2019\n" + GDP_GOOD_ROW,
                "bad.tsv line 1: malformed header: the first column must be like freq,unit,geo\\TIME_PERIOD, followed"
                        + " by one tab-separated column per period",
                "",
                0);
    }

    @Test
    void shouldRejectUnknownDataset() throws IOException {
        assertRejected(
                "freq,unit,na_item,geo\\TIME_PERIOD\t2019\nA,MIO_EUR,B1G,NL\t1\n",
                "bad.tsv line 1: unknown Eurostat dataset with dimensions freq,unit,na_item,geo; this importer reads"
                        + " nama_10r_3gdp (freq,unit,geo); nama_10r_3empers (freq,unit,wstatus,nace_r2,geo)",
                "freq,unit,na_item,geo\\TIME_PERIOD",
                0);
    }

    @Test
    void shouldRejectUnparseablePeriodInHeader() throws IOException {
        assertRejected(
                "freq,unit,geo\\TIME_PERIOD\t2019 \t2020-01 \n",
                "bad.tsv line 1: period '2020-01' in column 2020-01 is not a year (2015) or a quarter (2015Q1)",
                "2020-01",
                0);
    }

    @Test
    void shouldRejectWrongNumberOfFields() throws IOException {
        assertRejected(
                GDP_HEADER + GDP_GOOD_ROW + "A,MIO_EUR,NL12\t1 \t2 \n",
                "bad.tsv line 3: expected 4 tab-separated fields, got 3",
                "",
                3);
    }

    @Test
    void shouldRejectWrongNumberOfCodesInTheRowKey() throws IOException {
        assertRejected(
                GDP_HEADER + GDP_GOOD_ROW + "MIO_EUR,NL12\t1 \t2 \t3 \n",
                "bad.tsv line 3: expected 3 codes (freq,unit,geo) in the first column, got 'MIO_EUR,NL12'",
                "freq,unit,geo\\TIME_PERIOD",
                3);
    }

    @Test
    void shouldRejectNonNumericValue() throws IOException {
        assertRejected(
                GDP_HEADER + GDP_GOOD_ROW + "A,MIO_EUR,NL12\t1 \tabc \t3 \n",
                "bad.tsv line 3: value 'abc' in column 2020 is not a number",
                "2020",
                3);
    }

    @Test
    void shouldRejectUnknownUnitNamingLineAndField() throws IOException {
        assertRejected(
                GDP_HEADER + GDP_GOOD_ROW + "A,PC_GDP,NL12\t1 \t2 \t3 \n",
                "bad.tsv line 3: unit 'PC_GDP' in column unit is neither mapped nor known to be derived in nama_10r_3gdp"
                        + " (known: MIO_EUR, MIO_NAC, EUR_HAB, EUR_HAB_EU27_2020, MIO_PPS_EU27_2020, PPS_EU27_2020_HAB,"
                        + " PPS_HAB_EU27_2020)",
                "unit",
                3);
    }

    @Test
    void shouldRejectUnknownEmploymentStatus() throws IOException {
        assertRejected(
                EMPERS_HEADER + "A,THS,EMP,K,NL124\t4.2\t4.3 p\nA,THS,SELF,K,NL124\t1\t1\n",
                "bad.tsv line 3: wstatus 'SELF' in column wstatus is neither mapped nor known to be derived in"
                        + " nama_10r_3empers (known: EMP, SAL)",
                "wstatus",
                2);
    }

    @Test
    void shouldRejectUnknownStatusFlag() throws IOException {
        assertRejected(
                GDP_HEADER + GDP_GOOD_ROW + "A,MIO_EUR,NL12\t1 \t2 q\t3 \n",
                "bad.tsv line 3: unknown status flag 'q' in column 2020; Eurostat's flags are bcdefnprsuz",
                "2020",
                3);
    }

    @Test
    void shouldRejectNegativePersonsEmployed() throws IOException {
        assertRejected(
                EMPERS_HEADER + "A,THS,EMP,K,NL124\t4.2\t4.3 p\nA,THS,SAL,K,NL124\t1\t-1\n",
                "bad.tsv line 3: negative labour input -1.0 for EMPLOYEES in column 2021",
                "2021",
                2);
    }

    @Test
    void shouldAcceptNegativeGdp() throws IOException {
        var sink = read(GDP_HEADER + "A,MIO_EUR,NL11\t-5 \t0 \t1 \n");

        assertThat(sink.received().get(0).value().getAsDouble()).isCloseTo(-5, within(1e-9));
    }

    @Test
    void shouldRejectUnknownRegionCode() throws IOException {
        assertRejected(
                GDP_HEADER + GDP_GOOD_ROW + "A,MIO_EUR,NL999\t1 \t2 \t3 \n",
                "bad.tsv line 3: unknown region code 'NL999' in column geo",
                "geo",
                3);
    }

    @Test
    void shouldRejectUnknownSectorCode() throws IOException {
        assertRejected(
                EMPERS_HEADER + "A,THS,EMP,K,NL124\t4.2\t4.3 p\nA,THS,EMP,X99,NL124\t1\t1\n",
                "bad.tsv line 3: unknown sector code 'X99' in column nace_r2",
                "nace_r2",
                2);
    }

    @Test
    void shouldRejectDuplicateRowNamingBothLines() throws IOException {
        assertRejected(
                GDP_HEADER + GDP_GOOD_ROW + "A,MIO_EUR,NL12\t1 \t2 \t3 \n" + GDP_GOOD_ROW,
                "bad.tsv line 4: duplicate of line 2: GDP,NL11,TOTAL,2019,CP",
                "",
                6);
    }

    @Test
    void shouldWrapSinkRejectionWithTheLine() throws IOException {
        Path file = write(GDP_HEADER + GDP_GOOD_ROW + "A,MIO_EUR,NL12\t1 \t2 \t3 \n");
        var sink = RecordingSink.rejectingObservation(5, "GDP,NL12,TOTAL,2020,CP is already stored");

        assertThatThrownBy(() -> importer.importFile(file, sink, ImportProgress.NONE))
                .isInstanceOf(ImportException.class)
                .hasMessage("bad.tsv line 3: GDP,NL12,TOTAL,2020,CP is already stored");
        assertThat(sink.received()).hasSize(4);
    }

    private void assertRejected(String content, String message, String field, int deliveredBefore) throws IOException {
        Rejections.assertRejected(importer, write(content), message, field, deliveredBefore);
    }

    private RecordingSink read(String content) throws IOException {
        var sink = new RecordingSink();
        importer.importFile(write(content), sink, ImportProgress.NONE);
        return sink;
    }

    private Path write(String content) throws IOException {
        return Files.writeString(dir.resolve("bad.tsv"), content);
    }
}
