package nl.werkkracht.core.scan;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.werkkracht.core.WorkedExample;

/** Small instruments and answers for the scan tests. */
final class TestInstruments {

    static final List<Bilingual> LABELS = List.of(
            new Bilingual("helemaal oneens", "strongly disagree"),
            new Bilingual("oneens", "disagree"),
            new Bilingual("neutraal", "neutral"),
            new Bilingual("eens", "agree"),
            new Bilingual("helemaal eens", "strongly agree"));

    static final OpenQuestion IDEAS = new OpenQuestion("ideas", text("ideas"));

    private TestInstruments() {}

    static Bilingual text(String id) {
        return new Bilingual("nl " + id, "en " + id);
    }

    /** The instrument of a worked example's tables [scales] and [items]. */
    static Instrument of(WorkedExample example) {
        var scales = new ArrayList<Scale>();
        for (var row : example.table("scales")) {
            scales.add(new Scale(row.text("id"), Domain.valueOf(row.text("domain")), text(row.text("id"))));
        }
        var items = new ArrayList<Item>();
        for (var row : example.table("items")) {
            items.add(new Item(
                    row.text("id"),
                    row.text("scale"),
                    Boolean.parseBoolean(row.text("reversed")),
                    text(row.text("id"))));
        }
        return new Instrument("test", 1, scales, items, IDEAS, LABELS);
    }

    /** Each respondent's answers of a worked example's table [answers], by respondent. */
    static Map<String, Map<String, Integer>> answers(WorkedExample example) {
        var out = new LinkedHashMap<String, Map<String, Integer>>();
        for (var row : example.table("answers")) {
            var answers = new LinkedHashMap<String, Integer>();
            row.fields().forEach((column, value) -> {
                if (!column.equals("respondent") && !value.isEmpty()) {
                    answers.put(column, Integer.parseInt(value));
                }
            });
            out.put(row.text("respondent"), answers);
        }
        return out;
    }

    /**
     * One scale per TOP pillar plus job quality, two items each, the second reverse-keyed:
     * {@code t.x}, {@code o.x}, {@code p.x}, {@code j.x}.
     */
    static Instrument small() {
        var scales = List.of(
                new Scale("t.x", Domain.TECHNOLOGY, text("t.x")),
                new Scale("o.x", Domain.ORGANISATION, text("o.x")),
                new Scale("p.x", Domain.PEOPLE, text("p.x")),
                new Scale("j.x", Domain.JOB_QUALITY, text("j.x")));
        var items = new ArrayList<Item>();
        for (Scale s : scales) {
            items.add(new Item(s.id() + ".1", s.id(), false, text(s.id() + ".1")));
            items.add(new Item(s.id() + ".2", s.id(), true, text(s.id() + ".2")));
        }
        return new Instrument("small", 1, scales, items, IDEAS, LABELS);
    }

    /** Answers to {@link #small()} that give every scale the score of {@code answer} (1..5). */
    static Map<String, Integer> uniform(int answer) {
        var out = new LinkedHashMap<String, Integer>();
        for (String scale : List.of("t.x", "o.x", "p.x", "j.x")) {
            out.put(scale + ".1", answer);
            out.put(scale + ".2", 6 - answer);
        }
        return out;
    }
}
