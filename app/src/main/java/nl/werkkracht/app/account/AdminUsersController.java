package nl.werkkracht.app.account;

import java.util.Optional;
import nl.werkkracht.store.account.Role;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The administrators' page of users ({@code /admin/users}, role ADMIN by the security configuration):
 * list users with role and status, add a user, change a role, disable or enable, revoke all tokens of
 * a user. A generated password is shown once, in the answer to the form that created the user (not
 * through the session).
 */
@Controller
@RequestMapping("/admin/users")
class AdminUsersController {

    static final String VIEW = "account/users";
    private static final String BACK = "redirect:/admin/users";

    private final AccountService accounts;

    AdminUsersController(AccountService accounts) {
        this.accounts = accounts;
    }

    @GetMapping
    String users(Model model) {
        return page(model);
    }

    @PostMapping
    String add(
            @RequestParam(defaultValue = "") String username,
            @RequestParam(defaultValue = "") String role,
            @RequestParam(defaultValue = "") String password,
            Model model,
            RedirectAttributes redirect) {
        try {
            Role chosen = Role.parse(role)
                    .orElseThrow(() -> new AccountException(AccountException.Reason.INVALID_ROLE, "no such role"));
            CreatedUser created = accounts.createUserForOwner(
                    username, chosen, password.isEmpty() ? Optional.empty() : Optional.of(password));
            if (created.generatedPassword().isPresent()) {
                model.addAttribute("createdUser", created.user().username());
                model.addAttribute(
                        "generatedPassword", created.generatedPassword().get());
                return page(model);
            }
            return notice(redirect, "account.users.created", created.user().username());
        } catch (AccountException e) {
            model.addAttribute("error", e.reason().name());
            model.addAttribute("formUsername", username);
            model.addAttribute("formRole", role);
            return page(model);
        }
    }

    @PostMapping("/{username}/role")
    String changeRole(@PathVariable String username, @RequestParam String role, RedirectAttributes redirect) {
        Optional<Role> chosen = Role.parse(role);
        if (chosen.isEmpty()) {
            return failure(redirect, AccountException.Reason.INVALID_ROLE);
        }
        try {
            accounts.changeRole(username, chosen.get());
            return notice(redirect, "account.users.roleChanged", username);
        } catch (AccountException e) {
            return failure(redirect, e.reason());
        }
    }

    @PostMapping("/{username}/enabled")
    String setEnabled(@PathVariable String username, @RequestParam boolean enabled, RedirectAttributes redirect) {
        try {
            accounts.setEnabled(username, enabled);
            return notice(redirect, enabled ? "account.users.enabledNow" : "account.users.disabledNow", username);
        } catch (AccountException e) {
            return failure(redirect, e.reason());
        }
    }

    @PostMapping("/{username}/tokens/revoke")
    String revokeTokens(@PathVariable String username, RedirectAttributes redirect) {
        try {
            int revoked = accounts.revokeTokens(username);
            redirect.addFlashAttribute("noticeCount", revoked);
            return notice(redirect, "account.users.tokensRevoked", username);
        } catch (AccountException e) {
            return failure(redirect, e.reason());
        }
    }

    private String page(Model model) {
        model.addAttribute("users", PageRows.users(accounts.users(), accounts.allTokens()));
        model.addAttribute("roles", Role.values());
        return VIEW;
    }

    private static String notice(RedirectAttributes redirect, String key, String username) {
        redirect.addFlashAttribute("notice", key);
        redirect.addFlashAttribute("noticeUser", username);
        return BACK;
    }

    private static String failure(RedirectAttributes redirect, AccountException.Reason reason) {
        redirect.addFlashAttribute("error", reason.name());
        return BACK;
    }
}
