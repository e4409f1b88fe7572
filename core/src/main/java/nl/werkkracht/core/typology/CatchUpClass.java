package nl.werkkracht.core.typology;

/** The catch-up classes of METHODS.md §5, with their Dutch labels. */
public enum CatchUpClass {
    STRONGLY_CATCHING_UP("sterk inlopend", "strongly catching up"),
    CATCHING_UP("inlopend", "catching up"),
    KEEPING_PACE("gelijke tred", "keeping pace"),
    FALLING_BEHIND("achterblijvend", "falling behind"),
    STRONGLY_FALLING_BEHIND("sterk achterblijvend", "strongly falling behind");

    private final String labelNl;
    private final String labelEn;

    CatchUpClass(String labelNl, String labelEn) {
        this.labelNl = labelNl;
        this.labelEn = labelEn;
    }

    public String labelNl() {
        return labelNl;
    }

    public String labelEn() {
        return labelEn;
    }
}
