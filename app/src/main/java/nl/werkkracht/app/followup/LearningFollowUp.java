package nl.werkkracht.app.followup;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.werkkracht.app.techimpact.AnalysisView;

/**
 * Follow-up of the learning plans of the technology impact analyses (issue 13, METHODS.md §14, §16): per touched
 * role its owner, dates and whether it is due, overdue or done today. An overdue plan is a prompt to check whether
 * the learning happened, never a judgement that it did not; the owner marks it done with the day it was.
 */
public final class LearningFollowUp {

    /** Where a learning plan stands on a given day. */
    public enum Status {
        /** No owner or no dates yet. */
        NOT_PLANNED,
        /** Starts later. */
        UPCOMING,
        /** Running: started, end date not passed (due by its end date). */
        DUE,
        /** Its end date has passed: check whether it happened. */
        OVERDUE,
        /** Marked done (on the row's {@code done} day), whatever its dates say. */
        DONE
    }

    /**
     * One touched role's learning plan.
     *
     * @param analysisId the analysis it belongs to
     * @param applicationNl the technology application's Dutch name
     * @param applicationEn its English name
     * @param role the role's name
     * @param owner who sees to it; null when not named
     * @param start when it starts; null when not planned
     * @param end when it ends; null when not planned
     * @param done the day it was marked done; null while not done
     * @param status where it stands today
     */
    public record Row(
            long analysisId,
            String applicationNl,
            String applicationEn,
            String role,
            String owner,
            LocalDate start,
            LocalDate end,
            LocalDate done,
            Status status) {}

    private LearningFollowUp() {}

    /** Where a plan with these owner and dates, marked done on {@code done} (or null), stands on {@code today}. */
    public static Status status(String owner, LocalDate start, LocalDate end, LocalDate done, LocalDate today) {
        if (done != null) {
            return Status.DONE;
        }
        if (owner == null || owner.isBlank() || start == null || end == null) {
            return Status.NOT_PLANNED;
        }
        if (today.isBefore(start)) {
            return Status.UPCOMING;
        }
        return today.isAfter(end) ? Status.OVERDUE : Status.DUE;
    }

    /** The learning plans of every touched role of these analyses, in the analyses' order. */
    public static List<Row> rows(List<AnalysisView> analyses, LocalDate today) {
        var rows = new ArrayList<Row>();
        for (AnalysisView a : analyses) {
            for (AnalysisView.LearningView l : a.learning()) {
                rows.add(new Row(
                        a.id(),
                        a.applicationNameNl(),
                        a.applicationNameEn(),
                        l.role(),
                        l.owner(),
                        l.start(),
                        l.end(),
                        l.done(),
                        status(l.owner(), l.start(), l.end(), l.done(), today)));
            }
        }
        return List.copyOf(rows);
    }
}
