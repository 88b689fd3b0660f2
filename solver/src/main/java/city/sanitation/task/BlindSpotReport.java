package city.sanitation.task;

import java.time.LocalDateTime;
import java.util.Set;
import org.locationtech.jts.geom.Point;

/**
 * A reported garbage blind spot to clean up.
 *
 * @param equipment what the clean-up needs beyond a garbage truck (e.g. "loader" for large piles)
 */
public record BlindSpotReport(
        String id,
        Point location,
        BlindSpotCategory category,
        double volumeM3,
        Priority priority,
        LocalDateTime reportedAt,
        LocalDateTime deadline,
        Set<String> equipment,
        ReportSource source,
        String description) {

    public BlindSpotReport {
        equipment = Set.copyOf(equipment);
        description = description == null ? "" : description;
    }
}
