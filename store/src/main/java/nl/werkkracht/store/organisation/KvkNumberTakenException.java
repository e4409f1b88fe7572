package nl.werkkracht.store.organisation;

/** An organisation cannot get a KvK number that another organisation on the platform already has. */
public final class KvkNumberTakenException extends RuntimeException {

    private final String kvkNumber;

    public KvkNumberTakenException(String kvkNumber) {
        super("another organisation has KvK number " + kvkNumber);
        this.kvkNumber = kvkNumber;
    }

    /** The number that is taken. */
    public String kvkNumber() {
        return kvkNumber;
    }
}
