package city.sanitation.road.osm;

import city.sanitation.road.Connectivity;
import city.sanitation.road.RoadClass;
import city.sanitation.road.RoadNetwork;
import city.sanitation.road.RoadNode;
import city.sanitation.road.RoadSegment;
import com.graphhopper.reader.ReaderNode;
import com.graphhopper.reader.ReaderWay;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns an OpenStreetMap extract (OSM XML {@code .osm}, gzipped {@code .osm.gz} or {@code .osm.pbf}) into the
 * directed street graph a washing truck drives: the drivable ways (see {@link DrivableWays} for which and how), cut
 * into segments at junctions (see {@link WaySplitter}), optionally cut to a boundary polygon, and reduced to the
 * largest strongly connected component so that every segment can be reached from, and left back to, every other.
 *
 * <p>The file is read twice: first its ways, to learn which nodes drivable ways use and which of those are junctions,
 * then its nodes, keeping only the coordinates of those. Memory thus grows with the streets, not with the file, which
 * matters when a district is cut from a provincial extract. Node ids of the network are the OSM node ids.
 */
public final class OsmImporter {

    private static final Logger LOGGER = LoggerFactory.getLogger(OsmImporter.class);
    private static final GeometryFactory WGS84 = new GeometryFactory(new PrecisionModel(), 4326);

    public OsmImport importFile(Path file) {
        return importFile(file, OsmImportOptions.wholeFile());
    }

    public OsmImport importFile(Path file, OsmImportOptions options) {
        OsmFileReader.requireReadableFile(file);
        WayPass ways = readDrivableWays(file);
        UsedNodes nodes = new UsedNodes(ways.drivable());
        OsmFileReader.forEach(file, OsmFileReader.NODES_ONLY, element -> {
            if (element instanceof ReaderNode node) {
                nodes.locate(node.getId(), node.getLat(), node.getLon());
            }
        });
        LOGGER.debug("Located {} of the {} nodes of drivable ways in ({}).", nodes.locatedCount(), nodes.size(), file);

        WaySplitter splitter = new WaySplitter(nodes, WGS84);
        List<RoadSegment> built = new ArrayList<>();
        for (DrivableWay way : ways.drivable()) {
            built.addAll(splitter.split(way));
        }
        if (built.isEmpty()) {
            throw new OsmImportException(String.format(
                    Locale.ROOT,
                    "The OSM file (%s) has %d drivable ways but the nodes of none of them (%d of %d nodes found)."
                            + "\nMaybe the extract was cut without the nodes of its ways;"
                            + " osmium extract --strategy=complete_ways keeps them.",
                    file,
                    ways.drivable().size(),
                    nodes.locatedCount(),
                    nodes.size()));
        }
        List<RoadSegment> inside = options.hasBoundary() ? insideBoundary(built, options, file) : built;
        Connectivity.LargestComponent largest = Connectivity.largestStronglyConnected(networkOf(inside));
        RoadNetwork network = largest.kept();

        OsmImportReport report = new OsmImportReport(
                String.valueOf(file.getFileName()),
                ways.waysRead(),
                countByClass(ways.drivable()),
                splitter.partsWithMissingNodes(),
                splitter.partsOfZeroLength(),
                built.size() - inside.size(),
                inside.size(),
                largest.componentCount(),
                largest.droppedNodes().size(),
                largest.droppedSegments().size(),
                largest.droppedMetres() / 1000.0,
                network.nodeCount(),
                network.segmentCount(),
                kilometres(network.lengthByClass()));
        return new OsmImport(network, report);
    }

    private record WayPass(long waysRead, List<DrivableWay> drivable) {}

    private static WayPass readDrivableWays(Path file) {
        List<DrivableWay> drivable = new ArrayList<>();
        Set<Long> seenWayIds = new HashSet<>();
        long[] waysRead = {0};
        OsmFileReader.forEach(file, OsmFileReader.WAYS_ONLY, element -> {
            if (element instanceof ReaderWay way) {
                waysRead[0]++;
                // A file merged from overlapping extracts may repeat a way; its segment ids must stay unique.
                Optional<DrivableWay> kept = DrivableWays.classify(way);
                if (kept.isPresent() && seenWayIds.add(way.getId())) {
                    drivable.add(kept.get());
                }
            }
        });
        if (drivable.isEmpty()) {
            throw new OsmImportException(String.format(
                    Locale.ROOT,
                    "The OSM file (%s) has no way that a washing truck may drive (%d ways read)."
                            + "\nMaybe the extract holds only footpaths, buildings or land use,"
                            + " or covers another area than intended.",
                    file,
                    waysRead[0]));
        }
        LOGGER.debug("Read {} ways from ({}), {} of them drivable.", waysRead[0], file, drivable.size());
        return new WayPass(waysRead[0], drivable);
    }

    private static List<RoadSegment> insideBoundary(List<RoadSegment> segments, OsmImportOptions options, Path file) {
        PreparedGeometry boundary = PreparedGeometryFactory.prepare(options.boundary());
        List<RoadSegment> inside = new ArrayList<>();
        Envelope streets = new Envelope();
        for (RoadSegment segment : segments) {
            streets.expandToInclude(segment.geometry().getEnvelopeInternal());
            if (boundary.covers(segment.geometry().getStartPoint())
                    && boundary.covers(segment.geometry().getEndPoint())) {
                inside.add(segment);
            }
        }
        if (inside.isEmpty()) {
            throw new OsmImportException(String.format(
                    Locale.ROOT,
                    "The boundary (%s) holds no drivable segment of the OSM file (%s), whose streets lie in %s."
                            + "\nMaybe the boundary's coordinates are in (lat, lon) order: they must be (lon, lat),"
                            + " x = longitude, y = latitude.",
                    describe(options.boundary().getEnvelopeInternal()),
                    file,
                    describe(streets)));
        }
        return inside;
    }

    private static String describe(Envelope envelope) {
        return String.format(
                Locale.ROOT,
                "lon %.5f..%.5f, lat %.5f..%.5f",
                envelope.getMinX(),
                envelope.getMaxX(),
                envelope.getMinY(),
                envelope.getMaxY());
    }

    /** The nodes are the ends of the segments, in the order the segments first reach them. */
    private static RoadNetwork networkOf(List<RoadSegment> segments) {
        Map<Long, RoadNode> nodes = new LinkedHashMap<>();
        for (RoadSegment segment : segments) {
            addNode(nodes, segment.fromNode(), segment.geometry().getCoordinateN(0));
            addNode(
                    nodes,
                    segment.toNode(),
                    segment.geometry().getCoordinateN(segment.geometry().getNumPoints() - 1));
        }
        return new RoadNetwork(new ArrayList<>(nodes.values()), segments);
    }

    private static void addNode(Map<Long, RoadNode> nodes, long id, Coordinate position) {
        nodes.computeIfAbsent(id, ignored -> new RoadNode(id, position.y, position.x));
    }

    private static Map<RoadClass, Integer> countByClass(List<DrivableWay> ways) {
        Map<RoadClass, Integer> counts = new EnumMap<>(RoadClass.class);
        for (RoadClass roadClass : RoadClass.values()) {
            counts.put(roadClass, 0);
        }
        for (DrivableWay way : ways) {
            counts.merge(way.roadClass(), 1, Integer::sum);
        }
        return counts;
    }

    private static Map<RoadClass, Double> kilometres(Map<RoadClass, Double> metres) {
        Map<RoadClass, Double> km = new EnumMap<>(RoadClass.class);
        metres.forEach((roadClass, length) -> km.put(roadClass, length / 1000.0));
        return km;
    }
}
