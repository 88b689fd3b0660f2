package city.sanitation.planning.search;

/**
 * Where a task would go in a route and what it would add to the plan's cost.
 *
 * @param cost added service-level lateness (weighted far above money) plus added money, in fen
 */
record Insertion(int position, double cost) {}
