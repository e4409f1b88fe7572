package nl.werkkracht.app.account;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.werkkracht.app.web.ApiProblems;
import nl.werkkracht.app.web.SecurityProblems;
import nl.werkkracht.store.account.TokenHolder;
import nl.werkkracht.store.account.UserAccount;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates a request that carries {@code Authorization: Bearer TOKEN} by its personal API token,
 * for this request only: nothing is kept in a session, and no session cookie is set. A request with a
 * bearer header is never authenticated by its session instead, which is why such requests need no CSRF
 * token (a browser does not add the header to a cross-site request by itself).
 *
 * <p>A token the operator made on the machine carries the extra authority {@link OperatorTokens#AUTHORITY},
 * which keeps it out of every organisation's data (ADR 0015).
 *
 * <p>An unknown or revoked token, or the token of a disabled user, is answered with 401 and a problem
 * detail at once; the request goes no further. Not a Spring bean, so the servlet container does not
 * run it a second time outside the security filter chain.
 */
public final class BearerTokenFilter extends OncePerRequestFilter {

    private static final String SCHEME = "Bearer ";

    private final RequestMatcher bearer;
    private final AccountService accounts;
    private final SecurityProblems problems;
    private final SecurityContextHolderStrategy contexts = SecurityContextHolder.getContextHolderStrategy();

    /** @param bearer which requests carry a bearer token (they are the ones exempt from CSRF) */
    public BearerTokenFilter(RequestMatcher bearer, AccountService accounts, SecurityProblems problems) {
        this.bearer = bearer;
        this.accounts = accounts;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!bearer.matches(request)) {
            chain.doFilter(request, response);
            return;
        }
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        String token = header.length() > SCHEME.length()
                ? header.substring(SCHEME.length()).trim()
                : "";
        Optional<TokenHolder> holder = accounts.tokenHolder(token);
        if (holder.isEmpty()) {
            reject(request, response);
            return;
        }
        UserAccount user = holder.get().user();
        List<GrantedAuthority> authorities = new ArrayList<>(AccountUserDetailsService.authorities(user.role()));
        if (holder.get().operatorIssued()) {
            authorities.add(OperatorTokens.AUTHORITY);
        }
        var authentication = UsernamePasswordAuthenticationToken.authenticated(user.username(), null, authorities);
        SecurityContext context = contexts.createEmptyContext();
        context.setAuthentication(authentication);
        contexts.setContext(context);
        try {
            chain.doFilter(request, response);
        } finally {
            contexts.clearContext();
        }
    }

    private void reject(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"invalid_token\"");
        problems.write(
                request,
                response,
                ApiProblems.problem(
                        HttpStatus.UNAUTHORIZED,
                        "invalid-token",
                        "The API token is not valid",
                        "the bearer token is unknown or revoked, or its user is disabled"));
    }
}
