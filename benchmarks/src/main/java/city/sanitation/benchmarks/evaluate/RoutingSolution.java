package city.sanitation.benchmarks.evaluate;

import java.util.List;

/** What any solver hands back: the routes, each the ordered visits between leaving and coming back to the depot. */
public record RoutingSolution(List<List<Visit>> routes) {

    public RoutingSolution {
        routes = routes.stream()
                .filter(route -> !route.isEmpty())
                .map(List::copyOf)
                .toList();
    }
}
