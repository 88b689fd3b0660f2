package city.sanitation.app.infra;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.apache.catalina.Pipeline;
import org.apache.catalina.Valve;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.security.web.firewall.RequestRejectedHandler;

/**
 * Problem details for the errors answered outside the controllers: Tomcat's own (through its error report valve) and
 * Spring Security's firewall. Errors sent inside the app go to {@link ErrorPageController}.
 */
@Configuration
class ErrorResponses {

    private static final Logger LOG = LoggerFactory.getLogger(ErrorResponses.class);

    @Bean
    ProblemValveCustomizer problemErrorReportValve() {
        return new ProblemValveCustomizer();
    }

    /** Runs after Spring Boot's customizer, which adds an HTML error report valve that this one replaces. */
    static final class ProblemValveCustomizer
            implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

        @Override
        public void customize(TomcatServletWebServerFactory factory) {
            factory.addContextCustomizers(context -> {
                Pipeline host = context.getParent().getPipeline();
                for (Valve valve : host.getValves()) {
                    if (valve instanceof ErrorReportValve) {
                        host.removeValve(valve);
                    }
                }
                host.addValve(new ProblemErrorReportValve());
                // Tomcat looks the valve up by this class name (and makes one) for the errors it answers itself.
                if (context.getParent() instanceof StandardHost standardHost) {
                    standardHost.setErrorReportValveClass(ProblemErrorReportValve.class.getName());
                }
            });
        }

        @Override
        public int getOrder() {
            return Ordered.LOWEST_PRECEDENCE;
        }
    }

    /** An address the firewall refuses (encoded dots, slashes or percent signs, a semicolon, a double slash). */
    @Bean
    RequestRejectedHandler requestRejectedHandler() {
        return (request, response, rejected) -> {
            LOG.debug("Refused request to {}: {}", request.getRequestURI(), rejected.getMessage());
            write(
                    response,
                    HttpServletResponse.SC_BAD_REQUEST,
                    "Bad Request",
                    "The address is not accepted: it contains an encoded dot, slash, percent sign or backslash, a"
                            + " semicolon, a double slash or a control character. Maybe write the address without"
                            + " them.");
        };
    }

    static void write(HttpServletResponse response, int status, String title, String detail) throws IOException {
        if (response.isCommitted()) {
            return;
        }
        response.resetBuffer();
        response.setStatus(status);
        response.setContentType(ProblemJson.MEDIA_TYPE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(ProblemJson.of(status, title, detail, null));
        response.flushBuffer();
    }

    static String pathOf(HttpServletRequest request) {
        Object original = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        return original instanceof String path ? path : request.getRequestURI();
    }
}
