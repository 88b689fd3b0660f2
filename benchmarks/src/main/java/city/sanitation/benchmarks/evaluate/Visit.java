package city.sanitation.benchmarks.evaluate;

/**
 * One served customer or required edge of a route.
 *
 * @param task a customer's node number (1..n), or a required edge's index in the instance's list
 * @param reversed a required edge driven from its second vertex to its first
 */
public record Visit(int task, boolean reversed) {

    public static Visit of(int task) {
        return new Visit(task, false);
    }
}
