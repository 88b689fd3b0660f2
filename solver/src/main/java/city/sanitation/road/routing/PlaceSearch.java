package city.sanitation.road.routing;

import java.util.ArrayList;
import java.util.List;

/**
 * Fastest ways between {@link RoadPlace}s over the unchanged graph, as routing engines do with virtual nodes: a search
 * from a point part-way along a segment starts at the segment's head (and at its twin's head on a two-way street)
 * with the rest of the segment already driven, and a point is reached from its segment's tail (or its twin's) plus
 * the part of the segment up to it, or straight along the segment when it lies ahead on the same one.
 *
 * <p>Each place is compiled to a node or to up to two carriers: (segment, offset) pairs that hold the point, the
 * segment itself and its reverse twin. Not thread-safe: each thread uses its own instance.
 */
final class PlaceSearch {

    private final RoutingGraph graph;
    private final List<RoadPlace> places;
    private final double[] arcSeconds;
    private final DijkstraSearch search;
    /** The node of each place, or -1 for a point on a segment. */
    private final int[] placeNode;
    /** Two carrier slots per place, -1 when unused. */
    private final int[] carrierSegment;

    private final double[] carrierOffset;

    private final int[] seedNodes = new int[2];
    private final double[] seedSeconds = new double[2];
    private final double[] seedMetres = new double[2];
    private int fromPlace = -1;
    private int arrivalPlace = -1;

    private double arrivalSeconds;
    private double arrivalMetres;
    /** How the last arrival was reached: -1 at the place's node, else the carrier slot (0 or 1) of the target. */
    private int arrivalCarrier;
    /** The source's carrier slot when the last arrival drove straight along one segment, else -1. */
    private int directCarrier;

    PlaceSearch(RoutingGraph graph, double[] arcSeconds, List<RoadPlace> places) {
        this.graph = graph;
        this.places = places;
        this.arcSeconds = arcSeconds;
        this.search = new DijkstraSearch(graph);
        int size = places.size();
        this.placeNode = new int[size];
        this.carrierSegment = new int[2 * size];
        this.carrierOffset = new double[2 * size];
        for (int place = 0; place < size; place++) {
            RoadPlace roadPlace = places.get(place);
            carrierSegment[2 * place] = -1;
            carrierSegment[2 * place + 1] = -1;
            if (roadPlace instanceof RoadPlace.AtNode atNode) {
                placeNode[place] = atNode.nodeIndex();
                continue;
            }
            RoadPlace.OnSegment onSegment = (RoadPlace.OnSegment) roadPlace;
            int segment = onSegment.segmentIndex();
            placeNode[place] = -1;
            carrierSegment[2 * place] = segment;
            carrierOffset[2 * place] = onSegment.offsetMetres();
            int twin = graph.segmentTwin[segment];
            if (twin >= 0 && twin != segment) {
                double fraction = onSegment.offsetMetres() / length(segment);
                carrierSegment[2 * place + 1] = twin;
                carrierOffset[2 * place + 1] = (1.0 - fraction) * length(twin);
            }
        }
    }

    /** Marks the nodes a search must settle to reach {@code place}; returns how many it newly marked. */
    int markEntries(int place, boolean[] entries) {
        if (placeNode[place] >= 0) {
            return mark(placeNode[place], entries);
        }
        int marked = 0;
        for (int slot = 2 * place; slot < 2 * place + 2; slot++) {
            if (carrierSegment[slot] >= 0) {
                marked += mark(graph.segmentTail[carrierSegment[slot]], entries);
            }
        }
        return marked;
    }

    private static int mark(int node, boolean[] entries) {
        if (entries[node]) {
            return 0;
        }
        entries[node] = true;
        return 1;
    }

    /** Searches from {@code place} until every node marked in {@code entries} is settled. */
    void searchFrom(int place, boolean[] entries, int entryCount) {
        fromPlace = place;
        int seedCount = 0;
        if (placeNode[place] >= 0) {
            seedNodes[0] = placeNode[place];
            seedSeconds[0] = 0.0;
            seedMetres[0] = 0.0;
            seedCount = 1;
        } else {
            for (int slot = 2 * place; slot < 2 * place + 2; slot++) {
                int segment = carrierSegment[slot];
                if (segment >= 0) {
                    double rest = length(segment) - carrierOffset[slot];
                    seedNodes[seedCount] = graph.segmentHead[segment];
                    seedSeconds[seedCount] = secondsAlong(segment, rest);
                    seedMetres[seedCount] = rest;
                    seedCount++;
                }
            }
        }
        search.searchUntilSettled(seedNodes, seedSeconds, seedMetres, seedCount, entries, entryCount, arcSeconds);
    }

