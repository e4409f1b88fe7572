package nl.werkkracht.app.organisation;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * The organisation does not exist <em>or</em> the user is not one of its members: the two answers are the
 * same (404), so that nobody learns which organisations exist.
 */
@ResponseStatus(HttpStatus.NOT_FOUND)
public final class OrganisationNotFoundException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public OrganisationNotFoundException(String what) {
        super(what + " not found");
    }
}
