package city.sanitation.dataset;

import city.sanitation.road.RoadNetwork;
import java.io.IOException;
import java.nio.file.Path;
import org.locationtech.jts.geom.Polygon;

/**
 * Builds the road network of a dataset whose streets are not inline but come from an OpenStreetMap extract
 * ({@code roadNetworkSource}). The OSM importer plugs in here; the dataset reader does not parse OSM itself.
 */
@FunctionalInterface
public interface OsmNetworkLoader {

    /**
     * @param osmFile the OSM file, already resolved against the dataset file's folder
     * @param boundary the WGS84 polygon of the district inside the extract; null for the whole extract
     */
    RoadNetwork load(Path osmFile, Polygon boundary) throws IOException;
}
