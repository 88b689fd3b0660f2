package city.sanitation.app.ledger;

import city.sanitation.task.BlindSpotCategory;
import city.sanitation.task.Priority;
import city.sanitation.task.ReportSource;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;
import java.util.List;

/**
 * A report as a resident, grid worker or patrol sends it. The rules that hold for every district are here; those that
 * depend on the district (its area and streets, its vehicles' equipment, its today) and on configured limits are
 * checked by {@link ReportRules} and {@link DistrictArea}.
 *
 * @param id optional; generated when absent
 * @param reportedAt optional; now when absent
 * @param deadline optional; the priority's default service level after {@code reportedAt} when absent
 */
public record NewBlindSpot(
        @Size(
                min = 1,
                max = ReportIds.MAX_LENGTH,
                message = "must be 1 to " + ReportIds.MAX_LENGTH + " characters long")
        @Pattern(regexp = ReportIds.PATTERN, message = ReportIds.RULE)
        String id,

        @NotNull(message = "is required")
        @DecimalMin(value = "-180", message = "must be a longitude between -180 and 180")
        @DecimalMax(value = "180", message = "must be a longitude between -180 and 180")
        Double lon,

        @NotNull(message = "is required")
        @DecimalMin(value = "-90", message = "must be a latitude between -90 and 90")
        @DecimalMax(value = "90", message = "must be a latitude between -90 and 90")
        Double lat,

        @NotNull(message = "is required") BlindSpotCategory category,

        @NotNull(message = "is required") @Positive(message = "must be more than 0 m³")
        Double volumeM3,

        @NotNull(message = "is required") Priority priority,
        @NotNull(message = "is required") ReportSource source,

        @Pattern(regexp = ReportTexts.ONE_LINE, message = ReportTexts.NO_CONTROL)
        String photoRef,

        @Pattern(regexp = ReportTexts.LINES, message = ReportTexts.NO_CONTROL_BUT_LINES)
        String description,

        List<String> equipment,

        @NotBlank(message = "is required: who blew the whistle")
        @Pattern(regexp = ReportTexts.ONE_LINE, message = ReportTexts.NO_CONTROL)
        String reportedBy,

        LocalDateTime reportedAt,
        LocalDateTime deadline) {

    /** How a report id looks: it travels in paths, file names and the dataset format, so plain characters only. */
    public static final class ReportIds {

        public static final int MAX_LENGTH = 64;
        // Empty matches here so that an empty id is refused once, by its length.
        public static final String PATTERN = "([A-Za-z0-9][A-Za-z0-9._-]*)?";
        public static final String RULE =
                "must begin with a letter or digit and hold only letters, digits, '-', '_' and '.'";

        private ReportIds() {}

        public static boolean isValid(String id) {
            return id != null && id.length() <= MAX_LENGTH && !id.isEmpty() && id.matches(PATTERN);
        }
    }

    /** Free text without control characters: a NUL cannot be stored, the others only garble lists and route sheets. */
    public static final class ReportTexts {

        public static final String ONE_LINE = "[^\\x00-\\x1F\\x7F]*";
        public static final String LINES = "[^\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F]*";
        public static final String NO_CONTROL = "must not hold control characters (such as NUL or a line break)";
        public static final String NO_CONTROL_BUT_LINES =
                "must not hold control characters other than line breaks and tabs (such as NUL)";

        private ReportTexts() {}

        public static boolean isOneLine(String text) {
            return text == null || text.matches(ONE_LINE);
        }

        public static boolean isLines(String text) {
            return text == null || text.matches(LINES);
        }
    }
}
