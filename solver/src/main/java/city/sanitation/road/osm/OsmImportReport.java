package city.sanitation.road.osm;

import city.sanitation.road.RoadClass;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What an OSM import read, kept and dropped. Segment counts are directed segments (a two-way street counts twice);
 * so are the kilometres. The counts add up: {@code segmentsBeforeConnectivity = segmentsAfter + droppedSegments}.
 *
 * @param waysRead every way in the file, drivable or not
 * @param waysKeptByClass the ways a washing truck may drive, by road class
 * @param partsWithMissingNodes way parts left out because the file lacks some of their nodes (cut extracts)
 * @param partsOfZeroLength way parts left out because all their nodes lie on one spot
 * @param segmentsOutsideBoundary segments left out because an end lies outside the boundary polygon
 * @param segmentsBeforeConnectivity segments inside the boundary, before keeping the largest strongly connected part
 * @param componentCount strongly connected components among those segments
 * @param droppedNodes nodes outside the largest strongly connected component
 * @param droppedSegments segments outside the largest strongly connected component
 * @param droppedKm length of the dropped segments
 * @param kmByClass length of the imported network by road class
 */
public record OsmImportReport(
        String fileName,
        long waysRead,
        Map<RoadClass, Integer> waysKeptByClass,
        int partsWithMissingNodes,
        int partsOfZeroLength,
        int segmentsOutsideBoundary,
        int segmentsBeforeConnectivity,
        int componentCount,
        int droppedNodes,
        int droppedSegments,
        double droppedKm,
        int nodesAfter,
        int segmentsAfter,
        Map<RoadClass, Double> kmByClass) {

    public OsmImportReport {
        waysKeptByClass = Map.copyOf(waysKeptByClass);
        kmByClass = Map.copyOf(kmByClass);
    }

    public int waysKept() {
        return waysKeptByClass.values().stream().mapToInt(Integer::intValue).sum();
    }

    public double totalKm() {
        return kmByClass.values().stream().mapToDouble(Double::doubleValue).sum();
    }

    /** Segments cut from the drivable ways, before the boundary and the connectivity dropped any. */
    public int segmentsBuilt() {
        return segmentsBeforeConnectivity + segmentsOutsideBoundary;
    }

    /** A few lines for the person who imports: what the network holds and what was left out, and why. */
    public String summary() {
        StringBuilder text = new StringBuilder();
        text.append(format(
                "Imported %s: %d ways read, %d drivable (%s).%n",
                fileName, waysRead, waysKept(), byClass(waysKeptByClass, "%d")));
        text.append(format(
                "Street graph: %d nodes, %d directed segments, %.1f km (%s).%n",
                nodesAfter, segmentsAfter, totalKm(), byClass(kmByClass, "%.1f km")));
        if (componentCount > 1) {
            text.append(format(
                    "Kept the largest of %d strongly connected parts: dropped %d nodes, %d segments, %.1f km"
                            + " that a truck could not both reach and leave.%n",
                    componentCount, droppedNodes, droppedSegments, droppedKm));
        } else {
            text.append(format("The street graph is strongly connected: nothing dropped.%n"));
        }
        List<String> leftOut = new ArrayList<>();
        if (segmentsOutsideBoundary > 0) {
            leftOut.add(format("%d segments outside the boundary", segmentsOutsideBoundary));
        }
        if (partsWithMissingNodes > 0) {
            leftOut.add(format("%d way parts whose nodes are missing from the file", partsWithMissingNodes));
        }
        if (partsOfZeroLength > 0) {
            leftOut.add(format("%d way parts of zero length", partsOfZeroLength));
        }
        if (!leftOut.isEmpty()) {
            text.append("Left out: ").append(String.join(", ", leftOut)).append(format(".%n"));
        }
        return text.toString();
    }

    private static <N extends Number> String byClass(Map<RoadClass, N> values, String valueFormat) {
        Map<RoadClass, N> ordered = new EnumMap<>(RoadClass.class);
        ordered.putAll(values);
        List<String> parts = new ArrayList<>();
        ordered.forEach((roadClass, value) -> parts.add(roadClass.jsonName() + " " + format(valueFormat, value)));
        return String.join(", ", parts);
    }

    private static String format(String pattern, Object... arguments) {
        return String.format(Locale.ROOT, pattern, arguments);
    }
}
