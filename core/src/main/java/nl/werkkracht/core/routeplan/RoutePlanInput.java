package nl.werkkracht.core.routeplan;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;
import nl.werkkracht.core.scan.Pillar;
import nl.werkkracht.core.scan.TopBalance;

/**
 * What a route plan is generated from. Everything is optional and a missing figure is absent, never 0:
 * a condition on it is then {@link Check.Status#UNKNOWN}.
 *
 * @param scales questionnaire scale scores 0–100 by scale id ({@link Quantity#SCALES}), only of a group
 *     that passed the anonymity rule (METHODS.md §10)
 * @param balance the TOP pillar scores of that group, each 0–100, and their balance (METHODS.md §11)
 * @param productivityRatio value added per hour of the organisation ÷ the sector's figure (1 = equal)
 * @param absenteeism sickness absence in percent (0–100)
 * @param turnover staff turnover in percent per year (0–100 or more)
 * @param processCycleEfficiency the lowest process cycle efficiency of the value streams, in percent
 * @param registrationShare the highest registration share of the value streams, in percent
 * @param improvementHours the value streams' yearly improvement potential in hours, summed
 * @param employees number of employees (persons)
 */
public record RoutePlanInput(
        Map<String, Double> scales,
        Optional<TopBalance> balance,
        OptionalDouble productivityRatio,
        OptionalDouble absenteeism,
        OptionalDouble turnover,
        OptionalDouble processCycleEfficiency,
        OptionalDouble registrationShare,
        OptionalDouble improvementHours,
        OptionalInt employees) {

    /** Nothing measured yet. */
    public static final RoutePlanInput NONE = builder().build();

    public RoutePlanInput {
        if (scales == null) {
            throw new IllegalArgumentException("use an empty map for missing scale scores");
        }
        scales.forEach((id, score) -> {
            if (!Quantity.SCALES.contains(id)) {
                throw new IllegalArgumentException("unknown scale id " + id);
            }
            if (score == null || !(score >= 0 && score <= 100)) {
                throw new IllegalArgumentException("scale " + id + " must score 0–100, got " + score);
            }
        });
        scales = Map.copyOf(scales);
        requireNonNegative("productivity ratio", productivityRatio);
        requirePercent("absenteeism", absenteeism, 100);
        requirePercent("turnover", turnover, 1000);
        requirePercent("process cycle efficiency", processCycleEfficiency, 100);
        requirePercent("registration share", registrationShare, 100);
        requireNonNegative("improvement hours", improvementHours);
        if (balance == null || employees == null) {
            throw new IllegalArgumentException("use Optional.empty() for missing pillars or employees");
        }
        // recomputed from the three scores, so that gap, flag and lagging pillar always follow from them
        balance = balance.map(b -> checkedBalance(b.technology(), b.organisation(), b.people()));
        if (employees.isPresent() && employees.getAsInt() < 0) {
            throw new IllegalArgumentException("employees must be 0 or more, got " + employees.getAsInt());
        }
    }

    /** The balance of three pillar scores, each 0–100. */
    private static TopBalance checkedBalance(double technology, double organisation, double people) {
        requirePillarScore(Pillar.TECHNOLOGY, technology);
        requirePillarScore(Pillar.ORGANISATION, organisation);
        requirePillarScore(Pillar.PEOPLE, people);
        return TopBalance.of(technology, organisation, people);
    }

    private static void requirePillarScore(Pillar pillar, double score) {
        if (!(score >= 0 && score <= 100)) {
            throw new IllegalArgumentException(
                    pillar.name().toLowerCase(Locale.ROOT) + " pillar score must be 0–100, got " + score);
        }
    }

    private static void requireNonNegative(String name, OptionalDouble value) {
        if (value == null) {
            throw new IllegalArgumentException("use OptionalDouble.empty() for a missing " + name);
        }
        if (value.isPresent() && !(value.getAsDouble() >= 0 && Double.isFinite(value.getAsDouble()))) {
            throw new IllegalArgumentException(name + " must be 0 or more, got " + value.getAsDouble());
        }
    }

    private static void requirePercent(String name, OptionalDouble value, double max) {
        requireNonNegative(name, value);
        if (value.isPresent() && value.getAsDouble() > max) {
            throw new IllegalArgumentException(name + " is a percentage up to " + max + ", got " + value.getAsDouble());
        }
    }

    /** The value of a quantity; empty when it was not measured. */
    public OptionalDouble value(Quantity quantity) {
        if (quantity.isScale()) {
            Double score = scales.get(quantity.id());
            return score == null ? OptionalDouble.empty() : OptionalDouble.of(score);
        }
        return switch (quantity.id()) {
            case "pillar.technology" -> pillar(Pillar.TECHNOLOGY);
            case "pillar.organisation" -> pillar(Pillar.ORGANISATION);
            case "pillar.people" -> pillar(Pillar.PEOPLE);
            case "balance.gap" -> balance.map(b -> OptionalDouble.of(b.gap())).orElse(OptionalDouble.empty());
            case "productivity.ratio" -> productivityRatio;
            case "absenteeism" -> absenteeism;
            case "turnover" -> turnover;
            case "vsm.pce" -> processCycleEfficiency;
            case "vsm.registration_share" -> registrationShare;
            case "vsm.improvement_hours" -> improvementHours;
            case "employees" ->
                employees.isPresent() ? OptionalDouble.of(employees.getAsInt()) : OptionalDouble.empty();
            default -> throw new IllegalArgumentException("unknown quantity " + quantity.id());
        };
    }

    private OptionalDouble pillar(Pillar pillar) {
        return balance.map(b -> OptionalDouble.of(b.score(pillar))).orElse(OptionalDouble.empty());
    }

    /** The sources that gave at least one figure (the number of employees alone counts for none). */
    public Set<DataSource> sources() {
        Set<DataSource> present = EnumSet.noneOf(DataSource.class);
        if (!scales.isEmpty() || balance.isPresent()) {
            present.add(DataSource.SCAN);
        }
        if (productivityRatio.isPresent() || absenteeism.isPresent() || turnover.isPresent()) {
            present.add(DataSource.FINANCIALS);
        }
        if (processCycleEfficiency.isPresent() || registrationShare.isPresent() || improvementHours.isPresent()) {
            present.add(DataSource.VALUE_STREAM);
        }
        return present;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Builds an input from the figures that are there; whatever is not set stays missing. */
    public static final class Builder {
        private final Map<String, Double> scales = new LinkedHashMap<>();
        private Optional<TopBalance> balance = Optional.empty();
        private OptionalDouble productivityRatio = OptionalDouble.empty();
        private OptionalDouble absenteeism = OptionalDouble.empty();
        private OptionalDouble turnover = OptionalDouble.empty();
        private OptionalDouble processCycleEfficiency = OptionalDouble.empty();
        private OptionalDouble registrationShare = OptionalDouble.empty();
        private OptionalDouble improvementHours = OptionalDouble.empty();
        private OptionalInt employees = OptionalInt.empty();

        private Builder() {}

        public Builder scale(String id, double score) {
            scales.put(id, score);
            return this;
        }

        public Builder scales(Map<String, Double> scores) {
            scales.putAll(scores);
            return this;
        }

        /** The three TOP pillar scores, each 0–100. */
        public Builder pillars(double technology, double organisation, double people) {
            balance = Optional.of(checkedBalance(technology, organisation, people));
            return this;
        }

        /** The TOP pillar scores as the scan gives them; their scores must be 0–100. */
        public Builder balance(TopBalance topBalance) {
            balance = Optional.of(
                    checkedBalance(topBalance.technology(), topBalance.organisation(), topBalance.people()));
            return this;
        }

        public Builder productivityRatio(double ratio) {
            productivityRatio = OptionalDouble.of(ratio);
            return this;
        }

        public Builder absenteeism(double percent) {
            absenteeism = OptionalDouble.of(percent);
            return this;
        }

        public Builder turnover(double percent) {
            turnover = OptionalDouble.of(percent);
            return this;
        }

        public Builder processCycleEfficiency(double percent) {
            processCycleEfficiency = OptionalDouble.of(percent);
            return this;
        }

        public Builder registrationShare(double percent) {
            registrationShare = OptionalDouble.of(percent);
            return this;
        }

        public Builder improvementHours(double hours) {
            improvementHours = OptionalDouble.of(hours);
            return this;
        }

        public Builder employees(int count) {
            employees = OptionalInt.of(count);
            return this;
        }

        public RoutePlanInput build() {
            return new RoutePlanInput(
                    scales,
                    balance,
                    productivityRatio,
                    absenteeism,
                    turnover,
                    processCycleEfficiency,
                    registrationShare,
                    improvementHours,
                    employees);
        }
    }
}
