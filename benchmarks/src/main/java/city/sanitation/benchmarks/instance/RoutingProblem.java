package city.sanitation.benchmarks.instance;

/** One benchmark instance of any kind. */
public sealed interface RoutingProblem permits NodeInstance, CarpInstance {

    String name();
}
