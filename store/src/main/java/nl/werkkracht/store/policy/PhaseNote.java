package nl.werkkracht.store.policy;

import java.util.Objects;
import nl.werkkracht.core.policy.Phase;

/** What was done in one phase of one year's cycle. */
public record PhaseNote(int year, Phase phase, String done, boolean completed) {
    public PhaseNote {
        Objects.requireNonNull(phase, "phase");
        Objects.requireNonNull(done, "done");
    }
}
