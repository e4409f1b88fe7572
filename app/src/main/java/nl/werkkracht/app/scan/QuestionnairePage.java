package nl.werkkracht.app.scan;

import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /s/{token}}: the questionnaire page an invitation opens, for employees without an account — a
 * small page of its own ({@code scan/public.html}) without the site's menu, login or API links, with the
 * privacy statement. A plain HTML form (with a CSRF token) that works without JavaScript: answers are
 * radio buttons {@code q.<item id>} with 1..5 or {@code na} ("don't know / not applicable", stored as no
 * answer), the team {@code team}, the idea {@code ideas}. With JavaScript the same form becomes one scale
 * per screen and is sent to the public API ({@code scan-questionnaire.js}). After sending, the employee
 * sees a thank-you page; a used, closed or unknown link gets a page that says so.
 */
@Controller
class QuestionnairePage {

    /** Prefix of the answer fields' names: {@code q.tech.tools.1}. */
    static final String ANSWER = "q.";

    /** The value of "don't know / not applicable": counts as no answer. */
    static final String NOT_APPLICABLE = "na";

    private final ScanService scans;
    private final ScanPrivacy privacy;
    private final MessageSource messages;

    QuestionnairePage(ScanService scans, ScanPrivacy privacy, MessageSource messages) {
        this.scans = scans;
        this.privacy = privacy;
        this.messages = messages;
    }

    @GetMapping("/s/thanks")
    String thanks() {
        return "scan/thanks";
    }

    @GetMapping("/s/{token}")
    String questionnaire(@PathVariable String token, Locale locale, Model model, HttpServletResponse response) {
        try {
            return form(
                    model, token, scans.questionnaire(token, locale.getLanguage()), Map.of(), Set.of(), null, locale);
        } catch (ScanProblemException e) {
            return status(e, model, response);
        }
    }

    @PostMapping("/s/{token}")
    String submit(
            @PathVariable String token,
            @RequestParam Map<String, String> params,
            Locale locale,
            Model model,
            HttpServletResponse response) {
        var answers = new LinkedHashMap<String, Object>();
        var notApplicable = new LinkedHashSet<String>();
        params.forEach((name, value) -> {
            if (!name.startsWith(ANSWER) || value == null || value.isBlank()) {
                return;
            }
            String item = name.substring(ANSWER.length());
            if (NOT_APPLICABLE.equals(value.strip())) {
                notApplicable.add(item);
            } else {
                answers.put(item, parse(value));
            }
        });
        try {
            scans.submit(token, params.get("team"), answers, params.get("ideas"));
            return "redirect:/s/thanks";
        } catch (ScanProblemException e) {
            if (!e.type().equals("invalid-answer")) {
                return status(e, model, response);
            }
            response.setStatus(400);
            model.addAttribute("team", params.getOrDefault("team", ""));
            model.addAttribute("ideas", params.getOrDefault("ideas", ""));
            return form(
                    model, token, scans.questionnaire(token, locale.getLanguage()), answers, notApplicable, e, locale);
        }
    }

    private static Object parse(String value) {
        try {
            return Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            return value;
        }
    }

    private String form(
            Model model,
            String token,
            QuestionnaireView view,
            Map<String, Object> given,
            Set<String> notApplicable,
            ScanProblemException error,
            Locale locale) {
        model.addAttribute("token", token);
        model.addAttribute("k", scans.rule().k());
        model.addAttribute("q", view);
        model.addAttribute("given", given);
        model.addAttribute("notApplicable", notApplicable);
        model.addAttribute("organisationName", view.organisation());
        model.addAttribute("privacy", privacy.statement(view.organisation(), messages, locale));
        if (!model.containsAttribute("team")) {
            model.addAttribute("team", "");
            model.addAttribute("ideas", "");
        }
        if (error != null) {
            model.addAttribute("errorField", error.field());
            model.addAttribute("errorKey", errorKey(error.field()));
        }
        return "scan/questionnaire";
    }

    /** The message key that explains a wrong field to an employee. */
    private static String errorKey(String field) {
        if (field.startsWith("answers.")) {
            return "scan.q.error.answer";
        }
        return "scan.q.error." + field;
    }

    /** The page for a link that cannot be answered (any more), with a fitting status. */
    private static String status(ScanProblemException e, Model model, HttpServletResponse response) {
        response.setStatus(e.status().value());
        model.addAttribute("reason", e.type());
        return "scan/link";
    }
}
