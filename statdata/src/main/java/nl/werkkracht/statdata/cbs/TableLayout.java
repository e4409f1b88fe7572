package nl.werkkracht.statdata.cbs;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.werkkracht.statdata.importer.ImportException;

/**
 * A mapping checked against the table's own metadata before any row is read: every dimension of the table
 * is region, sector, period or a filter (otherwise rows would collapse into duplicates); every mapped topic
 * exists and is published in the unit the mapping expects (otherwise a renumbered topic would be read as
 * another quantity). Errors name the mapping property to fix and list what the table does have.
 */
final class TableLayout {

    /**
     * How one mapped topic is imported.
     *
     * @param topic the CBS metadata of the topic
     * @param mapping the mapping entry
     * @param factor CBS unit → Werkkracht unit
     */
    record Plan(CbsProperty topic, TopicMapping mapping, double factor) {}

    private final List<String> dimensions;
    private final List<String> topicKeys;
    private final Map<String, Plan> plans;
    private final Map<String, String> skipNotes;

    private TableLayout(
            List<String> dimensions, List<String> topicKeys, Map<String, Plan> plans, Map<String, String> skips) {
        this.dimensions = List.copyOf(dimensions);
        this.topicKeys = List.copyOf(topicKeys);
        this.plans = Map.copyOf(plans);
        this.skipNotes = Map.copyOf(skips);
    }

    static TableLayout of(CbsTableMapping mapping, List<CbsProperty> properties) {
        var dimensions = new ArrayList<String>();
        var topics = new LinkedHashMap<String, CbsProperty>();
        for (CbsProperty p : properties) {
            if (p.isDimension()) {
                dimensions.add(p.key());
            } else {
                topics.put(p.key(), p);
            }
        }
        checkDimensions(mapping, dimensions);
        var plans = new LinkedHashMap<String, Plan>();
        var skips = new LinkedHashMap<String, String>();
        checkTopicsExist(mapping, topics);
        for (CbsProperty topic : topics.values()) {
            TopicMapping m = mapping.topics().get(topic.key());
            if (m != null) {
                plans.put(topic.key(), plan(mapping, topic, m));
            } else if (mapping.skippedTopics().containsKey(topic.key())) {
                skips.put(
                        topic.key(),
                        "topic " + topic.describe() + " not imported: "
                                + mapping.skippedTopics().get(topic.key()));
            } else {
                skips.put(topic.key(), "topic " + topic.describe() + " is not mapped in " + mapping.source());
            }
        }
        return new TableLayout(dimensions, new ArrayList<>(topics.keySet()), plans, skips);
    }

    private static void checkDimensions(CbsTableMapping mapping, List<String> dimensions) {
        var named = new LinkedHashMap<String, String>();
        mapping.region().dimension().ifPresent(d -> named.put(d, "dimension.region"));
        mapping.sector().dimension().ifPresent(d -> named.put(d, "dimension.sector"));
        named.put(mapping.periodDimension(), "dimension.period");
        mapping.filters().keySet().forEach(d -> named.put(d, "filter." + d));
        named.forEach((dimension, property) -> {
            if (!dimensions.contains(dimension)) {
                throw new ImportException(
                        mapping.source(),
                        0,
                        property,
                        property + " names " + dimension + ", but CBS table " + mapping.tableId()
                                + " has the dimensions " + dimensions);
            }
        });
        for (String d : dimensions) {
            if (!named.containsKey(d)) {
                throw new ImportException(
                        mapping.source(),
                        0,
                        "filter." + d,
                        "dimension " + d + " of CBS table "
                                + mapping.tableId() + " is not mapped; add filter." + d
                                + " = <the key of its total> to import only the total");
            }
        }
    }

    private static void checkTopicsExist(CbsTableMapping mapping, Map<String, CbsProperty> topics) {
        var missing = mapping.topics().keySet().stream()
                .filter(k -> !topics.containsKey(k))
                .sorted()
                .toList();
        if (!missing.isEmpty()) {
            String available =
                    topics.values().stream().map(CbsProperty::describe).collect(Collectors.joining(", "));
            throw new ImportException(
                    mapping.source(),
                    0,
                    "topic." + missing.get(0),
                    "CBS table "
                            + mapping.tableId() + " has no topic " + String.join(", ", missing)
                            + "; fix the topic keys in "
                            + mapping.source() + ". The table's topics are: " + available);
        }
    }

    private static Plan plan(CbsTableMapping mapping, CbsProperty topic, TopicMapping m) {
        if (!CbsUnit.normalise(topic.unit()).equals(CbsUnit.normalise(m.cbsUnit()))) {
            throw new ImportException(
                    mapping.source(),
                    0,
                    "topic." + topic.key(),
                    "topic " + topic.describe()
                            + " is published in '" + topic.unit() + "', but the mapping expects '" + m.cbsUnit()
                            + "'; check that the key still means " + m.measure());
        }
        return new Plan(topic, m, m.factor());
    }

    /** The table's dimension columns. */
    List<String> dimensions() {
        return dimensions;
    }

    /** All topic columns of the table, mapped or not (v3 rows carry them all). */
    List<String> topicKeys() {
        return topicKeys;
    }

    /** The plan of a mapped topic, null when it is not imported. */
    Plan plan(String topic) {
        return plans.get(topic);
    }

    /** Why a topic's values are not imported, for the summary. */
    String skipNote(String topic) {
        return skipNotes.getOrDefault(topic, "topic " + topic + " is not in the table's metadata");
    }
}
