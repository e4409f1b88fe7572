package nl.werkkracht.app.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Set;
import nl.werkkracht.app.account.AccountSecurity;
import nl.werkkracht.app.account.OperatorTokens;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.logout.LogoutFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Who may do what. The monitor (pages and read API) is public unless {@code werkkracht.monitor.public}
 * is false; analysts import data; administrators manage users; employers and advisers reach the
 * organisations they are members of (checked per organisation by {@code OrganisationAccess}); employees
 * answer a scan through a public link; every logged-in user manages their own
 * API tokens and password under {@code /account}. Pages use a session with CSRF tokens on every form;
 * scripts use personal API tokens ({@code Authorization: Bearer …}), which carry no cookie, create no
 * session and so need no CSRF token. The API answers 401 and 403 with problem details, never with a
 * login redirect.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@EnableMethodSecurity
class SecurityConfiguration {

    static final String CSP = "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline';"
            + " script-src 'self'; object-src 'none'; base-uri 'self'; frame-ancestors 'none'; form-action 'self'";

    /** What a reader may do on public pages: GET, and HEAD, which answers as GET without the body. */
    private static final java.util.List<HttpMethod> READS = java.util.List.of(HttpMethod.GET, HttpMethod.HEAD);

    /** API requests: answered with status codes and problem details, never with a login redirect. */
    static final RequestMatcher API =
            (HttpServletRequest r) -> r.getRequestURI().startsWith(r.getContextPath() + "/api/");

    /** Requests authenticated by a bearer token. */
    static final RequestMatcher BEARER = (HttpServletRequest r) -> {
        String h = r.getHeader("Authorization");
        return h != null && h.regionMatches(true, 0, "Bearer ", 0, 7);
    };

    /** The public, cookie-less API for employees answering a scan: no session authenticates it, so no CSRF. */
    static final RequestMatcher PUBLIC_API =
            (HttpServletRequest r) -> r.getRequestURI().startsWith(r.getContextPath() + "/api/v1/public/");

    /** Employers, advisers and administrators, unless the request came with a token the operator made. */
    static final AuthorizationManager<RequestAuthorizationContext> ORGANISATION_USERS = (authentication, context) -> {
        Authentication auth = authentication.get();
        boolean allowed = auth != null
                && auth.isAuthenticated()
                && !OperatorTokens.used(auth)
                && auth.getAuthorities().stream().anyMatch(a -> Set.of("ROLE_EMPLOYER", "ROLE_ADVISER", "ROLE_ADMIN")
                        .contains(a.getAuthority()));
        return new AuthorizationDecision(allowed);
    };

