package nl.werkkracht.app.scan;

/** A questionnaire file that cannot be used, with the file and the place in it that is wrong. */
public final class InvalidInstrumentException extends RuntimeException {

    InvalidInstrumentException(String message) {
        super(message);
    }

    InvalidInstrumentException(String message, Throwable cause) {
        super(message, cause);
    }
}
