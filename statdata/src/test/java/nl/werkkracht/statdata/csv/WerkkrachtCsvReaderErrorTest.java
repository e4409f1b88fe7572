package nl.werkkracht.statdata.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
 * the lines before the bad one (which the caller rolls back).
 */
class WerkkrachtCsvReaderErrorTest {

    private static final String HEADER = "measure,region,sector,period,value,unit,price_basis,status\n";
    private static final String GOOD_LINE = "GVA,NL,TOTAL,2019,724960,MIO_EUR,CP,\n";

    private final WerkkrachtCsvReader reader = new WerkkrachtCsvReader(CodeListLoader.standard());

    @TempDir
    Path dir;

    // --- errors: message, field, and what was delivered before the error -----------------------

    @Test
    void shouldRejectMalformedHeader() throws IOException {
        var sink = new RecordingSink();
        assertThatThrownBy(() -> reader.importFile(
                        write("measure,region,sector,period,value,unit\n" + GOOD_LINE), sink, ImportProgress.NONE))
                .isInstanceOf(ImportException.class)
                .hasMessage(
                        "bad.csv line 1: malformed header 'measure,region,sector,period,value,unit'; expected exactly "
                                + "measure,region,sector,period,value,unit,price_basis,status");
        assertThat(sink.received()).isEmpty();
    }

    @Test
    void shouldRejectEmptyFile() throws IOException {
        assertRejected("", "bad.csv: the file is empty; expected the header " + HEADER.strip(), "", 0);
    }

    @Test
    void shouldRejectWrongNumberOfFields() throws IOException {
        assertRejected(
                HEADER + GOOD_LINE + "GVA,NL,TOTAL,2018,700000,MIO_EUR,CP\n",
                "bad.csv line 3: expected 8 fields, got 7",
                "",
                1);
    }

    @Test
    void shouldRejectNonNumericValue() throws IOException {
        assertRejected(
                HEADER + GOOD_LINE + "GVA,NL,TOTAL,2018,abc,MIO_EUR,CP,\n",
                "bad.csv line 3: value 'abc' in column value is not a number",
                "value",
                1);
    }

    @Test
    void shouldRejectNumberWithThousandsSeparatorOrNaN() throws IOException {
        assertRejected(
                HEADER + GOOD_LINE + "GVA,NL,TOTAL,2018,NaN,MIO_EUR,CP,\n",
                "bad.csv line 3: value 'NaN' in column value is not a number",
                "value",
                1);
        assertRejected(
                HEADER + "GVA,NL,TOTAL,2018,\"700,000\",MIO_EUR,CP,\n",
                "bad.csv line 2: value '700,000' in column value is not a number",
                "value",
                0);
    }

    @Test
    void shouldRejectUnknownMeasure() throws IOException {
        assertRejected(
                HEADER + GOOD_LINE + "TURNOVER,NL,TOTAL,2019,5,MIO_EUR,CP,\n",
                "bad.csv line 3: unknown measure 'TURNOVER' in column measure",
                "measure",
                1);
    }

    @Test
    void shouldRejectUnknownUnit() throws IOException {
        assertRejected(
                HEADER + GOOD_LINE + "GVA,NL,TOTAL,2018,5,MIO_USD,CP,\n",
                "bad.csv line 3: unknown unit 'MIO_USD' in column unit",
                "unit",
                1);
    }

    @Test
    void shouldRejectUnitThatDoesNotMatchMeasure() throws IOException {
        var e = assertRejected(
                HEADER + GOOD_LINE + "HOURS,NL,TOTAL,2019,5,MIO_EUR,,\n",
                "bad.csv line 3: unit MIO_EUR does not match measure HOURS (HOURS needs a unit of HOURS, MIO_EUR is MONEY)",
                "unit",
                1);
        assertThat(e.reason()).startsWith("unit MIO_EUR does not match measure HOURS");
    }

    @Test
    void shouldRejectMissingPriceBasisForMoney() throws IOException {
        assertRejected(
                HEADER + GOOD_LINE + "GVA,NL,TOTAL,2018,5,MIO_EUR,,\n",
                "bad.csv line 3: missing price basis for GVA: money needs CP, PYP or CLVyyyy",
                "price_basis",
                1);
    }

    @Test
    void shouldRejectPriceBasisForLabour() throws IOException {
        assertRejected(
                HEADER + GOOD_LINE + "PERSONS,NL,TOTAL,2019,9623,THS_PER,CP,\n",
                "bad.csv line 3: price basis CP given for PERSONS, which has none",
                "price_basis",
                1);
    }

    @Test
    void shouldRejectUnknownPriceBasis() throws IOException {
        assertRejected(
                HEADER + GOOD_LINE + "GVA,NL,TOTAL,2018,5,MIO_EUR,CLV15,\n",
                "bad.csv line 3: unknown price basis 'CLV15' in column price_basis",
                "price_basis",
                1);
    }

