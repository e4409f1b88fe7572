package nl.werkkracht.app.account;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.werkkracht.store.account.ApiTokenInfo;
import nl.werkkracht.store.account.Role;
import nl.werkkracht.store.account.UserAccount;

/**
 * The rows of the account pages: plain values ready to print, times in Dutch time ({@code Europe/Amsterdam},
 * the platform's users are in the Netherlands) as {@code 2026-03-02 10:15}, empty when there is none.
 */
final class PageRows {

    private static final ZoneId DUTCH_TIME = ZoneId.of("Europe/Amsterdam");
    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private PageRows() {}

    /** A user on the administrators' page. */
    record UserRow(
            String username, Role role, boolean enabled, String createdAt, String lastLoginAt, long activeTokens) {}

    /** A token on a user's own page; {@code operatorIssued} when the operator made it on the machine. */
    record TokenRow(
            long id, String name, String createdAt, String lastUsedAt, boolean revoked, boolean operatorIssued) {}

    static List<UserRow> users(List<UserAccount> users, List<ApiTokenInfo> tokens) {
        Map<String, Long> active = tokens.stream()
                .filter(t -> !t.revoked())
                .collect(Collectors.groupingBy(ApiTokenInfo::username, Collectors.counting()));
        return users.stream()
                .map(u -> new UserRow(
                        u.username(),
                        u.role(),
                        u.enabled(),
                        time(u.createdAt()),
                        time(u.lastLoginAt()),
                        active.getOrDefault(u.username(), 0L)))
                .toList();
    }

    static List<TokenRow> tokens(List<ApiTokenInfo> tokens) {
        return tokens.stream().map(tokenRow()).toList();
    }

    static Function<ApiTokenInfo, TokenRow> tokenRow() {
        return t -> new TokenRow(
                t.id(), t.name(), time(t.createdAt()), time(t.lastUsedAt()), t.revoked(), t.operatorIssued());
    }

    static String time(Instant instant) {
        return MINUTES.format(instant.atZone(DUTCH_TIME));
    }

    static String time(Optional<Instant> instant) {
        return instant.map(PageRows::time).orElse("");
    }
}
