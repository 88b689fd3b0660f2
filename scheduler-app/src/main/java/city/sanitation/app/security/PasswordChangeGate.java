package city.sanitation.app.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * An account whose password must be changed (the first admin, an account an admin reset) may only read who it is,
 * change its password and sign out until it has done so.
 */
final class PasswordChangeGate extends OncePerRequestFilter {

    private static final Set<String> ALLOWED = Set.of("/api/me", "/api/me/password", "/sign-out");

    private final CurrentAccount current;

    PasswordChangeGate(CurrentAccount current) {
        this.current = current;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = RequestPaths.withinApp(request);
        if (path.startsWith("/api/")
                && !ALLOWED.contains(path)
                && current.find().map(Account::mustChangePassword).orElse(false)) {
            SignInResponses.problem(
                    response,
                    HttpServletResponse.SC_FORBIDDEN,
                    "Password change required",
                    ("This account's password must be changed before it can do anything else.%n"
                                    + "Maybe change it on the sign-in page or with POST /api/me/password.")
                            .formatted());
            return;
        }
        chain.doFilter(request, response);
    }
}
