package nl.werkkracht.app.account;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import nl.werkkracht.app.web.ApiProblems;
import nl.werkkracht.app.web.SecurityProblems;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * An account somebody else made (an administrator, the operator) has a first password that person knows;
 * until its owner chooses their own, a login with it reaches nothing but {@code /account/password} (ADR
 * 0015). Pages are sent there; API requests get 403 with a problem detail. The login carries the
 * authority {@link #REQUIRED} ({@code AccountUserDetailsService}) until the password is changed.
 */
public final class PasswordChangeGate extends OncePerRequestFilter {

    /** The authority of a login that must choose its own password first. */
    public static final GrantedAuthority REQUIRED = new SimpleGrantedAuthority("PASSWORD_CHANGE_REQUIRED");

    private static final List<String> OPEN = List.of(
            "/account/password", "/logout", "/login", "/error", "/vendor/", "/css/", "/js/", "/geo/", "/favicon.ico");

    private final SecurityProblems problems;

    PasswordChangeGate(SecurityProblems problems) {
        this.problems = problems;
    }

    /** Whether {@code auth} must choose its own password before anything else. */
    public static boolean required(Authentication auth) {
        return auth != null
                && auth.getAuthorities().stream()
                        .anyMatch(a -> REQUIRED.getAuthority().equals(a.getAuthority()));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (!required(auth) || OPEN.stream().anyMatch(path::startsWith)) {
            chain.doFilter(request, response);
            return;
        }
        if (path.startsWith("/api/")) {
            problems.write(
                    request,
                    response,
                    ApiProblems.problem(
                            HttpStatus.FORBIDDEN,
                            "password-change-required",
                            "Choose your own password first",
                            "this account was made with a password somebody else knows: choose your own at"
                                    + " /account/password"));
            return;
        }
        response.sendRedirect(request.getContextPath() + "/account/password");
    }
}
