package nl.werkkracht.store.policy;

/** What a member of a programme may do: owners change it, advisers invite employers to a scan for it. */
public enum MemberRole {
    OWNER,
    ADVISER
}
