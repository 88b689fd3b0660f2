package city.sanitation.app.ledger;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A ledger entry: the report and every step of its lifecycle so far.
 *
 * @param closedAt when it was closed, rejected or marked a duplicate; {@code closedBy} who did it
 * @param reason the dispatcher's reason for the last of those steps (a close's note), if any
 * @param duplicateOf the report this one duplicates, when DUPLICATE
 */
public record BlindSpot(
        String id,
        String districtId,
        double lon,
        double lat,
        String category,
        double volumeM3,
        String priority,
        String source,
        String photoRef,
        String description,
        List<String> equipment,
        LocalDateTime reportedAt,
        LocalDateTime deadline,
        BlindSpotStatus status,
        String reportedBy,
        OffsetDateTime plannedAt,
        OffsetDateTime startedAt,
        OffsetDateTime doneAt,
        String doneBy,
        OffsetDateTime closedAt,
        String closedBy,
        String confirmedBy,
        String reason,
        String duplicateOf) {}
