package nl.werkkracht.app.account;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.security.Principal;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A logged-in user's own account: personal API tokens ({@code /account/tokens}: create, see, revoke)
 * and the password ({@code /account/password}). A new token is shown once, in the answer to the form
 * that created it; it is never put in the session.
 */
@Controller
class OwnAccountController {

    static final String TOKENS_VIEW = "account/tokens";
    static final String PASSWORD_VIEW = "account/password";

    private final AccountService accounts;

    OwnAccountController(AccountService accounts) {
        this.accounts = accounts;
    }

    @GetMapping("/account")
    String account() {
        return "redirect:/account/tokens";
    }

    @GetMapping("/account/tokens")
    String tokens(Principal user, Model model) {
        return tokensPage(user, model);
    }

    @PostMapping("/account/tokens")
    String issue(Authentication user, @RequestParam(defaultValue = "") String name, Model model) {
        if (OperatorTokens.used(user)) {
            // an operator's token must not turn itself into a token that opens organisation data
            throw new AccessDeniedException("an operator's token cannot create tokens");
        }
        try {
            IssuedToken issued = accounts.issueToken(user.getName(), name);
            model.addAttribute("newToken", issued.token());
            model.addAttribute("newTokenName", issued.info().name());
        } catch (AccountException e) {
            model.addAttribute("error", e.reason().name());
        }
        return tokensPage(user, model);
    }

    @PostMapping("/account/tokens/{id}/revoke")
    String revoke(Principal user, @PathVariable long id, RedirectAttributes redirect) {
        if (accounts.revokeOwnToken(user.getName(), id)) {
            redirect.addFlashAttribute("notice", "account.tokens.revoked");
        } else {
            redirect.addFlashAttribute("error", AccountException.Reason.UNKNOWN_TOKEN.name());
        }
        return "redirect:/account/tokens";
    }

    @GetMapping("/account/password")
    String password(Authentication user, Model model) {
        if (PasswordChangeGate.required(user)) {
            model.addAttribute("mustChoose", true);
        }
        return PASSWORD_VIEW;
    }

    @PostMapping("/account/password")
    String changePassword(
            Authentication user,
            HttpServletRequest request,
            HttpServletResponse response,
            @RequestParam(defaultValue = "") String current,
            @RequestParam(defaultValue = "") String password,
            @RequestParam(defaultValue = "") String repeat,
            Model model) {
        model.addAttribute("mustChoose", PasswordChangeGate.required(user));
        if (!password.equals(repeat)) {
            model.addAttribute("error", "PASSWORDS_DIFFER");
            return PASSWORD_VIEW;
        }
        try {
            accounts.changePassword(user.getName(), current, password);
            model.addAttribute("notice", "account.password.changed");
            if (PasswordChangeGate.required(user)) {
                // the login may now go everywhere its role allows
                withoutRequirement(user, request, response);
                model.addAttribute("mustChoose", false);
            }
        } catch (AccountException e) {
            model.addAttribute("error", e.reason().name());
        }
        return PASSWORD_VIEW;
    }

    /** Replaces the session's login by the same login without {@link PasswordChangeGate#REQUIRED}. */
    private static void withoutRequirement(
            Authentication user, HttpServletRequest request, HttpServletResponse response) {
        var authorities = user.getAuthorities().stream()
                .filter(a -> !PasswordChangeGate.REQUIRED.getAuthority().equals(a.getAuthority()))
                .toList();
        var updated = UsernamePasswordAuthenticationToken.authenticated(user.getPrincipal(), null, authorities);
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(updated);
        SecurityContextHolder.setContext(context);
        new HttpSessionSecurityContextRepository().saveContext(context, request, response);
    }

    private String tokensPage(Principal user, Model model) {
        model.addAttribute("tokens", PageRows.tokens(accounts.tokens(user.getName())));
        return TOKENS_VIEW;
    }
}
