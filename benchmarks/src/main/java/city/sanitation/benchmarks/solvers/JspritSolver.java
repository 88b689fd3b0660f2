package city.sanitation.benchmarks.solvers;

import city.sanitation.benchmarks.evaluate.RoutingSolution;
import city.sanitation.benchmarks.evaluate.Visit;
import city.sanitation.benchmarks.instance.NodeInstance;
import city.sanitation.benchmarks.instance.RoutingProblem;
import com.graphhopper.jsprit.core.algorithm.VehicleRoutingAlgorithm;
import com.graphhopper.jsprit.core.algorithm.box.Jsprit;
import com.graphhopper.jsprit.core.algorithm.listener.IterationEndsListener;
import com.graphhopper.jsprit.core.algorithm.termination.TimeTermination;
import com.graphhopper.jsprit.core.problem.Location;
import com.graphhopper.jsprit.core.problem.VehicleRoutingProblem;
import com.graphhopper.jsprit.core.problem.cost.AbstractForwardVehicleRoutingTransportCosts;
import com.graphhopper.jsprit.core.problem.driver.Driver;
import com.graphhopper.jsprit.core.problem.job.Service;
import com.graphhopper.jsprit.core.problem.solution.VehicleRoutingProblemSolution;
import com.graphhopper.jsprit.core.problem.solution.route.VehicleRoute;
import com.graphhopper.jsprit.core.problem.solution.route.activity.TourActivity;
import com.graphhopper.jsprit.core.problem.vehicle.Vehicle;
import com.graphhopper.jsprit.core.problem.vehicle.VehicleImpl;
import com.graphhopper.jsprit.core.problem.vehicle.VehicleType;
import com.graphhopper.jsprit.core.problem.vehicle.VehicleTypeImpl;
import com.graphhopper.jsprit.core.util.Solutions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * jsprit 1.8 (ruin-and-recreate with threshold acceptance) on the same integer arcs, one thread, with its acceptance
 * threshold cooling over the time budget ({@link TimeScheduledAcceptance}).
 */
public final class JspritSolver implements RoutingSolver {

    @Override
    public String name() {
        return "jsprit";
    }

    @Override
    public boolean supports(RoutingProblem problem) {
        return problem instanceof NodeInstance;
    }

    @Override
    public SolveOutcome solve(RoutingProblem problem, Duration limit, long seed) {
        NodeInstance instance = (NodeInstance) problem;
        int size = instance.nodeCount();
        long[][] arcs = new long[size][size];
        for (int i = 0; i < size; i++) {
            for (int j = 0; j < size; j++) {
                arcs[i][j] = instance.arcUnits(i, j);
            }
        }
        VehicleRoutingProblem.Builder builder = VehicleRoutingProblem.Builder.newInstance();
        VehicleType type = VehicleTypeImpl.Builder.newInstance("truck")
                .addCapacityDimension(0, instance.capacity())
                .setCostPerDistance(1.0)
                .setCostPerTransportTime(0.0)
                .setCostPerWaitingTime(0.0)
                .setCostPerServiceTime(0.0)
                .build();
        Location depot = location(0);
        for (int v = 0; v < instance.maxVehicles(); v++) {
            VehicleImpl.Builder vehicle = VehicleImpl.Builder.newInstance("vehicle-" + v)
                    .setType(type)
                    .setStartLocation(depot);
            if (instance.timeWindows()) {
                vehicle.setEarliestStart(instance.timeUnits(instance.ready()[0]))
                        .setLatestArrival(instance.timeUnits(instance.due()[0]));
            }
            builder.addVehicle(vehicle.build());
        }
        for (int c = 1; c < size; c++) {
            Service.Builder<Service> service = Service.Builder.newInstance(Integer.toString(c))
                    .setLocation(location(c))
                    .addSizeDimension(0, instance.demand()[c])
                    .setServiceTime(instance.timeUnits(instance.service()[c]));
            if (instance.timeWindows()) {
                service.addTimeWindow(instance.timeUnits(instance.ready()[c]), instance.timeUnits(instance.due()[c]));
            }
            builder.addJob(service.build());
        }
        builder.setFleetSize(VehicleRoutingProblem.FleetSize.FINITE);
        builder.setRoutingCost(new MatrixCosts(arcs));
        VehicleRoutingProblem vrp = builder.build();

        long start = System.nanoTime();
        VehicleRoutingAlgorithm algorithm = Jsprit.Builder.newInstance(vrp)
                .setProperty(Jsprit.Parameter.THREADS, "1")
                .setRandom(new Random(seed))
                .setCustomAcceptor(new TimeScheduledAcceptance(start, limit.toNanos()))
                .buildAlgorithm();
        algorithm.setMaxIterations(Integer.MAX_VALUE);
        TimeTermination termination = new TimeTermination(limit.toMillis());
        algorithm.setPrematureAlgorithmTermination(termination);
        algorithm.addListener(termination);
        double[] bestCost = {Double.MAX_VALUE};
        long[] lastImprovement = {start};
        algorithm.addListener((IterationEndsListener) (iteration, p, solutions) -> {
            double cost = Solutions.bestOf(solutions).getCost();
            if (cost < bestCost[0] - 1e-9) {
                bestCost[0] = cost;
                lastImprovement[0] = System.nanoTime();
            }
        });
        VehicleRoutingProblemSolution best = Solutions.bestOf(algorithm.searchSolutions());
        long end = System.nanoTime();
        List<List<Visit>> routes = new ArrayList<>();
        for (VehicleRoute route : best.getRoutes()) {
            List<Visit> visits = new ArrayList<>();
            for (TourActivity activity : route.getActivities()) {
                if (activity instanceof TourActivity.JobActivity job) {
                    visits.add(Visit.of(Integer.parseInt(job.getJob().getId())));
                }
            }
            routes.add(visits);
        }
        return new SolveOutcome(
                new RoutingSolution(routes),
                Duration.ofNanos(Math.min(lastImprovement[0], end) - start),
                Duration.ofNanos(end - start),
                "cost %.1f, %d unassigned"
                        .formatted(best.getCost(), best.getUnassignedJobs().size()));
    }

    private static Location location(int node) {
        return Location.Builder.newInstance()
                .setId(Integer.toString(node))
                .setIndex(node)
                .build();
    }

    /** Arcs by location index; travel time equals distance. */
    private static final class MatrixCosts extends AbstractForwardVehicleRoutingTransportCosts {

        private final long[][] arcs;

        MatrixCosts(long[][] arcs) {
            this.arcs = arcs;
        }

        @Override
        public double getDistance(Location from, Location to, double departureTime, Vehicle vehicle) {
            return arcs[from.getIndex()][to.getIndex()];
        }

        @Override
        public double getTransportTime(
                Location from, Location to, double departureTime, Driver driver, Vehicle vehicle) {
            return arcs[from.getIndex()][to.getIndex()];
        }

        @Override
        public double getTransportCost(
                Location from, Location to, double departureTime, Driver driver, Vehicle vehicle) {
            return arcs[from.getIndex()][to.getIndex()];
        }
    }
}
