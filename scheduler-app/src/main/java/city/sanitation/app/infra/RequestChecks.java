package city.sanitation.app.infra;

import city.sanitation.app.infra.BadRequestException.FieldProblem;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.Validator;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Bean Validation of a request body, called by the controller method, so after its access rule, and reporting every
 * field by the name the request gives it ({@code shift.start}, {@code breaks[0]}, {@code skills[]}), sorted.
 */
@Component
public class RequestChecks {

    private final Validator validator;

    RequestChecks(Validator validator) {
        this.validator = validator;
    }

    /** Throws a {@link BadRequestException} naming every field that breaks a constraint of the body. */
    public <T> T valid(T body) {
        if (body == null) {
            throw new BadRequestException("body", "is required: this request needs a JSON body");
        }
        List<FieldProblem> problems = validator.validate(body).stream()
                .map(violation -> new FieldProblem(field(violation), violation.getMessage()))
                .sorted(Comparator.comparing(FieldProblem::field).thenComparing(FieldProblem::reason))
                .toList();
        if (!problems.isEmpty()) {
            throw new BadRequestException(problems);
        }
        return body;
    }

    /** The field as the request names it: {@code shift.start}, {@code breaks[0]}, {@code skills[]}. */
    private static String field(ConstraintViolation<?> violation) {
        StringBuilder field = new StringBuilder();
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.isInIterable()) {
                Object place = node.getIndex() != null ? node.getIndex() : node.getKey();
                field.append('[').append(place == null ? "" : place).append(']');
            }
            if (node.getKind() != ElementKind.CONTAINER_ELEMENT && node.getName() != null) {
                field.append(field.isEmpty() ? "" : ".").append(node.getName());
            }
        }
        return field.isEmpty() ? "body" : field.toString();
    }
}
