package nl.werkkracht.app.policy;

/** No such programme, or a draft the user may not see: both answered 404, so nobody learns that a draft exists. */
final class ProgrammeNotFoundException extends RuntimeException {

    ProgrammeNotFoundException(long id) {
        super("no programme " + id);
    }
}
