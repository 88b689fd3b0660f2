package city.sanitation.app.infra;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;

/**
 * Tomcat's errors that never reach the app (a malformed or too long address, encoded slashes or NUL, headers too
 * large) as problem details instead of Tomcat's HTML page, without the server's name, version or stack traces.
 */
public class ProblemErrorReportValve extends ErrorReportValve {

    // Public: Tomcat makes its own instance by class name for the errors it answers before the app.
    public ProblemErrorReportValve() {
        setShowReport(false);
        setShowServerInfo(false);
    }

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        AtomicBoolean ioAllowed = new AtomicBoolean(true);
        response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
        if (!ioAllowed.get()) {
            return;
        }
        try {
            response.setContentType(ProblemJson.MEDIA_TYPE);
            response.setCharacterEncoding("UTF-8");
            PrintWriter writer = response.getReporter();
            if (writer != null) {
                // The address is left out: it is what could not be read.
                writer.write(ProblemJson.of(status, ProblemJson.title(status), ProblemJson.detail(status), null));
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException e) {
            // The client is gone or the response is already on its way: nothing more can be said.
        }
    }
}
