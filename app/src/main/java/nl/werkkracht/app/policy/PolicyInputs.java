package nl.werkkracht.app.policy;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import nl.werkkracht.core.codelist.CodeLists;
import nl.werkkracht.core.codelist.Region;
import nl.werkkracht.core.codelist.RegionLevel;
import nl.werkkracht.core.policy.Direction;
import nl.werkkracht.core.policy.Implementation;
import nl.werkkracht.core.policy.IndicatorKind;
import nl.werkkracht.core.policy.MeasureStatus;
import nl.werkkracht.core.policy.Phase;
import nl.werkkracht.core.policy.QuestionStatus;
import nl.werkkracht.core.policy.Route;
import nl.werkkracht.core.policy.Target;
import nl.werkkracht.store.policy.EvaluationData;
import nl.werkkracht.store.policy.IndicatorData;
import nl.werkkracht.store.policy.MeasureData;
import nl.werkkracht.store.policy.PhaseNote;
import nl.werkkracht.store.policy.ProgrammeData;
import nl.werkkracht.store.policy.QuestionData;
import nl.werkkracht.store.policy.RecommendationData;

/**
 * Checks what a user entered and turns it into store data; anything wrong is a {@link PolicyInputException}
 * naming the field. Regions are NL, a province (PV20–PV31) or a COROP region (CR01–CR40); years lie in 1990–2100.
 */
final class PolicyInputs {

    static final int FIRST_YEAR = 1990;
    static final int LAST_YEAR = 2100;

    private final CodeLists codeLists;
    private final RecommendationCatalogue catalogue;

    PolicyInputs(CodeLists codeLists, RecommendationCatalogue catalogue) {
        this.codeLists = codeLists;
        this.catalogue = catalogue;
    }

    /** The input of a programme. */
    public record ProgrammeInput(String name, String region, Integer fromYear, Integer toYear, String description) {}

    /** The input of a measure; sectors separated by commas. */
    public record MeasureInput(
            String name,
            String description,
            String route,
            String recommendation,
            String region,
            String sectors,
            Double budget,
            String responsible,
            Integer startYear,
            Integer endYear,
            String status) {}

    /** The input of an indicator: kind MONITOR, ORGANISATIONS or MANUAL; direction INCREASE or DECREASE. */
    public record IndicatorInput(
            String kind,
            String metric,
            String name,
            String unit,
            String source,
            Double baselineValue,
            Integer baselineYear,
            Double targetValue,
            Integer targetYear,
            String direction) {}

    /** A policy question; due as yyyy-mm-dd. */
    public record QuestionInput(String question, String answeredBy, String due, String result, String status) {}

    /** A recommendation with follow-up. */
    public record RecommendationInput(
            String catalogueId, String text, Boolean adopted, String carriedOut, String effect) {}

    /** An evaluation; donors and comparison as region codes separated by commas. */
    public record EvaluationInput(
            Long measureId,
            String indicator,
            String region,
            Integer treatmentStart,
            String donors,
            String comparison,
            String note) {}

    /** What was done in a phase of a year's cycle. */
    public record PhaseInput(Integer year, String phase, String done, Boolean completed) {}

    /** A new member: username and role OWNER or ADVISER. */
    public record MemberInput(String username, String role) {}

    /** A value of a manual indicator. */
    public record ValueInput(Integer year, Double value) {}

    ProgrammeData programme(ProgrammeInput in) {
        String name = text("name", in.name(), 200, true);
        String region = region("region", in.region());
        int from = year("fromYear", in.fromYear());
        int to = year("toYear", in.toYear());
        if (to < from) {
            throw new PolicyInputException("toYear", "policy.error.toBeforeFrom", to, from);
        }
        return new ProgrammeData(name, region, from, to, text("description", in.description(), 4000, false));
    }

