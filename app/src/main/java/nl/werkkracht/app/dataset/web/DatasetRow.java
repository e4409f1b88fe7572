package nl.werkkracht.app.dataset.web;

import java.text.NumberFormat;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import nl.werkkracht.core.observation.Measure;
import org.springframework.context.MessageSource;

/**
 * One row of the datasets table on the data page, every value already formatted in the request's
 * locale (numbers grouped, dates written out, measures by their CBS name).
 *
 * @param name dataset name
 * @param title title
 * @param source publisher and table
 * @param sourceUrl the publisher's address, empty when unknown
 * @param licence licence of the data
 * @param retrieved the retrieval date, or "onbekend"
 * @param importedAt date and time of the last import
 * @param period "1995–2021", or "–" when the dataset is empty
 * @param regions number of regions
 * @param sectors number of sectors
 * @param measures the measures' names in the request's language
 * @param observations number of observations
 * @param provisional provisional observations
 * @param estimated estimated observations
 * @param confidential confidential observations (no value)
 * @param missing missing observations (no value)
 */
record DatasetRow(
        String name,
        String title,
        String source,
        String sourceUrl,
        String licence,
        String retrieved,
        String importedAt,
        String period,
        int regions,
        int sectors,
        List<String> measures,
        String observations,
        String provisional,
        String estimated,
        String confidential,
        String missing) {

    DatasetRow {
        measures = List.copyOf(measures);
    }

    static DatasetRow of(DatasetView d, Locale locale, ZoneId zone, MessageSource messages) {
        NumberFormat n = NumberFormat.getIntegerInstance(locale);
        String retrieved = d.retrieved() == null
                ? messages.getMessage("data.retrieved.unknown", null, locale)
                : d.retrieved()
                        .format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                                .withLocale(locale));
        String imported = d.importedAt()
                .atZone(zone)
                .format(DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                        .withLocale(locale));
        DatasetView.Coverage c = d.coverage();
        String period = c.from() == null ? "–" : c.from().equals(c.to()) ? c.from() : c.from() + "–" + c.to();
        boolean dutch = "nl".equals(locale.getLanguage());
        List<String> measures = c.measures().stream()
                .map(code -> Measure.parse(code)
                        .map(m -> dutch ? m.labelNl() : m.labelEn())
                        .orElse(code))
                .toList();
        return new DatasetRow(
                d.name(),
                d.title(),
                d.source(),
                d.sourceUrl(),
                d.licence(),
                retrieved,
                imported,
                period,
                c.regions(),
                c.sectors(),
                measures,
                n.format(c.observations()),
                n.format(d.status().provisional()),
                n.format(d.status().estimated()),
                n.format(d.status().confidential()),
                n.format(d.status().missing()));
    }
}
