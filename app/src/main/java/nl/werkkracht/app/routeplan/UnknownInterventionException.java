package nl.werkkracht.app.routeplan;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** The route-plan catalogue has no intervention with this id (404 for the API and the pages). */
@ResponseStatus(HttpStatus.NOT_FOUND)
public final class UnknownInterventionException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String interventionId;

    UnknownInterventionException(String interventionId) {
        super("the route-plan catalogue has no intervention '" + interventionId + "'");
        this.interventionId = interventionId;
    }

    public String interventionId() {
        return interventionId;
    }
}
