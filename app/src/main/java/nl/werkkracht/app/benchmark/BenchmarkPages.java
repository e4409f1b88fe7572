package nl.werkkracht.app.benchmark;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import nl.werkkracht.app.export.ExportPage;
import nl.werkkracht.app.export.Exports;
import nl.werkkracht.app.organisation.OrganisationAccess;
import nl.werkkracht.app.organisation.OrganisationNotFoundException;
import nl.werkkracht.core.benchmark.Cut;
import nl.werkkracht.core.benchmark.Metric;
import nl.werkkracht.core.benchmark.SizeClass;
import nl.werkkracht.core.codelist.CodeLists;
import nl.werkkracht.core.codelist.RegionLevel;
import nl.werkkracht.core.codelist.Sector;
import nl.werkkracht.core.codelist.SectorLevel;
import nl.werkkracht.core.organisation.InvalidInputException;
import nl.werkkracht.store.network.Network;
import nl.werkkracht.store.organisation.Organisation;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The benchmark pages: {@code /networks} (list, create), the network dashboard {@code /networks/{id}} for
 * coordinators and members (aggregates only, and who is in it) with its export, and the organisation's
 * benchmark card {@code /organisations/{id}/benchmark} with the consent form and joining by invitation or
 * request. Membership management is on {@link MembershipPages}. Anyone without access gets 404.
 */
@Controller
class BenchmarkPages {

    private final OrganisationAccess access;
    private final BenchmarkService service;
    private final MembershipService membership;
    private final BenchmarkPanels panels;
    private final CodeLists codeLists;
    private final MessageSource messages;

    BenchmarkPages(
            OrganisationAccess access,
            BenchmarkService service,
            MembershipService membership,
            MessageSource messages,
            CodeLists codeLists,
            BenchmarkFormats formats) {
        this.access = access;
        this.service = service;
        this.membership = membership;
        this.panels = new BenchmarkPanels(service, messages, formats);
        this.codeLists = codeLists;
        this.messages = messages;
    }

    @GetMapping("/networks")
    String list(Authentication auth, Model model) {
        model.addAttribute("networks", service.networks(access.username(auth)));
        model.addAttribute("errors", List.of());
        return "benchmark/networks";
    }

    @PostMapping("/networks")
    String create(
            @RequestParam(required = false) String name,
            @RequestParam(required = false) String sectorLevel,
            Authentication auth,
            Model model) {
        String username = access.username(auth);
        try {
            Network n = service.create(new NetworkInput(name, sectorLevel), username);
            return "redirect:/networks/" + n.id();
        } catch (InvalidInputException e) {
            model.addAttribute("networks", service.networks(username));
            model.addAttribute("errors", e.problems());
            return "benchmark/networks";
        }
    }

    @GetMapping("/networks/{id}")
    String dashboard(
            @PathVariable long id,
            @RequestParam(required = false) String sector,
            @RequestParam(required = false) String sizeClass,
            @RequestParam(required = false) String region,
            Authentication auth,
            Model model,
            Locale locale) {
        String username = access.username(auth);
        NetworkView network = service.require(id, username);
        Cut cut = cut(sector, sizeClass, region);
        model.addAttribute("network", network);
        model.addAttribute("members", membership.members(id, username));
        model.addAttribute("panels", panels.dashboard(id, cut, username, locale));
        model.addAttribute("cut", cut);
        model.addAttribute(
                "selected",
                Map.of(
                        "sector", cut.sector().orElse(""),
                        "sizeClass", cut.sizeClass().map(SizeClass::code).orElse(""),
                        "region", cut.region().orElse("")));
        choices(model, network.sectorLevel(), locale);
        return "benchmark/dashboard";
    }

    @GetMapping("/networks/{id}/export")
    ResponseEntity<byte[]> export(
            @PathVariable long id,
            @RequestParam(defaultValue = "csv") String format,
            @RequestParam(required = false) String sector,
            @RequestParam(required = false) String sizeClass,
            @RequestParam(required = false) String region,
            Authentication auth,
            Locale locale) {
        String username = access.username(auth);
        NetworkView network = service.require(id, username);
        List<BenchmarkPanels.Panel> shown = panels.dashboard(id, cut(sector, sizeClass, region), username, locale);
        if ("pdf".equalsIgnoreCase(format == null ? "" : format.strip())) {
            return Exports.page(new ExportPage(
                    "benchmark-network",
                    text("benchmark.export.title", locale) + " – " + network.name(),
                    List.of(text("benchmark.dashboard.privacy", locale), text("benchmark.export.withheld", locale)),
                    List.of(panels.table(network.name(), shown, locale, true))));
        }
        return Exports.table(panels.table(network.name(), shown, locale, false), format);
    }

