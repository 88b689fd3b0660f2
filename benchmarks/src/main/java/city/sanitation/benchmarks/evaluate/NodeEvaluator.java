package city.sanitation.benchmarks.evaluate;

import city.sanitation.benchmarks.instance.DistanceRule;
import city.sanitation.benchmarks.instance.NodeInstance;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks a VRPTW or CVRP solution from its routes alone, in doubles: every customer served once, loads within
 * capacity, service started inside each window (waiting when early), every route back by the depot's due date and no
 * more routes than vehicles. Travel time equals distance, measured by the instance's rule.
 */
public final class NodeEvaluator {

    private static final double EPSILON = 1e-6;

    private NodeEvaluator() {}

    public static double distance(NodeInstance instance, int from, int to) {
        double dx = instance.x()[from] - instance.x()[to];
        double dy = instance.y()[from] - instance.y()[to];
        double exact = Math.hypot(dx, dy);
        DistanceRule rule = instance.rule();
        return switch (rule) {
            // hypot may land a hair below a value with one decimal; the nudge keeps floor from losing a tenth
            case TRUNCATED_ONE_DECIMAL -> Math.floor(exact * 10 + 1e-9) / 10;
            case ROUNDED -> Math.floor(exact + 0.5);
        };
    }

    public static Evaluation evaluate(NodeInstance instance, RoutingSolution solution) {
        List<String> violations = new ArrayList<>();
        int[] served = new int[instance.nodeCount()];
        double total = 0;
        for (int r = 0; r < solution.routes().size(); r++) {
            List<Visit> route = solution.routes().get(r);
            int at = 0;
            double time = instance.ready()[0];
            long load = 0;
            for (Visit visit : route) {
                int customer = visit.task();
                if (customer < 1 || customer > instance.customerCount()) {
                    violations.add("route %d visits unknown customer %d".formatted(r, customer));
                    continue;
                }
                served[customer]++;
                double leg = distance(instance, at, customer);
                total += leg;
                time = Math.max(time + leg, instance.ready()[customer]);
                if (instance.timeWindows() && time > instance.due()[customer] + EPSILON) {
                    violations.add("route %d starts customer %d at %.2f after its due date %d"
                            .formatted(r, customer, time, instance.due()[customer]));
                }
                time += instance.service()[customer];
                load += instance.demand()[customer];
                at = customer;
            }
            double back = distance(instance, at, 0);
            total += back;
            time += back;
            if (instance.timeWindows() && time > instance.due()[0] + EPSILON) {
                violations.add(
                        "route %d is back at %.2f after the depot closes at %d".formatted(r, time, instance.due()[0]));
            }
            if (load > instance.capacity()) {
                violations.add("route %d carries %d over capacity %d".formatted(r, load, instance.capacity()));
            }
        }
        for (int customer = 1; customer < served.length; customer++) {
            if (served[customer] != 1) {
                violations.add("customer %d is served %d times".formatted(customer, served[customer]));
            }
        }
        if (solution.routes().size() > instance.maxVehicles()) {
            violations.add(
                    "%d routes for %d vehicles".formatted(solution.routes().size(), instance.maxVehicles()));
        }
        return new Evaluation(total, solution.routes().size(), violations);
    }
}
