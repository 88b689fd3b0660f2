package city.sanitation.fleet;

import java.time.Duration;
import org.locationtech.jts.geom.Point;

/** A water filling point (取水点) where washing trucks refill their tanks. */
public record Hydrant(String id, String name, Point location, Duration refillTime) {}