    /**
     * The fastest way from the last search's place to {@code place} (among equally fast, the shortest), read by
     * {@link #arrivalSeconds()} and {@link #arrivalMetres()}.
     *
     * @return false when {@code place} cannot be reached
     */
    boolean arriveAt(int place) {
        arrivalPlace = place;
        arrivalSeconds = Double.POSITIVE_INFINITY;
        arrivalMetres = Double.POSITIVE_INFINITY;
        arrivalCarrier = -1;
        directCarrier = -1;
        int node = placeNode[place];
        if (node >= 0) {
            if (search.isSettled(node)) {
                arrivalSeconds = search.seconds(node);
                arrivalMetres = search.metres(node);
            }
            return arrivalSeconds < Double.POSITIVE_INFINITY;
        }
        for (int slot = 0; slot < 2; slot++) {
            int segment = carrierSegment[2 * place + slot];
            if (segment < 0) {
                continue;
            }
            double offset = carrierOffset[2 * place + slot];
            int tail = graph.segmentTail[segment];
            if (search.isSettled(tail)) {
                offer(search.seconds(tail) + secondsAlong(segment, offset), search.metres(tail) + offset, slot, -1);
            }
            if (placeNode[fromPlace] < 0) {
                for (int fromSlot = 0; fromSlot < 2; fromSlot++) {
                    int fromOffsetSlot = 2 * fromPlace + fromSlot;
                    if (carrierSegment[fromOffsetSlot] == segment && carrierOffset[fromOffsetSlot] <= offset) {
                        double ahead = offset - carrierOffset[fromOffsetSlot];
                        offer(secondsAlong(segment, ahead), ahead, slot, fromSlot);
                    }
                }
            }
        }
        return arrivalSeconds < Double.POSITIVE_INFINITY;
    }

    private void offer(double seconds, double metres, int slot, int fromSlot) {
        if (seconds < arrivalSeconds || (seconds == arrivalSeconds && metres < arrivalMetres)) {
            arrivalSeconds = seconds;
            arrivalMetres = metres;
            arrivalCarrier = slot;
            directCarrier = fromSlot;
        }
    }

    double arrivalSeconds() {
        return arrivalSeconds;
    }

    double arrivalMetres() {
        return arrivalMetres;
    }

    /** The streets of the last arrival, in driving order. */
    PlacePath arrivalPath() {
        RoadPlace from = places.get(fromPlace);
        RoadPlace to = places.get(arrivalPlace);
        List<PlacePath.Stretch> stretches = new ArrayList<>();
        int toSlot = arrivalCarrier < 0 ? -1 : 2 * arrivalPlace + arrivalCarrier;
        if (directCarrier >= 0) {
            int fromSlot = 2 * fromPlace + directCarrier;
            stretches.add(
                    new PlacePath.Stretch(carrierSegment[fromSlot], carrierOffset[fromSlot], carrierOffset[toSlot]));
            return new PlacePath(from, to, stretches, arrivalMetres, arrivalSeconds);
        }
        int entry = toSlot < 0 ? placeNode[arrivalPlace] : graph.segmentTail[carrierSegment[toSlot]];
        RoutePath network = search.pathTo(entry);
        if (placeNode[fromPlace] < 0) {
            for (int slot = 2 * fromPlace; slot < 2 * fromPlace + 2; slot++) {
                int segment = carrierSegment[slot];
                if (segment >= 0 && graph.segmentHead[segment] == network.fromNode()) {
                    stretches.add(new PlacePath.Stretch(segment, carrierOffset[slot], length(segment)));
                    break;
                }
            }
        }
        for (int segment : network.segmentIndexes()) {
            stretches.add(new PlacePath.Stretch(segment, 0.0, length(segment)));
        }
        if (toSlot >= 0) {
            stretches.add(new PlacePath.Stretch(carrierSegment[toSlot], 0.0, carrierOffset[toSlot]));
        }
        return new PlacePath(from, to, stretches, arrivalMetres, arrivalSeconds);
    }

    private double length(int segment) {
        return graph.arcMetres[graph.segmentArc[segment]];
    }

    private double secondsAlong(int segment, double metres) {
        int arc = graph.segmentArc[segment];
        return arcSeconds[arc] * (metres / graph.arcMetres[arc]);
    }
}
