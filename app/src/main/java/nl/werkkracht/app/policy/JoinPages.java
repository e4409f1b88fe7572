package nl.werkkracht.app.policy;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import nl.werkkracht.app.organisation.OrganisationInput;
import nl.werkkracht.core.codelist.CodeLists;
import nl.werkkracht.core.codelist.Region;
import nl.werkkracht.core.codelist.RegionLevel;
import nl.werkkracht.core.codelist.Sector;
import nl.werkkracht.core.codelist.SectorLevel;
import nl.werkkracht.core.organisation.InvalidInputException;
import nl.werkkracht.store.organisation.OrganisationProfile;
import nl.werkkracht.store.policy.ProgrammeStore;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The page an employer reaches with an adviser's single-use link ({@code /join/TOKEN}): it creates the employer's
 * account and organisation without an administrator (see {@link OutreachService}). An unknown or used link gets
 * 404 with a message; errors are shown next to the form, nothing is written then.
 */
@Controller
class JoinPages {

    private final OutreachService outreach;
    private final ProgrammeStore programmes;
    private final CodeLists codeLists;
    private final MessageSource messages;

    JoinPages(OutreachService outreach, ProgrammeStore programmes, CodeLists codeLists, MessageSource messages) {
        this.outreach = outreach;
        this.programmes = programmes;
        this.codeLists = codeLists;
        this.messages = messages;
    }

    @GetMapping("/join/{token}")
    String form(
            @PathVariable String token, Model model, Locale locale, jakarta.servlet.http.HttpServletResponse response) {
        return page(
                token,
                new OutreachService.Registration(null, null, null, null, "10-49", null, null, null, null),
                model,
                locale,
                response);
    }

    @PostMapping("/join/{token}")
    String register(
            @PathVariable String token,
            @ModelAttribute OutreachService.Registration in,
            Model model,
            Locale locale,
            jakarta.servlet.http.HttpServletResponse response) {
        try {
            outreach.register(token, in);
            model.addAttribute("done", true);
            return "policy/join";
        } catch (PolicyInputException e) {
            model.addAttribute("error", messages.getMessage(e.key(), e.args(), locale));
        } catch (InvalidInputException e) {
            model.addAttribute(
                    "error",
                    String.join(
                            " ",
                            e.problems().stream()
                                    .map(p -> p.field() + ": " + p.message())
                                    .toList()));
        } catch (ProgrammeNotFoundException e) {
            // used or unknown: shown below
        }
        return page(token, in, model, locale, response);
    }

    private String page(
            String token,
            OutreachService.Registration in,
            Model model,
            Locale locale,
            jakarta.servlet.http.HttpServletResponse response) {
        var invitation = outreach.open(token);
        if (invitation.isEmpty()) {
            response.setStatus(HttpStatus.NOT_FOUND.value());
            model.addAttribute("invalid", true);
            return "policy/join";
        }
        String programme = programmes
                .find(invitation.get().programmeId())
                .map(p -> p.name())
                .orElse("");
        choices(model, locale);
        model.addAttribute("token", token);
        model.addAttribute("programmeName", programme);
        model.addAttribute("registration", in);
        model.addAttribute(
                "form",
                new OrganisationInput(
                        in.name(),
                        in.sector(),
                        in.sizeClass(),
                        in.region(),
                        in.contactName(),
                        in.contactEmail(),
                        in.kvkNumber()));
        return "policy/join";
    }

    private void choices(Model model, Locale locale) {
        boolean nl = !"en".equals(locale.getLanguage());
        List<Map<String, String>> sectors = codeLists.sectors().stream()
                .filter(s -> s.level() == SectorLevel.SECTION || s.level() == SectorLevel.DIVISION)
                .sorted(Comparator.comparing(Sector::code))
                .map(s -> Map.of("code", s.code(), "name", s.code() + " – " + (nl ? s.nameNl() : s.nameEn())))
                .toList();
        List<Map<String, String>> regions = Stream.concat(
                        codeLists.regions(RegionLevel.COROP).stream(), codeLists.regions(RegionLevel.PROVINCE).stream())
                .map((Region r) ->
                        Map.of("code", r.code(), "name", (nl ? r.nameNl() : r.nameEn()) + " (" + r.code() + ")"))
                .toList();
        model.addAttribute("sectorChoices", sectors);
        model.addAttribute("regionChoices", regions);
        model.addAttribute("sizeClasses", OrganisationProfile.SIZE_CLASSES);
    }
}
