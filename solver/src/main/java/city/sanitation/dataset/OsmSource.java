package city.sanitation.dataset;

import org.locationtech.jts.geom.Polygon;

/**
 * Where a dataset's road network came from when it is not inline: an OSM file (path relative to the dataset file)
 * and the WGS84 polygon that bounds the district inside it; null boundary means the whole file.
 */
public record OsmSource(String osmFile, Polygon boundary) {}
