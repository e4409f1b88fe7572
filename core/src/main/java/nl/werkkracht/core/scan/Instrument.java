package nl.werkkracht.core.scan;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A versioned questionnaire: its scales, the items that measure them, the open question, and the
 * labels of the 5-point agreement scale. Validated on construction: ids are unique (scales, items and
 * the open question share one name space), every item belongs to a scale of the instrument, and every
 * scale has at least one item. Scales and items keep the order in which the respondent sees them.
 *
 * @param id the instrument's name, e.g. {@code werkkracht}
 * @param version its version, ≥ 1; answers are only comparable within one id and version
 * @param scales the scales in questionnaire order
 * @param items the items in questionnaire order
 * @param openQuestion the open question for improvement ideas
 * @param answerLabels the labels of the answers 1..5, exactly five (1 = strongly disagree)
 */
public record Instrument(
        String id,
        int version,
        List<Scale> scales,
        List<Item> items,
        OpenQuestion openQuestion,
        List<Bilingual> answerLabels) {

    private static final Pattern ID = Pattern.compile("[a-z][a-z0-9_]*(\\.[a-z0-9_]+)*");

    public Instrument {
        requireId(id, "instrument id");
        if (version < 1) {
            throw new IllegalArgumentException("instrument version must be ≥ 1, got " + version);
        }
        scales = List.copyOf(scales);
        items = List.copyOf(items);
        Objects.requireNonNull(openQuestion, "openQuestion");
        answerLabels = List.copyOf(answerLabels);
        if (answerLabels.size() != Item.MAX_ANSWER - Item.MIN_ANSWER + 1) {
            throw new IllegalArgumentException("need 5 answer labels, got " + answerLabels.size());
        }
        validate(scales, items, openQuestion);
    }

    private static void validate(List<Scale> scales, List<Item> items, OpenQuestion openQuestion) {
        if (scales.isEmpty()) {
            throw new IllegalArgumentException("an instrument needs at least one scale");
        }
        var ids = new HashSet<String>();
        var scaleIds = new HashSet<String>();
        for (Scale s : scales) {
            if (!ids.add(s.id())) {
                throw new IllegalArgumentException("duplicate id " + s.id());
            }
            scaleIds.add(s.id());
        }
        var scalesWithItems = new HashSet<String>();
        for (Item i : items) {
            if (!ids.add(i.id())) {
                throw new IllegalArgumentException("duplicate id " + i.id());
            }
            if (!scaleIds.contains(i.scaleId())) {
                throw new IllegalArgumentException("item " + i.id() + " names unknown scale " + i.scaleId());
            }
            scalesWithItems.add(i.scaleId());
        }
        if (!ids.add(openQuestion.id())) {
            throw new IllegalArgumentException("duplicate id " + openQuestion.id());
        }
        for (Scale s : scales) {
            if (!scalesWithItems.contains(s.id())) {
                throw new IllegalArgumentException("scale " + s.id() + " has no items");
            }
        }
    }

    /** The scale with this id. */
    public Optional<Scale> scale(String scaleId) {
        return scales.stream().filter(s -> s.id().equals(scaleId)).findFirst();
    }

    /** The item with this id. */
    public Optional<Item> item(String itemId) {
        return items.stream().filter(i -> i.id().equals(itemId)).findFirst();
    }

    /** The items of one scale, in questionnaire order; empty for an unknown scale. */
    public List<Item> itemsOf(String scaleId) {
        return items.stream().filter(i -> i.scaleId().equals(scaleId)).toList();
    }

    /** The scales of one TOP pillar, in questionnaire order. */
    public List<Scale> scalesOf(Pillar pillar) {
        return scales.stream()
                .filter(s -> s.domain().pillar().equals(Optional.of(pillar)))
                .toList();
    }

    /** The scales of one domain, in questionnaire order. */
    public List<Scale> scalesOf(Domain domain) {
        return scales.stream().filter(s -> s.domain() == domain).toList();
    }

    /** The label of answer {@code answer} (1..5). */
    public Bilingual answerLabel(int answer) {
        if (!Item.isValidAnswer(answer)) {
            throw new IllegalArgumentException("answer must be 1..5, got " + answer);
        }
        return answerLabels.get(answer - Item.MIN_ANSWER);
    }

    /**
     * Checks an id: lower case letters, digits and underscores in dot-separated parts, starting with a
     * letter ({@code tech.tools.1}).
     */
    static void requireId(String id, String what) {
        if (id == null || !ID.matcher(id).matches()) {
            throw new IllegalArgumentException(what + " must be like tech.tools.1, got '" + id + "'");
        }
    }
}
