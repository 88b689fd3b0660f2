package city.sanitation.road.routing;

import java.util.Arrays;

/**
 * A reusable single-source fastest-path search: Dijkstra with an indexed binary min-heap on primitive arrays. Among
 * equally fast paths it keeps the shortest, so travel seconds and metres always describe one and the same path.
 *
 * <p>Not thread-safe: each thread uses its own instance. Only the nodes a search touched are reset before the next
 * one, so many short searches on a large network stay cheap.
 */
final class DijkstraSearch {

    private static final int UNREACHED = -1;
    private static final int SETTLED = -2;

    private final RoutingGraph graph;
    private final double[] seconds;
    private final double[] metres;
    private final int[] predecessorSegment;
    /** Position of each node in the heap, or UNREACHED, or SETTLED. */
    private final int[] heapPosition;

    private final int[] heap;
    private int heapSize;
    private final int[] touched;
    private int touchedCount;

    DijkstraSearch(RoutingGraph graph) {
        this.graph = graph;
        int nodeCount = graph.nodeCount();
        this.seconds = new double[nodeCount];
        this.metres = new double[nodeCount];
        this.predecessorSegment = new int[nodeCount];
        this.heapPosition = new int[nodeCount];
        this.heap = new int[nodeCount];
        this.touched = new int[nodeCount];
        Arrays.fill(seconds, Double.POSITIVE_INFINITY);
        Arrays.fill(metres, Double.POSITIVE_INFINITY);
        Arrays.fill(predecessorSegment, -1);
        Arrays.fill(heapPosition, UNREACHED);
    }

    /** Searches until {@code target} is settled (or everything reachable is). */
    void searchTo(int source, int target, double[] arcSeconds) {
        reset();
        seed(source, 0.0, 0.0);
        search(target, null, 1, arcSeconds);
    }

    /** Searches until every node marked in {@code targets} is settled (or everything reachable is). */
    void searchUntilSettled(int source, boolean[] targets, int targetCount, double[] arcSeconds) {
        reset();
        seed(source, 0.0, 0.0);
        search(-1, targets, targetCount, arcSeconds);
    }

    /**
     * Like {@link #searchUntilSettled(int, boolean[], int, double[])} from several nodes at once, each already
     * reached after some seconds and metres: the ends of a segment a search starts part-way along.
     */
    void searchUntilSettled(
            int[] seedNodes,
            double[] seedSeconds,
            double[] seedMetres,
            int seedCount,
            boolean[] targets,
            int targetCount,
            double[] arcSeconds) {
        reset();
        for (int i = 0; i < seedCount; i++) {
            seed(seedNodes[i], seedSeconds[i], seedMetres[i]);
        }
        search(-1, targets, targetCount, arcSeconds);
    }

    private void seed(int node, double nodeSeconds, double nodeMetres) {
        int position = heapPosition[node];
        if (position == UNREACHED) {
            seconds[node] = nodeSeconds;
            metres[node] = nodeMetres;
            touched[touchedCount++] = node;
            push(node);
        } else if (nodeSeconds < seconds[node] || (nodeSeconds == seconds[node] && nodeMetres < metres[node])) {
            seconds[node] = nodeSeconds;
            metres[node] = nodeMetres;
            siftUp(position);
        }
    }

    private void search(int target, boolean[] targets, int targetCount, double[] arcSeconds) {
        int remaining = targetCount;
        int[] arcStart = graph.arcStart;
        int[] arcHead = graph.arcHead;
        int[] arcSegment = graph.arcSegment;
        double[] arcMetres = graph.arcMetres;
        while (heapSize > 0) {
            int node = popMin();
            if ((targets == null ? node == target : targets[node]) && --remaining == 0) {
                return;
            }
            double nodeSeconds = seconds[node];
            double nodeMetres = metres[node];
            for (int arc = arcStart[node]; arc < arcStart[node + 1]; arc++) {
                int head = arcHead[arc];
                int position = heapPosition[head];
                if (position == SETTLED) {
                    continue;
                }
                double newSeconds = nodeSeconds + arcSeconds[arc];
                double newMetres = nodeMetres + arcMetres[arc];
                double oldSeconds = seconds[head];
                if (newSeconds < oldSeconds || (newSeconds == oldSeconds && newMetres < metres[head])) {
                    seconds[head] = newSeconds;
                    metres[head] = newMetres;
                    predecessorSegment[head] = arcSegment[arc];
                    if (position == UNREACHED) {
                        touched[touchedCount++] = head;
                        push(head);
                    } else if (newSeconds < oldSeconds) {
                        siftUp(position);
                    }
                }
            }
        }
    }

    boolean isSettled(int node) {
        return heapPosition[node] == SETTLED;
    }

    double seconds(int node) {
        return seconds[node];
    }

    double metres(int node) {
        return metres[node];
    }

    /**
     * The path from the last search's source (or the seed it went through) to a settled {@code target}, rebuilt
     * from predecessor segments.
     */
    RoutePath pathTo(int target) {
        int count = 0;
        int start = target;
        for (; predecessorSegment[start] >= 0; start = graph.segmentTail[predecessorSegment[start]]) {
            count++;
        }
        int[] segments = new int[count];
        for (int node = target; predecessorSegment[node] >= 0; node = graph.segmentTail[predecessorSegment[node]]) {
            segments[--count] = predecessorSegment[node];
        }
        return new RoutePath(start, target, segments, metres[target], seconds[target]);
    }

    private void reset() {
        for (int i = 0; i < touchedCount; i++) {
            int node = touched[i];
            seconds[node] = Double.POSITIVE_INFINITY;
            metres[node] = Double.POSITIVE_INFINITY;
            predecessorSegment[node] = -1;
            heapPosition[node] = UNREACHED;
        }
        touchedCount = 0;
        heapSize = 0;
    }

    private void push(int node) {
        heap[heapSize] = node;
        heapPosition[node] = heapSize;
        siftUp(heapSize++);
    }

    private int popMin() {
        int min = heap[0];
        heapPosition[min] = SETTLED;
        int last = heap[--heapSize];
        if (heapSize > 0) {
            heap[0] = last;
            heapPosition[last] = 0;
            siftDown(0);
        }
        return min;
    }

    private void siftUp(int position) {
        int node = heap[position];
        double key = seconds[node];
        while (position > 0) {
            int parentPosition = (position - 1) >>> 1;
            int parent = heap[parentPosition];
            if (seconds[parent] <= key) {
                break;
            }
            heap[position] = parent;
            heapPosition[parent] = position;
            position = parentPosition;
        }
        heap[position] = node;
        heapPosition[node] = position;
    }

    private void siftDown(int position) {
        int node = heap[position];
        double key = seconds[node];
        int half = heapSize >>> 1;
        while (position < half) {
            int child = 2 * position + 1;
            int right = child + 1;
            if (right < heapSize && seconds[heap[right]] < seconds[heap[child]]) {
                child = right;
            }
            if (key <= seconds[heap[child]]) {
                break;
            }
            heap[position] = heap[child];
            heapPosition[heap[child]] = position;
            position = child;
        }
        heap[position] = node;
        heapPosition[node] = position;
    }
}
