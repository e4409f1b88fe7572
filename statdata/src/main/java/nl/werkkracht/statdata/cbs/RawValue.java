package nl.werkkracht.statdata.cbs;

import java.util.Objects;

/**
 * One cell of a CBS data row before interpretation. Raw source format.
 *
 * @param topic the topic key (v3 column name) or measure code (v4 {@code Measure})
 * @param text the value as published: a JSON number's text, an untyped string such as {@code "   135.5"} or
 *     {@code "x"}, or null for JSON null / an absent field
 * @param attribute the v4 {@code ValueAttribute} ("None", "Confidential"…), empty for v3
 */
record RawValue(String topic, String text, String attribute) {
    RawValue {
        Objects.requireNonNull(topic, "topic");
        attribute = attribute == null ? "" : attribute;
    }
}
