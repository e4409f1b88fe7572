package nl.werkkracht.app.followup;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import nl.werkkracht.app.followup.LearningFollowUp.Status;
import org.junit.jupiter.api.Test;

class LearningFollowUpTest {

    private static final LocalDate START = LocalDate.of(2027, 2, 1);
    private static final LocalDate END = LocalDate.of(2027, 5, 1);

    @Test
    void shouldCallAPlanWithoutOwnerOrDatesNotPlanned() {
        assertThat(LearningFollowUp.status(null, START, END, null, START)).isEqualTo(Status.NOT_PLANNED);
        assertThat(LearningFollowUp.status("Hoofd planning", null, END, null, START))
                .isEqualTo(Status.NOT_PLANNED);
        assertThat(LearningFollowUp.status("Hoofd planning", START, null, null, START))
                .isEqualTo(Status.NOT_PLANNED);
    }

    @Test
    void shouldBeUpcomingThenDueThroughItsEndDateThenOverdue() {
        assertThat(LearningFollowUp.status("X", START, END, null, START.minusDays(1)))
                .isEqualTo(Status.UPCOMING);
        assertThat(LearningFollowUp.status("X", START, END, null, START)).isEqualTo(Status.DUE);
        assertThat(LearningFollowUp.status("X", START, END, null, END)).isEqualTo(Status.DUE);
        assertThat(LearningFollowUp.status("X", START, END, null, END.plusDays(1)))
                .isEqualTo(Status.OVERDUE);
    }

    @Test
    void shouldBeDoneOnceMarkedDoneWhateverTheDatesSay() {
        LocalDate done = END.minusDays(7);
        assertThat(LearningFollowUp.status("X", START, END, done, END.plusDays(30)))
                .isEqualTo(Status.DONE);
        assertThat(LearningFollowUp.status(null, null, null, done, START)).isEqualTo(Status.DONE);
    }
}
