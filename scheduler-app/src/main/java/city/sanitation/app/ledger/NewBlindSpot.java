package city.sanitation.app.ledger;

import city.sanitation.task.BlindSpotCategory;
import city.sanitation.task.Priority;
import city.sanitation.task.ReportSource;
import java.time.LocalDateTime;
import java.util.List;

/**
 * A report as a resident, grid worker or patrol sends it.
 *
 * @param id optional; generated when absent
 * @param reportedAt optional; now when absent
 * @param deadline optional; the priority's default service level after {@code reportedAt} when absent
 */
public record NewBlindSpot(
        String id,
        Double lon,
        Double lat,
        BlindSpotCategory category,
        Double volumeM3,
        Priority priority,
        ReportSource source,
        String photoRef,
        String description,
        List<String> equipment,
        String reportedBy,
        LocalDateTime reportedAt,
        LocalDateTime deadline) {}
