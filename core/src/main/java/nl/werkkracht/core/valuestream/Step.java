package nl.werkkracht.core.valuestream;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import nl.werkkracht.core.valuestream.InvalidValueStreamException.Reason;

/**
 * One step of a process in a value-stream analysis (METHODS.md §12), for one pass of one unit of work
 * (one order, one claim, one client) through the process.
 *
 * @param name what happens in the step ("offerte opstellen"); trimmed, 1 to {@value #MAX_NAME_LENGTH} characters
 * @param role who performs the step: one of the organisation's roles ("binnendienst", "planner"); trimmed, 1 to
 *     {@value #MAX_ROLE_LENGTH} characters, or empty when no role is assigned yet. Two steps have the same role
 *     when their roles are equal ignoring case; a step without a role takes part in no handover (issue 13:
 *     before, users typed the activity into the role and every step counted as a handover)
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
        String name,
        Optional<String> role,
        double processMinutes,
        double waitingMinutes,
        StepClass classification,
        Optional<WasteType> wasteType,
        boolean registration) {

    /** The longest role name. */
    public static final int MAX_ROLE_LENGTH = 100;

    /** The longest step name. */
    public static final int MAX_NAME_LENGTH = 200;

    public Step {
        if (name == null || name.isBlank()) {
            throw new InvalidValueStreamException("name", Reason.EMPTY);
        }
        name = name.strip();
        if (name.length() > MAX_NAME_LENGTH) {
            throw new InvalidValueStreamException("name", Reason.TOO_LONG, MAX_NAME_LENGTH);
        }
        Objects.requireNonNull(role, "role: use Optional.empty()");
        if (role.isPresent() && role.get().isBlank()) {
            role = Optional.empty();
        }
        role = role.map(String::strip);
        if (role.isPresent() && role.get().length() > MAX_ROLE_LENGTH) {
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

    /**
     * A step named after its role (the shape before issue 13): the role is both the name and the role.
     *
     * @throws InvalidValueStreamException with field {@code role} when the role is empty
     */
    public Step(
            String role,
            double processMinutes,
            double waitingMinutes,
            StepClass classification,
            Optional<WasteType> wasteType,
            boolean registration) {
        this(
                requireRole(role),
                Optional.of(role),
                processMinutes,
                waitingMinutes,
                classification,
                wasteType,
                registration);
    }

    private static String requireRole(String role) {
        if (role == null || role.isBlank()) {
            throw new InvalidValueStreamException("role", Reason.EMPTY);
        }
        if (role.strip().length() > MAX_ROLE_LENGTH) {
            throw new InvalidValueStreamException("role", Reason.TOO_LONG, MAX_ROLE_LENGTH);
        }
        return role;
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
        return new Step(name, role, processMinutes, waitingMinutes, classification, wasteType, true);
    }

    /** Process plus waiting minutes: this step's part of the lead time. */
    public double leadMinutes() {
        return processMinutes + waitingMinutes;
    }

    /**
     * Whether the work is handed over between this step and another: both have a role and the roles differ
     * (ignoring case). Without a role on either side nothing can be said, see {@link #unknownTransition}.
     */
    public boolean handoverTo(Step other) {
        return role.isPresent() && other.role.isPresent() && !roleKey().equals(other.roleKey());
    }

    /** Whether this step or the other has no role, so a handover between them cannot be counted. */
    public boolean unknownTransition(Step other) {
        return role.isEmpty() || other.role.isEmpty();
    }

    /** The role's name, empty string when no role is assigned (for pages and exports). */
    public String roleName() {
        return role.orElse("");
    }

    private String roleKey() {
        return role.orElseThrow().toLowerCase(Locale.ROOT);
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
