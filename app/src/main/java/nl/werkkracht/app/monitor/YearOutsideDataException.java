package nl.werkkracht.app.monitor;

/**
 * A year asked for that the shown data do not cover. The message stays English for programs (the API's problem
 * detail); a page says it in the visitor's language from the fields, with a hint when the level is shown per
 * hour worked (provinces: hours end earlier than persons).
 */
final class YearOutsideDataException extends IllegalArgumentException {

    private final String parameter;
    private final int year;
    private final int first;
    private final int last;
    private final boolean perHour;

    YearOutsideDataException(String parameter, int year, String dataset, int first, int last, boolean perHour) {
        super("parameter " + parameter + " cannot be " + year + ": dataset " + dataset + " covers " + first + "-"
                + last);
        this.parameter = parameter;
        this.year = year;
        this.first = first;
        this.last = last;
        this.perHour = perHour;
    }

    String parameter() {
        return parameter;
    }

    int year() {
        return year;
    }

    int first() {
        return first;
    }

    int last() {
        return last;
    }

    boolean perHour() {
        return perHour;
    }
}
