package nl.werkkracht.app.policy;

/**
 * Input that cannot be stored: the field it is about and a message key of the policy bundle with its arguments,
 * so that the page shows the message next to the field and the API names the field in its problem details, both
 * in the request's language.
 */
final class PolicyInputException extends RuntimeException {

    private final String field;
    private final String key;
    private final transient Object[] args;

    PolicyInputException(String field, String key, Object... args) {
        super(field + ": " + key);
        this.field = field;
        this.key = key;
        this.args = args.clone();
    }

    String field() {
        return field;
    }

    String key() {
        return key;
    }

    Object[] args() {
        return args.clone();
    }
}
