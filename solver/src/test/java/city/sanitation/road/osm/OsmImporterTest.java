package city.sanitation.road.osm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import city.sanitation.road.Connectivity;
import city.sanitation.road.RoadClass;
import city.sanitation.road.RoadNetwork;
import city.sanitation.road.RoadNode;
import city.sanitation.road.RoadSegment;
import city.sanitation.testsupport.RepositoryFiles;
import com.graphhopper.reader.ReaderWay;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;

class OsmImporterTest {

    private static final GeometryFactory GEOMETRY = new GeometryFactory();

    private static Polygon box(double minLon, double minLat, double maxLon, double maxLat) {
        return (Polygon) GEOMETRY.toGeometry(new Envelope(minLon, maxLon, minLat, maxLat));
    }

    /** Metres along a polyline by a flat-earth approximation, independent of the importer's haversine. */
    private static double approximateMetres(Coordinate[] polyline) {
        double metresPerDegree = 6_371_008.8 * Math.PI / 180;
        double sum = 0;
        for (int i = 1; i < polyline.length; i++) {
            double meanLat = Math.toRadians((polyline[i].y + polyline[i - 1].y) / 2);
            double dx = (polyline[i].x - polyline[i - 1].x) * Math.cos(meanLat) * metresPerDegree;
            double dy = (polyline[i].y - polyline[i - 1].y) * metresPerDegree;
            sum += Math.hypot(dx, dy);
        }
        return sum;
    }

    @Nested
    class TinyDistrict {

        private final Path file = tinyDistrict();
        private final OsmImport result = new OsmImporter().importFile(file);
        private final RoadNetwork network = result.network();

        private static Path tinyDistrict() {
            try {
                return Path.of(OsmImporterTest.class
                        .getResource("tiny-district.osm.xml")
                        .toURI());
            } catch (URISyntaxException e) {
                throw new IllegalStateException(e);
            }
        }

        private RoadSegment segment(String id) {
            return network.findSegment(id).orElseThrow(() -> new AssertionError("No segment (" + id + ")."));
        }

        private Coordinate nodeAt(long nodeId) {
            return network.node(network.nodeIndex(nodeId)).coordinate();
        }

        @Test
        void keepsExactlyTheDrivableStronglyConnectedSegments() {
            assertThat(network.segments())
                    .extracting(RoadSegment::id)
                    .containsExactlyInAnyOrder(
                            // two-way, split at node 2 where w102 joins
                            "w100-0-f",
                            "w100-0-r",
                            "w100-1-f",
                            "w100-1-r",
                            // one-way, split at node 5
                            "w101-0-f",
                            "w101-1-f",
                            "w102-0-f",
                            "w102-0-r",
                            // oneway=-1
                            "w103-0-r",
                            "w104-0-f",
                            // the roundabout, split at its entries 10 and 12
                            "w105-0-f",
                            "w105-1-f",
                            "w106-0-f",
                            "w106-0-r",
                            "w107-0-f",
                            "w107-0-r");
            assertThat(network.nodes())
                    .extracting(RoadNode::id)
                    .containsExactlyInAnyOrder(1L, 2L, 3L, 4L, 5L, 6L, 10L, 12L, 14L);
        }

        @Test
        void oneWayStreetsYieldOneSegmentInTheirDrivingDirection() {
            RoadSegment south = segment("w101-0-f");
            assertThat(south.fromNode()).isEqualTo(4);
            assertThat(south.toNode()).isEqualTo(5);
            assertThat(south.oneWay()).isTrue();
            assertThat(network.findSegment("w101-0-r")).isEmpty();

            RoadSegment reverse = segment("w103-0-r");
            assertThat(reverse.fromNode()).isEqualTo(6);
            assertThat(reverse.toNode()).isEqualTo(3);
            assertThat(reverse.oneWay()).isTrue();
            assertThat(reverse.geometry().getCoordinateN(0)).isEqualTo(nodeAt(6));
            assertThat(network.findSegment("w103-0-f")).isEmpty();
        }

        @Test
        void roundaboutIsOneWayAndSplitAtItsEntries() {
            RoadSegment north = segment("w105-0-f");
            RoadSegment south = segment("w105-1-f");
            assertThat(List.of(north.fromNode(), north.toNode(), south.fromNode(), south.toNode()))
                    .containsExactly(10L, 12L, 12L, 10L);
            assertThat(north.oneWay()).isTrue();
            assertThat(north.geometry().getCoordinateN(1)).isEqualTo(new Coordinate(113.3033, 40.1003));
            assertThat(south.geometry().getCoordinateN(1)).isEqualTo(new Coordinate(113.3033, 40.0997));
            assertThat(network.findSegment("w105-0-r")).isEmpty();
        }

