package nl.werkkracht.app.organisation;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import nl.werkkracht.app.account.AccountService;
import nl.werkkracht.store.account.Role;
import org.springframework.context.ApplicationContext;

/**
 * Tenants for tests: a fresh user with an API token and a fresh organisation that user is the only member of.
 * Names are unique in the JVM, so tests sharing an application context do not see each other's data.
 */
public final class OrganisationFixtures {

    /** The password of every fixture user. */
    public static final String PASSWORD = "fixture password 2026";

    private static final AtomicInteger COUNTER = new AtomicInteger();

    private OrganisationFixtures() {}

    /**
     * @param username the user's name
     * @param token a personal API token of the user, for {@code Authorization: Bearer}
     * @param organisationId the organisation the user is member of
     */
    public record Tenant(String username, String token, long organisationId) {

        /** The header pair for {@code WebClient}: {@code Authorization, Bearer …}. */
        public String[] bearer() {
            return new String[] {"Authorization", "Bearer " + token};
        }
    }

    /** A new user of {@code role} with a token, member of a new organisation in construction (F), COROP region CR22. */
    public static Tenant tenant(ApplicationContext context, Role role) {
        return tenant(context, role, "F", "10-49", "CR22");
    }

    /**
     * A made-up KvK number, unique in the JVM (every test database starts with no organisations, and a JVM's
     * tests share at most one database per context): 9 followed by seven digits of the counter and a random
     * start.
     */
    public static String kvkNumber(int n) {
        return String.format(java.util.Locale.ROOT, "9%07d", (KVK_START + n) % 10_000_000);
    }

    private static final int KVK_START = new java.util.Random().nextInt(5_000_000);

    /** A made-up KvK number no fixture organisation of this JVM has. */
    public static String nextKvkNumber() {
        return kvkNumber(COUNTER.incrementAndGet());
    }

    public static Tenant tenant(ApplicationContext context, Role role, String sector, String sizeClass, String region) {
        AccountService accounts = context.getBean(AccountService.class);
        OrganisationService organisations = context.getBean(OrganisationService.class);
        int n = COUNTER.incrementAndGet();
        String username =
                "tenant-" + role.name().toLowerCase(java.util.Locale.ROOT) + "-" + n + "-" + System.nanoTime() % 100000;
        accounts.createUser(username, role, Optional.of(PASSWORD));
        String token = accounts.issueToken(username, "fixture").token();
        long id = organisations
                .create(
                        new OrganisationInput(
                                "Voorbeeldorganisatie " + n + " (verzonnen)",
                                sector,
                                sizeClass,
                                region,
                                null,
                                null,
                                kvkNumber(n)),
                        username)
                .id();
        return new Tenant(username, token, id);
    }
}
