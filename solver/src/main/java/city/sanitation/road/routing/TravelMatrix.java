package city.sanitation.road.routing;

import city.sanitation.road.RoadNetwork;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Fastest-path travel times and lengths between all pairs of a problem's locations (the nodes where tasks, depots and
 * facilities are), for one speed profile. Built once per problem and profile and shared by reference.
 *
 * <p>Entries are stored row by row in two flat {@code int} arrays (8 bytes per pair), filled by one search per source
 * location, sources spread over a bounded thread pool.
 */
public final class TravelMatrix {

    /** The largest location count whose n² entries fit in one Java array. */
    public static final int MAX_LOCATIONS = 46_340;

    private final SpeedProfile profile;
    private final int size;
    private final int[] nodeOfLocation;
    private final int[] locationOfNode;
    private final int[] seconds;
    private final int[] metres;

    private TravelMatrix(
            SpeedProfile profile, int[] nodeOfLocation, int[] locationOfNode, int[] seconds, int[] metres) {
        this.profile = profile;
        this.size = nodeOfLocation.length;
        this.nodeOfLocation = nodeOfLocation;
        this.locationOfNode = locationOfNode;
        this.seconds = seconds;
        this.metres = metres;
    }

    public static TravelMatrix build(RoadNetwork network, int[] locationNodeIndexes, SpeedProfile profile) {
        return build(new Router(network), locationNodeIndexes, profile);
    }

    /** Builds with a router that already exists, reusing its flattened graph and arc times. */
    public static TravelMatrix build(Router router, int[] locationNodeIndexes, SpeedProfile profile) {
        return build(router, locationNodeIndexes, profile, Runtime.getRuntime().availableProcessors());
    }

    /** Builds with at most {@code parallelism} threads. */
    public static TravelMatrix build(Router router, int[] locationNodeIndexes, SpeedProfile profile, int parallelism) {
        Objects.requireNonNull(profile, "profile");
        if (parallelism < 1) {
            throw new IllegalArgumentException("The parallelism (" + parallelism + ") must be at least 1.");
        }
        RoutingGraph graph = router.graph();
        int size = locationNodeIndexes.length;
        if (size > MAX_LOCATIONS) {
            throw new IllegalArgumentException("The travel matrix of (" + size + ") locations would need more than ("
                    + MAX_LOCATIONS + ")² entries, more than one array can hold.\n"
                    + "Maybe use fewer locations, e.g. only the ends of segments that have tasks.");
        }
        int[] nodeOfLocation = locationNodeIndexes.clone();
        int[] locationOfNode = new int[graph.nodeCount()];
        Arrays.fill(locationOfNode, -1);
        boolean[] isLocation = new boolean[graph.nodeCount()];
        for (int location = 0; location < size; location++) {
            int node = nodeOfLocation[location];
            graph.requireNode(node, "node index of location " + location);
            if (locationOfNode[node] >= 0) {
                throw new IllegalArgumentException("The node index (" + node + ") appears twice in the locations, at ("
                        + locationOfNode[node] + ") and (" + location + ").\n"
                        + "Maybe remove duplicates first; each location must be a different node.");
            }
            locationOfNode[node] = location;
            isLocation[node] = true;
        }
        double[] arcSeconds = router.arcSeconds(profile);
        int[] seconds = new int[size * size];
        int[] metres = new int[size * size];
        RowFiller filler = new RowFiller(graph, arcSeconds, nodeOfLocation, isLocation, seconds, metres);
        int threads = Math.min(parallelism, Math.max(1, size));
        if (threads == 1) {
            filler.call();
        } else {
            runInPool(filler, threads);
        }
        return new TravelMatrix(profile, nodeOfLocation, locationOfNode, seconds, metres);
    }

    private static void runInPool(RowFiller filler, int threads) {
        ForkJoinPool pool = new ForkJoinPool(threads);
        try {
            List<Callable<Void>> workers = new ArrayList<>(threads);
            for (int i = 0; i < threads; i++) {
                workers.add(filler);
            }
            for (Future<Void> worker : pool.invokeAll(workers)) {
                worker.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Building the travel matrix was interrupted.", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtimeException) {
                throw runtimeException;
            }
            throw new IllegalStateException("Building the travel matrix failed.", e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /** Fills whole rows; each worker takes the next unfilled source, so a slow row never idles the other threads. */
    private static final class RowFiller implements Callable<Void> {

        private final RoutingGraph graph;
        private final double[] arcSeconds;
        private final int[] nodeOfLocation;
        private final boolean[] isLocation;
        private final int[] seconds;
        private final int[] metres;
        private final AtomicInteger nextSource = new AtomicInteger();

        RowFiller(
                RoutingGraph graph,
                double[] arcSeconds,
                int[] nodeOfLocation,
                boolean[] isLocation,
                int[] seconds,
                int[] metres) {
            this.graph = graph;
            this.arcSeconds = arcSeconds;
            this.nodeOfLocation = nodeOfLocation;
            this.isLocation = isLocation;
            this.seconds = seconds;
            this.metres = metres;
        }

        @Override
        public Void call() {
            int size = nodeOfLocation.length;
            DijkstraSearch search = new DijkstraSearch(graph);
            for (int from = nextSource.getAndIncrement(); from < size; from = nextSource.getAndIncrement()) {
                search.searchUntilSettled(nodeOfLocation[from], isLocation, size, arcSeconds);
                int row = from * size;
                for (int to = 0; to < size; to++) {
                    int node = nodeOfLocation[to];
                    if (search.isSettled(node)) {
                        seconds[row + to] = Math.toIntExact(Math.round(search.seconds(node)));
                        metres[row + to] = Math.toIntExact(Math.round(search.metres(node)));
                    } else {
                        seconds[row + to] = Integer.MAX_VALUE;
                        metres[row + to] = Integer.MAX_VALUE;
                    }
                }
            }
            return null;
        }
    }

    public SpeedProfile profile() {
        return profile;
    }

    /** The number of locations. */
    public int size() {
        return size;
    }

    /** The location at node {@code nodeIndex}, or -1 if that node is not a location. */
    public int locationOf(int nodeIndex) {
        Objects.checkIndex(nodeIndex, locationOfNode.length);
        return locationOfNode[nodeIndex];
    }

    public int nodeIndexOf(int location) {
        return nodeOfLocation[Objects.checkIndex(location, size)];
    }

    /** Fastest-path travel time in whole seconds (rounded), or {@link Integer#MAX_VALUE} if unreachable. */
    public int seconds(int fromLocation, int toLocation) {
        return seconds[entry(fromLocation, toLocation)];
    }

    /** Length of the same fastest path in whole metres (rounded), or {@link Integer#MAX_VALUE} if unreachable. */
    public int metres(int fromLocation, int toLocation) {
        return metres[entry(fromLocation, toLocation)];
    }

    public boolean reachable(int fromLocation, int toLocation) {
        return seconds[entry(fromLocation, toLocation)] != Integer.MAX_VALUE;
    }

    private int entry(int fromLocation, int toLocation) {
        return Objects.checkIndex(fromLocation, size) * size + Objects.checkIndex(toLocation, size);
    }
}
