package nl.werkkracht.core.scan;

/**
 * The three pillars of TNO's TOP model (METHODS.md §11): technology, organisation and people
 * (<i>Technologie, Organisatie, Personeel</i>), which must improve together.
 */
public enum Pillar {
    TECHNOLOGY("Technologie", "Technology"),
    ORGANISATION("Organisatie", "Organisation"),
    PEOPLE("Personeel", "People");

    private final Bilingual label;

    Pillar(String nl, String en) {
        this.label = new Bilingual(nl, en);
    }

    /** The pillar's name in Dutch and English. */
    public Bilingual label() {
        return label;
    }
}
