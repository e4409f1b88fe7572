package nl.werkkracht.app.national;

import java.util.Map;
import java.util.Optional;
import nl.werkkracht.app.shiftshare.ShiftShareService;
import nl.werkkracht.app.shiftshare.ShiftShareView;
import nl.werkkracht.core.observation.LabourMeasure;
import nl.werkkracht.core.observation.PriceBasis;

/**
 * The shift-share of national productivity growth over the industries of the national accounts
 * dataset, through the shared {@link ShiftShareService}: GEAD in previous-year prices by default, the
 * classic decomposition in current prices on request.
 */
final class NationalShiftShareService {

    private final ShiftShareService shiftShare;
    private final Names names;
    private final NationalSources sources;

    NationalShiftShareService(ShiftShareService shiftShare, Names names, NationalSources sources) {
        this.shiftShare = shiftShare;
        this.names = names;
        this.sources = sources;
    }

    /**
     * @param priceBasis CP or PYP; empty for PYP when the dataset has previous-year prices
     */
    NationalShiftShareView decompose(int from, int to, LabourMeasure labour, Optional<PriceBasis> priceBasis) {
        Periods.requireWindow(from, to);
        priceBasis.ifPresent(pb -> {
            if (pb.kind() != PriceBasis.Kind.CP && pb.kind() != PriceBasis.Kind.PYP) {
                throw new IllegalArgumentException("parameter priceBasis must be PYP or CP, got " + pb.code());
            }
        });
        SourceView source = names.source(sources.accounts());
        ShiftShareView v = shiftShare.decompose(sources.accounts(), sources.region(), from, to, labour, priceBasis);
        Map<String, Double> shares = v.sharesOfChange();
        return new NationalShiftShareView(
                v.region(),
                v.from(),
                v.to(),
                v.labour(),
                v.unit(),
                v.priceBasis(),
                v.method(),
                v.productivity().get("from"),
                v.productivity().get("to"),
                v.change(),
                v.effects().get("within"),
                v.effects().get("staticShift"),
                v.effects().get("dynamicShift"),
                shares.get("within"),
                shares.get("staticShift"),
                shares.get("dynamicShift"),
                v.sectors().stream()
                        .map(s -> new NationalShiftShareView.Sector(
                                s.sector(),
                                names.sector(s.sector()),
                                s.shareFrom(),
                                s.shareTo(),
                                s.productivityFrom(),
                                s.productivityTo(),
                                s.within(),
                                s.staticShift(),
                                s.dynamicShift(),
                                s.within() + s.staticShift() + s.dynamicShift()))
                        .toList(),
                v.missingSectors().stream().map(names::sectorName).toList(),
                source);
    }
}
