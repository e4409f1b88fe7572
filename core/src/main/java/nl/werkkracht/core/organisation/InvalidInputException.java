package nl.werkkracht.core.organisation;

import java.util.List;
import java.util.stream.Collectors;

/** Input that cannot be used (figures, a profile), with every problem and the field it is in. */
public final class InvalidInputException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final transient List<FieldProblem> problems;

    public InvalidInputException(List<FieldProblem> problems) {
        super(problems.stream().map(FieldProblem::toString).collect(Collectors.joining("; ")));
        this.problems = List.copyOf(problems);
    }

    /** At least one. */
    public List<FieldProblem> problems() {
        return problems;
    }
}
