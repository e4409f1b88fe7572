package nl.werkkracht.store.policy;

import java.util.Objects;

/** A user with access to a programme. */
public record ProgrammeMember(String username, MemberRole role) {
    public ProgrammeMember {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(role, "role");
    }
}
