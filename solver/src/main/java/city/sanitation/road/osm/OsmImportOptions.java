package city.sanitation.road.osm;

import org.locationtech.jts.geom.Polygon;

/**
 * How to cut the street graph out of an OpenStreetMap file.
 *
 * @param boundary WGS84 polygon (x = longitude, y = latitude) that a segment must lie in with both ends to be kept;
 *     null keeps the whole file
 */
public record OsmImportOptions(Polygon boundary) {

    public OsmImportOptions {
        if (boundary != null && boundary.isEmpty()) {
            throw new IllegalArgumentException("The boundary polygon of an OSM import must not be empty."
                    + "\nMaybe pass no boundary (OsmImportOptions.wholeFile()) to import the whole file.");
        }
    }

    public static OsmImportOptions wholeFile() {
        return new OsmImportOptions(null);
    }

    public static OsmImportOptions within(Polygon boundary) {
        return new OsmImportOptions(boundary);
    }

    public boolean hasBoundary() {
        return boundary != null;
    }
}
