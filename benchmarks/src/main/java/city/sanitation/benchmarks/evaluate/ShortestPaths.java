package city.sanitation.benchmarks.evaluate;

import city.sanitation.road.RoadNetwork;
import city.sanitation.road.RoadSegment;
import java.util.Arrays;

/**
 * Shortest street distances by length, by the evaluator's own Dijkstra over the road network, so that the district
 * check does not rely on the product's travel matrices. Distances from one source are kept until another source is
 * asked for, which suits legs grouped by their start.
 *
 * <p>A place is a node or a point part-way along a segment; on a two-way street a point is on both directions, so it
 * is left and reached by either end, and a point ahead on the same direction is reached straight along it.
 */
final class ShortestPaths {

    /**
     * A node ({@code segment} -1), or the point {@code offsetMetres} along a segment.
     *
     * @param node dense node index, or -1 for a point
     */
    record Place(int node, int segment, double offsetMetres) {

        static Place node(int node) {
            return new Place(node, -1, 0);
        }
    }

    private final int[] segmentSource;
    private final int[] twin;
    private Place sourcePlace;

    private final int[] outgoingStart;
    private final int[] outgoingSegments;
    private final int[] segmentTarget;
    private final double[] segmentLength;
    private final double[] distance;
    private final boolean[] settled;
    private final int[] touched;
    private int touchedCount;
    private long[] heap = new long[1024];
    private int heapSize;
    private int source = -1;

    ShortestPaths(RoadNetwork network) {
        if (network.nodeCount() > NODE_MASK) {
            throw new IllegalArgumentException("The road network has %d nodes, more than the evaluator's %d."
                    .formatted(network.nodeCount(), NODE_MASK));
        }
        this.outgoingStart = network.outgoingStartArray();
        this.outgoingSegments = network.outgoingSegmentsArray();
        int segments = network.segmentCount();
        this.segmentTarget = new int[segments];
        this.segmentSource = new int[segments];
        this.segmentLength = new double[segments];
        this.twin = new int[segments];
        for (int i = 0; i < segments; i++) {
            RoadSegment segment = network.segment(i);
            segmentTarget[i] = network.nodeIndex(segment.toNode());
            segmentSource[i] = network.nodeIndex(segment.fromNode());
            segmentLength[i] = segment.lengthMetres();
            int self = i;
            twin[i] = network.reverseOf(segment)
                    .map(reverse -> network.segmentIndex(reverse.id()))
                    .filter(reverse -> reverse != self)
                    .orElse(-1);
        }
        this.distance = new double[network.nodeCount()];
        Arrays.fill(distance, Double.POSITIVE_INFINITY);
        this.settled = new boolean[network.nodeCount()];
        this.touched = new int[network.nodeCount()];
    }

    /** Metres of the shortest way from {@code from} to {@code to}; infinite when there is none. */
    double metres(int from, int to) {
        if (from != source || sourcePlace.node() != from) {
            reset(from);
        }
        while (!settled[to] && heapSize > 0) {
            settleNext();
        }
        return settled[to] ? distance[to] : Double.POSITIVE_INFINITY;
    }

    /** The place {@code fraction} of the way along a segment; at either end, that end's node. */
    Place along(int segment, double fraction) {
        double offset = fraction * segmentLength[segment];
        if (offset <= 0) {
            return Place.node(segmentSource[segment]);
        }
        if (offset >= segmentLength[segment]) {
            return Place.node(segmentTarget[segment]);
        }
        return new Place(-1, segment, offset);
    }

