package city.sanitation.planning.search;

/**
 * Where a task would go in a route and what it would add to the plan's cost.
 *
 * @param cost what it adds to the route's price by {@link city.sanitation.planning.score.PlanCosts}: medium points
 *     (lateness) far above soft ones (money, workload)
 */
record Insertion(int position, double cost) {}
