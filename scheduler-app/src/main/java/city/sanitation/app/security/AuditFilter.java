package city.sanitation.app.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Records every write (every method but GET, HEAD and OPTIONS), allowed or refused, once it is answered. Sign-in and
 * sign-out are recorded by their own handlers, which know who it was.
 */
final class AuditFilter extends OncePerRequestFilter {

    private static final Logger LOG = LoggerFactory.getLogger(AuditFilter.class);
    private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");
    private static final Set<String> OWN_RECORDS = Set.of("/sign-in", "/sign-out");

    private final AuditLog audit;

    AuditFilter(AuditLog audit) {
        this.audit = audit;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } finally {
            String path = RequestPaths.withinApp(request);
            if (!READS.contains(request.getMethod()) && !OWN_RECORDS.contains(path)) {
                Authentication authentication =
                        SecurityContextHolder.getContext().getAuthentication();
                String account =
                        authentication instanceof AccountAuthentication signedIn ? signedIn.getName() : "(anonymous)";
                try {
                    audit.record(account, request, response.getStatus(), null);
                } catch (RuntimeException e) {
                    // The write itself is done and answered; a lost audit line must not turn it into an error.
                    LOG.error("Could not record {} {} by {} in the audit log", request.getMethod(), path, account, e);
                }
            }
        }
    }
}