        @Test
        void twoWayStreetIsSplitAtTheJunctionButNotAtABend() {
            RoadSegment forward = segment("w100-0-f");
            RoadSegment backward = segment("w100-0-r");
            assertThat(forward.fromNode()).isEqualTo(1);
            assertThat(forward.toNode()).isEqualTo(2);
            assertThat(forward.oneWay()).isFalse();
            // node 7 is shared with the footway only, so it is a bend of the street, not a junction
            assertThat(forward.geometry().getCoordinates())
                    .containsExactly(nodeAt(1), new Coordinate(113.3005, 40.1004), nodeAt(2));
            assertThat(backward.fromNode()).isEqualTo(2);
            assertThat(backward.toNode()).isEqualTo(1);
            assertThat(backward.geometry().reverse().getCoordinates())
                    .containsExactly(forward.geometry().getCoordinates());
            assertThat(backward.lengthMetres()).isEqualTo(forward.lengthMetres());
            assertThat(network.reverseOf(forward)).contains(backward);
            assertThat(segment("w100-1-f").fromNode()).isEqualTo(2);
        }

        @Test
        void lengthIsMeasuredAlongTheBends() {
            RoadSegment bent = segment("w100-0-f");
            double straight = approximateMetres(new Coordinate[] {nodeAt(1), nodeAt(2)});
            assertThat(bent.lengthMetres())
                    .isCloseTo(approximateMetres(bent.geometry().getCoordinates()), within(0.5))
                    .isGreaterThan(straight + 10);
        }

        @Test
        void segmentsCarryNameLanesAndWidth() {
            assertThat(segment("w100-0-f").name()).isEqualTo("Yingbin Road");
            assertThat(segment("w102-0-f").name()).isEqualTo("中街");
            assertThat(segment("w103-0-r").name()).isEqualTo("X201");
            assertThat(segment("w100-0-f").roadClass()).isEqualTo(RoadClass.MAIN);
            assertThat(segment("w102-0-f").roadClass()).isEqualTo(RoadClass.SECONDARY);
            assertThat(segment("w101-0-f").roadClass()).isEqualTo(RoadClass.BRANCH);
            assertThat(segment("w100-0-f").lanes()).isEqualTo(4);
            assertThat(segment("w102-0-r").lanes()).isEqualTo(DrivableWays.defaultLanes(RoadClass.SECONDARY, false));
            assertThat(segment("w101-0-f").lanes()).isEqualTo(DrivableWays.defaultLanes(RoadClass.BRANCH, true));
            assertThat(segment("w102-0-r").widthMetres()).isEqualTo(7.5);
            assertThat(segment("w100-0-f").widthMetres()).isZero();
        }

        @Test
        void reportCountsWhatWasDroppedAndWhy() {
            OsmImportReport report = result.report();
            assertThat(report.fileName()).isEqualTo("tiny-district.osm.xml");
            assertThat(report.waysRead()).isEqualTo(15);
            assertThat(report.waysKeptByClass())
                    .containsExactlyInAnyOrderEntriesOf(
                            Map.of(RoadClass.MAIN, 1, RoadClass.SECONDARY, 3, RoadClass.BRANCH, 7, RoadClass.ALLEY, 0));
            assertThat(report.partsWithMissingNodes()).isEqualTo(1); // Broken Lane to node 99
            assertThat(report.segmentsOutsideBoundary()).isZero();
            assertThat(report.segmentsBeforeConnectivity()).isEqualTo(19);
            // the main part, Lonely Lane (20-21) and the end of Dead End Lane (22)
            assertThat(report.componentCount()).isEqualTo(3);
            assertThat(report.droppedNodes()).isEqualTo(3);
            assertThat(report.droppedSegments()).isEqualTo(3);
            assertThat(report.nodesAfter()).isEqualTo(9);
            assertThat(report.segmentsAfter()).isEqualTo(16);
            double lonelyLane = approximateMetres(
                    new Coordinate[] {new Coordinate(113.2950, 40.0950), new Coordinate(113.2960, 40.0950)});
            double deadEndLane = approximateMetres(
                    new Coordinate[] {new Coordinate(113.3020, 40.0990), new Coordinate(113.3025, 40.0980)});
            assertThat(report.droppedKm() * 1000).isCloseTo(2 * lonelyLane + deadEndLane, within(0.5));
            assertThat(report.summary())
                    .contains("tiny-district.osm.xml", "15 ways read", "11 drivable", "16 directed segments")
                    .contains("largest of 3 strongly connected parts")
                    .contains("1 way parts whose nodes are missing");
        }

