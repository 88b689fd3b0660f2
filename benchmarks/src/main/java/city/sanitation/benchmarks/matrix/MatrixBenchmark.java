package city.sanitation.benchmarks.matrix;

import city.sanitation.road.Connectivity;
import city.sanitation.road.RoadClass;
import city.sanitation.road.RoadNetwork;
import city.sanitation.road.RoadSegment;
import city.sanitation.road.routing.SpeedProfile;
import city.sanitation.road.routing.TravelMatrix;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * How long building a {@link TravelMatrix} takes and how much heap it needs, on synthetic city grids of a few sizes,
 * with every node touched by a segment as a location (the worst case: real problems use fewer locations).
 *
 * <p>Arguments: target directed segment counts (default 2000 5000 20000). Run with {@code -Xmx2g}, see
 * benchmarks/README.md.
 */
public final class MatrixBenchmark {

    private static final long SEED = 20_240_601L;
    private static final double MEGABYTE = 1024.0 * 1024.0;
    private static final SpeedProfile WASHING_TRUCK = new SpeedProfile(
            "washing truck",
            Map.of(RoadClass.MAIN, 35.0, RoadClass.SECONDARY, 30.0, RoadClass.BRANCH, 20.0, RoadClass.ALLEY, 10.0));

    private MatrixBenchmark() {}

    public static void main(String[] args) {
        int[] targets = args.length == 0 ? new int[] {2_000, 5_000, 20_000} : parse(args);
        Runtime runtime = Runtime.getRuntime();
        System.out.printf(
                Locale.ROOT,
                "Java %s, %d processors, max heap %.0f MB, seed %d%n%n",
                System.getProperty("java.version"),
                runtime.availableProcessors(),
                runtime.maxMemory() / MEGABYTE,
                SEED);
        // Warm-up so that the first measured size is not also timing the JIT compiler.
        measure(CityGrid.withAboutSegments(2_000, SEED + 1));

        List<Row> rows = new ArrayList<>();
        for (int target : targets) {
            rows.add(measure(CityGrid.withAboutSegments(target, SEED)));
        }
        System.out.println("| directed segments | nodes (locations) | matrix entries | build (s) "
                + "| peak heap above baseline (MB) | retained (MB) | retained bytes/entry | peak bytes/entry |");
        System.out.println("|---:|---:|---:|---:|---:|---:|---:|---:|");
        for (Row row : rows) {
            System.out.println(row.markdown());
        }
    }

    private static int[] parse(String[] args) {
        int[] targets = new int[args.length];
        for (int i = 0; i < args.length; i++) {
            targets[i] = Integer.parseInt(args[i]);
        }
        return targets;
    }

    private static Row measure(RoadNetwork network) {
        Connectivity.LargestComponent largest = Connectivity.largestStronglyConnected(network);
        if (!largest.isWholeNetwork()) {
            throw new IllegalStateException("The synthetic grid has (" + largest.componentCount()
                    + ") strongly connected components; it must have one.");
        }
        int[] locations = touchedNodes(network);
        long entries = (long) locations.length * locations.length;
        long baseline = HeapSampler.settledHeapBytes();
        TravelMatrix matrix;
        long peak;
        long startNanos = System.nanoTime();
        try (HeapSampler sampler = new HeapSampler()) {
            matrix = TravelMatrix.build(network, locations, WASHING_TRUCK);
            peak = sampler.peakBytes();
        }
        double seconds = (System.nanoTime() - startNanos) / 1e9;
        long retained = HeapSampler.settledHeapBytes() - baseline;
        requireAllReachable(matrix);
        return new Row(network.segmentCount(), locations.length, entries, seconds, peak - baseline, retained);
    }

    private static int[] touchedNodes(RoadNetwork network) {
        BitSet touched = new BitSet(network.nodeCount());
        for (RoadSegment segment : network.segments()) {
            touched.set(network.nodeIndex(segment.fromNode()));
            touched.set(network.nodeIndex(segment.toNode()));
        }
        return touched.stream().toArray();
    }

    /** Also keeps the matrix reachable until the retained heap has been measured. */
    private static void requireAllReachable(TravelMatrix matrix) {
        for (int from = 0; from < matrix.size(); from++) {
            for (int to = 0; to < matrix.size(); to++) {
                if (!matrix.reachable(from, to)) {
                    throw new IllegalStateException("The location (" + to + ") is not reachable from (" + from + ").");
                }
            }
        }
    }

    private record Row(int segments, int nodes, long entries, double seconds, long peakBytes, long retainedBytes) {

        String markdown() {
            return String.format(
                    Locale.ROOT,
                    "| %,d | %,d | %,d | %.2f | %.0f | %.0f | %.2f | %.2f |",
                    segments,
                    nodes,
                    entries,
                    seconds,
                    peakBytes / MEGABYTE,
                    retainedBytes / MEGABYTE,
                    (double) retainedBytes / entries,
                    (double) peakBytes / entries);
        }
    }
}
