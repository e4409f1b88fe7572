package nl.werkkracht.app.valuestream;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import nl.werkkracht.core.valuestream.Step;
import nl.werkkracht.core.valuestream.ValueStreamMetrics;
import nl.werkkracht.core.valuestream.WasteType;
import nl.werkkracht.store.valuestream.StoredValueStream;

/**
 * A value stream with its metrics (METHODS.md §12), as the API returns it and the pages and the report
 * show it. Times are minutes per pass of one unit of work; a missing figure is null, never 0.
 *
 * @param wasteMinutesPerPass the process (working) minutes of the waste steps; waiting time is not in it
 * @param wasteByType waste minutes per waste type, every type present, in the order of {@link WasteType}
 * @param valueAddedPerHour the organisation's value added per hour worked (latest year's figures) that
 *     the euro figure is based on; null when it has no figures
 * @param improvementEuroPerYear improvement hours × value added per hour; null without (positive) figures
 */
public record ValueStreamView(
        long id,
        String name,
        double volumePerYear,
        List<StepView> steps,
        double leadTimeMinutes,
        double processMinutes,
        double waitingMinutes,
        double valueAddingMinutes,
        @Schema(description = "value-adding process minutes / lead time, 0..1; null when the lead time is 0")
                Double processCycleEfficiency,
        int handovers,
        @Schema(description = "process minutes of registration steps / all process minutes, 0..1; null when 0")
                Double registrationShare,
        @Schema(description = "process (working) minutes of the waste steps per pass; waiting time excluded")
                double wasteMinutesPerPass,
        Map<String, Double> wasteByType,
        @Schema(description = "volume per year × waste minutes / 60") double improvementHoursPerYear,
        @Schema(description = "euro per hour worked, latest year's figures; null without figures")
                Double valueAddedPerHour,
        @Schema(description = "improvement hours × value added per hour; null without figures")
                Double improvementEuroPerYear,
        Instant createdAt,
        Instant updatedAt) {

    /**
     * One step as entered.
     *
     * @param wasteType null unless the classification is WASTE
     */
    public record StepView(
            String name,
            String role,
            double processMinutes,
            double waitingMinutes,
            String classification,
            String wasteType,
            boolean registration) {

        static StepView of(Step s) {
            return new StepView(
                    s.name(),
                    s.roleName(),
                    s.processMinutes(),
                    s.waitingMinutes(),
                    s.classification().name(),
                    s.wasteType().map(Enum::name).orElse(null),
                    s.registration());
        }
    }

    static ValueStreamView of(StoredValueStream stored, ValueStreamMetrics m) {
        Map<String, Double> byType = new LinkedHashMap<>();
        for (WasteType type : WasteType.values()) {
            byType.put(type.name(), m.wasteByType().get(type));
        }
        return new ValueStreamView(
                stored.id(),
                stored.stream().name(),
                stored.stream().volumePerYear(),
                stored.stream().steps().stream().map(StepView::of).toList(),
                m.leadTimeMinutes(),
                m.processMinutes(),
                m.waitingMinutes(),
                m.valueAddingMinutes(),
                orNull(m.processCycleEfficiency()),
                m.handovers(),
                orNull(m.registrationShare()),
                m.wasteMinutesPerPass(),
                byType,
                m.improvementHoursPerYear(),
                orNull(m.valueAddedPerHour()),
                orNull(m.improvementEuroPerYear()),
                stored.createdAt(),
                stored.updatedAt());
    }

    /** Transitions between adjacent steps of which at least one has no role: not counted as handovers. */
    public long unknownTransitions() {
        long unknown = 0;
        for (int i = 1; i < steps.size(); i++) {
            if (steps.get(i - 1).role().isEmpty() || steps.get(i).role().isEmpty()) {
                unknown++;
            }
        }
        return unknown;
    }

    /** Lead time in hours (for pages: a process that takes days is easier to read in hours). */
    public double leadTimeHours() {
        return leadTimeMinutes / 60.0;
    }

    /** The waste types that occur, with their minutes, largest first. */
    public List<Map.Entry<String, Double>> wasteTypesPresent() {
        return wasteByType.entrySet().stream()
                .filter(e -> e.getValue() > 0)
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed())
                .toList();
    }

    private static Double orNull(OptionalDouble value) {
        return value.isPresent() ? value.getAsDouble() : null;
    }
}
