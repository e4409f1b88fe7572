package nl.werkkracht.app.valuestream;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.werkkracht.core.notation.NumberKind;
import nl.werkkracht.core.notation.NumberNotation;
import nl.werkkracht.core.notation.TypedNumber;
import nl.werkkracht.core.valuestream.InvalidValueStreamException;
import nl.werkkracht.core.valuestream.InvalidValueStreamException.Reason;
import nl.werkkracht.core.valuestream.Step;
import nl.werkkracht.core.valuestream.StepClass;
import nl.werkkracht.core.valuestream.ValueStream;
import org.springframework.util.MultiValueMap;

/**
 * The editor form of a value stream, as typed: fields {@code name}, {@code volumePerYear} and per step
 * {@code steps[i].role}, {@code .processMinutes}, {@code .waitingMinutes}, {@code .classification},
 * {@code .wasteType}, {@code .registration}. Works without JavaScript: the page shows a fixed number of
 * empty rows, and rows left empty are ignored. With JavaScript rows are added, removed and moved; the
 * indices need not be consecutive, their order is the steps' order.
 *
 * <p>Numbers may be typed in Dutch or English notation ("1.440", "7,5" or "7.5"). Every wrong field is reported, not just
 * the first, with the step counted among the filled-in rows (the rows are shown again that way).
 */
final class ValueStreamForm {

    /** Rows a new value stream's editor shows. */
    static final int NEW_ROWS = 8;

    /** Empty rows shown after the steps of an existing value stream. */
    static final int EXTRA_ROWS = 3;

    private static final Pattern STEP_FIELD = Pattern.compile("steps\\[(\\d{1,4})]\\.(\\w+)");

    /** Stands in for the steps when only the name and volume are checked. */
    private static final Step PLACEHOLDER = Step.of("-", 0, 0, StepClass.NECESSARY);

    /** One row of the editor as typed. */
    record Row(
            String name,
            String role,
            String processMinutes,
            String waitingMinutes,
            String classification,
            String wasteType,
            boolean registration) {

        static final Row BLANK = new Row("", "", "", "", "", "", false);

        static Row of(ValueStreamView.StepView s) {
            return new Row(
                    s.name(),
                    s.role(),
                    number(s.processMinutes()),
                    number(s.waitingMinutes()),
                    s.classification(),
                    s.wasteType() == null ? "" : s.wasteType(),
                    s.registration());
        }

        /** Nothing typed: no role, no times, no waste type, not ticked (the class alone does not count). */
        public boolean blank() {
            return name.isBlank()
                    && role.isBlank()
                    && processMinutes.isBlank()
                    && waitingMinutes.isBlank()
                    && wasteType.isBlank()
                    && !registration;
        }

        public boolean waste() {
            return StepClass.WASTE.name().equals(classification);
        }

        /** The step; without a name the role names it (as before issue 13), without a role it has none. */
        Step toStep() {
            return new Step(
                    name.isBlank() ? role : name,
                    role.isBlank() ? Optional.empty() : Optional.of(role),
                    parse("processMinutes", processMinutes, true),
                    parse("waitingMinutes", waitingMinutes, false),
                    ValueStreamInput.parseClassification(classification),
                    ValueStreamInput.parseWasteType(wasteType),
                    registration);
        }
    }

    /**
     * A wrong field.
     *
     * @param step the step (0-based among the filled-in rows); -1 for the name and volume
     * @param fieldName the field within the step or stream, e.g. {@code processMinutes}
     */
    record FieldError(int step, String fieldName, Reason reason, int limit) {
        static FieldError of(InvalidValueStreamException e) {
            return new FieldError(e.stepIndex(), e.fieldName(), e.reason(), e.limit());
        }

        /** The id of the input this error belongs to. */
        public String inputId() {
            return step < 0 ? "vs-" + fieldName : "steps-" + step + "-" + fieldName;
        }
    }

    private final String name;
    private final String volumePerYear;
    private final List<Row> rows;
    private final List<FieldError> errors = new ArrayList<>();

    private ValueStreamForm(String name, String volumePerYear, List<Row> rows) {
        this.name = name;
        this.volumePerYear = volumePerYear;
        this.rows = List.copyOf(rows);
    }

    /** The form of a new value stream. */
    static ValueStreamForm empty() {
        return new ValueStreamForm("", "", List.of());
    }

