package city.sanitation.fleet;

import org.locationtech.jts.geom.Point;

/** A vehicle yard where routes start and end. */
public record Depot(String id, String name, Point location) {}
