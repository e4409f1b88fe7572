package nl.werkkracht.app.techimpact;

import nl.werkkracht.core.occupation.GroupProfile;
import nl.werkkracht.core.occupation.OccupationIndex;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /monitor/occupations}: the generative-AI exposure profile of the ISCO-08 major groups (ILO 2025) and
 * the occupation search, public like the monitor. Says that employment by occupation is not in the data, so
 * no regional exposure is shown (issue 13).
 */
@Controller
class OccupationPages {

    private final OccupationIndex index;

    OccupationPages(OccupationIndex index) {
        this.index = index;
    }

    @GetMapping("/monitor/occupations")
    String page(@RequestParam(defaultValue = "") String q, Model model) {
        model.addAttribute("profiles", GroupProfile.of(index));
        model.addAttribute("gradients", nl.werkkracht.core.occupation.ExposureGradient.values());
        model.addAttribute("q", q);
        model.addAttribute(
                "found",
                index.search(q).stream()
                        .map(o -> OccupationViews.summary(index, o))
                        .toList());
        return "techimpact/occupations";
    }
}