    /** Metres of the shortest way between two places; infinite when there is none. */
    double metres(Place from, Place to) {
        if (from.node() >= 0 && to.node() >= 0) {
            return metres(from.node(), to.node());
        }
        if (!from.equals(sourcePlace)) {
            clear();
            source = -1;
            sourcePlace = from;
            if (from.node() >= 0) {
                relax(from.node(), 0);
            } else {
                relax(segmentTarget[from.segment()], segmentLength[from.segment()] - from.offsetMetres());
                int reverse = twin[from.segment()];
                if (reverse >= 0) {
                    relax(
                            segmentTarget[reverse],
                            from.offsetMetres() / segmentLength[from.segment()] * segmentLength[reverse]);
                }
            }
        }
        if (to.node() >= 0) {
            settleUntil(to.node(), to.node());
            return settled[to.node()] ? distance[to.node()] : Double.POSITIVE_INFINITY;
        }
        int segment = to.segment();
        int reverse = twin[segment];
        settleUntil(segmentSource[segment], reverse >= 0 ? segmentSource[reverse] : segmentSource[segment]);
        double best = settled[segmentSource[segment]]
                ? distance[segmentSource[segment]] + to.offsetMetres()
                : Double.POSITIVE_INFINITY;
        double fraction = to.offsetMetres() / segmentLength[segment];
        if (reverse >= 0 && settled[segmentSource[reverse]]) {
            best = Math.min(best, distance[segmentSource[reverse]] + (1 - fraction) * segmentLength[reverse]);
        }
        if (from.node() < 0) {
            double fromFraction = from.offsetMetres() / segmentLength[from.segment()];
            if (from.segment() == segment && fromFraction <= fraction) {
                best = Math.min(best, (fraction - fromFraction) * segmentLength[segment]);
            }
            if (from.segment() == reverse && 1 - fromFraction <= fraction) {
                best = Math.min(best, (fraction - (1 - fromFraction)) * segmentLength[segment]);
            }
            if (from.segment() == segment && reverse >= 0 && fromFraction > fraction) {
                best = Math.min(best, (fromFraction - fraction) * segmentLength[reverse]);
            }
            if (from.segment() == reverse && fromFraction <= 1 - fraction) {
                best = Math.min(best, (1 - fraction - fromFraction) * segmentLength[reverse]);
            }
        }
        return best;
    }

    private void settleUntil(int first, int second) {
        while ((!settled[first] || !settled[second]) && heapSize > 0) {
            settleNext();
        }
    }

    private void clear() {
        for (int i = 0; i < touchedCount; i++) {
            distance[touched[i]] = Double.POSITIVE_INFINITY;
            settled[touched[i]] = false;
        }
        touchedCount = 0;
        heapSize = 0;
    }

    private void reset(int from) {
        clear();
        source = from;
        sourcePlace = Place.node(from);
        relax(from, 0);
    }

    private void settleNext() {
        long top = pop();
        int node = (int) (top & NODE_MASK);
        if (settled[node]) {
            return;
        }
        settled[node] = true;
        for (int i = outgoingStart[node]; i < outgoingStart[node + 1]; i++) {
            int segment = outgoingSegments[i];
            relax(segmentTarget[segment], distance[node] + segmentLength[segment]);
        }
    }

    private void relax(int node, double metres) {
        if (metres >= distance[node]) {
            return;
        }
        if (distance[node] == Double.POSITIVE_INFINITY) {
            touched[touchedCount++] = node;
        }
        distance[node] = metres;
        // Keyed by centimetres, which orders exactly enough for a lower bound checked with a tolerance.
        push(((long) (metres * 100) << NODE_BITS) | node);
    }

    private static final int NODE_BITS = 24;
    private static final long NODE_MASK = (1L << NODE_BITS) - 1;

    private void push(long key) {
        if (heapSize == heap.length) {
            heap = Arrays.copyOf(heap, heapSize * 2);
        }
        int i = heapSize++;
        while (i > 0 && heap[(i - 1) / 2] > key) {
            heap[i] = heap[(i - 1) / 2];
            i = (i - 1) / 2;
        }
        heap[i] = key;
    }

    private long pop() {
        long top = heap[0];
        long last = heap[--heapSize];
        int i = 0;
        while (true) {
            int child = 2 * i + 1;
            if (child >= heapSize) {
                break;
            }
            if (child + 1 < heapSize && heap[child + 1] < heap[child]) {
                child++;
            }
            if (heap[child] >= last) {
                break;
            }
            heap[i] = heap[child];
            i = child;
        }
        if (heapSize > 0) {
            heap[i] = last;
        }
        return top;
    }
}
