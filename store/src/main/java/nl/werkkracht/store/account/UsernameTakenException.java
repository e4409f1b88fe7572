package nl.werkkracht.store.account;

/** A user cannot be created because another user already has that username. */
public final class UsernameTakenException extends RuntimeException {

    private final String username;

    public UsernameTakenException(String username) {
        super("a user called " + username + " already exists");
        this.username = username;
    }

    /** The username that is taken. */
    public String username() {
        return username;
    }
}