    @Test
    void shouldRejectUnknownRegionCode() throws IOException {
        assertRejected(
                HEADER + GOOD_LINE + "GVA,NL99,TOTAL,2019,5,MIO_EUR,CP,\n",
                "bad.csv line 3: unknown region code 'NL99' in column region",
                "region",
                1);
    }

    @Test
    void shouldRejectUnknownSectorCode() throws IOException {
        // The canonical CSV uses canonical codes: EU KLEMS' M-N is not accepted here, M_N is.
        assertRejected(
                HEADER + GOOD_LINE + "GVA,NL,M-N,2019,5,MIO_EUR,CP,\n",
                "bad.csv line 3: unknown sector code 'M-N' in column sector",
                "sector",
                1);
    }

    @Test
    void shouldRejectUnparseablePeriod() throws IOException {
        assertRejected(
                HEADER + GOOD_LINE + "GVA,NL,TOTAL,2019M01,5,MIO_EUR,CP,\n",
                "bad.csv line 3: period '2019M01' in column period is not a year (2015) or a quarter (2015Q1)",
                "period",
                1);
    }

    @Test
    void shouldRejectYearOutOfRange() throws IOException {
        assertRejected(
                HEADER + GOOD_LINE + "GVA,NL,TOTAL,0999,5,MIO_EUR,CP,\n",
                "bad.csv line 3: period '0999' in column period is not a year (2015) or a quarter (2015Q1)",
                "period",
                1);
    }

    @Test
    void shouldRejectChainLinkedVolumeWithImplausibleReferenceYear() throws IOException {
        assertRejected(
                HEADER + GOOD_LINE + "GVA,NL,TOTAL,2018,5,MIO_EUR,CLV1800,\n",
                "bad.csv line 3: unknown price basis 'CLV1800' in column price_basis",
                "price_basis",
                1);
    }

    @Test
    void shouldRejectUnknownStatusFlag() throws IOException {
        assertRejected(
                HEADER + GOOD_LINE + "GVA,NL,TOTAL,2018,5,MIO_EUR,CP,q\n",
                "bad.csv line 3: unknown status 'q' in column status; expected empty, p, e, c or :",
                "status",
                1);
    }

    @Test
    void shouldRejectNegativeHours() throws IOException {
        assertRejected(
                HEADER + GOOD_LINE + "HOURS,NL,TOTAL,2019,-5,THS_HW,,\n",
                "bad.csv line 3: negative labour input -5.0 for HOURS in column value",
                "value",
                1);
    }

    @Test
    void shouldRejectEmptyValueOfDefinitiveObservation() throws IOException {
        assertRejected(
                HEADER + GOOD_LINE + "GVA,NL,TOTAL,2018,,MIO_EUR,CP,\n",
                "bad.csv line 3: empty value; only status c (confidential) or : (missing) has no value",
                "value",
                1);
    }

    @Test
    void shouldRejectValueOnConfidentialObservation() throws IOException {
        assertRejected(
                HEADER + GOOD_LINE + "GVA,NL,TOTAL,2018,0,MIO_EUR,CP,c\n",
                "bad.csv line 3: status 'c' (CONFIDENTIAL) carries no value, got 0.0",
                "value",
                1);
    }

    @Test
    void shouldRejectDuplicateKeyNamingBothLines() throws IOException {
        assertRejected(
                HEADER + GOOD_LINE + "GVA,NL,TOTAL,2018,700000,MIO_EUR,CP,\n" + "GVA,NL,TOTAL,2019,1,MIO_EUR,CP,p\n",
                "bad.csv line 4: duplicate of line 2: GVA,NL,TOTAL,2019,CP",
                "",
                2);
    }

    @Test
    void shouldNotTreatOtherPriceBasesAsDuplicates() throws IOException {
        var sink = read(HEADER + GOOD_LINE + "GVA,NL,TOTAL,2019,706611,MIO_EUR,PYP,\n");

        assertThat(sink.received()).hasSize(2);
    }

    @Test
    void shouldWrapSinkRejectionWithTheLine() throws IOException {
        Path file = write(HEADER + GOOD_LINE + "GVA,NL,TOTAL,2018,700000,MIO_EUR,CP,\n");
        var sink = RecordingSink.rejectingObservation(2, "GVA,NL,TOTAL,2018,CP is already stored");

        assertThatThrownBy(() -> reader.importFile(file, sink, ImportProgress.NONE))
                .isInstanceOf(ImportException.class)
                .hasMessage("bad.csv line 3: GVA,NL,TOTAL,2018,CP is already stored")
                .satisfies(e -> assertThat(((ImportException) e).line()).isEqualTo(3));
        assertThat(sink.received()).hasSize(1);
    }

    private ImportException assertRejected(String content, String message, String field, int deliveredBefore)
            throws IOException {
        return Rejections.assertRejected(reader, write(content), message, field, deliveredBefore);
    }

    private RecordingSink read(String content) throws IOException {
        var sink = new RecordingSink();
        reader.importFile(write(content), sink, ImportProgress.NONE);
        return sink;
    }

    private Path write(String content) throws IOException {
        return Files.writeString(dir.resolve("bad.csv"), content);
    }
}
