package city.sanitation.benchmarks.timefold;

import ai.timefold.solver.benchmark.api.PlannerBenchmarkFactory;
import ai.timefold.solver.benchmark.config.PlannerBenchmarkConfig;
import ai.timefold.solver.benchmark.config.SolverBenchmarkConfig;
import ai.timefold.solver.core.config.phase.PhaseConfig;
import ai.timefold.solver.core.config.phase.custom.CustomPhaseConfig;
import ai.timefold.solver.core.config.solver.SolverConfig;
import city.sanitation.benchmarks.instance.DistanceRule;
import city.sanitation.benchmarks.instance.SolomonReader;
import city.sanitation.benchmarks.run.RepositoryRoot;
import city.sanitation.benchmarks.run.Suite;
import city.sanitation.benchmarks.solvers.ProductPlans;
import city.sanitation.benchmarks.solvers.ProductSolver;
import city.sanitation.dataset.DatasetReader;
import city.sanitation.planning.PlanSolverConfig;
import city.sanitation.planning.build.ProblemBuilder;
import city.sanitation.planning.construction.GreedyConstruction;
import city.sanitation.planning.domain.SanitationPlan;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Timefold's own benchmarker over two solver configurations of the product, on Solomon instances or on the sample
 * districts (names without a Solomon file are read from {@code datasets/}): the shipped one (regret construction,
 * ruin and recreate, local search) and the earlier local-search-only one. Its HTML report
 * (score over time, move evaluation speed) lands in {@code target/timefold-benchmark}. Run by hand:
 * {@code mvn -pl benchmarks -am compile exec:java -Dexec.skip
 * -Dexec.mainClass=city.sanitation.benchmarks.timefold.TimefoldBenchmark -Dexec.args="20 C101,R101,RC101"}.
 */
public final class TimefoldBenchmark {

    static final String LOCAL_SEARCH_ONLY = "city/sanitation/benchmarks/configs/local-search-only.xml";

    private TimefoldBenchmark() {}

    public static void main(String[] args) throws Exception {
        long seconds = args.length > 0 ? Long.parseLong(args[0]) : 20;
        List<String> names = List.of((args.length > 1 ? args[1] : "C101,R101,RC101").split(","));
        Path data = Suite.findDataRoot(Path.of(""));
        List<SanitationPlan> problems = new ArrayList<>();
        boolean districts = false;
        for (String name : names) {
            Path solomon = data == null ? null : data.resolve("solomon").resolve(name + ".txt");
            if (solomon != null && Files.isRegularFile(solomon)) {
                var instance = SolomonReader.read(solomon, DistanceRule.TRUNCATED_ONE_DECIMAL);
                problems.add(ProductPlans.fromNodes(instance).plan());
            } else {
                problems.add(district(name));
                districts = true;
            }
        }
        PlannerBenchmarkConfig config = new PlannerBenchmarkConfig();
        config.setName(
                districts
                        ? "Product solver configurations on the districts"
                        : "Product solver configurations" + " on Solomon");
        config.setBenchmarkDirectory(new File("target/timefold-benchmark"));
        config.setParallelBenchmarkCount("1");
        config.setSolverBenchmarkConfigList(List.of(
                solverBenchmark("shipped", PlanSolverConfig.RESOURCE, seconds),
                solverBenchmark("local-search-only", LOCAL_SEARCH_ONLY, seconds)));
        PlannerBenchmarkFactory.create(config).buildPlannerBenchmark(problems).benchmark();
    }

    /**
     * A sample district ({@code datasets/<name>.json[.gz]}) as the product starts it: the greedy construction's plan,
     * which the configurations then improve, as {@code PlanningService.solve} does.
     */
    private static SanitationPlan district(String name) {
        Path folder = RepositoryRoot.find(Path.of(""))
                .orElse(Path.of("").toAbsolutePath())
                .resolve("datasets");
        for (String ending : List.of(".json", ".json.gz")) {
            Path file = folder.resolve(name + ending);
            if (Files.isRegularFile(file)) {
                SanitationPlan plan = new ProblemBuilder()
                        .build(new DatasetReader().read(file))
                        .plan();
                GreedyConstruction.construct(plan);
                return plan;
            }
        }
        throw new IllegalArgumentException(
                "The instance (%s) is neither a Solomon instance nor a dataset in (%s).%nMaybe use C101 or small."
                        .formatted(name, folder));
    }

    private static SolverBenchmarkConfig solverBenchmark(String name, String resource, long seconds) {
        SolverConfig solverConfig = new ProductSolver(name, resource).solverConfig(Duration.ofSeconds(seconds), 0);
        // The report divides by each configuration's move evaluation speed, which is zero when ruin and recreate
        // (a custom phase, without moves) takes the whole time: cut it short so that the local search runs too.
        for (PhaseConfig<?> phase : solverConfig.getPhaseConfigList()) {
            if (phase instanceof CustomPhaseConfig custom && custom.getCustomProperties() != null) {
                Map<String, String> properties = new HashMap<>(custom.getCustomProperties());
                properties.computeIfPresent("unimprovedIterations", (key, value) -> "2000");
                custom.setCustomProperties(properties);
            }
        }
        SolverBenchmarkConfig benchmark = new SolverBenchmarkConfig();
        benchmark.setName(name);
        benchmark.setSolverConfig(solverConfig);
        return benchmark;
    }
}
