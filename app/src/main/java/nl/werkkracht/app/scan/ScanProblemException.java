package nl.werkkracht.app.scan;

import java.util.Objects;
import org.springframework.http.HttpStatus;

/**
 * A request about a scan that cannot be honoured, with everything a problem detail (RFC 9457) needs:
 * the status, a type, and the request field that is wrong ({@code token}, {@code team}, {@code
 * answers.tech.tools.9}, {@code count} …).
 */
public final class ScanProblemException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final HttpStatus status;
    private final String type;
    private final String title;
    private final String field;

    ScanProblemException(HttpStatus status, String type, String title, String field, String detail) {
        super(detail);
        this.status = Objects.requireNonNull(status);
        this.type = Objects.requireNonNull(type);
        this.title = Objects.requireNonNull(title);
        this.field = Objects.requireNonNull(field);
    }

    static ScanProblemException invalid(String field, String detail) {
        return new ScanProblemException(HttpStatus.BAD_REQUEST, "invalid-input", "The input is invalid", field, detail);
    }

    static ScanProblemException invalidAnswer(String field, String detail) {
        return new ScanProblemException(
                HttpStatus.BAD_REQUEST, "invalid-answer", "The answers are invalid", field, detail);
    }

    static ScanProblemException unknownToken() {
        return new ScanProblemException(
                HttpStatus.NOT_FOUND, "not-found", "Unknown invitation", "token", "no invitation has this link");
    }

    static ScanProblemException alreadyUsed() {
        return new ScanProblemException(
                HttpStatus.CONFLICT,
                "already-used",
                "Invitation already used",
                "token",
                "answers were already sent with this invitation; each invitation can be used once");
    }

    static ScanProblemException closed() {
        return new ScanProblemException(
                HttpStatus.GONE, "scan-closed", "The questionnaire is closed", "token", "the scan has closed");
    }

    /** The results of an open scan are not shown (ADR 0011). */
    static ScanProblemException notYetClosed(java.time.Instant closesAt) {
        return new ScanProblemException(
                HttpStatus.CONFLICT,
                "results-not-yet-available",
                "The scan is still open",
                "scanId",
                "results are shown once the scan has closed, so that nobody's answers can be derived by comparing"
                        + " versions; it takes answers until the end of " + ScanPeriod.lastDay(closesAt)
                        + " (Dutch time), or close it now with POST /api/v1/scans/{scanId}/close");
    }

    public HttpStatus status() {
        return status;
    }

    /** The last part of the problem type URI, e.g. {@code already-used}. */
    public String type() {
        return type;
    }

    public String title() {
        return title;
    }

    /** The request field that is wrong. */
    public String field() {
        return field;
    }
}
