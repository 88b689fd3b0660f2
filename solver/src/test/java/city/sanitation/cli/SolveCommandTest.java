package city.sanitation.cli;

import static org.assertj.core.api.Assertions.assertThat;

import city.sanitation.dataset.DatasetReader;
import city.sanitation.planning.build.ProblemBuilder;
import city.sanitation.planning.build.SanitationProblem;
import city.sanitation.planning.domain.Crew;
import city.sanitation.planning.domain.Route;
import city.sanitation.planning.domain.RoutePlanning;
import city.sanitation.planning.domain.RouteState;
import city.sanitation.planning.domain.Stop;
import city.sanitation.planning.domain.Task;
import city.sanitation.planning.report.PlanReport;
import city.sanitation.planning.report.PlanReportJson;
import city.sanitation.testsupport.RepositoryFiles;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import tools.jackson.databind.json.JsonMapper;

/** The README's main job on the small sample district: a plan a dispatcher can sign and a crew can drive. */
class SolveCommandTest {

    @TempDir
    static Path folder;

    private static final StringWriter out = new StringWriter();
    private static int exitCode;
    private static PlanReport report;

    @BeforeAll
    static void solveTheSmallDistrict() {
        CommandLine commandLine = SanitationCli.commandLine();
        commandLine.setOut(new PrintWriter(out));
        commandLine.setErr(new PrintWriter(new StringWriter()));
        exitCode = commandLine.execute(
                "solve",
                "--dataset",
                RepositoryFiles.committedDataset("small.json").toString(),
                "--seconds",
                "5",
                "--seed",
                "1",
                "--out",
                folder.toString());
        report = new PlanReportJson().read(folder.resolve("plan.json"));
    }

    @Test
    void printsTheSummaryADispatcherReads() {
        assertThat(exitCode).isZero();
        assertThat(out.toString())
                .contains("Loaded pingcheng-small")
                .contains("best ")
                .contains("Plan for pingcheng-small")
                .contains("(feasible)")
                .contains("Vehicles used")
                .contains("Washed")
                .contains("Blind spots")
                .contains("Toilet rounds")
                .contains("Wrote ");
    }

    @Test
    void everyTaskIsInExactlyOneRouteOrUnassignedWithAReason() {
        Set<String> seen = new HashSet<>();
        report.routes()
                .forEach(route -> route.stops().stream()
                        .filter(stop -> stop.taskId() != null)
                        .forEach(stop -> assertThat(seen.add(stop.taskId()))
                                .as(stop.taskId())
                                .isTrue()));
        report.unassigned().forEach(task -> {
            assertThat(seen.add(task.taskId())).as(task.taskId()).isTrue();
            assertThat(task.reason()).isNotBlank();
        });
        var kpis = report.kpis();
        assertThat(seen)
                .hasSize(kpis.streetPassesPlanned()
                        + kpis.toiletRoundsPlanned()
                        + kpis.blindSpotsCleared()
                        + kpis.blindSpotsUnassigned());
    }

    @Test
    void stopsAreInTimeOrderAndRoutesEndAtTheDepot() {
        for (var route : report.routes()) {
            if (route.stops().isEmpty()) {
                continue;
            }
            for (int i = 1; i < route.stops().size(); i++) {
                var before = route.stops().get(i - 1);
                var stop = route.stops().get(i);
                assertThat(stop.start())
                        .as(route.vehicleId() + " stop " + stop.sequence())
                        .isAfterOrEqualTo(before.end());
                assertThat(stop.end()).isAfterOrEqualTo(stop.start());
            }
            assertThat(route.stops().get(route.stops().size() - 1).kind()).isEqualTo("DEPOT");
        }
    }

    @Test
    void breaksDetoursAndTheReturnHomeStateWhatTheTruckCarries() {
        int carrying = 0;
        for (var route : report.routes()) {
            for (int i = 1; i < route.stops().size(); i++) {
                var before = route.stops().get(i - 1);
                var stop = route.stops().get(i);
                String where = route.vehicleId() + " stop " + stop.sequence() + " " + stop.kind();
                switch (stop.kind()) {
                    case "BREAK", "DEPOT_WAIT", "DEPOT" -> {
                        assertThat(stop.waterAfterM3()).as(where).isEqualTo(before.waterAfterM3());
                        assertThat(stop.loadAfterM3()).as(where).isEqualTo(before.loadAfterM3());
                        if (stop.waterAfterM3() > 0 || stop.loadAfterM3() > 0) {
                            carrying++;
                        }
                    }
                    case "REFILL" -> assertThat(stop.loadAfterM3()).as(where).isEqualTo(before.loadAfterM3());
                    case "DUMP" -> {
                        assertThat(stop.waterAfterM3()).as(where).isEqualTo(before.waterAfterM3());
                        assertThat(stop.loadAfterM3()).as(where).isZero();
                    }
                    default -> {}
                }
            }
        }
        assertThat(carrying)
                .as("breaks and returns home with water or garbage on board")
                .isPositive();
    }

