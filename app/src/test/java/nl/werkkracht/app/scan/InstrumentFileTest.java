package nl.werkkracht.app.scan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.werkkracht.core.scan.Domain;
import nl.werkkracht.core.scan.Instrument;
import nl.werkkracht.core.scan.Item;
import nl.werkkracht.core.scan.Pillar;
import nl.werkkracht.core.scan.Scale;
import org.junit.jupiter.api.Test;

class InstrumentFileTest {

    /** The scale ids the route-plan catalogue refers to, in questionnaire order. */
    static final List<String> SCALES = List.of(
            "tech.tools",
            "tech.digital",
            "tech.ai",
            "org.process",
            "org.handovers",
            "org.rules",
            "org.scheduling",
            "org.latitude",
            "people.skills",
            "people.learning",
            "people.vitality",
            "people.participation",
            "job.autonomy",
            "job.variety",
            "job.completeness",
            "job.workload_physical",
            "job.workload_mental",
            "job.learning",
            "job.support",
            "job.information",
            "engagement",
            "learning_culture");

    private final Instrument instrument = InstrumentFile.current();

    @Test
    void shouldLoadTheCurrentInstrumentWithTheAgreedScales() {
        assertThat(instrument.id()).isEqualTo("werkkracht");
        assertThat(instrument.version()).isEqualTo(1);
        assertThat(instrument.scales()).extracting(Scale::id).containsExactlyElementsOf(SCALES);
        assertThat(instrument.openQuestion().id()).isEqualTo("ideas");
        assertThat(instrument.answerLabel(1).nl()).isEqualTo("Helemaal mee oneens");
        assertThat(instrument.answerLabel(5).en()).isEqualTo("Strongly agree");
    }

    @Test
    void shouldHaveTwentyTwoScalesWithSixtyItemsOfTwoOrThreeEach() {
        Map<String, Integer> counts = instrument.scales().stream()
                .collect(Collectors.toMap(
                        Scale::id, s -> instrument.itemsOf(s.id()).size(), (a, b) -> a, java.util.LinkedHashMap::new));
        counts.forEach((scale, n) -> System.out.printf("instrument werkkracht-1: %-24s %d items%n", scale, n));
        System.out.printf(
                "instrument werkkracht-1: %d scales, %d items, %d reverse-keyed%n",
                instrument.scales().size(),
                instrument.items().size(),
                instrument.items().stream().filter(Item::reversed).count());

        assertThat(counts).hasSize(22);
        assertThat(counts.values()).allSatisfy(n -> assertThat(n).isBetween(2, 3));
        assertThat(instrument.items()).hasSize(60);
    }

    @Test
    void shouldPlaceScalesInTheirDomains() {
        assertThat(instrument.scalesOf(Pillar.TECHNOLOGY)).hasSize(3);
        assertThat(instrument.scalesOf(Pillar.ORGANISATION)).hasSize(5);
        assertThat(instrument.scalesOf(Pillar.PEOPLE)).hasSize(4);
        assertThat(instrument.scalesOf(Domain.JOB_QUALITY)).hasSize(8);
        assertThat(instrument.scalesOf(Domain.ENGAGEMENT)).extracting(Scale::id).containsExactly("engagement");
        assertThat(instrument.scalesOf(Domain.LEARNING_CULTURE))
                .extracting(Scale::id)
                .containsExactly("learning_culture");
    }

    @Test
    void shouldReverseKeyAtLeastOneItemInEveryThreeScales() {
        long reversedScales = instrument.scales().stream()
                .filter(s -> instrument.itemsOf(s.id()).stream().anyMatch(Item::reversed))
                .count();

        assertThat(reversedScales * 3)
                .isGreaterThanOrEqualTo(instrument.scales().size());
        // the low-burden scale is scored so that a low burden of rules scores high
        assertThat(instrument.item("org.rules.1").orElseThrow().reversed()).isTrue();
    }

