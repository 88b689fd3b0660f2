package city.sanitation.cli;

import city.sanitation.dataset.DatasetReader;
import city.sanitation.dataset.InvalidDatasetException;
import city.sanitation.dataset.LoadedDataset;
import city.sanitation.planning.PlanSolverConfig;
import city.sanitation.planning.PlanningService;
import city.sanitation.planning.build.ProblemBuilder;
import city.sanitation.planning.build.SanitationProblem;
import city.sanitation.planning.domain.SanitationPlan;
import city.sanitation.planning.report.PlanGeoJson;
import city.sanitation.planning.report.PlanReport;
import city.sanitation.planning.report.PlanReportJson;
import city.sanitation.planning.report.SnowClearance;
import city.sanitation.planning.split.BorderRepair;
import city.sanitation.planning.split.NeighbourRepair;
import city.sanitation.planning.split.PartReports;
import city.sanitation.planning.split.TerritoryParts;
import city.sanitation.planning.split.TerritorySolve;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** The main batch job: a dataset in, a plan out (JSON and GeoJSON) and a summary a dispatcher reads in seconds. */
@Command(
        name = "solve",
        mixinStandardHelpOptions = true,
        description = "Plans a dataset's street washing, blind-spot clean-up and toilet rounds and writes the plan.")
