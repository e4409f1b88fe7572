package nl.werkkracht.app.policy;

/** A measure, indicator, question, recommendation or evaluation that is not part of the programme. */
final class RowNotFoundException extends RuntimeException {

    RowNotFoundException(String what, long id) {
        super("no " + what + " " + id + " in this programme");
    }
}
