package nl.werkkracht.app.benchmark;

import java.util.Objects;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/**
 * A membership action is refused, naming the field that decides it: 404 to someone who may not know the
 * network exists (an outsider with no valid code), 403 to someone who can see it but may not do this. On a page
 * it becomes the product's error page with that status; in the API a problem detail ({@link
 * MembershipProblems}).
 */
public final class MembershipRefusedException extends ResponseStatusException {

    private final HttpStatus status;
    private final String field;

    MembershipRefusedException(HttpStatus status, String field, String message) {
        super(status, message);
        this.status = Objects.requireNonNull(status, "status");
        this.field = Objects.requireNonNull(field, "field");
    }

    /** 403 or 404. */
    public HttpStatus status() {
        return status;
    }

    /** The request field that decides it: {@code invitationCode}, {@code kvkNumber}, … */
    public String field() {
        return field;
    }
}
