package city.sanitation.road.routing;

import city.sanitation.road.RoadNetwork;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Fastest-path travel times and lengths between all pairs of a problem's places (where tasks, depots and facilities
 * are: nodes, or points part-way along segments), for one speed profile. Built once per problem and profile and
 * shared by reference.
 *
 * <p>Entries are stored row by row in two flat {@code char} arrays (4 bytes per pair, lossless: see
 * {@link CompactTravelEntries}), filled by one search per source place, sources spread over a bounded thread pool. A point on a segment splits it only for the search (see
 * {@link PlaceSearch}); the graph is never copied.
 */
public final class TravelMatrix {

    /** The largest location count whose n² entries fit in one Java array. */
    public static final int MAX_LOCATIONS = 46_340;

    private final SpeedProfile profile;
    private final int size;
    private final List<RoadPlace> places;
    private final int[] locationOfNode;
    private final Map<RoadPlace, Integer> locationOfPlace;
    private final CompactTravelEntries entries;

    private TravelMatrix(
            SpeedProfile profile,
            List<RoadPlace> places,
            int[] locationOfNode,
            Map<RoadPlace, Integer> locationOfPlace,
            CompactTravelEntries entries) {
        this.profile = profile;
        this.size = places.size();
        this.places = places;
        this.locationOfNode = locationOfNode;
        this.locationOfPlace = locationOfPlace;
        this.entries = entries;
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
        return build(router, nodePlaces(locationNodeIndexes), profile, parallelism);
    }

    /** Builds over places, each a node or a point part-way along a segment. */
    public static TravelMatrix build(Router router, List<RoadPlace> places, SpeedProfile profile) {
        return build(router, places, profile, Runtime.getRuntime().availableProcessors());
    }

    /** Builds over places with at most {@code parallelism} threads. */
    public static TravelMatrix build(Router router, List<RoadPlace> places, SpeedProfile profile, int parallelism) {
        Objects.requireNonNull(profile, "profile");
        if (parallelism < 1) {
            throw new IllegalArgumentException("The parallelism (" + parallelism + ") must be at least 1.");
        }
        RoutingGraph graph = router.graph();
        int size = places.size();
        if (size > MAX_LOCATIONS) {
            throw new IllegalArgumentException("The travel matrix of (" + size + ") locations would need more than ("
                    + MAX_LOCATIONS + ")² entries, more than one array can hold.\n"
                    + "Maybe use fewer locations, e.g. only the ends of segments that have tasks.");
        }
        List<RoadPlace> placeList = List.copyOf(places);
        int[] locationOfNode = new int[graph.nodeCount()];
        Arrays.fill(locationOfNode, -1);
        Map<RoadPlace, Integer> locationOfPlace = new HashMap<>();
        for (int location = 0; location < size; location++) {
            RoadPlace place = placeList.get(location);
            if (place instanceof RoadPlace.AtNode atNode) {
                graph.requireNode(atNode.nodeIndex(), "node index of location " + location);
            } else {
                graph.requirePlace(place, "place of location " + location);
            }
            Integer earlier = locationOfPlace.putIfAbsent(place, location);
            if (earlier != null) {
                String what = place instanceof RoadPlace.AtNode atNode
                        ? "node index (" + atNode.nodeIndex() + ")"
                        : "place (" + place + ")";
                throw new IllegalArgumentException("The " + what + " appears twice in the locations, at (" + earlier
                        + ") and (" + location + ").\n"
                        + "Maybe remove duplicates first; each location must be a different place.");
            }
            if (place instanceof RoadPlace.AtNode atNode) {
                locationOfNode[atNode.nodeIndex()] = location;
            }
        }
        double[] arcSeconds = router.arcSeconds(profile);
        CompactTravelEntries entries = new CompactTravelEntries(size * size);
        RowFiller filler = new RowFiller(graph, arcSeconds, placeList, entries);
        int threads = Math.min(parallelism, Math.max(1, size));
        if (threads == 1) {
            filler.call();
        } else {
            runInPool(filler, threads);
        }
        return new TravelMatrix(profile, placeList, locationOfNode, locationOfPlace, entries);
    }

    private static List<RoadPlace> nodePlaces(int[] nodeIndexes) {
        List<RoadPlace> places = new ArrayList<>(nodeIndexes.length);
        for (int node : nodeIndexes) {
            places.add(RoadPlace.node(node));
        }
        return places;
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
        private final List<RoadPlace> places;
        private final boolean[] entries;
        private final int entryCount;
        private final CompactTravelEntries matrix;
        private final AtomicInteger nextSource = new AtomicInteger();

        RowFiller(RoutingGraph graph, double[] arcSeconds, List<RoadPlace> places, CompactTravelEntries matrix) {
            this.graph = graph;
            this.arcSeconds = arcSeconds;
            this.places = places;
            this.matrix = matrix;
            this.entries = new boolean[graph.nodeCount()];
            PlaceSearch marker = new PlaceSearch(graph, arcSeconds, places);
            int count = 0;
            for (int place = 0; place < places.size(); place++) {
                count += marker.markEntries(place, entries);
            }
            this.entryCount = count;
        }

        @Override
        public Void call() {
            int size = places.size();
            PlaceSearch search = new PlaceSearch(graph, arcSeconds, places);
            for (int from = nextSource.getAndIncrement(); from < size; from = nextSource.getAndIncrement()) {
                search.searchFrom(from, entries, entryCount);
                int row = from * size;
                for (int to = 0; to < size; to++) {
                    if (search.arriveAt(to)) {
                        matrix.put(
                                row + to,
                                Math.toIntExact(Math.round(search.arrivalSeconds())),
                                Math.toIntExact(Math.round(search.arrivalMetres())));
                    } else {
                        matrix.putUnreachable(row + to);
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

    /** The location at {@code place}, or -1 if that place is not a location. */
    public int locationOf(RoadPlace place) {
        Integer location = locationOfPlace.get(place);
        return location == null ? -1 : location;
    }

    public RoadPlace placeOf(int location) {
        return places.get(Objects.checkIndex(location, size));
    }

    /**
     * The node of a location at a node.
     *
     * @throws IllegalArgumentException if the location is a point part-way along a segment
     */
    public int nodeIndexOf(int location) {
        if (placeOf(location) instanceof RoadPlace.AtNode atNode) {
            return atNode.nodeIndex();
        }
        throw new IllegalArgumentException("The location (" + location + ") is a point on a segment ("
                + placeOf(location) + "), not a node.\nMaybe use placeOf(location).");
    }

    /** Fastest-path travel time in whole seconds (rounded), or {@link Integer#MAX_VALUE} if unreachable. */
    public int seconds(int fromLocation, int toLocation) {
        return entries.seconds(entry(fromLocation, toLocation));
    }

    /** Length of the same fastest path in whole metres (rounded), or {@link Integer#MAX_VALUE} if unreachable. */
    public int metres(int fromLocation, int toLocation) {
        return entries.metres(entry(fromLocation, toLocation));
    }

    public boolean reachable(int fromLocation, int toLocation) {
        return entries.reachable(entry(fromLocation, toLocation));
    }

    /** How many entries were too long for the compact arrays (see {@link CompactTravelEntries}). */
    public int overflowingEntries() {
        return entries.overflowCount();
    }

    private int entry(int fromLocation, int toLocation) {
        return Objects.checkIndex(fromLocation, size) * size + Objects.checkIndex(toLocation, size);
    }
}
