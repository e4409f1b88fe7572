package nl.werkkracht.store.account;

import java.util.Locale;
import java.util.Optional;

/**
 * What a user may do on the platform. Every user has exactly one role; the web layer turns it into the
 * Spring Security authority {@code ROLE_<name>}. Stored by its constant name (see V2__accounts.sql).
 */
public enum Role {
    /** Manages users and may do everything an analyst may. */
    ADMIN,
    /** Imports and deletes statistical datasets. */
    ANALYST,
    /** Runs organisation scans for many organisations (regional service point, branch organisation). */
    ADVISER,
    /** Runs the scan of their own organisation. */
    EMPLOYER;

    /** The role called {@code name}, ignoring case and surrounding blanks; empty when there is none. */
    public static Optional<Role> parse(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String upper = name.trim().toUpperCase(Locale.ROOT);
        for (Role role : values()) {
            if (role.name().equals(upper)) {
                return Optional.of(role);
            }
        }
        return Optional.empty();
    }
}