    @GetMapping("/organisations/{id}/benchmark")
    String card(@PathVariable long id, Authentication auth, Model model, Locale locale) {
        Organisation organisation = access.require(auth, id);
        String username = access.username(auth);
        List<BenchmarkPanels.CardNetwork> cards = new ArrayList<>();
        for (Network n : service.networksOf(id)) {
            List<String> consents = service.consents(id, n.id()).metrics();
            List<BenchmarkPanels.Panel> shown = new ArrayList<>();
            for (Metric m : Metric.catalogue()) {
                if (consents.contains(m.id())) {
                    shown.add(panels.card(n.id(), m, id, username, locale));
                }
            }
            cards.add(new BenchmarkPanels.CardNetwork(n, consents, shown, membership.members(n.id(), username)));
        }
        model.addAttribute("organisation", organisation);
        model.addAttribute("cards", cards);
        model.addAttribute("requested", membership.requestsOf(id));
        List<Map<String, String>> shareable = new ArrayList<>(Metric.catalogue().stream()
                .map(m -> Map.of("id", m.id(), "label", panels.label(m, locale)))
                .toList());
        shareable.add(Map.of("id", RoleExposures.CONSENT, "label", text("exposure.consent", locale)));
        model.addAttribute("metrics", shareable);
        return "benchmark/card";
    }

    @PostMapping("/organisations/{id}/benchmark/join")
    String join(
            @PathVariable long id,
            @RequestParam(required = false) String networkId,
            @RequestParam(required = false) String invitationCode,
            Authentication auth,
            RedirectAttributes redirect) {
        access.require(auth, id);
        try {
            membership.join(number(networkId), id, invitationCode, access.username(auth));
            redirect.addFlashAttribute("notice", "benchmark.joined");
        } catch (MembershipRefusedException e) {
            redirect.addFlashAttribute(
                    "problem", e.field().equals("kvkNumber") ? "benchmark.join.kvk" : "benchmark.join.invalid");
        } catch (NumberFormatException | OrganisationNotFoundException e) {
            redirect.addFlashAttribute("problem", "benchmark.join.invalid");
        }
        return "redirect:/organisations/" + id + "/benchmark";
    }

    @PostMapping("/organisations/{id}/benchmark/request")
    String request(
            @PathVariable long id,
            @RequestParam(required = false) String networkId,
            Authentication auth,
            RedirectAttributes redirect) {
        access.require(auth, id);
        try {
            membership.request(number(networkId), id, access.username(auth));
            redirect.addFlashAttribute("notice", "benchmark.requested");
        } catch (MembershipRefusedException e) {
            redirect.addFlashAttribute("problem", "benchmark.join.kvk");
        } catch (NumberFormatException e) {
            redirect.addFlashAttribute("problem", "benchmark.request.number");
        }
        return "redirect:/organisations/" + id + "/benchmark";
    }

    @PostMapping("/organisations/{id}/benchmark/consents/{networkId}")
    String consent(
            @PathVariable long id,
            @PathVariable long networkId,
            @RequestParam(name = "metric", required = false) List<String> metrics,
            Authentication auth,
            RedirectAttributes redirect) {
        access.require(auth, id);
        service.putConsents(id, networkId, metrics == null ? List.of() : metrics, access.username(auth));
        redirect.addFlashAttribute("notice", "benchmark.consent.saved");
        return "redirect:/organisations/" + id + "/benchmark#network-" + networkId;
    }

    @PostMapping("/organisations/{id}/benchmark/leave/{networkId}")
    String leave(
            @PathVariable long id, @PathVariable long networkId, Authentication auth, RedirectAttributes redirect) {
        access.require(auth, id);
        service.leave(networkId, id, access.username(auth));
        redirect.addFlashAttribute("notice", "benchmark.left");
        return "redirect:/organisations/" + id + "/benchmark";
    }

    private static long number(String typed) {
        return Long.parseLong(typed == null ? "" : typed.strip());
    }

    private static Cut cut(String sector, String sizeClass, String region) {
        return BenchmarkService.question(Metric.ABSENTEEISM.id(), null, sector, sizeClass, region)
                .cut();
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }

    /** The selectors: sectors at the network's level, size classes, COROP regions and provinces. */
    private void choices(Model model, String level, Locale locale) {
        boolean nl = !"en".equals(locale.getLanguage());
        SectorLevel wanted = "DIVISION".equals(level) ? SectorLevel.DIVISION : SectorLevel.SECTION;
        Set<SectorLevel> levels = wanted == SectorLevel.DIVISION
                ? Set.of(SectorLevel.SECTION, SectorLevel.DIVISION)
                : Set.of(SectorLevel.SECTION);
        model.addAttribute(
                "sectorChoices",
                codeLists.sectors().stream()
                        .filter(s -> levels.contains(s.level()))
                        .sorted(Comparator.comparing(Sector::code))
                        .map(s -> Map.of("code", s.code(), "name", s.code() + " – " + (nl ? s.nameNl() : s.nameEn())))
                        .toList());
        model.addAttribute(
                "regionChoices",
                Stream.concat(
                                codeLists.regions(RegionLevel.PROVINCE).stream(),
                                codeLists.regions(RegionLevel.COROP).stream())
                        .map(r -> Map.of(
                                "code", r.code(), "name", (nl ? r.nameNl() : r.nameEn()) + " (" + r.code() + ")"))
                        .toList());
        model.addAttribute(
                "sizeChoices",
                Stream.of(SizeClass.values()).map(SizeClass::code).toList());
    }
}
