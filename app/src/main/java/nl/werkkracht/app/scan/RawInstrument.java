package nl.werkkracht.app.scan;

import java.util.List;

/**
 * The questionnaire file as written (YAML), before validation; see {@code instrument/werkkracht-1.yaml}.
 * Items sit under their scale, so an item's scale is the scale it is listed under.
 */
record RawInstrument(
        String id, Integer version, List<RawText> answerLabels, List<RawScale> scales, RawOpenQuestion openQuestion) {

    /** A text in Dutch ({@code nl}) and English ({@code en}). */
    record RawText(String nl, String en) {}

    record RawScale(String id, String domain, RawText name, List<RawItem> items) {}

    /** {@code reversed} may be left out: false. */
    record RawItem(String id, Boolean reversed, RawText text) {}

    record RawOpenQuestion(String id, RawText text) {}
}
