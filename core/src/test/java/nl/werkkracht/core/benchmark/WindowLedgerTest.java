package nl.werkkracht.core.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.BitSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WindowLedgerTest {

    private final WindowLedger ledger = new WindowLedger();

    private int[] row(String... organisations) {
        return Arrays.stream(organisations)
                .mapToInt(o -> ledger.variable(o, 1.0))
                .toArray();
    }

    private BitSet visibleTo(String... known) {
        return ledger.visibleTo(Set.of(known), id -> true);
    }

    @Test
    void shouldHideAWindowThatDiffersInOneOrganisationEachFromThoseTwoOnly() {
        int first = ledger.add(row("a", "b", "c", "d", "e"));
        int second = ledger.add(row("b", "c", "d", "e", "f")); // f - a

        assertThat(ledger.isPublic(second)).isTrue();
        assertThat(visibleTo().stream()).containsExactly(first, second);
        assertThat(visibleTo("a").stream()).as("a would read f").containsExactly(first);
        assertThat(visibleTo("f").stream()).containsExactly(first);
        assertThat(visibleTo("c").stream()).containsExactly(first, second);
    }

    @Test
    void shouldHideFromEveryoneTheThirdWindowOfAChainThatIsolatesAValue() {
        ledger.add(row("a", "b", "c", "d", "e"));
        ledger.add(row("b", "c", "d", "e", "f")); // f - a
        int third = ledger.add(row("a", "g", "h", "i", "j"));
        int fourth = ledger.add(row("f", "g", "h", "i", "j")); // with the others: f - a, then a and f alone? no:
        // (f+g+h+i+j) - (a+g+h+i+j) = f - a again: nothing new; but {a, b} alone isolates nothing either
        int fifth = ledger.add(row("a", "b", "c", "d", "e", "f", "k")); // minus the first: f + k
        int sixth = ledger.add(row("b", "c", "d", "e", "f", "k")); // minus the second: k alone

        assertThat(ledger.isPublic(third)).isTrue();
        assertThat(ledger.isPublic(fourth)).isTrue();
        assertThat(ledger.isPublic(fifth)).isTrue();
        assertThat(ledger.isPublic(sixth)).isFalse();
        assertThat(visibleTo("z").get(sixth)).isFalse();
        assertThat(visibleTo("k").get(sixth)).as("k knows its own value").isTrue();
    }

    @Test
    void shouldTreatAChangedValueAsAnotherVariable() {
        int[] before = {
            ledger.variable("a", 50),
            ledger.variable("b", 1),
            ledger.variable("c", 1),
            ledger.variable("d", 1),
            ledger.variable("e", 1)
        };
        int[] after = before.clone();
        after[0] = ledger.variable("a", 52);

        int first = ledger.add(before);
        int second = ledger.add(after);

        assertThat(ledger.isPublic(second))
                .as("the change alone determines no value")
                .isTrue();
        assertThat(visibleTo("a").stream()).containsExactly(first, second);
        assertThat(visibleTo("b").stream()).containsExactly(first, second);
    }

    @Test
    void shouldHideFromAViewerAWindowItMostlyKnowsOrThatWouldDetermineAValue() {
        int first = ledger.add(row("a", "b", "c", "d", "e"));
        int second = ledger.add(row("a", "b", "c", "f", "g")); // d + e - f - g
        int other = ledger.add(row("p", "q", "r", "s", "t"));

        assertThat(visibleTo().stream()).containsExactly(first, second, other);
        assertThat(visibleTo("d", "e", "f").stream()).as("d, e and f give g").containsExactly(first, other);
        assertThat(visibleTo("p", "q", "r").stream()).as("three of five known").containsExactly(first, second);
        assertThat(ledger.visibleTo(Set.of("d", "e", "f"), id -> id != first).stream())
                .containsExactly(second, other);
    }
}
