package city.sanitation.benchmarks.instance;

/**
 * How a benchmark's published values measure an arc between two points. Each rule has an integer unit in which every
 * arc is exact, so that solvers working on integers lose nothing.
 */
public enum DistanceRule {
    /** CVRPLIB's exact-method convention for Solomon-type instances: each arc truncated to one decimal. */
    TRUNCATED_ONE_DECIMAL(10),
    /** TSPLIB EUC_2D: each arc rounded to the nearest integer. */
    ROUNDED(1);

    private final int unitsPerDistance;

    DistanceRule(int unitsPerDistance) {
        this.unitsPerDistance = unitsPerDistance;
    }

    /** How many integer units make one unit of the instance's distance. */
    public int unitsPerDistance() {
        return unitsPerDistance;
    }

    /** The arc in integer units. */
    public long units(double dx, double dy) {
        return switch (this) {
            case TRUNCATED_ONE_DECIMAL -> (long) Math.floor(Math.sqrt(100 * (dx * dx + dy * dy)));
            case ROUNDED -> (long) Math.floor(Math.sqrt(dx * dx + dy * dy) + 0.5);
        };
    }
}