    @Test
    void longWaitsAreSpentAtTheDepotUnlessItIsTooFar() {
        SanitationProblem problem =
                new ProblemBuilder().build(new DatasetReader().read(RepositoryFiles.committedDataset("small.json")));
        Map<String, Task> tasks = new HashMap<>();
        problem.plan().getTasks().forEach(task -> tasks.put(task.getId(), task));
        Map<String, Route> routes = new HashMap<>();
        problem.plan().getRoutes().forEach(route -> routes.put(route.getId(), route));
        long longStreetWaits = 0;
        long streetWaitSeconds = 0;
        for (var routeReport : report.routes()) {
            Route route = routes.get(routeReport.vehicleId());
            Crew crew = route.getCrew();
            RouteState state = route.startState();
            var taskStops = routeReport.stops().stream()
                    .filter(stop -> "TASK".equals(stop.kind()))
                    .toList();
            for (int i = 0; i < taskStops.size(); i++) {
                var stopReport = taskStops.get(i);
                Stop stop = RoutePlanning.plan(route, tasks.get(stopReport.taskId()), state);
                String where = route.getId() + " stop " + stopReport.sequence();
                assertThat(problem.clock().toTime(stop.start())).as(where).isEqualTo(stopReport.start());
                if (i == 0) {
                    assertThat(stop.waitSeconds())
                            .as(where + ": the route leaves later")
                            .isZero();
                } else if (stop.waitSeconds() >= STREET_WAIT_LIMIT_SECONDS) {
                    // Only when the way to the depot and back eats the wait down below the limit.
                    int from = stop.reversed()
                            ? tasks.get(stopReport.taskId()).getProblem().endLocation()
                            : tasks.get(stopReport.taskId()).getProblem().startLocation();
                    long stayAtDepot = stop.start()
                            - state.time()
                            - crew.travel().seconds(state.location(), crew.depotLocation())
                            - crew.travel().seconds(crew.depotLocation(), from);
                    assertThat(stop.detour() != null || stayAtDepot < STREET_WAIT_LIMIT_SECONDS)
                            .as(where + " waits " + stop.waitSeconds() / 60 + " min on the street")
                            .isTrue();
                    longStreetWaits++;
                }
                streetWaitSeconds += stop.waitSeconds();
                state = stop.after();
            }
        }
        assertThat(report.kpis().waitingMinutesOnStreet()).isEqualTo(streetWaitSeconds / 60);
        assertThat(longStreetWaits).as("street waits of 45 min or more").isLessThanOrEqualTo(MOST_LONG_STREET_WAITS);
        assertThat(report.routes().stream()
                        .flatMap(route -> route.stops().stream())
                        .filter(stop -> "DEPOT_WAIT".equals(stop.kind())))
                .allSatisfy(stop -> assertThat(stop.waitMinutes()).isGreaterThanOrEqualTo(45));
    }

    /** The crews' threshold for waiting at the depot (district crews, see ProblemBuilder). */
    private static final long STREET_WAIT_LIMIT_SECONDS = 45 * 60;

    /** Too far from the depot to go back: a handful at most on a district this size. */
    private static final long MOST_LONG_STREET_WAITS = 5;

    @Test
    void theGeoJsonDrawsEveryUsedRouteAlongTheStreets() throws Exception {
        JsonNode geoJson = new ObjectMapper().readTree(Files.readString(folder.resolve("plan.geojson")));
        assertThat(geoJson.get("type").asText()).isEqualTo("FeatureCollection");
        long usedRoutes = report.routes().stream()
                .filter(route -> route.departure() != null)
                .count();
        long deadheadFeatures = 0;
        for (JsonNode feature : geoJson.get("features")) {
            if ("deadhead".equals(feature.get("properties").get("kind").asText())) {
                deadheadFeatures++;
                assertThat(feature.get("geometry").get("coordinates").size()).isPositive();
            }
        }
        assertThat(deadheadFeatures).isEqualTo(usedRoutes);
    }

    @Test
    void thePlanRoundTripsThroughJson() {
        PlanReportJson json = new PlanReportJson();
        assertThat(new PlanReportJson().read(folder.resolve("plan.json"))).isEqualTo(report);
        assertThat(json.toJson(report)).isEqualTo(json.toJson(json.read(folder.resolve("plan.json"))));
    }

    @Test
    void thePlanMatchesItsPublishedSchema() throws Exception {
        Schema schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                .getSchema(
                        Files.newInputStream(
                                RepositoryFiles.repositoryFile("datasets/schema/sanitation-plan-1.0.schema.json")),
                        InputFormat.JSON);

        List<com.networknt.schema.Error> errors =
                schema.validate(JsonMapper.builder().build().readTree(Files.readString(folder.resolve("plan.json"))));

        assertThat(errors).isEmpty();
    }
}