    @Test
    void shouldWordEveryItemDifferentlyInDutchAndEnglish() {
        assertThat(instrument.items())
                .allSatisfy(i -> assertThat(i.text().nl()).isNotEqualTo(i.text().en()));
        assertThat(instrument.items().stream()
                        .map(i -> i.text().nl())
                        .distinct()
                        .count())
                .isEqualTo(instrument.items().size());
    }

    private static Instrument read(String yaml) {
        return InstrumentFile.read(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), "test.yaml");
    }

    private static final String VALID =
            """
            id: test
            version: 1
            answerLabels:
              - {nl: a, en: a}
              - {nl: b, en: b}
              - {nl: c, en: c}
              - {nl: d, en: d}
              - {nl: e, en: e}
            scales:
              - id: tech.tools
                domain: TECHNOLOGY
                name: {nl: Gereedschap, en: Tools}
                items:
                  - id: tech.tools.1
                    text: {nl: Goed gereedschap, en: Good tools}
                  - id: tech.tools.2
                    reversed: true
                    text: {nl: Slecht gereedschap, en: Bad tools}
            openQuestion:
              id: ideas
              text: {nl: "Ideeën?", en: "Ideas?"}
            """;

    @Test
    void shouldReadAMinimalFile() {
        Instrument small = read(VALID);

        assertThat(small.items()).extracting(Item::reversed).containsExactly(false, true);
    }

    @Test
    void shouldNameTheFieldOfAMissingLanguage() {
        assertThatThrownBy(() -> read(VALID.replace("en: Bad tools", "de: Bad tools")))
                .isInstanceOf(InvalidInstrumentException.class)
                .hasMessageContaining("test.yaml");
        assertThatThrownBy(() -> read(VALID.replace(", en: Bad tools", "")))
                .isInstanceOf(InvalidInstrumentException.class)
                .hasMessage("test.yaml: scales[0].items[1].text.en is missing");
    }

    @Test
    void shouldRejectADuplicateItemId() {
        assertThatThrownBy(() -> read(VALID.replace("tech.tools.2", "tech.tools.1")))
                .isInstanceOf(InvalidInstrumentException.class)
                .hasMessage("test.yaml: scales[0].items[1].id 'tech.tools.1' is used twice");
    }

    @Test
    void shouldRejectAnItemThatDoesNotBelongToItsScale() {
        assertThatThrownBy(() -> read(VALID.replace("tech.tools.2", "tech.digital.2")))
                .isInstanceOf(InvalidInstrumentException.class)
                .hasMessageContaining("must start with its scale's id 'tech.tools.'");
    }

    @Test
    void shouldRejectAnUnknownDomain() {
        assertThatThrownBy(() -> read(VALID.replace("TECHNOLOGY", "TECH")))
                .isInstanceOf(InvalidInstrumentException.class)
                .hasMessageContaining("scales[0].domain 'TECH' is not one of TECHNOLOGY, ORGANISATION");
    }

    @Test
    void shouldRejectFourAnswerLabels() {
        assertThatThrownBy(() -> read(VALID.replace("  - {nl: e, en: e}\n", "")))
                .isInstanceOf(InvalidInstrumentException.class)
                .hasMessageContaining("answerLabels must hold 5 labels");
    }

    @Test
    void shouldRejectAnUnknownFieldWithItsPath() {
        assertThatThrownBy(() -> read(VALID.replace("version: 1", "version: 1\nauthor: me")))
                .isInstanceOf(InvalidInstrumentException.class)
                .hasMessageStartingWith("test.yaml: author: Unrecognized field \"author\"");
        assertThatThrownBy(() -> read(VALID.replace("reversed: true", "reverse: true")))
                .isInstanceOf(InvalidInstrumentException.class)
                .hasMessageStartingWith("test.yaml: scales[0].items[1].reverse: Unrecognized field");
    }

    @Test
    void shouldReportASyntaxErrorWithItsLine() {
        assertThatThrownBy(() -> read(VALID.replace("{nl: a, en: a}", "{nl: a, en: a")))
                .isInstanceOf(InvalidInstrumentException.class)
                .hasMessageContaining("(line ");
    }
}
