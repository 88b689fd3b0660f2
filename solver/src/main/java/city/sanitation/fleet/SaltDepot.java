package city.sanitation.fleet;

import java.time.Duration;
import org.locationtech.jts.geom.Point;

/** A store of salt or de-icer (融雪剂储备点) where spreaders reload. */
public record SaltDepot(String id, String name, Point location, Duration reloadTime) {}
