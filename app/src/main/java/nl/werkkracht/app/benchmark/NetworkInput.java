package nl.werkkracht.app.benchmark;

/**
 * A new network.
 *
 * @param name 1–200 characters
 * @param sectorLevel {@code SECTION} (default) or {@code DIVISION}: the SBI level members are compared at
 */
public record NetworkInput(String name, String sectorLevel) {}
