package city.sanitation.fleet;

import java.time.Duration;
import org.locationtech.jts.geom.Point;

/** A garbage transfer station (垃圾中转站) where clean-up trucks dump their load. */
public record TransferStation(String id, String name, Point location, Duration dumpTime) {}
