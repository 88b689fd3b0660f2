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
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
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
        long buildStart = System.nanoTime();
        SanitationProblem problem = new ProblemBuilder().build(loaded);
        console.printf(
                "Loaded %s: %d tasks, %d vehicles and crews; travel matrices built in %.1f s%n",
                loaded.dataset().name(),
                problem.plan().getTasks().size(),
                problem.plan().getRoutes().size(),
                (System.nanoTime() - buildStart) / 1e9);
        console.printf("Solving for %d s%s...%n", seconds, seed == null ? "" : " with seed " + seed);
        console.flush();
        if (unimprovedSeconds < 0 || steps < 0) {
            spec.commandLine()
                    .getErr()
                    .printf(
                            "The --unimproved-seconds (%d) and --steps (%d) must not be negative.%n"
                                    + "Maybe use 0 for no such limit.%n",
                            unimprovedSeconds, steps);
            return 2;
        }
        PlanningService service = new PlanningService(new PlanSolverConfig(
                        Duration.ofSeconds(seconds),
                        null,
                        ai.timefold.solver.core.config.solver.EnvironmentMode.REPRODUCIBLE,
                        unimprovedSeconds)
                .withSeed(seed)
                .withStepLimit(steps));
        ProgressPrinter progress = new ProgressPrinter(console);
        SanitationPlan solved = service.solve(problem, progress::onBestSolution);
        PlanReport report = service.report(problem, solved);
        Files.createDirectories(out);
        Path planFile = out.resolve("plan.json");
        Path geoJsonFile = out.resolve("plan.geojson");
        new PlanReportJson().write(report, planFile);
        new PlanGeoJson().write(problem, solved, geoJsonFile);
        new PlanSummary(report).print(console);
        console.printf("Wrote %s and %s%n", planFile, geoJsonFile);
        console.flush();
        return report.feasible() ? 0 : 1;
    }
}
