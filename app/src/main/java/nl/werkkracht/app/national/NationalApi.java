package nl.werkkracht.app.national;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.OptionalInt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The national / sector monitor as JSON: productivity by industry, shift-share of national growth,
 * growth accounting and the wage–productivity link. Values are not rounded; growth rates are
 * fractions except the EU KLEMS contributions (percentage points); missing values are null. Names
 * follow the request's language ({@code ?lang=en}). Errors are RFC 9457 problem details.
 */
@RestController
@RequestMapping("/api/v1/national")
@Tag(name = "national", description = "Productivity of the Netherlands and its industries")
class NationalApi {

    private final IndustryService industries;
    private final NationalShiftShareService shiftShare;
    private final GrowthAccountingService growthAccounting;
    private final WageService wages;

    NationalApi(
            IndustryService industries,
            NationalShiftShareService shiftShare,
            GrowthAccountingService growthAccounting,
            WageService wages) {
        this.industries = industries;
        this.shiftShare = shiftShare;
        this.growthAccounting = growthAccounting;
        this.wages = wages;
    }

    @GetMapping("/industries")
    @Operation(
            summary = "Productivity level and volume growth by industry",
            description = "GVA in current prices per unit of labour in `year`; average annual volume growth"
                    + " (GVA previous-year over current prices, METHODS.md §2) over `from`-`to`.")
    IndustriesView industries(
            @Parameter(description = "year of the level; default the dataset's last year")
                    @RequestParam(required = false)
                    Integer year,
            @RequestParam(defaultValue = NationalDefaults.FROM) int from,
            @RequestParam(defaultValue = NationalDefaults.TO) int to,
            @Parameter(description = "HOURS or PERSONS") @RequestParam(defaultValue = "HOURS") String labour) {
        return industries.industries(
                year == null ? OptionalInt.empty() : OptionalInt.of(year), from, to, NationalDefaults.labour(labour));
    }

    @GetMapping("/shift-share")
    @Operation(
            summary = "Shift-share of national productivity growth",
            description = "Within-industry growth and reallocation over the industries the dataset covers"
                    + " (missingSectors names the others). GEAD in previous-year prices by default, the classic"
                    + " decomposition in current prices with priceBasis=CP.")
    NationalShiftShareView shiftShare(
            @RequestParam(defaultValue = NationalDefaults.FROM) int from,
            @RequestParam(defaultValue = NationalDefaults.TO) int to,
            @RequestParam(defaultValue = "HOURS") String labour,
            @Parameter(description = "PYP (default) or CP") @RequestParam(required = false) String priceBasis) {
        return shiftShare.decompose(from, to, NationalDefaults.labour(labour), NationalDefaults.priceBasis(priceBasis));
    }

    @GetMapping("/growth-accounting")
    @Operation(
            summary = "Contributions to labour productivity growth per hour (EU KLEMS)",
            description = "ICT, non-ICT and intangible capital, labour composition and TFP, per year and on"
                    + " average, for the whole economy and the chosen industry, with the residual.")
    GrowthAccountingView growthAccounting(
            @RequestParam(defaultValue = "TOTAL") String sector,
            @RequestParam(defaultValue = NationalDefaults.FROM) int from,
            @RequestParam(defaultValue = NationalDefaults.TO) int to) {
        return growthAccounting.contributions(sector, from, to);
    }

    @GetMapping("/wages")
    @Operation(
            summary = "Labour income share and real wage against productivity",
            description = "AIQ with the self-employed imputed at the employee wage per hour; compensation per"
                    + " employee hour deflated by the GVA price index (producer real wage; the dataset has no"
                    + " CPI) against GVA volume per hour worked, as indices (from = 100) and average growth.")
    WagesView wages(
            @RequestParam(defaultValue = "TOTAL") String sector,
            @RequestParam(defaultValue = NationalDefaults.FROM) int from,
            @RequestParam(defaultValue = NationalDefaults.TO) int to) {
        return wages.wages(sector, from, to);
    }
}
