package city.sanitation.planning.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.api.solver.SolutionManager;
import city.sanitation.dataset.DatasetReader;
import city.sanitation.dataset.DatasetWriter;
import city.sanitation.dataset.LoadedDataset;
import city.sanitation.dataset.SanitationDataset;
import city.sanitation.district.RealStreetsDistrict;
import city.sanitation.district.SampleDistrictGenerator;
import city.sanitation.fleet.Vehicle;
import city.sanitation.planning.PlanSolverConfig;
import city.sanitation.planning.build.ProblemBuilder;
import city.sanitation.planning.build.SanitationProblem;
import city.sanitation.planning.construction.GreedyConstruction;
import city.sanitation.planning.domain.Crew;
import city.sanitation.planning.domain.Route;
import city.sanitation.planning.domain.SanitationPlan;
import city.sanitation.planning.domain.Stop;
import city.sanitation.planning.domain.Task;
import city.sanitation.planning.report.PlanReport.RouteReport;
import city.sanitation.planning.report.PlanReport.StopReport;
import city.sanitation.road.routing.PlacePath;
import city.sanitation.road.routing.RoadPlace;
import city.sanitation.road.routing.SpeedProfile;
import city.sanitation.road.snap.GeoDistance;
import city.sanitation.testsupport.RepositoryFiles;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.locationtech.jts.geom.Point;

/**
 * On the districts generated from the real streets of the OSM extracts, a plan serves every blind spot, toilet,
 * depot, hydrant and transfer station at its snapped point on the street, not at a segment's end: plan.json's
 * position of each stop is its snapping distance from where the dataset puts it, and the driving to it is the
 * router's fastest way to that very point.
 */
class ServedWhereItIsTest {

    /** Snapping measures on a local plane, plan.json on the sphere; they differ by far less than this. */
    private static final double METRES_TOLERANCE = 2.0;

    @ParameterizedTest
    @ValueSource(strings = {"monaco.osm.gz", "krems.osm.gz", "andorra.osm.pbf"})
    void everyStopIsServedAtItsSnappedPointAndDrivenToByTheFastestWay(String extract, @TempDir Path folder)
            throws IOException {
        SanitationDataset generated = RealStreetsDistrict.fromOsmFile(
                RepositoryFiles.osmExtract(extract),
                SampleDistrictGenerator.DEFAULT_SEED,
                SampleDistrictGenerator.DEFAULT_PLANNING_DAY);
        Path file = folder.resolve("district.json.gz");
        new DatasetWriter().write(generated, file);
        LoadedDataset loaded = new DatasetReader().read(file);
        SanitationProblem problem = new ProblemBuilder().build(loaded);
        SanitationPlan plan = problem.plan();
        GreedyConstruction.construct(plan);
        SolutionManager<SanitationPlan, HardMediumSoftLongScore> solutionManager =
                SolutionManager.create(PlanSolverConfig.ofSeconds(1).solverFactoryForAnalysis());

        PlanReport report = new PlanReporter(solutionManager).report(problem, plan);

        Map<String, Point> given = givenLocations(loaded.dataset());
        int checked = 0;
        for (RouteReport route : report.routes()) {
            for (StopReport stop : route.stops()) {
                String key = givenKey(stop, route, loaded.dataset());
                if (key == null) {
                    continue;
                }
                Point location = given.get(key);
                double metres = GeoDistance.metres(location.getX(), location.getY(), stop.lon(), stop.lat());
                assertThat(stop.snapMetres()).as("snapping distance of %s", key).isNotNull();
                assertThat(metres)
                        .as("served %s from its given location", key)
                        .isCloseTo(stop.snapMetres(), within(METRES_TOLERANCE));
                checked++;
            }
        }
        assertThat(checked).isPositive();
        assertDrivingIsTheRoutersFastestWay(problem, plan);
    }

    private static void assertDrivingIsTheRoutersFastestWay(SanitationProblem problem, SanitationPlan plan) {
        int legs = 0;
        for (Route route : plan.getRoutes()) {
            Crew crew = route.getCrew();
            SpeedProfile profile = problem.profileByVehicleId().get(route.getId());
            int at = crew.depotLocation();
            for (Task task : route.getTasks()) {
                Stop stop = task.getStop();
                int entry = stop.reversed()
                        ? task.getProblem().endLocation()
                        : task.getProblem().startLocation();
                // A leg with a refill, a dump or a wait back at the depot goes by way of somewhere else.
                if (stop.detour() == null && stop.depotWait() == null) {
                    RoadPlace from = problem.places().place(at);
                    RoadPlace to = problem.places().place(entry);
                    PlacePath path = problem.router().fastestPath(from, to, profile);
                    assertThat((double) stop.travelMetres())
                            .as("metres from %s to %s", from, to)
                            .isCloseTo(path.metres(), within(0.5));
                    assertThat((double) crew.travel().seconds(at, entry))
                            .as("seconds from %s to %s", from, to)
                            .isCloseTo(path.seconds(), within(0.5));
                    legs++;
                }
                at = stop.reversed()
                        ? task.getProblem().startLocation()
                        : task.getProblem().endLocation();
            }
        }
        assertThat(legs).isPositive();
    }

    /** Where the dataset puts each point: keyed by kind and id. */
    private static Map<String, Point> givenLocations(SanitationDataset dataset) {
        Map<String, Point> given = new HashMap<>();
        dataset.blindSpots().forEach(spot -> given.put("BLIND_SPOT " + spot.id(), spot.location()));
        dataset.toilets().forEach(toilet -> given.put("TOILET_ROUND " + toilet.id(), toilet.location()));
        dataset.hydrants().forEach(hydrant -> given.put("REFILL " + hydrant.id(), hydrant.location()));
        dataset.transferStations().forEach(station -> given.put("DUMP " + station.id(), station.location()));
        dataset.depots().forEach(depot -> given.put("DEPOT " + depot.id(), depot.location()));
        return given;
    }

    private static String givenKey(StopReport stop, RouteReport route, SanitationDataset dataset) {
        return switch (stop.kind()) {
            case "TASK" ->
                switch (stop.taskKind()) {
                    case "BLIND_SPOT" -> "BLIND_SPOT " + stop.taskId();
                    case "TOILET_ROUND" ->
                        "TOILET_ROUND "
                                + stop.taskId().substring(0, stop.taskId().indexOf("-round-"));
                    default -> null;
                };
            case "REFILL", "DUMP" -> stop.kind() + " " + stop.facilityId();
            case "DEPOT" ->
                "DEPOT "
                        + dataset.vehicles().stream()
                                .filter(vehicle -> vehicle.id().equals(route.vehicleId()))
                                .map(Vehicle::depotId)
                                .findFirst()
                                .orElseThrow();
            default -> null;
        };
    }
}
