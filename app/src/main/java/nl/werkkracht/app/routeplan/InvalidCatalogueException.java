package nl.werkkracht.app.routeplan;

/** The route-plan catalogue file cannot be used; the message names the file and the field. */
public final class InvalidCatalogueException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    InvalidCatalogueException(String message) {
        super(message);
    }

    InvalidCatalogueException(String message, Throwable cause) {
        super(message, cause);
    }
}
