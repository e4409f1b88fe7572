package nl.werkkracht.app.monitor;

/** A region code that is not in the code list: HTTP 404 on the API and on the pages. */
final class UnknownRegionException extends RuntimeException {

    private final String code;

    UnknownRegionException(String code) {
        super("unknown region code '" + code + "': use a CBS code (PV20-PV31, CR01-CR40) or a NUTS 2016 code"
                + " (NL, NL11, NL329...)");
        this.code = code;
    }

    String code() {
        return code;
    }
}
