package nl.werkkracht.app.valuestream;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import nl.werkkracht.core.valuestream.InvalidValueStreamException;
import nl.werkkracht.core.valuestream.InvalidValueStreamException.Reason;
import nl.werkkracht.core.valuestream.Step;
import nl.werkkracht.core.valuestream.StepClass;
import nl.werkkracht.core.valuestream.ValueStream;
import nl.werkkracht.core.valuestream.WasteType;

/**
 * A value stream as the API receives it ({@code POST} and {@code PUT}). {@link #toValueStream} checks it
 * and names the first wrong field: {@code steps[2].wasteType is required for a WASTE step}.
 */
record ValueStreamInput(
        @Schema(example = "Offerteaanvraag", description = "1 to 200 characters") String name,
        @Schema(example = "1200", description = "units of work (orders, claims, clients) per year, ≥ 0")
                Double volumePerYear,
        @Schema(description = "the steps in the order the work passes them, 1 to 100") List<StepInput> steps) {

    /** One step. */
    record StepInput(
            @Schema(
                            example = "Offerte opstellen",
                            description = "what happens in the step, 1 to 200 characters; the role when omitted")
                    String name,
            @Schema(
                            example = "Binnendienst",
                            description = "who performs it: one of the organisation's roles (GET …/roles), 1 to 100"
                                    + " characters; no role when omitted (the step then takes part in no handover)")
                    String role,
            @Schema(example = "10", description = "working minutes per unit of work, ≥ 0") Double processMinutes,
            @Schema(example = "30", description = "minutes the work waits before the step, ≥ 0; 0 when omitted")
                    Double waitingMinutes,
            @Schema(
                            example = "WASTE",
                            allowableValues = {"VALUE_ADDING", "NECESSARY", "WASTE"})
                    String classification,
            @Schema(
                            example = "OVER_PROCESSING",
                            description = "required for WASTE, empty otherwise",
                            allowableValues = {
                                "OVERPRODUCTION",
                                "WAITING",
                                "TRANSPORT",
                                "OVER_PROCESSING",
                                "INVENTORY",
                                "MOTION",
                                "DEFECTS",
                                "UNUSED_TALENT"
                            })
                    String wasteType,
            @Schema(description = "registration or administration work; false when omitted") Boolean registration) {

        Step toStep() {
            if (processMinutes == null) {
                throw new InvalidValueStreamException("processMinutes", Reason.REQUIRED);
            }
            boolean hasRole = role != null && !role.isBlank();
            if (name == null && !hasRole) {
                // a client of before issue 13 names the step by its role
                throw new InvalidValueStreamException("role", Reason.EMPTY);
            }
            return new Step(
                    name == null || name.isBlank() ? role : name,
                    hasRole ? Optional.of(role) : Optional.empty(),
                    processMinutes,
                    waitingMinutes == null ? 0 : waitingMinutes,
                    parseClassification(classification),
                    parseWasteType(wasteType),
                    Boolean.TRUE.equals(registration));
        }
    }

    /**
     * The value stream described.
     *
     * @throws InvalidValueStreamException naming the first wrong field
     */
    ValueStream toValueStream() {
        if (volumePerYear == null) {
            throw new InvalidValueStreamException("volumePerYear", Reason.REQUIRED);
        }
        if (steps == null) {
            throw new InvalidValueStreamException("steps", Reason.NO_STEPS);
        }
        if (steps.size() > ValueStream.MAX_STEPS) {
            throw new InvalidValueStreamException("steps", Reason.TOO_MANY_STEPS, ValueStream.MAX_STEPS);
        }
        var factories = new ArrayList<ValueStream.StepFactory>();
        for (int i = 0; i < steps.size(); i++) {
            StepInput step = steps.get(i);
            if (step == null) {
                throw new InvalidValueStreamException("steps[" + i + "]", Reason.REQUIRED);
            }
            factories.add(step::toStep);
        }
        return ValueStream.build(name, volumePerYear, factories);
    }

    /** Parses a classification, ignoring case and surrounding space. */
    static StepClass parseClassification(String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidValueStreamException("classification", Reason.REQUIRED);
        }
        try {
            return StepClass.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidValueStreamException("classification", Reason.UNKNOWN_CLASSIFICATION);
        }
    }

    /** Parses a waste type, ignoring case and surrounding space; empty for null or blank. */
    static Optional<WasteType> parseWasteType(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(WasteType.valueOf(value.strip().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            throw new InvalidValueStreamException("wasteType", Reason.UNKNOWN_WASTE_TYPE);
        }
    }
}
