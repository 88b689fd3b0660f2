package city.sanitation.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

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
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
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
                .contains("toilets left past their maximum gap")
                .contains("km deadheaded per km washed")
                .contains("subdistricts per washing vehicle")
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
    void theRealismFiguresAgreeWithTheRoutes() {
        Set<String> washingTypes = Set.of("wash-sweeper", "high-pressure-washer", "sprinkler");
        double deadheaded = 0;
        double washed = 0;
        for (var route : report.routes()) {
            if (route.stops().stream().anyMatch(stop -> "STREET_PASS".equals(stop.taskKind()))) {
                assertThat(washingTypes).as(route.vehicleTypeId()).contains(route.vehicleTypeId());
                deadheaded += route.kmDeadheaded();
                washed += route.kmWashed();
            }
        }
        var kpis = report.kpis();
        assertThat(washed).isPositive();
        // Each route's km are rounded to 10 m in plan.json, the figure from the unrounded metres.
        assertThat(kpis.washingDeadheadKmPerKmWashed()).isCloseTo(deadheaded / washed, within(0.01));
        assertThat(kpis.subdistrictsPerWashingVehicle()).isGreaterThanOrEqualTo(1.0);
        assertThat(kpis.worstLatenessMinutes())
                .isEqualTo(report.late().stream()
                        .mapToLong(PlanReport.LateTask::lateMinutes)
                        .max()
                        .orElse(0));
        assertThat(kpis.utilisationByVehicleType())
                .extracting(PlanReport.VehicleTypeUtilisation::vehicleTypeId)
                .isSorted()
                .containsExactlyInAnyOrderElementsOf(report.routes().stream()
                        .map(PlanReport.RouteReport::vehicleTypeId)
                        .distinct()
                        .toList());
        assertThat(kpis.utilisationByVehicleType()).allSatisfy(type -> {
            assertThat(type.vehiclesUsed()).isBetween(0, type.vehiclesAvailable());
            // Work fits inside the time from the shift's begin to coming back. Each route's minutes on duty are
            // rounded down, the type's work only once: up to a minute per route apart.
            long onDuty = report.routes().stream()
                    .filter(route -> route.vehicleTypeId().equals(type.vehicleTypeId()))
                    .mapToLong(PlanReport.RouteReport::workingMinutes)
                    .sum();
            assertThat(type.workingMinutes()).isLessThanOrEqualTo(onDuty + type.vehiclesUsed());
        });
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
        // A crew whose only work is at its own depot drives nowhere and has no line to draw.
        long drivingRoutes = report.routes().stream()
                .filter(route ->
                        route.departure() != null && route.stops().stream().anyMatch(stop -> stop.travelMetres() > 0))
                .count();
        long deadheadFeatures = 0;
        for (JsonNode feature : geoJson.get("features")) {
            if ("deadhead".equals(feature.get("properties").get("kind").asText())) {
                deadheadFeatures++;
                assertThat(feature.get("geometry").get("coordinates").size()).isPositive();
            }
        }
        assertThat(drivingRoutes).isPositive();
        assertThat(deadheadFeatures).isEqualTo(drivingRoutes);
    }

    @Test
    void theMaximumGapBreachesCountTheWholeOpenPeriod() throws Exception {
        // Recounted from the dataset's opening hours and the plan's round starts: opening to the first round,
        // between rounds, last round to closing, all within the planning day's horizon.
        JsonNode dataset = new ObjectMapper()
                .readTree(RepositoryFiles.committedDataset("small.json").toFile());
        JsonNode planning = dataset.get("planning");
        LocalDate day = LocalDate.parse(planning.get("day").asText());
        LocalDateTime horizonStart =
                LocalDateTime.parse(planning.get("horizonStart").asText());
        LocalDateTime horizonEnd =
                LocalDateTime.parse(planning.get("horizonEnd").asText());
        Map<String, List<LocalDateTime>> starts = new HashMap<>();
        report.routes()
                .forEach(route -> route.stops().stream()
                        .filter(stop -> "TOILET_ROUND".equals(stop.taskKind()))
                        .forEach(stop -> starts.computeIfAbsent(
                                        stop.taskId().substring(0, stop.taskId().lastIndexOf("-round-")),
                                        toilet -> new ArrayList<>())
                                .add(stop.start())));
        int breaches = 0;
        int breachesAtTheEnds = 0;
        long overMinutes = 0;
        for (JsonNode feature : dataset.get("features")) {
            JsonNode toilet = feature.get("properties");
            if (!"toilet".equals(toilet.get("kind").asText())) {
                continue;
            }
            LocalTime opensAt = LocalTime.parse(toilet.get("opensAt").asText());
            LocalTime closesAt = LocalTime.parse(toilet.get("closesAt").asText());
            LocalDateTime opens = max(horizonStart, LocalDateTime.of(day, opensAt));
            LocalDateTime closes = LocalDateTime.of(closesAt.isAfter(opensAt) ? day : day.plusDays(1), closesAt);
            closes = closes.isAfter(horizonEnd) ? horizonEnd : closes;
            long maxGapSeconds = 60L * toilet.get("maxGapMinutes").asLong();
            List<LocalDateTime> points = new ArrayList<>();
            points.add(opens);
            starts.getOrDefault(toilet.get("id").asText(), List.of()).stream()
                    .sorted()
                    .forEach(points::add);
            points.add(closes);
            long excess = 0;
            for (int i = 1; i < points.size(); i++) {
                long gap = Duration.between(points.get(i - 1), points.get(i)).getSeconds();
                excess += Math.max(0, gap - maxGapSeconds);
                if (gap > maxGapSeconds && (i == 1 || i == points.size() - 1)) {
                    breachesAtTheEnds++;
                }
            }
            breaches += excess > 0 ? 1 : 0;
            overMinutes += (excess + 59) / 60;
        }

        assertThat(breachesAtTheEnds)
                .as("gaps at opening or closing in the plan")
                .isPositive();
        assertThat(report.kpis().toiletMaxGapBreaches()).isEqualTo(breaches);
        assertThat(report.kpis().toiletMaxGapOverMinutes()).isEqualTo(overMinutes);
    }

    private static LocalDateTime max(LocalDateTime one, LocalDateTime other) {
        return one.isAfter(other) ? one : other;
    }

    @Test
    void everyToiletsRoundsAreNumberedInTimeOrder() {
        Map<String, List<PlanReport.StopReport>> rounds = new HashMap<>();
        report.routes()
                .forEach(route -> route.stops().stream()
                        .filter(stop -> "TOILET_ROUND".equals(stop.taskKind()))
                        .forEach(stop -> rounds.computeIfAbsent(
                                        stop.taskId().substring(0, stop.taskId().lastIndexOf("-round-")),
                                        toilet -> new ArrayList<>())
                                .add(stop)));
        assertThat(rounds).isNotEmpty();
        rounds.forEach((toilet, stops) -> {
            List<String> inTimeOrder = stops.stream()
                    .sorted(Comparator.comparing(PlanReport.StopReport::start))
                    .map(PlanReport.StopReport::taskId)
                    .toList();
            assertThat(inTimeOrder)
                    .as(toilet)
                    .isSortedAccordingTo(
                            Comparator.comparingInt(id -> Integer.parseInt(id.substring(id.lastIndexOf('-') + 1))));
        });
    }

    @Test
    void aPlanWrittenBeforeTheToiletGapAndRealismFiguresStillReads() throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode older =
                (ObjectNode) mapper.readTree(folder.resolve("plan.json").toFile());
        ((ObjectNode) older.get("kpis"))
                .remove(List.of(
                        "toiletMaxGapBreaches",
                        "toiletMaxGapOverMinutes",
                        "washingDeadheadKmPerKmWashed",
                        "subdistrictsPerWashingVehicle",
                        "worstLatenessMinutes",
                        "utilisationByVehicleType"));
        Path olderFile = folder.resolve("older-plan.json");
        mapper.writeValue(olderFile.toFile(), older);

        PlanReport read = new PlanReportJson().read(olderFile);

        assertThat(read.kpis().toiletMaxGapBreaches()).isZero();
        assertThat(read.kpis().washingDeadheadKmPerKmWashed()).isNull();
        assertThat(read.kpis().utilisationByVehicleType()).isEmpty();
        assertThat(read.kpis().toiletRoundsDone()).isEqualTo(report.kpis().toiletRoundsDone());
        assertThat(read.routes()).isEqualTo(report.routes());
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
