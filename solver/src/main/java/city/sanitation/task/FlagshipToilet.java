package city.sanitation.task;

import java.time.Duration;
import java.time.LocalTime;
import org.locationtech.jts.geom.Point;

/**
 * A flagship public toilet (精品公厕) cleaned {@code roundsPerDay} times while open, rounds at least {@code minGap} and
 * at most {@code maxGap} apart. Open all day when {@code opensAt} equals {@code closesAt}.
 */
public record FlagshipToilet(
        String id,
        String name,
        Point location,
        LocalTime opensAt,
        LocalTime closesAt,
        int roundsPerDay,
        Duration minGap,
        Duration maxGap,
        Duration roundDuration) {}
