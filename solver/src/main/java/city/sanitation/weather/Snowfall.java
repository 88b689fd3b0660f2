package city.sanitation.weather;

import java.time.LocalDateTime;

/**
 * A snowfall observed in the district and entered by a dispatcher: when it fell and how deep it lies, in the district's
 * local time. It may lie before the planning horizon (yesterday afternoon's snow still on the streets tonight).
 *
 * @param depthCm fresh snow depth at its end
 * @param reportedBy who reported it (a dispatcher's account, a patrol), for the record; may be empty
 */
public record Snowfall(LocalDateTime start, LocalDateTime end, double depthCm, String reportedBy) {

    public Snowfall {
        reportedBy = reportedBy == null ? "" : reportedBy;
    }
}