        @Test
        void boundaryKeepsOnlySegmentsWithBothEndsInside() {
            // the western blocks: nodes 1 to 7, not the roundabout, not the lanes to 20-22
            Polygon west = box(113.2995, 40.0985, 113.3025, 40.1008);
            OsmImport bounded = new OsmImporter().importFile(file, OsmImportOptions.within(west));

            assertThat(bounded.network().segments())
                    .extracting(RoadSegment::id)
                    .containsExactlyInAnyOrder(
                            "w100-0-f",
                            "w100-0-r",
                            "w100-1-f",
                            "w100-1-r",
                            "w101-0-f",
                            "w101-1-f",
                            "w102-0-f",
                            "w102-0-r",
                            "w103-0-r",
                            "w104-0-f");
            OsmImportReport report = bounded.report();
            assertThat(report.segmentsOutsideBoundary()).isEqualTo(9);
            assertThat(report.segmentsBuilt()).isEqualTo(result.report().segmentsBuilt());
            assertThat(report.componentCount()).isEqualTo(1);
            assertThat(report.droppedSegments()).isZero();
            assertThat(report.summary()).contains("9 segments outside the boundary", "nothing dropped");
        }
    }

    @Nested
    class RealExtracts {

        private static final Map<String, OsmImport> IMPORTS = new ConcurrentHashMap<>();

        private static OsmImport imported(String fileName) {
            return IMPORTS.computeIfAbsent(
                    fileName, name -> new OsmImporter().importFile(RepositoryFiles.osmExtract(name)));
        }

        @ParameterizedTest
        @ValueSource(strings = {"monaco.osm.gz", "krems.osm.gz", "andorra.osm.pbf"})
        void importedNetworkIsStronglyConnected(String fileName) {
            OsmImport result = imported(fileName);
            assertThat(result.network().segmentCount()).isPositive();
            Connectivity.LargestComponent check = Connectivity.largestStronglyConnected(result.network());
            assertThat(check.componentCount()).isEqualTo(1);
            assertThat(check.isWholeNetwork()).isTrue();
        }

        @ParameterizedTest
        @ValueSource(strings = {"monaco.osm.gz", "krems.osm.gz", "andorra.osm.pbf"})
        void countsAddUp(String fileName) {
            OsmImport result = imported(fileName);
            OsmImportReport report = result.report();
            RoadNetwork network = result.network();
            assertThat(report.segmentsBeforeConnectivity())
                    .isEqualTo(report.segmentsAfter() + report.droppedSegments());
            assertThat(report.segmentsAfter()).isEqualTo(network.segmentCount());
            assertThat(report.nodesAfter()).isEqualTo(network.nodeCount());
            assertThat((long) report.waysKept()).isLessThanOrEqualTo(report.waysRead());
            for (RoadClass roadClass : RoadClass.values()) {
                assertThat(report.kmByClass().get(roadClass))
                        .isCloseTo(network.lengthByClass().get(roadClass) / 1000, within(1e-9));
            }
            assertThat(report.droppedKm()).isPositive().isLessThan(report.totalKm());
        }

        @ParameterizedTest
        @ValueSource(strings = {"monaco.osm.gz", "krems.osm.gz", "andorra.osm.pbf"})
        void geometryRunsFromNodeToNodeAndLengthAgreesWithIt(String fileName) {
            RoadNetwork network = imported(fileName).network();
            for (RoadSegment segment : network.segments()) {
                Coordinate[] polyline = segment.geometry().getCoordinates();
                assertThat(polyline[0])
                        .as(segment.id())
                        .isEqualTo(network.node(network.nodeIndex(segment.fromNode()))
                                .coordinate());
                assertThat(polyline[polyline.length - 1])
                        .as(segment.id())
                        .isEqualTo(network.node(network.nodeIndex(segment.toNode()))
                                .coordinate());
                double expected = approximateMetres(polyline);
                assertThat(segment.lengthMetres())
                        .as(segment.id())
                        .isCloseTo(expected, within(0.005 * expected + 0.01));
            }
        }

