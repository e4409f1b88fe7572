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
        assertThat(LearningFollowUp.status(null, START, END, START)).isEqualTo(Status.NOT_PLANNED);
        assertThat(LearningFollowUp.status("Hoofd planning", null, END, START)).isEqualTo(Status.NOT_PLANNED);
        assertThat(LearningFollowUp.status("Hoofd planning", START, null, START))
                .isEqualTo(Status.NOT_PLANNED);
    }

    @Test
    void shouldBeUpcomingThenDueThroughItsEndDateThenOverdue() {
        assertThat(LearningFollowUp.status("X", START, END, START.minusDays(1))).isEqualTo(Status.UPCOMING);
        assertThat(LearningFollowUp.status("X", START, END, START)).isEqualTo(Status.DUE);
        assertThat(LearningFollowUp.status("X", START, END, END)).isEqualTo(Status.DUE);
        assertThat(LearningFollowUp.status("X", START, END, END.plusDays(1))).isEqualTo(Status.OVERDUE);
    }
}
