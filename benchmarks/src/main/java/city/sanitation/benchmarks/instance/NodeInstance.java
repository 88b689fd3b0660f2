package city.sanitation.benchmarks.instance;

/**
 * A vehicle routing instance with customers at points: VRPTW (Solomon, Gehring–Homberger) or CVRP (Uchoa X). Node 0
 * is the depot; nodes 1..n are the customers. Times are in the instance's own units; without time windows every
 * ready time is 0 and every due date {@link #NO_DUE}.
 *
 * @param maxVehicles how many vehicles the solvers may use
 */
public record NodeInstance(
        String name,
        double[] x,
        double[] y,
        int[] demand,
        long[] ready,
        long[] due,
        long[] service,
        int capacity,
        int maxVehicles,
        boolean timeWindows,
        DistanceRule rule)
        implements RoutingProblem {

    public static final long NO_DUE = Long.MAX_VALUE / 4;

    public NodeInstance {
        int size = x.length;
        if (y.length != size
                || demand.length != size
                || ready.length != size
                || due.length != size
                || service.length != size) {
            throw new IllegalArgumentException(
                    "The instance (%s) has columns of different lengths (%d nodes).".formatted(name, size));
        }
        if (capacity <= 0) {
            throw new IllegalArgumentException(
                    "The capacity (%d) of instance (%s) must be positive.".formatted(capacity, name));
        }
    }

    public NodeInstance withMaxVehicles(int vehicles) {
        return new NodeInstance(name, x, y, demand, ready, due, service, capacity, vehicles, timeWindows, rule);
    }

    public int customerCount() {
        return x.length - 1;
    }

    public int nodeCount() {
        return x.length;
    }

    /** The arc between two nodes in the integer units of {@link #rule()}. */
    public long arcUnits(int from, int to) {
        return rule.units(x[from] - x[to], y[from] - y[to]);
    }

    /** A time of the instance in the integer units of {@link #rule()}; {@link #NO_DUE} stays as it is. */
    public long timeUnits(long time) {
        return time >= NO_DUE ? NO_DUE : time * rule.unitsPerDistance();
    }

    public long totalDemand() {
        long total = 0;
        for (int d : demand) {
            total += d;
        }
        return total;
    }
}
