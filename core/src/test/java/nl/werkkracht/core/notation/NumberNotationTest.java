package nl.werkkracht.core.notation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.Random;
import nl.werkkracht.core.notation.TypedNumber.Reason;
import nl.werkkracht.core.notation.TypedNumber.Refused;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NumberNotationTest {

    @ParameterizedTest(name = "{1} \"{0}\" is {2}")
    @CsvSource(
            delimiter = '|',
            value = {
                // the cases: Dutch notation as typed
                "4.150.000      | AMOUNT  | 4150000",
                "29,5           | DECIMAL | 29.5",
                // English notation
                "4,150,000      | AMOUNT  | 4150000",
                "29.5           | DECIMAL | 29.5",
                // both separators: the last one is the decimal separator
                "4.150.000,50   | AMOUNT  | 4150000.5",
                "4,150,000.50   | AMOUNT  | 4150000.5",
                "1.234,5        | DECIMAL | 1234.5",
                "1,234.5        | DECIMAL | 1234.5",
                // a lone separator followed by three digits: grouping for amounts and counts
                "4.150          | AMOUNT  | 4150",
                "4,150          | AMOUNT  | 4150",
                "1.000          | WHOLE   | 1000",
                "28.419         | GROUPED | 28419",
                "187,5          | GROUPED | 187.5",
                // ... and decimal where it cannot group
                "0,125          | DECIMAL | 0.125",
                "1234.567       | DECIMAL | 1234.567",
                ",5             | DECIMAL | 0.5",
                "0.05           | PERCENT | 0.05",
                "12,50          | AMOUNT  | 12.5",
                "7.5            | DECIMAL | 7.5",
                // signs, currency, spaces, percent, Dutch whole euros
                "-10.000        | AMOUNT  | -10000",
                "€ 4.150.000    | AMOUNT  | 4150000",
                "-€ 1.000       | AMOUNT  | -1000",
                "EUR 2.500,-    | AMOUNT  | 2500",
                "1 250 000      | AMOUNT  | 1250000",
                "5 %            | PERCENT | 5",
                "3,5%           | PERCENT | 3.5",
                "+38            | DECIMAL | 38",
                "−4,5           | DECIMAL | -4.5",
                "0              | WHOLE   | 0",
                "-0             | DECIMAL | 0"
            })
    void shouldReadWhatWasTyped(String typed, NumberKind kind, double expected) {
        assertThat(NumberNotation.parse(typed, kind)).isEqualTo(new TypedNumber.Value(expected));
    }

    @ParameterizedTest(name = "{1} \"{0}\" is refused: {2}")
    @CsvSource(
            delimiter = '|',
            value = {
                "4.150          | DECIMAL | AMBIGUOUS",
                "1,500          | DECIMAL | AMBIGUOUS",
                "4.150          | PERCENT | AMBIGUOUS",
                "1,234.5,6      | DECIMAL | MIXED_SEPARATORS",
                "1.234,5.6      | AMOUNT  | MIXED_SEPARATORS",
                "4.15.000       | AMOUNT  | BAD_GROUPING",
                "12,34.5        | DECIMAL | BAD_GROUPING",
                "29.5.1         | DECIMAL | BAD_GROUPING",
                "0.150.000      | AMOUNT  | BAD_GROUPING",
                "abc            | DECIMAL | NOT_A_NUMBER",
                "1e6            | DECIMAL | NOT_A_NUMBER",
                "5,             | DECIMAL | NOT_A_NUMBER",
                "1.234,         | DECIMAL | NOT_A_NUMBER",
                "€              | AMOUNT  | NOT_A_NUMBER",
                "€ 5            | DECIMAL | NOT_A_NUMBER",
                "5 %            | DECIMAL | NOT_A_NUMBER",
                "--5            | DECIMAL | NOT_A_NUMBER",
                "2,5            | WHOLE   | NOT_WHOLE",
                "1.5            | WHOLE   | NOT_WHOLE"
            })
    void shouldRefuseWhatIsNotOneNumber(String typed, NumberKind kind, Reason reason) {
        TypedNumber read = NumberNotation.parse(typed, kind);
        assertThat(read).isInstanceOf(Refused.class);
        assertThat(((Refused) read).reason()).isEqualTo(reason);
        assertThat(((Refused) read).text()).isEqualTo(typed.strip());
    }

    @Test
    void shouldNameBothReadingsOfAnAmbiguousNumber() {
        Refused r = (Refused) NumberNotation.parse(" -4.150 ", NumberKind.DECIMAL);
        assertThat(r.text()).isEqualTo("-4.150");
        assertThat(r.grouped()).isEqualTo(-4150);
        assertThat(r.decimal()).isEqualTo(-4.15);
    }

    @Test
    void shouldTakeBlankAsNothingTyped() {
        assertThat(NumberNotation.parse(null, NumberKind.AMOUNT)).isEqualTo(new TypedNumber.Blank());
        assertThat(NumberNotation.parse(" \u00A0 ", NumberKind.DECIMAL)).isEqualTo(new TypedNumber.Blank());
        assertThat(NumberNotation.parse("", NumberKind.DECIMAL).optional()).isEmpty();
    }

    /**
     * Any number written by Java's own Dutch or English formatter (with or without grouping, 0 to 4
     * decimals) reads back as the number, or, only when its one separator is followed by exactly three
     * digits ("95,053" grouped, "9.053" with three decimals), is refused as ambiguous in a decimal field,
     * with the meant value as one of the two readings; as an amount a whole number always reads back.
     */
    @Test
    void shouldReadBackEveryNumberFormattedInDutchOrEnglish() {
        Random random = new Random(20260109);
        int ambiguous = 0;
        for (int i = 0; i < 20_000; i++) {
            int decimals = random.nextInt(5);
            double magnitude = Math.pow(10, random.nextInt(10));
            BigDecimal exact = BigDecimal.valueOf((random.nextDouble() - 0.2) * magnitude)
                    .setScale(decimals, RoundingMode.HALF_UP);
            Locale locale = random.nextBoolean() ? Locale.forLanguageTag("nl-NL") : Locale.ENGLISH;
            boolean grouping = random.nextBoolean();
            DecimalFormat format = new DecimalFormat("0", DecimalFormatSymbols.getInstance(locale));
            format.setGroupingUsed(grouping);
            format.setGroupingSize(3);
            format.setMinimumFractionDigits(decimals);
            format.setMaximumFractionDigits(decimals);
            String text = format.format(exact);
            NumberKind kind = random.nextBoolean() ? NumberKind.DECIMAL : NumberKind.PERCENT;
            TypedNumber read = NumberNotation.parse(text, kind);
            if (read instanceof Refused r) {
                assertThat(r.reason()).as(text).isEqualTo(Reason.AMBIGUOUS);
                assertThat(text.chars().filter(c -> c == '.' || c == ',').count())
                        .as(text)
                        .isEqualTo(1);
                double meant = decimals == 3 ? r.decimal() : r.grouped();
                assertThat(decimals).as(text).isIn(0, 3);
                assertThat(meant).as(text).isCloseTo(exact.doubleValue(), within(1e-9));
                ambiguous++;
            } else {
                assertThat(read.optional()).as(text).isPresent();
                assertThat(read.optional().getAsDouble()).as(text).isCloseTo(exact.doubleValue(), within(1e-9));
            }
            if (decimals == 0) {
                assertThat(NumberNotation.parse(text, NumberKind.AMOUNT)
                                .optional()
                                .getAsDouble())
                        .as("amount " + text)
                        .isEqualTo(exact.doubleValue());
            }
        }
        assertThat(ambiguous).as("some cases were ambiguous").isPositive();
    }
}
