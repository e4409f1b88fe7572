package nl.werkkracht.app.national;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import nl.werkkracht.core.observation.LabourMeasure;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The national / sector page of the monitor: productivity by industry, shift-share of national growth,
 * growth accounting and wages against productivity, each chart with its data table and a plain-Dutch
 * explanation. Charts are drawn by {@code /js/national-charts.js} from the JSON API with the same
 * query.
 */
@Controller
class NationalPage {

    /** Labour measures the national accounts publish by industry (hours first, as CBS prefers). */
    static final List<LabourMeasure> LABOUR_CHOICES = List.of(LabourMeasure.HOURS, LabourMeasure.PERSONS);

    private final NationalReports reports;

    NationalPage(NationalReports reports) {
        this.reports = reports;
    }

    @GetMapping("/monitor/national")
    String page(
            @RequestParam(required = false) String year,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            @RequestParam(required = false) String sector,
            @RequestParam(required = false) String labour,
            @RequestParam(required = false) String priceBasis,
            HttpServletRequest request,
            Model model) {
        NationalForm form = NationalForm.parse(year, from, to, sector, labour, priceBasis);
        NationalReport report = reports.report(form);
        model.addAttribute("form", form);
        model.addAttribute("report", report);
        model.addAttribute("links", new NationalLinks(request.getContextPath(), report.query()));
        model.addAttribute("labourChoices", LABOUR_CHOICES);
        model.addAttribute("labour", form.labourMeasure());
        return "national/page";
    }
}
