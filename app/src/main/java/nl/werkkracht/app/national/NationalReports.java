package nl.werkkracht.app.national;

/** Builds the {@link NationalReport} for a set of choices from the four use cases. */
final class NationalReports {

    private final IndustryService industries;
    private final NationalShiftShareService shiftShare;
    private final GrowthAccountingService growthAccounting;
    private final WageService wages;

    NationalReports(
            IndustryService industries,
            NationalShiftShareService shiftShare,
            GrowthAccountingService growthAccounting,
            WageService wages) {
        this.industries = industries;
        this.shiftShare = shiftShare;
        this.growthAccounting = growthAccounting;
        this.wages = wages;
    }

    NationalReport report(NationalForm form) {
        return new NationalReport(
                form,
                Section.of(() ->
                        industries.industries(form.requestedYear(), form.from(), form.to(), form.labourMeasure())),
                Section.of(() ->
                        shiftShare.decompose(form.from(), form.to(), form.labourMeasure(), form.priceBasisChoice())),
                Section.of(() -> growthAccounting.contributions(form.sector(), form.from(), form.to())),
                Section.of(() -> wages.wages(form.sector(), form.from(), form.to())));
    }
}