final class SolveCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--dataset", required = true, description = "Dataset file (.json or .json.gz).")
    private Path dataset;

    @Option(
            names = "--seconds",
            defaultValue = "30",
            description = "Solving time in seconds (default: ${DEFAULT-VALUE}).")
    private long seconds;

    @Option(names = "--seed", description = "Random seed, for a repeatable run.")
    private Long seed;

    @Option(
            names = "--unimproved-seconds",
            defaultValue = "0",
            description = "Stop early when the plan has not improved for this long; 0 never (default).")
    private long unimprovedSeconds;

    @Option(
            names = "--steps",
            defaultValue = "0",
            description = "Stop after this many local search steps (and ten ruin-and-recreate iterations each), so that"
                    + " the plan does not depend on how busy the machine is; --seconds stays the cap. 0 for no limit"
                    + " (default).")
    private int steps;

    @Option(
            names = "--territories",
            description =
                    "Solve each subdistrict on its own, in parallel threads, for the --seconds, then repair across"
                            + " the borders for a quarter of that more (see --border-repair); for a district too large to"
                            + " solve in one piece in the time.")
    private boolean territories;

    /** How {@code --territories} repairs across the borders. */
    enum BorderRepairMode {
        /** Over the whole plan when its matrices span at most {@link #WHOLE_MATRIX_LOCATIONS} places, else neighbours. */
        AUTO,
        /** Over the whole plan, with the whole district's matrices. */
        WHOLE,
        /** Between neighbouring parts, with matrices over a part and the work offered to it. */
        NEIGHBOURS
    }

    /**
     * Up to this many places the whole district's matrices are built for the repair: the city spans 17,815 and its
     * whole repair (matrices 119 s, 2.6 GB live) left 215 tasks undone where the neighbour repair left 634 in more time;
     * at 25,000 places a profile's matrix is 2.5 GB, beyond which the neighbour repair keeps the heap to the parts'.
     */
    static final int WHOLE_MATRIX_LOCATIONS = 25_000;

    @Option(
            names = "--border-repair",
            defaultValue = "auto",
            description = "With --territories: whole (over the whole plan, with the whole district's matrices),"
                    + " neighbours (between neighbouring parts only, with their matrices) or auto (whole up to "
                    + WHOLE_MATRIX_LOCATIONS
                    + " matrix places, else neighbours; default).")
    private String borderRepair;

    @Option(names = "--out", defaultValue = "plan", description = "Folder for plan.json and plan.geojson.")
    private Path out;

    @Override
    public Integer call() throws Exception {
        PrintWriter console = spec.commandLine().getOut();
        LoadedDataset loaded;
        try {
            loaded = new DatasetReader().read(dataset);
        } catch (InvalidDatasetException e) {
            spec.commandLine().getErr().println(e.getMessage());
            return 2;
        }
        if (unimprovedSeconds < 0 || steps < 0) {
            spec.commandLine()
                    .getErr()
                    .printf(
                            "The --unimproved-seconds (%d) and --steps (%d) must not be negative.%n"
                                    + "Maybe use 0 for no such limit.%n",
                            unimprovedSeconds, steps);
            return 2;
        }
        PlanSolverConfig config = new PlanSolverConfig(
                        Duration.ofSeconds(seconds),
                        null,
                        ai.timefold.solver.core.config.solver.EnvironmentMode.REPRODUCIBLE,
                        unimprovedSeconds)
                .withSeed(seed)
                .withStepLimit(steps);
        BorderRepairMode repairMode;
        try {
            repairMode = BorderRepairMode.valueOf(borderRepair.toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            spec.commandLine()
                    .getErr()
                    .printf(
                            "The --border-repair (%s) is not one of auto, whole, neighbours.%n"
                                    + "Maybe use auto, the default.%n",
                            borderRepair);
            return 2;
        }
        if (territories && repairMode == BorderRepairMode.AUTO) {
            int locations = new ProblemBuilder().matrixLocationCount(loaded);
            repairMode = locations <= WHOLE_MATRIX_LOCATIONS ? BorderRepairMode.WHOLE : BorderRepairMode.NEIGHBOURS;
            console.printf(
                    "The whole district's matrices would span %,d places: repairing across the borders %s.%n",
                    locations, repairMode == BorderRepairMode.WHOLE ? "over the whole plan" : "between neighbours");
        }
        if (territories && repairMode == BorderRepairMode.NEIGHBOURS) {
            return solveByNeighbours(console, loaded, config);
        }
        List<PlanReport> partPlans = List.of();
        if (territories) {
            List<TerritoryParts.Part> parts = TerritoryParts.split(loaded);
            int threads = Runtime.getRuntime().availableProcessors();
            console.printf(
                    "Solving %s in %d parts on %d threads for %d s%s...%n",
                    loaded.dataset().name(), parts.size(), threads, seconds, seed == null ? "" : " with seed " + seed);
            console.flush();
            partPlans = TerritorySolve.solveParts(parts, config, Duration.ofSeconds(seconds), threads);
            config = config.withTimeLimit(Duration.ofSeconds(Math.max(1, seconds / 4)));
        }
        long buildStart = System.nanoTime();
        SanitationProblem problem = new ProblemBuilder().build(loaded);
        console.printf(
                "Loaded %s: %d tasks, %d vehicles and crews; travel matrices built in %.1f s%n",
                loaded.dataset().name(),
                problem.plan().getTasks().size(),
                problem.plan().getRoutes().size(),
                (System.nanoTime() - buildStart) / 1e9);
        if (territories) {
            int placed = BorderRepair.restore(problem.plan(), partPlans);
            console.printf(
                    "The parts planned %d of %d tasks; repairing across the borders for %d s...%n",
                    placed, problem.plan().getTasks().size(), config.timeLimit().toSeconds());
        } else {
            console.printf("Solving for %d s%s...%n", seconds, seed == null ? "" : " with seed " + seed);
        }
        console.flush();
        PlanningService service = new PlanningService(config);
        ProgressPrinter progress = new ProgressPrinter(console);
        SanitationPlan solved = service.solve(problem, progress::onBestSolution);
        PlanReport report = service.report(problem, solved);
        Files.createDirectories(out);
        Path planFile = out.resolve("plan.json");
        Path geoJsonFile = out.resolve("plan.geojson");
        new PlanReportJson().write(report, planFile);
        new PlanGeoJson().write(problem, solved, geoJsonFile);
        new PlanSummary(report).print(console);
        SnowClearance.of(solved).ifPresent(clearance -> new SnowSummary(clearance).print(console));
        console.printf("Wrote %s and %s%n", planFile, geoJsonFile);
        console.flush();
        return report.feasible() ? 0 : 1;
    }

    /**
     * The parts, then the repair between neighbouring parts for a quarter of the time, in two rounds (each undone
     * task offered to its nearest bordering part, then the next); the parts' reports written as one plan.
     */
    private int solveByNeighbours(PrintWriter console, LoadedDataset loaded, PlanSolverConfig config) throws Exception {
        List<TerritoryParts.Part> parts = TerritoryParts.split(loaded);
        int threads = Runtime.getRuntime().availableProcessors();
        console.printf(
                "Solving %s in %d parts on %d threads for %d s%s...%n",
                loaded.dataset().name(), parts.size(), threads, seconds, seed == null ? "" : " with seed " + seed);
        console.flush();
        List<NeighbourRepair.SolvedPart> solved =
                TerritorySolve.solvedParts(parts, config, Duration.ofSeconds(seconds), threads);
        int rounds = 2;
        PlanSolverConfig repairConfig =
                config.withTimeLimit(Duration.ofMillis(Math.max(2_000, seconds * 1000 / 4 / rounds)));
        console.printf(
                "Repairing between neighbouring parts in %d rounds of %d s...%n",
                rounds, repairConfig.timeLimit().toSeconds());
        console.flush();
        NeighbourRepair.Outcome outcome = new NeighbourRepair(loaded, repairConfig, threads, rounds).repair(solved);
        int offered = outcome.groups().stream()
                .mapToInt(NeighbourRepair.Group::offered)
                .sum();
        int placed = outcome.groups().stream()
                .mapToInt(NeighbourRepair.Group::placed)
                .sum();
        console.printf(
                "Offered %d undone tasks to neighbouring parts in %d problems; %d placed.%n",
                offered, outcome.groups().size(), placed);
        PlanningService service = new PlanningService(config);
        List<PlanReport> reports = new ArrayList<>();
        ArrayNode features = new ObjectMapper().createArrayNode();
        PlanGeoJson geoJson = new PlanGeoJson();
        for (NeighbourRepair.SolvedPart part : outcome.parts()) {
            reports.add(service.report(part.problem(), part.plan()));
            geoJson.toGeoJson(part.problem(), part.plan()).withArray("features").forEach(features::add);
        }
        PlanReport report = PartReports.merge(loaded.dataset().name(), reports);
        Files.createDirectories(out);
        Path planFile = out.resolve("plan.json");
        Path geoJsonFile = out.resolve("plan.geojson");
        new PlanReportJson().write(report, planFile);
        ObjectNode collection = new ObjectMapper().createObjectNode().put("type", "FeatureCollection");
        collection.set("features", features);
        new ObjectMapper().writerWithDefaultPrettyPrinter().writeValue(geoJsonFile.toFile(), collection);
        new PlanSummary(report).print(console);
        console.printf("Wrote %s and %s%n", planFile, geoJsonFile);
        console.flush();
        return report.feasible() ? 0 : 1;
    }
}
