package city.sanitation.planning.build;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The ids of snow work on a street ({@code <segment>-plough<k>} for lane k, {@code <segment>-deice}), made here and
 * read back by the pages that word a pass as ploughing or de-icing rather than washing.
 */
public enum SnowTaskId {
    PLOUGH,
    DE_ICE;

    private static final Pattern PLOUGH_ID = Pattern.compile(".+-plough[1-9][0-9]*");
    private static final String DE_ICE_SUFFIX = "-deice";

    static String plough(String segmentId, int lane) {
        return segmentId + "-plough" + lane;
    }

    static String deIce(String segmentId) {
        return segmentId + DE_ICE_SUFFIX;
    }

    /** The snow work a street pass's task id names; empty for any other task (or none). */
    public static Optional<SnowTaskId> of(String taskId) {
        if (taskId == null) {
            return Optional.empty();
        }
        if (PLOUGH_ID.matcher(taskId).matches()) {
            return Optional.of(PLOUGH);
        }
        return taskId.endsWith(DE_ICE_SUFFIX) && taskId.length() > DE_ICE_SUFFIX.length()
                ? Optional.of(DE_ICE)
                : Optional.empty();
    }
}
