package nl.werkkracht.app.scan;

import java.util.List;
import nl.werkkracht.app.scan.QuestionnaireView.Question;
import nl.werkkracht.app.scan.QuestionnaireView.Section;
import nl.werkkracht.core.scan.Bilingual;
import nl.werkkracht.core.scan.Idea;
import nl.werkkracht.core.scan.Instrument;
import nl.werkkracht.store.scan.StoredScan;

/** The questionnaire of a scan in one language. */
final class Questionnaires {

    private Questionnaires() {}

    /**
     * @param organisation the name of the organisation that asks
     * @param language "en" for English; any other value gives Dutch
     */
    static QuestionnaireView view(Instrument instrument, StoredScan scan, String organisation, String language) {
        String lang = "en".equalsIgnoreCase(language) ? "en" : "nl";
        List<Section> sections = instrument.scales().stream()
                .map(s -> new Section(
                        s.id(),
                        s.name().in(lang),
                        instrument.itemsOf(s.id()).stream()
                                .map(i -> new Question(i.id(), i.text().in(lang)))
                                .toList()))
                .toList();
        return new QuestionnaireView(
                lang,
                organisation,
                instrument.id(),
                instrument.version(),
                scan.closesAt(),
                scan.teams(),
                instrument.answerLabels().stream()
                        .map((Bilingual b) -> b.in(lang))
                        .toList(),
                sections,
                new Question(
                        instrument.openQuestion().id(),
                        instrument.openQuestion().text().in(lang)),
                Idea.MAX_LENGTH,
                instrument.items().size());
    }
}
