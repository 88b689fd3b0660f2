package city.sanitation.app.infra;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The errors sent inside the app outside Spring MVC's handlers (by a filter, Spring Security or the servlet container)
 * as problem details, in place of Spring Boot's {@code /error} answer. Never the exception's message: it may name
 * classes or server paths; a 5xx gets a reference that finds the full error in the log.
 */
// Not an endpoint of the API: the container forwards its errors here.
@Hidden
@RestController
class ErrorPageController implements ErrorController {

    private static final Logger LOG = LoggerFactory.getLogger(ErrorPageController.class);

    @RequestMapping("/error")
    ResponseEntity<String> error(HttpServletRequest request) {
        int status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) instanceof Integer code ? code : 500;
        String detail = ProblemJson.detail(status);
        if (status >= 500) {
            String reference = UUID.randomUUID().toString();
            LOG.error(
                    "Error {} answering {} (reference {})",
                    status,
                    ErrorResponses.pathOf(request),
                    reference,
                    request.getAttribute(RequestDispatcher.ERROR_EXCEPTION) instanceof Throwable cause ? cause : null);
            detail = detail + " The error is logged with reference " + reference + ".";
        }
        return ResponseEntity.status(status)
                .contentType(MediaType.parseMediaType(ProblemJson.MEDIA_TYPE))
                .body(ProblemJson.of(status, ProblemJson.title(status), detail, ErrorResponses.pathOf(request)));
    }
}
