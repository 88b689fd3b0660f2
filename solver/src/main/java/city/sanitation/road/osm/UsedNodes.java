package city.sanitation.road.osm;

import java.util.Arrays;
import java.util.List;

/**
 * The OSM nodes that drivable ways pass through: how many times the ways use each one (a node used twice or more is a
 * junction) and, once the nodes are read, its coordinates. Kept in sorted primitive arrays, about 28 bytes a node,
 * because a regional extract has tens of millions of nodes of which only the street ones matter.
 */
final class UsedNodes {

    private final long[] ids;
    private final int[] useCounts;
    private final double[] lats;
    private final double[] lons;
    private int located;

    UsedNodes(List<DrivableWay> ways) {
        long total = 0;
        for (DrivableWay way : ways) {
            total += way.nodeIds().length;
        }
        long[] occurrences = new long[Math.toIntExact(total)];
        int fill = 0;
        for (DrivableWay way : ways) {
            System.arraycopy(way.nodeIds(), 0, occurrences, fill, way.nodeIds().length);
            fill += way.nodeIds().length;
        }
        Arrays.sort(occurrences);
        int distinct = 0;
        int[] counts = new int[occurrences.length];
        for (int i = 0; i < occurrences.length; i++) {
            if (distinct > 0 && occurrences[distinct - 1] == occurrences[i]) {
                counts[distinct - 1]++;
            } else {
                occurrences[distinct] = occurrences[i];
                counts[distinct++] = 1;
            }
        }
        this.ids = Arrays.copyOf(occurrences, distinct);
        this.useCounts = Arrays.copyOf(counts, distinct);
        this.lats = new double[distinct];
        this.lons = new double[distinct];
        Arrays.fill(lats, Double.NaN);
        Arrays.fill(lons, Double.NaN);
    }

    int size() {
        return ids.length;
    }

    /** Whether drivable ways meet at the node, or one way passes it twice (a loop): a street graph node. */
    boolean isJunction(long nodeId) {
        int index = Arrays.binarySearch(ids, nodeId);
        return index >= 0 && useCounts[index] >= 2;
    }

    /** Records the node's position if a drivable way uses it; other nodes are ignored. */
    void locate(long nodeId, double lat, double lon) {
        int index = Arrays.binarySearch(ids, nodeId);
        if (index >= 0) {
            if (Double.isNaN(lats[index])) {
                located++;
            }
            lats[index] = lat;
            lons[index] = lon;
        }
    }

    int locatedCount() {
        return located;
    }

    boolean isLocated(long nodeId) {
        int index = Arrays.binarySearch(ids, nodeId);
        return index >= 0 && !Double.isNaN(lats[index]);
    }

    double lat(long nodeId) {
        return lats[requireIndex(nodeId)];
    }

    double lon(long nodeId) {
        return lons[requireIndex(nodeId)];
    }

    private int requireIndex(long nodeId) {
        int index = Arrays.binarySearch(ids, nodeId);
        if (index < 0) {
            throw new IllegalArgumentException("The node (" + nodeId + ") is used by no drivable way.");
        }
        return index;
    }
}
