package city.sanitation.app.infra;

import java.util.List;

/** A request that names a field with a value that cannot be accepted; nothing was changed. Answered with 400. */
public class BadRequestException extends RuntimeException {

    private final List<FieldProblem> problems;

    public BadRequestException(List<FieldProblem> problems) {
        super(
                problems.size() == 1
                        ? problems.get(0).field() + ": " + problems.get(0).reason()
                        : problems.size() + " fields cannot be accepted.");
        this.problems = List.copyOf(problems);
    }

    public BadRequestException(String field, String reason) {
        this(List.of(new FieldProblem(field, reason)));
    }

    public List<FieldProblem> problems() {
        return problems;
    }

    /** One field and why its value is wrong. */
    public record FieldProblem(String field, String reason) {}
}
