package nl.werkkracht.core.valuestream;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import nl.werkkracht.core.valuestream.InvalidValueStreamException.Reason;

/**
 * One step of a process in a value-stream analysis (METHODS.md §12), for one pass of one unit of work
 * (one order, one claim, one client) through the process.
 *
 * @param role who performs the step ("binnendienst", "planner"); trimmed, 1 to {@value #MAX_ROLE_LENGTH}
 *     characters. Two steps have the same role when their roles are equal ignoring case.
 * @param processMinutes the working time of the step in minutes: time someone actually spends on it;
 *     finite and not negative
 * @param waitingMinutes the time the work waits before this step starts, in minutes (a queue, an
 *     approval not yet given, a file not yet picked up): lead time, but nobody's working time; finite
 *     and not negative
 * @param classification value-adding, necessary or waste
 * @param wasteType the kind of waste: present exactly when the classification is {@link StepClass#WASTE}
 * @param registration whether the step is registration or administration (vastleggen, rapporteren,
 *     verantwoorden), whatever its classification
 * @throws InvalidValueStreamException naming the field that is wrong
 */
public record Step(
        String role,
        double processMinutes,
        double waitingMinutes,
        StepClass classification,
        Optional<WasteType> wasteType,
        boolean registration) {

    /** The longest role name. */
    public static final int MAX_ROLE_LENGTH = 100;

    public Step {
        if (role == null || role.isBlank()) {
            throw new InvalidValueStreamException("role", Reason.EMPTY);
        }
        role = role.strip();
        if (role.length() > MAX_ROLE_LENGTH) {
            throw new InvalidValueStreamException("role", Reason.TOO_LONG, MAX_ROLE_LENGTH);
        }
        requireMinutes("processMinutes", processMinutes);
        requireMinutes("waitingMinutes", waitingMinutes);
        if (classification == null) {
            throw new InvalidValueStreamException("classification", Reason.REQUIRED);
        }
        Objects.requireNonNull(wasteType, "wasteType: use Optional.empty()");
        if (classification == StepClass.WASTE && wasteType.isEmpty()) {
            throw new InvalidValueStreamException("wasteType", Reason.WASTE_TYPE_REQUIRED);
        }
        if (classification != StepClass.WASTE && wasteType.isPresent()) {
            throw new InvalidValueStreamException("wasteType", Reason.WASTE_TYPE_NOT_ALLOWED);
        }
    }

    /** A value-adding or necessary step (no waste type). */
    public static Step of(String role, double processMinutes, double waitingMinutes, StepClass classification) {
        return new Step(role, processMinutes, waitingMinutes, classification, Optional.empty(), false);
    }

    /** A waste step of the given type. */
    public static Step waste(String role, double processMinutes, double waitingMinutes, WasteType type) {
        Objects.requireNonNull(type, "type");
        return new Step(role, processMinutes, waitingMinutes, StepClass.WASTE, Optional.of(type), false);
    }

    /** This step marked as registration or administration. */
    public Step asRegistration() {
        return new Step(role, processMinutes, waitingMinutes, classification, wasteType, true);
    }

    /** Process plus waiting minutes: this step's part of the lead time. */
    public double leadMinutes() {
        return processMinutes + waitingMinutes;
    }

    /** Whether another step is performed by the same role (equal ignoring case), so no handover. */
    public boolean sameRole(Step other) {
        return roleKey().equals(other.roleKey());
    }

    private String roleKey() {
        return role.toLowerCase(Locale.ROOT);
    }

    private static void requireMinutes(String field, double minutes) {
        if (!Double.isFinite(minutes)) {
            throw new InvalidValueStreamException(field, Reason.NOT_A_NUMBER);
        }
        if (minutes < 0) {
            throw new InvalidValueStreamException(field, Reason.NEGATIVE);
        }
    }
}