        @ParameterizedTest
        @ValueSource(strings = {"monaco.osm.gz", "krems.osm.gz", "andorra.osm.pbf"})
        void segmentsAreSplitAtJunctions(String fileName) {
            RoadNetwork network = imported(fileName).network();
            Set<Coordinate> nodePositions = new HashSet<>();
            network.nodes().forEach(node -> nodePositions.add(node.coordinate()));
            for (RoadSegment segment : network.segments()) {
                Coordinate[] polyline = segment.geometry().getCoordinates();
                for (int i = 1; i < polyline.length - 1; i++) {
                    assertThat(nodePositions)
                            .as("interior point %d of segment %s", i, segment.id())
                            .doesNotContain(polyline[i]);
                }
            }
        }

        @ParameterizedTest
        @ValueSource(strings = {"monaco.osm.gz", "krems.osm.gz", "andorra.osm.pbf"})
        void oneWayStreetsYieldOneSegmentAndTwoWayStreetsTwo(String fileName) throws IOException {
            Path file = RepositoryFiles.osmExtract(fileName);
            Map<Long, ReaderWay> taggedWays = new HashMap<>();
            OsmFileReader.forEach(file, OsmFileReader.WAYS_ONLY, element -> {
                if (element instanceof ReaderWay way) {
                    taggedWays.put(way.getId(), way);
                }
            });
            Map<String, Set<String>> directionsByPart = imported(fileName).network().segments().stream()
                    .collect(Collectors.groupingBy(
                            segment -> segment.id().substring(0, segment.id().lastIndexOf('-')),
                            Collectors.mapping(
                                    segment ->
                                            segment.id().substring(segment.id().lastIndexOf('-') + 1),
                                    Collectors.toSet())));
            int oneWayParts = 0;
            int twoWayParts = 0;
            for (Map.Entry<String, Set<String>> part : directionsByPart.entrySet()) {
                long wayId =
                        Long.parseLong(part.getKey().substring(1, part.getKey().indexOf('-')));
                ReaderWay way = taggedWays.get(wayId);
                String oneway = way.getTag("oneway", "");
                boolean roundabout = "roundabout".equals(way.getTag("junction"));
                if (oneway.equals("yes")
                        || oneway.equals("true")
                        || oneway.equals("1")
                        || roundabout && oneway.isEmpty()) {
                    assertThat(part.getValue()).as(part.getKey()).containsExactly("f");
                    oneWayParts++;
                } else if (oneway.equals("-1")) {
                    assertThat(part.getValue()).as(part.getKey()).containsExactly("r");
                    oneWayParts++;
                } else if (oneway.isEmpty() || oneway.equals("no")) {
                    assertThat(part.getValue()).as(part.getKey()).containsExactlyInAnyOrder("f", "r");
                    twoWayParts++;
                }
            }
            assertThat(oneWayParts).isPositive();
            assertThat(twoWayParts).isPositive();
        }

        @Test
        void boundaryRestrictsTheImport() {
            OsmImport whole = imported("monaco.osm.gz");
            Envelope all = new Envelope();
            whole.network().nodes().forEach(node -> all.expandToInclude(node.coordinate()));
            // the middle of the extract, a quarter of its area
            Polygon middle = box(
                    all.getMinX() + all.getWidth() / 4,
                    all.getMinY() + all.getHeight() / 4,
                    all.getMaxX() - all.getWidth() / 4,
                    all.getMaxY() - all.getHeight() / 4);

            OsmImport bounded = new OsmImporter()
                    .importFile(RepositoryFiles.osmExtract("monaco.osm.gz"), OsmImportOptions.within(middle));

            assertThat(bounded.network().segmentCount())
                    .isPositive()
                    .isLessThan(whole.network().segmentCount());
            for (RoadNode node : bounded.network().nodes()) {
                assertThat(middle.covers(GEOMETRY.createPoint(node.coordinate())))
                        .as("node %d", node.id())
                        .isTrue();
            }
            assertThat(Connectivity.largestStronglyConnected(bounded.network()).componentCount())
                    .isEqualTo(1);
            OsmImportReport report = bounded.report();
            assertThat(report.segmentsOutsideBoundary()).isPositive();
            assertThat(report.segmentsBuilt()).isEqualTo(whole.report().segmentsBuilt());
            assertThat(report.segmentsBeforeConnectivity())
                    .isEqualTo(report.segmentsAfter() + report.droppedSegments());
        }
    }

    @Nested
    class BadInput {

        @TempDir
        Path dir;

        private Path write(String name, String content) throws IOException {
            return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
        }

