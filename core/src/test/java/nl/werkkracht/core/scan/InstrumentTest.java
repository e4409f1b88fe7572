package nl.werkkracht.core.scan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class InstrumentTest {

    private static final Scale TOOLS = new Scale("tech.tools", Domain.TECHNOLOGY, TestInstruments.text("tools"));

    private static Item item(String id, String scale) {
        return new Item(id, scale, false, TestInstruments.text(id));
    }

    private static Instrument instrument(List<Scale> scales, List<Item> items) {
        return new Instrument("werkkracht", 1, scales, items, TestInstruments.IDEAS, TestInstruments.LABELS);
    }

    @Test
    void shouldRejectDuplicateIds() {
        assertThatThrownBy(() -> instrument(
                        List.of(TOOLS),
                        List.of(item("tech.tools.1", "tech.tools"), item("tech.tools.1", "tech.tools"))))
                .hasMessageContaining("duplicate id tech.tools.1");
    }

    @Test
    void shouldRejectAnItemOfAnUnknownScale() {
        assertThatThrownBy(() -> instrument(List.of(TOOLS), List.of(item("tech.tools.1", "tech.tool"))))
                .hasMessageContaining("unknown scale tech.tool");
    }

    @Test
    void shouldRejectAScaleWithoutItems() {
        var other = new Scale("org.process", Domain.ORGANISATION, TestInstruments.text("process"));
        assertThatThrownBy(() -> instrument(List.of(TOOLS, other), List.of(item("tech.tools.1", "tech.tools"))))
                .hasMessageContaining("scale org.process has no items");
    }

    @Test
    void shouldRequireBothLanguagesAndFiveAnswerLabels() {
        assertThatThrownBy(() -> new Bilingual("Ik heb goed gereedschap", " ")).hasMessageContaining("English");
        assertThatThrownBy(() -> new Instrument(
                        "werkkracht",
                        1,
                        List.of(TOOLS),
                        List.of(item("tech.tools.1", "tech.tools")),
                        TestInstruments.IDEAS,
                        TestInstruments.LABELS.subList(0, 4)))
                .hasMessageContaining("5 answer labels");
    }

    @Test
    void shouldFindItemsOfAScaleAndScalesOfAPillarInOrder() {
        var instrument = TestInstruments.small();

        assertThat(instrument.itemsOf("o.x")).extracting(Item::id).containsExactly("o.x.1", "o.x.2");
        assertThat(instrument.scalesOf(Pillar.PEOPLE)).extracting(Scale::id).containsExactly("p.x");
        assertThat(instrument.scalesOf(Domain.JOB_QUALITY))
                .extracting(Scale::id)
                .containsExactly("j.x");
        assertThat(instrument.answerLabel(5).en()).isEqualTo("strongly agree");
        assertThat(instrument.item("t.x.2").orElseThrow().text().in("en")).isEqualTo("en t.x.2");
        assertThat(instrument.item("t.x.2").orElseThrow().text().in("de")).isEqualTo("nl t.x.2");
    }
}
