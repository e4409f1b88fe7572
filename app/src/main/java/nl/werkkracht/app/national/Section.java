package nl.werkkracht.app.national;

import java.util.function.Supplier;
import nl.werkkracht.app.statistics.StatisticsException;

/**
 * One part of the national page: its view, or why the data cannot answer it. A part that cannot be
 * answered (a sector the dataset lacks, a period outside it) is shown as a message while the rest of
 * the page renders.
 *
 * @param value the view; null when {@code problem} is set
 * @param problem what could not be answered, in the words of the use case; null when there is a value
 * @param <T> the view type
 */
public record Section<T>(T value, String problem) {

    public Section {
        if ((value == null) == (problem == null)) {
            throw new IllegalArgumentException("a section has either a value or a problem");
        }
    }

    /** Runs the use case; a request the data cannot answer, or an invalid one, becomes the problem. */
    static <T> Section<T> of(Supplier<T> useCase) {
        try {
            return new Section<>(useCase.get(), null);
        } catch (StatisticsException | IllegalArgumentException e) {
            return new Section<>(null, e.getMessage());
        }
    }

    public boolean present() {
        return value != null;
    }
}
