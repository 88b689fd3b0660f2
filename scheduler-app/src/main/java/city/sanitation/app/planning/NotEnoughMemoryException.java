package city.sanitation.app.planning;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * A solve this instance has no heap for: 503, since another instance of the cluster, or this one once its running
 * solves end, may have room. Spring answers it as the problem detail it carries.
 */
class NotEnoughMemoryException extends ErrorResponseException {

    NotEnoughMemoryException(String detail) {
        super(HttpStatus.SERVICE_UNAVAILABLE, problem(detail), null);
    }

    private static ProblemDetail problem(String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, detail);
        problem.setTitle("Not enough memory");
        return problem;
    }

    @Override
    public String getMessage() {
        return getBody().getDetail();
    }
}
