package city.sanitation.weather;

import java.time.LocalDateTime;

/**
 * Snow that calls for clearing: a run of snowy forecast hours or a snowfall a dispatcher reported. The deadlines of its
 * ploughing and de-icing count from its {@code end}, when the snow stops (雪停路净).
 *
 * @param depthCm fresh snow depth: the sum of the run's hours, or the depth reported
 * @param source "forecast" or who reported it
 */
public record SnowEvent(LocalDateTime start, LocalDateTime end, double depthCm, String source) {}