    @Bean
    SecurityFilterChain securityFilterChain(
            HttpSecurity http,
            @Value("${werkkracht.monitor.public}") boolean monitorPublic,
            AccountSecurity accounts,
            ObjectMapper json,
            ProblemTexts texts)
            throws Exception {
        SecurityProblems problems = new SecurityProblems(json, texts);
        http.authorizeHttpRequests(a -> {
                    a.requestMatchers("/vendor/**", "/css/**", "/js/**", "/geo/**", "/favicon.ico", "/login", "/error")
                            .permitAll();
                    a.requestMatchers("/actuator/health", "/actuator/info", "/api/v1/version")
                            .permitAll();
                    // the CBS municipality and place search of the profile form, also on the join page (ADR 0032)
                    a.requestMatchers(HttpMethod.GET, "/api/v1/municipalities").permitAll();
                    // liveness and readiness for load balancers; metrics for administrators' tokens (ADR 0029)
                    a.requestMatchers("/actuator/health/liveness", "/actuator/health/readiness")
                            .permitAll();
                    a.requestMatchers("/actuator/prometheus").hasRole("ADMIN");
                    a.requestMatchers("/v3/api-docs/**", "/api-docs/**", "/swagger-ui/**", "/swagger-ui.html")
                            .permitAll();
                    // a user's own tokens: created by that user only, listed and revoked by that user or
                    // administrators (checked by the controller)
                    a.requestMatchers("/api/v1/users/*/tokens", "/api/v1/users/*/tokens/*")
                            .authenticated();
                    a.requestMatchers("/admin/**", "/api/v1/users/**", "/api/v1/support/**")
                            .hasRole("ADMIN");
                    a.requestMatchers(HttpMethod.POST, "/data/**", "/api/v1/datasets/**")
                            .hasAnyRole("ANALYST", "ADMIN");
                    // the record of imports names who uploaded what (issue 10): for those who import
                    a.requestMatchers("/api/v1/imports", "/api/v1/imports/**").hasAnyRole("ANALYST", "ADMIN");
                    a.requestMatchers(HttpMethod.DELETE, "/api/v1/datasets/**").hasAnyRole("ANALYST", "ADMIN");
                    a.requestMatchers("/account/**").authenticated();
                    // employees answer the questionnaire without an account (rate-limited by the scan feature)
                    a.requestMatchers("/api/v1/public/**", "/s/**").permitAll();
                    // policy programmes (ADR 0021): anyone reads published ones, a draft is 404 for non-members
                    // (ProgrammeAccess); changes need a member; employers register through a single-use link
                    for (HttpMethod read : READS) {
                        a.requestMatchers(
                                        read,
                                        "/programmes",
                                        "/programmes/**",
                                        "/api/v1/programmes",
                                        "/api/v1/programmes/**",
                                        "/api/v1/policy/**")
                                .permitAll();
                    }
                    a.requestMatchers("/join/**").permitAll();
                    a.requestMatchers("/programmes/**", "/api/v1/programmes/**").hasAnyRole("ANALYST", "ADVISER");
                    // organisation data: only members see it (OrganisationAccess); never public, whatever the
                    // monitor setting, and never with a token the operator made on the machine (ADR 0015)
                    a.requestMatchers(
                                    "/api/v1/organisations/**",
                                    "/api/v1/scans/**",
                                    "/organisations/**",
                                    "/api/v1/networks/**",
                                    "/networks/**")
                            .access(ORGANISATION_USERS);
                    if (monitorPublic) {
                        for (HttpMethod read : READS) {
                            a.requestMatchers(
                                            read,
                                            "/",
                                            "/monitor/**",
                                            "/monitor.pdf",
                                            "/data/**",
                                            "/data.pdf",
                                            "/api/v1/**")
                                    .permitAll();
                        }
                    }
                    a.anyRequest().authenticated();
                })
                .authenticationManager(accounts.loginManager())
                .addFilterBefore(accounts.bearerFilter(BEARER, problems), LogoutFilter.class)
                .addFilterAfter(accounts.passwordChangeGate(problems), AnonymousAuthenticationFilter.class)
                .formLogin(f -> f.loginPage("/login").permitAll())
                .logout(l -> l.logoutSuccessUrl("/"))
                .csrf(c -> c.ignoringRequestMatchers(BEARER, PUBLIC_API))
                .requestCache(c -> c.requestCache(pagesOnlyRequestCache()))
                .exceptionHandling(e -> e.defaultAuthenticationEntryPointFor(problems, API)
                        .defaultAuthenticationEntryPointFor(
                                new LoginUrlAuthenticationEntryPoint("/login"), AnyRequestMatcher.INSTANCE)
                        .defaultAccessDeniedHandlerFor(problems, API)
                        // pages: the product's 403 page (ErrorPages); with one default only, Spring
                        // Security would answer every request with the API's JSON
                        .defaultAccessDeniedHandlerFor(new AccessDeniedHandlerImpl(), AnyRequestMatcher.INSTANCE))
                .headers(h -> h.contentSecurityPolicy(csp -> csp.policyDirectives(CSP))
                        .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)));
        return http.build();
    }

    /**
     * Remembers a page a visitor asked for before logging in, to return there afterwards; API and bearer
     * requests are never remembered, so that they never create a session.
     */
    private static HttpSessionRequestCache pagesOnlyRequestCache() {
        HttpSessionRequestCache cache = new HttpSessionRequestCache();
        cache.setRequestMatcher(r -> HttpMethod.GET.matches(r.getMethod()) && !API.matches(r) && !BEARER.matches(r));
        return cache;
    }
}
