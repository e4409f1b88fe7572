package nl.werkkracht.app.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import nl.werkkracht.app.account.AccountException;
import nl.werkkracht.app.account.AccountService;
import nl.werkkracht.app.account.CreatedUser;
import nl.werkkracht.app.account.IssuedToken;
import nl.werkkracht.app.platform.Platform;
import nl.werkkracht.store.account.Role;
import nl.werkkracht.store.account.UserAccount;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * User management for operators, on the same database as {@code serve} ({@code WERKKRACHT_DATA_DIR} or
 * {@code WERKKRACHT_DB_URL}). Secrets (a generated password, a new token) are printed once on standard
 * output and stored only as hashes; {@code users token} prints nothing else there, so a script can
 * capture the token.
 */
@Command(
        name = "users",
        description = "Manage user accounts and API tokens.",
        subcommands = {UsersCommand.Add.class, UsersCommand.Token.class, UsersCommand.ListUsers.class})
final class UsersCommand implements Runnable {

    @ParentCommand
    private Main main;

    @Override
    public void run() {
        main.spec.subcommands().get("users").usage(main.out());
    }

    /** Runs {@code work} with the account service of the environment's database; 1 for a refused request. */
    private int withAccounts(AccountWork work) {
        try (Platform platform = main.platform()) {
            return work.run(AccountService.withDefaultHashing(platform.accounts()));
        } catch (AccountException e) {
            main.err().println("werkkracht: " + e.getMessage());
            return 1;
        }
    }

    @FunctionalInterface
    private interface AccountWork {
        int run(AccountService accounts);
    }

    @Command(
            name = "add",
            description = "Add a user. Without --password-stdin a password is generated and printed once.")
    static final class Add implements Callable<Integer> {

        @ParentCommand
        private UsersCommand users;

        @Parameters(index = "0", paramLabel = "NAME", description = "username: a-z 0-9 . _ @ -, at most 64")
        private String name;

        @Option(names = "--role", required = true, description = "ADMIN, ANALYST, ADVISER or EMPLOYER")
        private Role role;

        @Option(names = "--password-stdin", description = "read the password from the first line of standard input")
        private boolean passwordStdin;

        @Override
        public Integer call() throws IOException {
            Optional<String> password = Optional.empty();
            if (passwordStdin) {
                String line =
                        new BufferedReader(new InputStreamReader(users.main.in(), StandardCharsets.UTF_8)).readLine();
                if (line == null || line.isEmpty()) {
                    users.main.err().println("werkkracht: --password-stdin: no password on standard input");
                    return 1;
                }
                password = Optional.of(line);
            }
            Optional<String> given = password;
            return users.withAccounts(accounts -> {
                CreatedUser created = accounts.createUserForOwner(name, role, given);
                UserAccount user = created.user();
                users.main.out().printf("Created user %s with role %s.%n", user.username(), user.role());
                created.generatedPassword().ifPresent(p -> {
                    users.main.out().println("Password (shown only this once, stored only as a hash):");
                    users.main.out().println(p);
                });
                return 0;
            });
        }
    }

    @Command(
            name = "token",
            description = {
                "Create an operator's API token for a user and print it (only the token, on standard output).",
                "The token works for the monitor, data imports and user management, never for an"
                        + " organisation's data (ADR 0015); users create their own tokens at /account/tokens."
            })
    static final class Token implements Callable<Integer> {

        @ParentCommand
        private UsersCommand users;

        @Parameters(index = "0", paramLabel = "NAME", description = "the user")
        private String name;

        @Option(
                names = "--name",
                defaultValue = "cli",
                description = "what the token is for (default ${DEFAULT-VALUE})")
        private String tokenName;

        @Override
        public Integer call() {
            return users.withAccounts(accounts -> {
                IssuedToken issued = accounts.issueOperatorToken(name, tokenName);
                String user = issued.info().username();
                users.main.out().println(issued.token());
                users.main
                        .err()
                        .printf(
                                "Created an operator's API token '%s' (id %d) for %s; it is shown only this once."
                                        + " Use it as 'Authorization: Bearer TOKEN'.%n"
                                        + "It NEVER opens organisation data (ADR 0015): %s creates a token for that"
                                        + " at /account/tokens. %s sees this token on that page as made by the"
                                        + " operator.%n",
                                issued.info().name(), issued.info().id(), user, user, user);
                return 0;
            });
        }
    }

    @Command(name = "list", description = "List the users with role, status and last login.")
    static final class ListUsers implements Callable<Integer> {

        @ParentCommand
        private UsersCommand users;

        @Option(
                names = "--output",
                defaultValue = "table",
                description = "table, csv or json (default ${DEFAULT-VALUE})")
        private OutputFormat output;

        @Override
        public Integer call() {
            return users.withAccounts(accounts -> {
                var views = new ArrayList<Map<String, Object>>();
                var rows = new ArrayList<List<String>>();
                for (UserAccount u : accounts.users()) {
                    String lastLogin = u.lastLoginAt().map(Object::toString).orElse(null);
                    var view = new LinkedHashMap<String, Object>();
                    view.put("username", u.username());
                    view.put("role", u.role().name());
                    view.put("enabled", u.enabled());
                    view.put("createdAt", u.createdAt().toString());
                    view.put("lastLoginAt", lastLogin);
                    views.add(view);
                    rows.add(List.of(
                            u.username(),
                            u.role().name(),
                            u.enabled() ? "enabled" : "disabled",
                            u.createdAt().toString(),
                            lastLogin == null ? "never" : lastLogin));
                }
                var table = new Table(
                        "Users", List.of("username", "role", "status", "created", "last login"), rows, rows, List.of());
                Printer.print(users.main.out(), output, views, table);
                return 0;
            });
        }
    }
}
