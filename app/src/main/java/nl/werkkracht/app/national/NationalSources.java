package nl.werkkracht.app.national;

/**
 * Which datasets the national page reads: national accounts by industry (GVA in current and
 * previous-year prices, compensation, hours of all workers and of employees) and growth accounts
 * (contributions to labour productivity growth per hour). Both default to the shipped datasets.
 *
 * @param accounts national accounts dataset, default {@code nama_10_a64}
 * @param growthAccounts growth accounts dataset, default {@code euklems}
 * @param region the nation's region code, {@code NL}
 */
record NationalSources(String accounts, String growthAccounts, String region) {

    NationalSources {
        if (accounts.isBlank() || growthAccounts.isBlank() || region.isBlank()) {
            throw new IllegalArgumentException("the national page needs two dataset names and a region code");
        }
    }
}