    /** The form showing a stored value stream. */
    static ValueStreamForm of(ValueStreamView view) {
        return new ValueStreamForm(
                view.name(),
                number(view.volumePerYear()),
                view.steps().stream().map(Row::of).toList());
    }

    /** The form as posted; empty rows are dropped. */
    static ValueStreamForm parse(MultiValueMap<String, String> params) {
        Map<Integer, Map<String, String>> byIndex = new TreeMap<>();
        for (String key : params.keySet()) {
            Matcher m = STEP_FIELD.matcher(key);
            if (m.matches()) {
                byIndex.computeIfAbsent(Integer.parseInt(m.group(1)), i -> new java.util.HashMap<>())
                        .put(m.group(2), first(params, key));
            }
        }
        List<Row> rows = new ArrayList<>();
        for (Map<String, String> fields : byIndex.values()) {
            Row row = new Row(
                    fields.getOrDefault("name", ""),
                    fields.getOrDefault("role", ""),
                    fields.getOrDefault("processMinutes", ""),
                    fields.getOrDefault("waitingMinutes", ""),
                    fields.getOrDefault("classification", ""),
                    fields.getOrDefault("wasteType", ""),
                    fields.containsKey("registration"));
            if (!row.blank()) {
                rows.add(row);
            }
        }
        return new ValueStreamForm(first(params, "name"), first(params, "volumePerYear"), rows);
    }

    /** The value stream described, or empty with {@link #errors} filled in. */
    Optional<ValueStream> toValueStream() {
        errors.clear();
        List<Step> steps = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            try {
                steps.add(rows.get(i).toStep());
            } catch (InvalidValueStreamException e) {
                errors.add(FieldError.of(e.atStep(i)));
            }
        }
        double volume = 0;
        try {
            volume = parse("volumePerYear", volumePerYear, true);
        } catch (InvalidValueStreamException e) {
            errors.add(FieldError.of(e));
        }
        try {
            // the name (and, when it parsed, the volume, and whether there is a step) on their own
            new ValueStream(name, volume, rows.isEmpty() ? List.of() : List.of(PLACEHOLDER));
        } catch (InvalidValueStreamException e) {
            errors.add(FieldError.of(e));
        }
        if (!errors.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new ValueStream(name, volume, steps));
        } catch (InvalidValueStreamException e) {
            errors.add(FieldError.of(e));
            return Optional.empty();
        }
    }

    public String name() {
        return name;
    }

    public String volumePerYear() {
        return volumePerYear;
    }

    /** What the editor shows: the filled-in rows, then empty ones (at least {@link #NEW_ROWS} in all). */
    public List<Row> displayRows() {
        List<Row> shown = new ArrayList<>(rows);
        int target = Math.max(NEW_ROWS, rows.size() + EXTRA_ROWS);
        while (shown.size() < target) {
            shown.add(Row.BLANK);
        }
        return shown;
    }

    public List<FieldError> errors() {
        return List.copyOf(errors);
    }

    /** The error of one field of a step (-1: of the stream), if any. */
    public Optional<FieldError> error(int step, String fieldName) {
        return errors.stream()
                .filter(e -> e.step() == step && e.fieldName().equals(fieldName))
                .findFirst();
    }

    /**
     * Reads a number typed in Dutch or English notation ("1.440", "7,5", "7.5"; {@link NumberNotation}, as
     * a {@link NumberKind#GROUPED} quantity: three decimals of a minute or of a count make no sense); blank
     * is 0 unless required.
     */
    static double parse(String field, String raw, boolean required) {
        TypedNumber read = NumberNotation.parse(raw, NumberKind.GROUPED);
        if (read instanceof TypedNumber.Value v) {
            return v.value();
        }
        if (read instanceof TypedNumber.Blank) {
            if (required) {
                throw new InvalidValueStreamException(field, Reason.REQUIRED);
            }
            return 0;
        }
        throw new InvalidValueStreamException(field, Reason.NOT_A_NUMBER);
    }

    /** A number as a number input wants it: "7.5", "1200". */
    static String number(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15
                ? Long.toString((long) value)
                : Double.toString(value);
    }

    private static String first(MultiValueMap<String, String> params, String key) {
        String value = params.getFirst(key);
        return value == null ? "" : value;
    }
}
