package city.sanitation.app.infra;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import tools.jackson.databind.json.JsonMapper;

/**
 * A problem detail (RFC 9457) written by hand, for the answers given outside Spring MVC: Tomcat's own errors, Spring
 * Security's firewall and the request size limits, which answer before any controller is reached.
 */
public final class ProblemJson {

    public static final String MEDIA_TYPE = "application/problem+json";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ProblemJson() {}

    public static String of(int status, String title, String detail, String instance) {
        return of(status, title, detail, instance, List.of());
    }

    public static String of(
            int status, String title, String detail, String instance, List<Map<String, String>> errors) {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "about:blank");
        problem.put("title", title);
        problem.put("status", status);
        problem.put("detail", detail);
        if (instance != null) {
            problem.put("instance", instance);
        }
        if (!errors.isEmpty()) {
            problem.put("errors", errors);
        }
        return JSON.writeValueAsString(problem);
    }

    /** The standard reason phrase of a status ("Bad Request"), or "Error" for a status Spring does not know. */
    public static String title(int status) {
        HttpStatus known = HttpStatus.resolve(status);
        return known == null ? "Error" : known.getReasonPhrase();
    }

    /** What an error status means, in plain words, for the answers that have nothing more specific to say. */
    public static String detail(int status) {
        return switch (status) {
            case 400 ->
                "The request cannot be read: its address, headers or body are malformed (e.g. encoded slashes, dots or"
                        + " control characters in the path).";
            case 401 -> "Sign in first, or send a bearer token.";
            case 403 -> "This account may not do this.";
            case 404 -> "Nothing is at this address.";
            case 405 -> "This address does not take this method.";
            case 408 -> "The request took too long to arrive.";
            case 413 -> "The request is larger than this address accepts.";
            case 414 -> "The address is too long.";
            case 415 -> "This address does not take this content type.";
            case 431 -> "The request headers are too large.";
            case 503 -> "The service is not available at the moment; try again shortly.";
            default ->
                status >= 500
                        ? "The server could not answer this request."
                        : "The request cannot be answered (status " + status + ").";
        };
    }
}
