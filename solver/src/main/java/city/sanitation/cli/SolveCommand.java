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
import city.sanitation.planning.split.TerritoryParts;
import city.sanitation.planning.split.TerritorySolve;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
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
                            + " the borders over the whole plan for a quarter of that more; for a district too large to solve"
                            + " in one piece in the time.")
    private boolean territories;

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
}
