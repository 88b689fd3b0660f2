package city.sanitation.app.ledger;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * What the ledger accepts of a report (prefix {@code sanitation.ledger}); anything beyond is a 400 naming the field.
 *
 * @param maxVolumeM3 the largest pile one report may claim; bigger ones are several reports or a project
 * @param maxEquipment how many equipment entries one report may need
 * @param maxDescriptionLength characters of free text
 * @param maxPhotoRefLength characters of a photo reference (a link or a file name)
 * @param maxReportedByLength characters of who reported it
 * @param maxReasonLength characters of a dispatcher's reason (reject, duplicate, close)
 * @param reportedAtAhead how far a report's time may be after the district's now (clocks differ a little)
 * @param reportedAtBack how far a report's time may be before the district's now (a late entry of an old report)
 * @param deadlineWithin how long after its report a deadline may be
 * @param areaMarginMetres how far outside the district's streets (their bounding box) a report may lie
 */
@ConfigurationProperties("sanitation.ledger")
public record LedgerLimits(
        @DefaultValue("50") double maxVolumeM3,
        @DefaultValue("10") int maxEquipment,
        @DefaultValue("2000") int maxDescriptionLength,
        @DefaultValue("500") int maxPhotoRefLength,
        @DefaultValue("100") int maxReportedByLength,
        @DefaultValue("1000") int maxReasonLength,
        @DefaultValue("5m") Duration reportedAtAhead,
        @DefaultValue("30d") Duration reportedAtBack,
        @DefaultValue("30d") Duration deadlineWithin,
        @DefaultValue("500") double areaMarginMetres) {

    /** The defaults, for tests. */
    static LedgerLimits defaults() {
        return new LedgerLimits(
                50, 10, 2000, 500, 100, 1000, Duration.ofMinutes(5), Duration.ofDays(30), Duration.ofDays(30), 500);
    }
}