    MeasureData measure(MeasureInput in, String programmeRegion) {
        String recommendation = blankToNull(in.recommendation());
        if (recommendation != null && catalogue.find(recommendation).isEmpty()) {
            throw new PolicyInputException("recommendation", "policy.error.unknownRecommendation", recommendation);
        }
        int start = year("startYear", in.startYear());
        Integer end = in.endYear();
        if (end != null && (end < start || end > LAST_YEAR)) {
            throw new PolicyInputException("endYear", "policy.error.endBeforeStart", end, start);
        }
        if (in.budget() != null && (!Double.isFinite(in.budget()) || in.budget() < 0)) {
            throw new PolicyInputException("budget", "policy.error.budget");
        }
        List<String> sectors = in.sectors() == null || in.sectors().isBlank()
                ? List.of()
                : Arrays.stream(in.sectors().split(","))
                        .map(String::trim)
                        .filter(s -> !s.isEmpty())
                        .toList();
        for (String s : sectors) {
            if (codeLists.sector(s).isEmpty()) {
                throw new PolicyInputException("sectors", "policy.error.unknownSector", s);
            }
        }
        return new MeasureData(
                text("name", in.name(), 200, true),
                text("description", in.description(), 4000, false),
                choice("route", in.route(), Route.class),
                Optional.ofNullable(recommendation),
                in.region() == null || in.region().isBlank() ? programmeRegion : region("region", in.region()),
                sectors,
                Optional.ofNullable(in.budget()),
                text("responsible", in.responsible(), 200, false),
                start,
                Optional.ofNullable(end),
                in.status() == null || in.status().isBlank()
                        ? MeasureStatus.PLANNED
                        : choice("status", in.status(), MeasureStatus.class));
    }

    IndicatorData indicator(IndicatorInput in, List<IndicatorSource.Option> options) {
        IndicatorKind kind = choice("kind", in.kind(), IndicatorKind.class);
        String metric = text("metric", in.metric(), 64, true);
        Optional<IndicatorSource.Option> option = options.stream()
                .filter(o -> o.kind() == kind && o.metric().equals(metric))
                .findFirst();
        if (kind != IndicatorKind.MANUAL && option.isEmpty()) {
            throw new PolicyInputException("metric", "policy.error.unknownMetric", metric);
        }
        String name =
                kind == IndicatorKind.MANUAL || (in.name() != null && !in.name().isBlank())
                        ? text("name", in.name(), 200, true)
                        : option.get().name();
        String unit =
                kind == IndicatorKind.MANUAL || (in.unit() != null && !in.unit().isBlank())
                        ? text("unit", in.unit(), 64, kind == IndicatorKind.MANUAL)
                        : option.get().unit();
        String source = text("source", in.source(), 500, kind == IndicatorKind.MANUAL);
        if (in.baselineValue() == null || !Double.isFinite(in.baselineValue())) {
            throw new PolicyInputException("baselineValue", "policy.error.required");
        }
        if (in.targetValue() == null || !Double.isFinite(in.targetValue())) {
            throw new PolicyInputException("targetValue", "policy.error.required");
        }
        int baselineYear = year("baselineYear", in.baselineYear());
        int targetYear = year("targetYear", in.targetYear());
        Direction direction = choice("direction", in.direction(), Direction.class);
        if (targetYear < baselineYear) {
            throw new PolicyInputException("targetYear", "policy.error.targetBeforeBaseline", targetYear, baselineYear);
        }
        if (direction == Direction.INCREASE
                ? in.targetValue() < in.baselineValue()
                : in.targetValue() > in.baselineValue()) {
            throw new PolicyInputException("targetValue", "policy.error.targetSide." + direction);
        }
        return new IndicatorData(
                kind,
                metric,
                name,
                unit,
                source,
                new Target(in.baselineValue(), baselineYear, in.targetValue(), targetYear, direction));
    }

    QuestionData question(QuestionInput in) {
        Optional<LocalDate> due = Optional.empty();
        if (in.due() != null && !in.due().isBlank()) {
            try {
                due = Optional.of(LocalDate.parse(in.due().trim()));
            } catch (DateTimeParseException e) {
                throw new PolicyInputException("due", "policy.error.date", in.due());
            }
        }
        return new QuestionData(
                text("question", in.question(), 2000, true),
                text("answeredBy", in.answeredBy(), 200, false),
                due,
                text("result", in.result(), 4000, false),
                in.status() == null || in.status().isBlank()
                        ? QuestionStatus.OPEN
                        : choice("status", in.status(), QuestionStatus.class));
    }

