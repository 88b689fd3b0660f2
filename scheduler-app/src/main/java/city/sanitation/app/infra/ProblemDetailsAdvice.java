package city.sanitation.app.infra;

import city.sanitation.dataset.InvalidDatasetException;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * Every error as an RFC 9457 problem detail; a 4xx names the field and the reason in {@code errors}. Handlers run
 * after the transaction rolled back, so a rejected request changes nothing.
 */
@RestControllerAdvice
// Before Spring's own problem-details handler, which answers unreadable bodies and missing parameters without naming
// the field.
@org.springframework.core.annotation.Order(org.springframework.core.Ordered.HIGHEST_PRECEDENCE)
class ProblemDetailsAdvice {

    @ExceptionHandler
    ProblemDetail badRequest(BadRequestException e) {
        return withErrors(
                problem(HttpStatus.BAD_REQUEST, "Invalid request", e.getMessage()),
                e.problems().stream()
                        .map(p -> Map.of("field", p.field(), "reason", p.reason()))
                        .toList());
    }

    @ExceptionHandler
    ProblemDetail invalidDataset(InvalidDatasetException e) {
        return withErrors(
                problem(HttpStatus.BAD_REQUEST, "Invalid dataset", e.problems().size() + " problem(s) in the dataset."),
                e.problems().stream()
                        .map(p -> Map.of("field", p.path(), "reason", p.reason()))
                        .toList());
    }

    @ExceptionHandler
    ProblemDetail unreadable(HttpMessageNotReadableException e) {
        String reason = e.getMostSpecificCause().getMessage();
        return withErrors(
                problem(HttpStatus.BAD_REQUEST, "Malformed request body", "The request body cannot be read."),
                List.of(Map.of("field", fieldOf(e), "reason", reason == null ? "unreadable" : firstLine(reason))));
    }

    /** The JSON path of the value Jackson could not read (an unknown enum constant, a number as text), or "body". */
    private static String fieldOf(HttpMessageNotReadableException e) {
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof tools.jackson.databind.DatabindException mapping
                    && !mapping.getPath().isEmpty()) {
                StringBuilder path = new StringBuilder();
                for (var reference : mapping.getPath()) {
                    if (reference.getPropertyName() != null) {
                        path.append(path.isEmpty() ? "" : ".").append(reference.getPropertyName());
                    } else if (reference.getIndex() >= 0) {
                        path.append('[').append(reference.getIndex()).append(']');
                    }
                }
                return path.isEmpty() ? "body" : path.toString();
            }
        }
        return "body";
    }

    @ExceptionHandler
    ProblemDetail typeMismatch(MethodArgumentTypeMismatchException e) {
        return withErrors(
                problem(HttpStatus.BAD_REQUEST, "Invalid parameter", "The parameter (" + e.getName() + ") is invalid."),
                List.of(Map.of("field", e.getName(), "reason", "cannot read (" + e.getValue() + ")")));
    }

    @ExceptionHandler
    ProblemDetail missingParameter(MissingServletRequestParameterException e) {
        return withErrors(
                problem(HttpStatus.BAD_REQUEST, "Missing parameter", e.getMessage()),
                List.of(Map.of("field", e.getParameterName(), "reason", "is required")));
    }

    @ExceptionHandler
    ProblemDetail notFound(NotFoundException e) {
        return problem(HttpStatus.NOT_FOUND, "Not found", e.getMessage());
    }

    @ExceptionHandler
    ProblemDetail conflict(ConflictException e) {
        return problem(HttpStatus.CONFLICT, "Conflict", e.getMessage());
    }

    private static ProblemDetail problem(HttpStatus status, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        return problem;
    }

    private static ProblemDetail withErrors(ProblemDetail problem, List<Map<String, String>> errors) {
        problem.setProperty("errors", errors);
        return problem;
    }

    private static String firstLine(String text) {
        int end = text.indexOf('\n');
        return end < 0 ? text : text.substring(0, end);
    }
}
