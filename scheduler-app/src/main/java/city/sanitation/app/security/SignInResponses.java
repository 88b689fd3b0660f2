package city.sanitation.app.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.csrf.CsrfException;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the sign-in page and programs are answered: JSON, never a redirect for {@code /api}, so a page's script can
 * show the reason and a program can read it.
 */
final class SignInResponses {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final AuditLog audit;

    SignInResponses(AuditLog audit) {
        this.audit = audit;
    }

    void signedIn(HttpServletRequest request, HttpServletResponse response, Authentication authentication)
            throws IOException {
        audit.record(authentication.getName(), request, HttpServletResponse.SC_OK, null);
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType("application/json");
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("username", authentication.getName());
        JSON.writeValue(response.getOutputStream(), body);
    }

    void refused(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        String username = request.getParameter("username");
        audit.record(
                username == null || username.isBlank()
                        ? "(none)"
                        : username.trim().toLowerCase(),
                request,
                e instanceof LockedException ? 429 : HttpServletResponse.SC_UNAUTHORIZED,
                null);
        if (e instanceof LockedException) {
            problem(response, 429, "Locked", e.getMessage() + " Maybe an admin can reset the password.");
        } else {
            problem(response, HttpServletResponse.SC_UNAUTHORIZED, "Not signed in", e.getMessage());
        }
    }

    void signedOut(HttpServletRequest request, HttpServletResponse response, Authentication authentication) {
        if (authentication != null) {
            audit.record(authentication.getName(), request, HttpServletResponse.SC_NO_CONTENT, null);
        }
        response.setStatus(HttpServletResponse.SC_NO_CONTENT);
    }

    /** Nobody signed in: a program gets 401; a browser asking for a page is sent to the sign-in page. */
    static void unauthorized(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        String path = RequestPaths.withinApp(request);
        if (!path.startsWith("/api/") && !path.startsWith("/v3/") && !path.startsWith("/actuator/")) {
            response.sendRedirect(request.getContextPath() + "/sign-in.html");
            return;
        }
        response.setHeader("WWW-Authenticate", "Bearer");
        problem(
                response,
                HttpServletResponse.SC_UNAUTHORIZED,
                "Not signed in",
                "Sign in first (the sign-in page, or an Authorization: Bearer token). " + e.getMessage());
    }

    static void forbidden(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        if (e instanceof CsrfException) {
            problem(
                    response,
                    HttpServletResponse.SC_FORBIDDEN,
                    "Forbidden",
                    "The request has no valid CSRF token (header X-XSRF-TOKEN from the cookie XSRF-TOKEN)."
                            + " Maybe it came from another site, or the page is older than the session: reload it.");
            return;
        }
        problem(
                response,
                HttpServletResponse.SC_FORBIDDEN,
                "Forbidden",
                "This account may not do this here: it is outside its role or its districts.");
    }

    static void problem(HttpServletResponse response, int status, String title, String detail) throws IOException {
        response.setStatus(status);
        response.setContentType("application/problem+json");
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "about:blank");
        body.put("title", title);
        body.put("status", status);
        body.put("detail", detail);
        JSON.writeValue(response.getOutputStream(), body);
    }
}
