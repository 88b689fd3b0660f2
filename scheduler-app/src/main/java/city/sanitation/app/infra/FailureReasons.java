package city.sanitation.app.infra;

import city.sanitation.dataset.InvalidDatasetException;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A failure said in words a dispatcher can read, for what is stored and shown (a solver run's failure reason): the
 * message of the app's and the solver's own exceptions and the dataset reader's problems, without server paths; any
 * other failure (a library's, whose message may name classes) as
 * "internal error" with a reference to the full error, which is logged.
 */
public final class FailureReasons {

    private static final Logger LOG = LoggerFactory.getLogger(FailureReasons.class);

    /**
     * A path on this server: under the temporary folder (where uploads and documents are checked), the working folder
     * or a usual root. JSON pointers such as {@code /features/12/properties/id} do not start with these.
     */
    private static final Pattern FILE_PATH = Pattern.compile(Stream.of(
                    System.getProperty("java.io.tmpdir"),
                    System.getProperty("user.dir"),
                    System.getProperty("user.home"),
                    "/tmp",
                    "/var",
                    "/home",
                    "/root",
                    "/opt",
                    "/usr",
                    "/srv",
                    "/work")
            .filter(root -> root != null && root.startsWith("/") && root.length() > 1)
            .map(root -> Pattern.quote(root.endsWith("/") ? root.substring(0, root.length() - 1) : root))
            .collect(Collectors.joining("|", "(?:", ")(?=/|\\b)[^\\s)\"',]*")));

    private FailureReasons() {}

    /** A reason of the dataset reader or the OSM importer without the (temporary) file it read. */
    public static String withoutPaths(String reason, String file) {
        String named = file == null || file.isEmpty() ? reason : reason.replace(file, "the dataset");
        return FILE_PATH.matcher(named).replaceAll("(file)");
    }

    public static String describe(Throwable failure) {
        if (failure instanceof InvalidDatasetException invalid) {
            StringBuilder reason = new StringBuilder("The day's data has ")
                    .append(invalid.problems().size())
                    .append(invalid.problems().size() == 1 ? " problem:" : " problems:");
            invalid.problems()
                    .forEach(problem -> reason.append("\n  ")
                            .append(problem.path().isEmpty() ? "(document)" : problem.path())
                            .append(": ")
                            .append(withoutPaths(problem.reason(), invalid.file())));
            return reason.toString();
        }
        // The app's and the solver's own exceptions say what is wrong in the user's terms.
        if (failure.getClass().getName().startsWith("city.sanitation.") && failure.getMessage() != null) {
            return withoutPaths(failure.getMessage(), null);
        }
        String reference = UUID.randomUUID().toString();
        LOG.error("Internal error (reference {})", reference, failure);
        return "Internal error (reference " + reference + "); the log has the details.";
    }
}
