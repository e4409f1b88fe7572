package nl.werkkracht.app.account;

import java.security.Principal;
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
    String issue(Principal user, @RequestParam(defaultValue = "") String name, Model model) {
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
    String password() {
        return PASSWORD_VIEW;
    }

    @PostMapping("/account/password")
    String changePassword(
            Principal user,
            @RequestParam(defaultValue = "") String current,
            @RequestParam(defaultValue = "") String password,
            @RequestParam(defaultValue = "") String repeat,
            Model model) {
        if (!password.equals(repeat)) {
            model.addAttribute("error", "PASSWORDS_DIFFER");
            return PASSWORD_VIEW;
        }
        try {
            accounts.changePassword(user.getName(), current, password);
            model.addAttribute("notice", "account.password.changed");
        } catch (AccountException e) {
            model.addAttribute("error", e.reason().name());
        }
        return PASSWORD_VIEW;
    }

    private String tokensPage(Principal user, Model model) {
        model.addAttribute("tokens", PageRows.tokens(accounts.tokens(user.getName())));
        return TOKENS_VIEW;
    }
}
