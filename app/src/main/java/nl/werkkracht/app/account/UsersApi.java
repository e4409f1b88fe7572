package nl.werkkracht.app.account;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import nl.werkkracht.app.web.ApiProblems;
import nl.werkkracht.store.account.ApiTokenInfo;
import nl.werkkracht.store.account.Role;
import nl.werkkracht.store.account.UserAccount;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * User accounts and personal API tokens over the REST API. Managing users is for administrators. A token
 * is created by its owner only: an administrator who could mint a token for somebody else could read
 * that user's organisations (ADR 0015). Listing and revoking a user's tokens is for that user and
 * administrators. A new token or generated password is in the response once and never again.
 */
@RestController
@RequestMapping("/api/v1/users")
@Tag(name = "users", description = "User accounts and personal API tokens")
@SecurityRequirement(name = UsersApi.BEARER)
@SecurityScheme(
        name = UsersApi.BEARER,
        type = SecuritySchemeType.HTTP,
        scheme = "bearer",
        bearerFormat = "wk_…",
        description = "A personal API token (created by its owner at /account/tokens or by POST"
                + " /api/v1/users/{own name}/tokens; or by the operator with ./werkkracht users token NAME, which"
                + " never opens organisation data), sent as 'Authorization: Bearer TOKEN'.")
class UsersApi {

    static final String BEARER = "bearer";
    private static final String ADMIN_OR_SELF = "hasRole('ADMIN') or #name == authentication.name";

    private final AccountService accounts;

    UsersApi(AccountService accounts) {
        this.accounts = accounts;
    }

    /** A user as the API shows it; never a password or its hash. */
    record UserView(String username, Role role, boolean enabled, Instant createdAt, Instant lastLoginAt) {
        static UserView of(UserAccount u) {
            return new UserView(
                    u.username(),
                    u.role(),
                    u.enabled(),
                    u.createdAt(),
                    u.lastLoginAt().orElse(null));
        }
    }

    /** A new user; without a password the platform generates one and returns it once. */
    record NewUser(
            @Schema(example = "anna", description = "a-z 0-9 . _ @ -, at most 64; stored in lower case")
                    String username,
            @Schema(
                            example = "ANALYST",
                            allowableValues = {"ADMIN", "ANALYST", "ADVISER", "EMPLOYER"})
                    String role,
            @Schema(description = "12 to 128 characters; omit to have one generated") String password) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record CreatedUserView(
            UserView user,
            @Schema(description = "the generated password, only when none was given: shown this once")
                    String generatedPassword) {}

    record NewToken(
            @Schema(example = "import script", description = "what you call it, 1 to 100 characters") String name) {}

    record TokenView(long id, String username, String name, Instant createdAt, Instant lastUsedAt, boolean revoked) {
        static TokenView of(ApiTokenInfo t) {
            return new TokenView(
                    t.id(),
                    t.username(),
                    t.name(),
                    t.createdAt(),
                    t.lastUsedAt().orElse(null),
                    t.revoked());
        }
    }

    record IssuedTokenView(
            @Schema(description = "the token: shown this once, only its SHA-256 is stored") String token,
            TokenView info) {}

    @GetMapping
    @Operation(summary = "All users with their role and status (administrators)")
    List<UserView> users() {
        return accounts.users().stream().map(UserView::of).toList();
    }

    @GetMapping("/{name}")
    @Operation(summary = "One user (administrators)")
    @ApiResponse(responseCode = "404", description = "no such user")
    UserView user(@PathVariable String name) {
        return accounts.user(name).map(UserView::of).orElseThrow(() -> unknown(name));
    }

    @PostMapping
    @Operation(summary = "Create a user (administrators)")
    @ApiResponse(responseCode = "201", description = "created; the generated password, if any, is shown once")
    @ApiResponse(responseCode = "400", description = "invalid username or role, or a weak password")
    @ApiResponse(responseCode = "409", description = "the username is taken")
    ResponseEntity<CreatedUserView> create(@RequestBody NewUser request) {
        Role role = Role.parse(request.role())
                .orElseThrow(() -> new AccountException(
                        AccountException.Reason.INVALID_ROLE,
                        "role must be ADMIN, ANALYST, ADVISER or EMPLOYER, got '" + request.role() + "'"));
        CreatedUser created = accounts.createUserForOwner(
                request.username() == null ? "" : request.username(), role, Optional.ofNullable(request.password()));
        return ResponseEntity.created(
                        URI.create("/api/v1/users/" + created.user().username()))
                .body(new CreatedUserView(
                        UserView.of(created.user()), created.generatedPassword().orElse(null)));
    }

    @GetMapping("/{name}/tokens")
    @PreAuthorize(ADMIN_OR_SELF)
    @Operation(summary = "A user's API tokens, revoked ones included (administrators or that user)")
    List<TokenView> tokens(@PathVariable String name) {
        return accounts.tokens(name).stream().map(TokenView::of).toList();
    }

    @PostMapping("/{name}/tokens")
    @Operation(
            summary = "Create a personal API token for yourself; the token is shown once",
            description = "Only the owner creates a token: {name} must be the authenticated user."
                    + " Administrators cannot create tokens for others (ADR 0015).")
    @ApiResponse(responseCode = "201", description = "created")
    @ApiResponse(responseCode = "403", description = "{name} is somebody else")
    ResponseEntity<IssuedTokenView> issue(
            @PathVariable String name, @RequestBody(required = false) NewToken request, Authentication auth) {
        if (auth == null || !UserAccount.normalise(name).equals(auth.getName()) || OperatorTokens.used(auth)) {
            throw new AccountException(
                    AccountException.Reason.NOT_OWNER,
                    "an API token is created by its owner only, with their own login or token: log in as " + name
                            + " and use /account/tokens");
        }
        String tokenName = request == null || request.name() == null ? "api" : request.name();
        IssuedToken issued = accounts.issueToken(name, tokenName);
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(new IssuedTokenView(issued.token(), TokenView.of(issued.info())));
    }

    @DeleteMapping("/{name}/tokens/{id}")
    @PreAuthorize(ADMIN_OR_SELF)
    @Operation(summary = "Revoke a token of this user (administrators or that user)")
    @ApiResponse(responseCode = "204", description = "revoked")
    @ApiResponse(responseCode = "404", description = "this user has no such active token")
    ResponseEntity<Void> revoke(@PathVariable String name, @Parameter(description = "token id") @PathVariable long id) {
        if (!accounts.revokeOwnToken(name, id)) {
            throw new AccountException(
                    AccountException.Reason.UNKNOWN_TOKEN, "user " + name + " has no active token " + id);
        }
        return ResponseEntity.noContent().build();
    }

    @ExceptionHandler(AccountException.class)
    ProblemDetail refused(AccountException e) {
        HttpStatus status =
                switch (e.reason()) {
                    case UNKNOWN_USER, UNKNOWN_TOKEN -> HttpStatus.NOT_FOUND;
                    case USERNAME_TAKEN, LAST_ADMINISTRATOR, USER_DISABLED -> HttpStatus.CONFLICT;
                    case NOT_OWNER -> HttpStatus.FORBIDDEN;
                    default -> HttpStatus.BAD_REQUEST;
                };
        ProblemDetail p = ApiProblems.problem(
                status,
                "account-"
                        + e.reason().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'),
                "The account request cannot be carried out",
                e.getMessage());
        p.setProperty("reason", e.reason().name());
        return p;
    }

    private static AccountException unknown(String name) {
        return new AccountException(AccountException.Reason.UNKNOWN_USER, "there is no user called " + name);
    }
}