    RecommendationData recommendation(RecommendationInput in) {
        String id = blankToNull(in.catalogueId());
        if (id != null && catalogue.find(id).isEmpty()) {
            throw new PolicyInputException("catalogueId", "policy.error.unknownRecommendation", id);
        }
        String text = in.text() == null || in.text().isBlank()
                ? catalogue.find(id == null ? "" : id).map(r -> r.titleNl()).orElse(null)
                : in.text();
        return new RecommendationData(
                Optional.ofNullable(id),
                text("text", text, 2000, true),
                Optional.ofNullable(in.adopted()),
                in.carriedOut() == null || in.carriedOut().isBlank()
                        ? Implementation.NOT_STARTED
                        : choice("carriedOut", in.carriedOut(), Implementation.class),
                text("effect", in.effect(), 2000, false));
    }

    EvaluationData evaluation(EvaluationInput in, String programmeRegion) {
        String region = in.region() == null || in.region().isBlank() ? programmeRegion : region("region", in.region());
        if (region.equals("NL")) {
            throw new PolicyInputException("region", "policy.error.evaluateNational");
        }
        RegionLevel level = codeLists.region(region).orElseThrow().level();
        return new EvaluationData(
                Optional.ofNullable(in.measureId()),
                text("indicator", in.indicator(), 64, true),
                region,
                year("treatmentStart", in.treatmentStart()),
                regions("donors", in.donors(), level),
                regions("comparison", in.comparison(), level),
                text("note", in.note(), 2000, false));
    }

    PhaseNote phase(PhaseInput in) {
        return new PhaseNote(
                year("year", in.year()),
                choice("phase", in.phase(), Phase.class),
                text("done", in.done(), 4000, false),
                Boolean.TRUE.equals(in.completed()));
    }

    private List<String> regions(String field, String codes, RegionLevel level) {
        if (codes == null || codes.isBlank()) {
            return List.of();
        }
        return Arrays.stream(codes.split(","))
                .map(String::trim)
                .filter(s -> !s.isEmpty())
                .map(c -> {
                    String r = region(field, c);
                    if (codeLists.region(r).orElseThrow().level() != level) {
                        throw new PolicyInputException(field, "policy.error.otherLevel", r);
                    }
                    return r;
                })
                .distinct()
                .toList();
    }

    String region(String field, String code) {
        if (code == null || code.isBlank()) {
            throw new PolicyInputException(field, "policy.error.required");
        }
        String c = code.trim().toUpperCase(Locale.ROOT);
        Optional<Region> r = codeLists.region(c);
        if (r.isEmpty()
                || !(c.equals("NL")
                        || r.get().level() == RegionLevel.PROVINCE
                        || r.get().level() == RegionLevel.COROP)) {
            throw new PolicyInputException(field, "policy.error.region", code);
        }
        return c;
    }

    static int year(String field, Integer year) {
        if (year == null) {
            throw new PolicyInputException(field, "policy.error.required");
        }
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw new PolicyInputException(field, "policy.error.year", year, FIRST_YEAR, LAST_YEAR);
        }
        return year;
    }

    static String text(String field, String value, int max, boolean required) {
        String v = value == null ? "" : value.strip();
        if (required && v.isEmpty()) {
            throw new PolicyInputException(field, "policy.error.required");
        }
        if (v.length() > max) {
            throw new PolicyInputException(field, "policy.error.tooLong", max);
        }
        return v;
    }

    static <E extends Enum<E>> E choice(String field, String value, Class<E> type) {
        if (value == null || value.isBlank()) {
            throw new PolicyInputException(field, "policy.error.required");
        }
        try {
            return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new PolicyInputException(
                    field,
                    "policy.error.choice",
                    value,
                    String.join(
                            ", ",
                            Arrays.stream(type.getEnumConstants())
                                    .map(Enum::name)
                                    .toList()));
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
