package city.sanitation.app.infra;

import city.sanitation.dataset.InvalidDatasetException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.InvalidNullException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.exc.ValueInstantiationException;

/**
 * Every error as an RFC 9457 problem detail; a 4xx names the field and the reason in {@code errors}. Handlers run
 * after the transaction rolled back, so a rejected request changes nothing. Reasons are in the user's terms: never a
 * Java class, a library's wording or a server path.
 */
@RestControllerAdvice
// Before Spring's own problem-details handler, which answers unreadable bodies and missing parameters without naming
// the field.
@org.springframework.core.annotation.Order(org.springframework.core.Ordered.HIGHEST_PRECEDENCE)
class ProblemDetailsAdvice {

    private static final int LONGEST_ECHO = 80;

    private final DataSize uploadLimit;

    ProblemDetailsAdvice(@Value("${spring.servlet.multipart.max-request-size:1MB}") DataSize uploadLimit) {
        this.uploadLimit = uploadLimit;
    }

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
                        .map(p -> Map.of(
                                // The empty JSON pointer is the whole document: the request's body.
                                "field",
                                p.path().isEmpty() ? "body" : p.path(),
                                "reason",
                                FailureReasons.withoutPaths(p.reason(), e.file())))
                        .toList());
    }

    @ExceptionHandler
    ProblemDetail invalid(MethodArgumentNotValidException e) {
        List<Map<String, String>> errors = new ArrayList<>();
        for (FieldError error : e.getBindingResult().getFieldErrors()) {
            errors.add(Map.of(
                    "field",
                    error.getField(),
                    "reason",
                    error.getDefaultMessage() == null ? "is invalid" : error.getDefaultMessage()));
        }
        e.getBindingResult()
                .getGlobalErrors()
                .forEach(error -> errors.add(Map.of(
                        "field",
                        "body",
                        "reason",
                        error.getDefaultMessage() == null ? "is invalid" : error.getDefaultMessage())));
        String detail = errors.size() == 1
                ? errors.get(0).get("field") + ": " + errors.get(0).get("reason")
                : errors.size() + " fields cannot be accepted.";
        return withErrors(problem(HttpStatus.BAD_REQUEST, "Invalid request", detail), errors);
    }

    @ExceptionHandler
    ProblemDetail unreadable(HttpMessageNotReadableException e) {
        BodyTooLargeException tooLarge = causeOf(e, BodyTooLargeException.class);
        if (tooLarge != null) {
            return problem(HttpStatus.CONTENT_TOO_LARGE, "Content Too Large", tooLarge.getMessage());
        }
        String field = fieldOf(e);
        String reason = reasonOf(e);
        return withErrors(
                problem(HttpStatus.BAD_REQUEST, "Malformed request body", field + ": " + reason),
                List.of(Map.of("field", field, "reason", reason)));
    }

    @ExceptionHandler
    ProblemDetail tooLarge(ContentTooLargeException e) {
        return problem(HttpStatus.CONTENT_TOO_LARGE, "Content Too Large", e.getMessage());
    }

    @ExceptionHandler
    ProblemDetail uploadTooLarge(MaxUploadSizeExceededException e) {
        return problem(
                HttpStatus.CONTENT_TOO_LARGE,
                "Content Too Large",
                "The upload is larger than the limit of " + RequestBodyLimits.Limit.text(uploadLimit)
                        + " (spring.servlet.multipart.max-request-size).");
    }

    @ExceptionHandler
    ProblemDetail unreadableUpload(MultipartException e) {
        if (causeOf(e, BodyTooLargeException.class) != null
                || causeOf(e, MaxUploadSizeExceededException.class) != null) {
            return uploadTooLarge(new MaxUploadSizeExceededException(uploadLimit.toBytes()));
        }
        return withErrors(
                problem(HttpStatus.BAD_REQUEST, "Malformed request body", "The multipart body cannot be read."),
                List.of(Map.of("field", "file", "reason", "the multipart body cannot be read")));
    }

    private static <T extends Throwable> T causeOf(Throwable e, Class<T> type) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return type.cast(cause);
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return null;
    }

    /** Why Jackson could not read the body, in the user's terms. */
    private static String reasonOf(HttpMessageNotReadableException e) {
        UnrecognizedPropertyException unknown = causeOf(e, UnrecognizedPropertyException.class);
        if (unknown != null) {
            Collection<Object> known = unknown.getKnownPropertyIds();
            return "is not a field of this request"
                    + (known == null || known.isEmpty()
                            ? ""
                            : ". Maybe one of: "
                                    + known.stream()
                                            .map(String::valueOf)
                                            .sorted()
                                            .collect(Collectors.joining(", ")));
        }
        InvalidFormatException format = causeOf(e, InvalidFormatException.class);
        if (format != null) {
            return "(" + echo(format.getValue()) + ") is not " + typeInWords(format.getTargetType());
        }
        if (causeOf(e, InvalidNullException.class) != null) {
            return "is required";
        }
        if (causeOf(e, ValueInstantiationException.class) != null) {
            return "is incomplete or invalid: a required field is missing or null";
        }
        MismatchedInputException mismatch = causeOf(e, MismatchedInputException.class);
        if (mismatch != null) {
            Class<?> type = mismatch.getTargetType();
            return type != null
                            && type.isPrimitive()
                            && mismatch.getMessage() != null
                            && mismatch.getMessage().contains("null")
                    ? "is required"
                    : "must be " + typeInWords(type);
        }
        if (causeOf(e, StreamConstraintsException.class) != null) {
            return "has a value that is too long, a number with too many digits or too deep nesting";
        }
        StreamReadException syntax = causeOf(e, StreamReadException.class);
        if (syntax != null) {
            var location = syntax.getLocation();
            return location == null || location.getLineNr() < 1
                    ? "is not well-formed JSON"
                    : "is not well-formed JSON at line " + location.getLineNr() + ", column " + location.getColumnNr();
        }
        String message = e.getMessage();
        if (message != null && message.startsWith("Required request body is missing")) {
            return "is required: this request needs a JSON body";
        }
        return "cannot be read";
    }

    /** What a value of the type looks like, for "must be ..." and "is not ...". */
    private static String typeInWords(Class<?> type) {
        if (type == null) {
            return "of the expected kind";
        }
        if (type.isEnum()) {
            return "one of "
                    + Arrays.stream(type.getEnumConstants())
                            .map(String::valueOf)
                            .collect(Collectors.joining(", "));
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (Number.class.isAssignableFrom(type) || (type.isPrimitive() && type != char.class)) {
            return "a number";
        }
        if (type == String.class || type == Character.class || type == char.class) {
            return "text";
        }
        if (type == LocalDate.class) {
            return "a date (YYYY-MM-DD)";
        }
        if (type == LocalDateTime.class) {
            return "a date and time (YYYY-MM-DDTHH:MM:SS)";
        }
        if (type == LocalTime.class) {
            return "a time of day (HH:MM)";
        }
        if (type == Duration.class) {
            return "a duration (e.g. PT30M)";
        }
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "a list";
        }
        return "an object";
    }

    private static String echo(Object value) {
        String text = String.valueOf(value);
        return text.length() <= LONGEST_ECHO ? text : text.substring(0, LONGEST_ECHO) + "…";
    }

    /** The JSON path of the value Jackson could not read (an unknown enum constant, a number as text), or "body". */
    private static String fieldOf(HttpMessageNotReadableException e) {
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof DatabindException mapping && !mapping.getPath().isEmpty()) {
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
        String reason = "(" + echo(e.getValue()) + ") is not " + typeInWords(e.getRequiredType());
        return withErrors(
                problem(HttpStatus.BAD_REQUEST, "Invalid parameter", e.getName() + ": " + reason),
                List.of(Map.of("field", e.getName(), "reason", reason)));
    }

    @ExceptionHandler
    ProblemDetail missingParameter(MissingServletRequestParameterException e) {
        return withErrors(
                problem(
                        HttpStatus.BAD_REQUEST,
                        "Missing parameter",
                        "The parameter (" + e.getParameterName() + ") is required."),
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
}