        @Test
        void missingFile() {
            Path missing = dir.resolve("nowhere.osm.pbf");
            assertThatThrownBy(() -> new OsmImporter().importFile(missing))
                    .isInstanceOf(OsmImportException.class)
                    .hasMessageContaining("(" + missing + ")")
                    .hasMessageContaining("does not exist")
                    .hasMessageContaining("Maybe");
        }

        @Test
        void directory() {
            assertThatThrownBy(() -> new OsmImporter().importFile(dir))
                    .isInstanceOf(OsmImportException.class)
                    .hasMessageContaining("(" + dir + ") is a directory");
        }

        @ParameterizedTest
        @ValueSource(
                strings = {
                    "notes.osm|{\"streets\": []}",
                    "track.osm|<?xml version=\"1.0\"?><gpx><trk/></gpx>",
                    "plan.osm.pbf|this is not a protocol buffer",
                    "empty.osm|",
                    "cut.osm|<?xml version=\"1.0\"?><osm><node id=\"1\" lat=\"1\" lon=\"1\"/><way id=\"5\"><nd ref="
                })
        void notAnOsmFile(String nameAndContent) throws IOException {
            String[] parts = nameAndContent.split("\\|", 2);
            Path file = write(parts[0], parts[1]);
            assertThatThrownBy(() -> new OsmImporter().importFile(file))
                    .isInstanceOf(OsmImportException.class)
                    .hasMessageContaining("(" + file + ") is not a readable OpenStreetMap file")
                    .hasMessageContaining("Maybe");
        }

        @Test
        void truncatedPbfFile() throws IOException {
            Path file = dir.resolve("truncated.osm.pbf");
            try (InputStream in = Files.newInputStream(RepositoryFiles.osmExtract("andorra.osm.pbf"))) {
                Files.write(file, in.readNBytes(200_000));
            }
            assertThatThrownBy(() -> new OsmImporter().importFile(file))
                    .isInstanceOf(OsmImportException.class)
                    .hasMessageContaining("(" + file + ") is not a readable OpenStreetMap file")
                    .hasMessageContaining("PBF");
        }

        @Test
        void noDrivableWay() throws IOException {
            Path file = write("park.osm", """
                    <?xml version="1.0" encoding="UTF-8"?>
                    <osm version="0.6">
                      <node id="1" lat="40.1" lon="113.3"/>
                      <node id="2" lat="40.1" lon="113.301"/>
                      <way id="9"><nd ref="1"/><nd ref="2"/><tag k="highway" v="footway"/></way>
                      <way id="10"><nd ref="1"/><nd ref="2"/><tag k="highway" v="residential"/>
                        <tag k="access" v="private"/></way>
                    </osm>
                    """);
            assertThatThrownBy(() -> new OsmImporter().importFile(file))
                    .isInstanceOf(OsmImportException.class)
                    .hasMessageContaining("(" + file + ") has no way that a washing truck may drive (2 ways read)")
                    .hasMessageContaining("Maybe");
        }

        @Test
        void drivableWaysWithoutTheirNodes() throws IOException {
            Path file = write("ways-only.osm", """
                    <?xml version="1.0" encoding="UTF-8"?>
                    <osm version="0.6">
                      <way id="10"><nd ref="1"/><nd ref="2"/><tag k="highway" v="residential"/></way>
                    </osm>
                    """);
            assertThatThrownBy(() -> new OsmImporter().importFile(file))
                    .isInstanceOf(OsmImportException.class)
                    .hasMessageContaining("(" + file + ") has 1 drivable ways but the nodes of none of them")
                    .hasMessageContaining("Maybe");
        }

        @Test
        void boundaryWithLatitudeAndLongitudeSwapped() throws URISyntaxException {
            Path file = Path.of(
                    OsmImporterTest.class.getResource("tiny-district.osm.xml").toURI());
            Polygon swapped = box(40.0985, 113.2995, 40.1008, 113.3025);
            assertThatThrownBy(() -> new OsmImporter().importFile(file, OsmImportOptions.within(swapped)))
                    .isInstanceOf(OsmImportException.class)
                    .hasMessageContaining("holds no drivable segment of the OSM file (" + file + ")")
                    .hasMessageContaining("lon 113.29500..113.30460")
                    .hasMessageContaining("Maybe the boundary's coordinates are in (lat, lon) order");
        }

        @Test
        void emptyBoundary() {
            assertThatThrownBy(() -> OsmImportOptions.within(GEOMETRY.createPolygon()))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("must not be empty");
        }
    }
}
