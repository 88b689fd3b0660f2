package city.sanitation.benchmarks.evaluate;

import city.sanitation.road.RoadNetwork;
import city.sanitation.road.RoadSegment;
import java.util.Arrays;

/**
 * Shortest street distances by length, by the evaluator's own Dijkstra over the road network, so that the district
 * check does not rely on the product's travel matrices. Distances from one source are kept until another source is
 * asked for, which suits legs grouped by their start.
 */
final class ShortestPaths {

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
        this.segmentLength = new double[segments];
        for (int i = 0; i < segments; i++) {
            RoadSegment segment = network.segment(i);
            segmentTarget[i] = network.nodeIndex(segment.toNode());
            segmentLength[i] = segment.lengthMetres();
        }
        this.distance = new double[network.nodeCount()];
        Arrays.fill(distance, Double.POSITIVE_INFINITY);
        this.settled = new boolean[network.nodeCount()];
        this.touched = new int[network.nodeCount()];
    }

    /** Metres of the shortest way from {@code from} to {@code to}; infinite when there is none. */
    double metres(int from, int to) {
        if (from != source) {
            reset(from);
        }
        while (!settled[to] && heapSize > 0) {
            settleNext();
        }
        return settled[to] ? distance[to] : Double.POSITIVE_INFINITY;
    }

    private void reset(int from) {
        for (int i = 0; i < touchedCount; i++) {
            distance[touched[i]] = Double.POSITIVE_INFINITY;
            settled[touched[i]] = false;
        }
        touchedCount = 0;
        heapSize = 0;
        source = from;
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
