package city.sanitation.app.infra;

import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.async.AsyncRequestNotUsableException;

/**
 * What no other handler answers: a 500 with a reference to the full error in the log, never its message (it may name
 * classes, SQL or server paths). Last of all handlers, after Spring's own problem details for its exceptions.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class UnexpectedErrorAdvice {

    private static final Logger LOG = LoggerFactory.getLogger(UnexpectedErrorAdvice.class);

    @ExceptionHandler
    ProblemDetail unexpected(Exception e) throws Exception {
        // Spring Security answers these (401, 403); the others are answered by Spring or need no answer.
        if (e instanceof AccessDeniedException
                || e instanceof AuthenticationException
                || e instanceof ErrorResponse
                || e instanceof AsyncRequestNotUsableException) {
            throw e;
        }
        String reference = UUID.randomUUID().toString();
        LOG.error("Unexpected error (reference {})", reference, e);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.INTERNAL_SERVER_ERROR,
                "The server could not answer this request. The error is logged with reference " + reference + ".");
        problem.setTitle("Internal Server Error");
        problem.setProperty("reference", reference);
        return problem;
    }
}
