package city.sanitation.benchmarks.run;

import city.sanitation.benchmarks.evaluate.CarpEvaluator;
import city.sanitation.benchmarks.evaluate.Evaluation;
import city.sanitation.benchmarks.evaluate.NodeEvaluator;
import city.sanitation.benchmarks.instance.BestKnown;
import city.sanitation.benchmarks.instance.CarpInstance;
import city.sanitation.benchmarks.instance.NodeInstance;
import city.sanitation.benchmarks.instance.RoutingProblem;
import city.sanitation.benchmarks.solvers.RoutingSolver;
import city.sanitation.benchmarks.solvers.SolveOutcome;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.LongStream;

/**
 * Solves every instance of a suite with every solver under the same limit, judges each result with the independent
 * evaluator and writes the reports as it goes (the CSV after every result, so that a long run interrupted keeps what
 * it measured).
 */
public final class BenchmarkRun {

    /**
     * What to run. {@code instances} empty means the whole suite; {@code maxInstances} 0 means no cap; every instance
     * is solved by every solver {@code repeats} times, with the seeds {@code seed}, {@code seed + 1}, ...
     */
    public record Settings(
            Suite suite,
            Path dataRoot,
            Duration limit,
            Set<String> instances,
            int maxInstances,
            long seed,
            int repeats,
            List<RoutingSolver> solvers,
            Path outputFolder) {

        public Settings {
            if (repeats < 1) {
                throw new IllegalArgumentException(
                        "The repeat count (%d) must be at least 1.%nMaybe leave --repeat out to solve each instance once."
                                .formatted(repeats));
            }
        }

        /** One seed per repeat, from {@code seed} on. */
        List<Long> seeds() {
            return LongStream.range(seed, seed + repeats).boxed().toList();
        }
    }

    private BenchmarkRun() {}

    public static List<ResultRow> execute(Settings settings, PrintStream log) throws IOException {
        Suite suite = settings.suite();
        BestKnown bestKnown = suite.bestKnown(settings.dataRoot());
        List<Path> files = new ArrayList<>();
        for (Path file : suite.instanceFiles(settings.dataRoot())) {
            if (settings.instances().isEmpty() || settings.instances().contains(suite.instanceName(file))) {
                files.add(file);
            }
        }
        if (settings.maxInstances() > 0 && files.size() > settings.maxInstances()) {
            files = files.subList(0, settings.maxInstances());
        }
        if (files.isEmpty()) {
            throw new IllegalArgumentException("No instance of suite (%s) matches (%s).%nMaybe check the names."
                    .formatted(suite.id(), settings.instances()));
        }
        Reports reports = new Reports(settings.outputFolder(), suite.id(), settings.limit());
        List<ResultRow> rows = new ArrayList<>();
        for (Path file : files) {
            RoutingProblem problem = suite.read(file);
            int first = rows.size();
            for (long seed : settings.seeds()) {
                for (RoutingSolver solver : settings.solvers()) {
                    if (!solver.supports(problem)) {
                        continue;
                    }
                    ResultRow row = run(suite, bestKnown, problem, solver, settings.limit(), seed);
                    rows.add(row);
                    log.printf(
                            "%-10s %-8s seed %d  cost %10.1f  vehicles %3d  gap %7.2f %%  %s  best after %5.1f s%n",
                            row.instance(),
                            row.solver(),
                            row.seed(),
                            row.cost(),
                            row.vehicles(),
                            row.gapPercent(),
                            row.feasible() ? "feasible" : "INFEASIBLE " + row.violations(),
                            row.secondsToBest());
                    reports.writeCsv(rows);
                }
            }
            if (suite == Suite.LONG_ROUTES) {
                List<ResultRow> rebased = BestOfRun.rebase(rows.subList(first, rows.size()));
                rows.subList(first, rows.size()).clear();
                rows.addAll(rebased);
                rebased.forEach(row -> log.printf(
                        "%-14s %-8s seed %d  gap %7.2f %% to %.1f (reference or best of run)%n",
                        row.instance(), row.solver(), row.seed(), row.gapPercent(), row.bestKnown()));
                reports.writeCsv(rows);
            }
        }
        reports.writeAll(rows);
        return rows;
    }

    private static ResultRow run(
            Suite suite, BestKnown bestKnown, RoutingProblem problem, RoutingSolver solver, Duration limit, long seed) {
        SolveOutcome outcome = solver.solve(problem, limit, seed);
        String name = problem.name();
        var best = bestKnown.of(name);
        double bks = best.map(BestKnown.Value::cost).orElse(Double.NaN);
        int bksVehicles = best.map(BestKnown.Value::vehicles).orElse(0);
        if (outcome.solution() == null) {
            return new ResultRow(
                    suite.id(),
                    name,
                    suite.classOf(name),
                    solver.name(),
                    seed,
                    false,
                    Double.NaN,
                    0,
                    bks,
                    bksVehicles,
                    Double.NaN,
                    false,
                    "no solution",
                    seconds(outcome.timeToBest()),
                    seconds(outcome.spent()),
                    outcome.note());
        }
        Evaluation evaluation = evaluate(problem, outcome);
        // Costs of these suites are multiples of 0.1: rounding removes the sums' floating-point noise.
        double cost = Math.round(evaluation.cost() * 10) / 10.0;
        double gap = Double.isNaN(bks) ? Double.NaN : 100.0 * (cost - bks) / bks;
        List<String> violations = evaluation.violations();
        String summary = violations.isEmpty()
                ? ""
                : violations.size() + " violation(s): "
                        + String.join("; ", violations.subList(0, Math.min(3, violations.size())));
        return new ResultRow(
                suite.id(),
                name,
                suite.classOf(name),
                solver.name(),
                seed,
                true,
                cost,
                evaluation.vehicles(),
                bks,
                bksVehicles,
                gap,
                evaluation.feasible(),
                summary,
                seconds(outcome.timeToBest()),
                seconds(outcome.spent()),
                outcome.note());
    }

    private static Evaluation evaluate(RoutingProblem problem, SolveOutcome outcome) {
        if (problem instanceof NodeInstance nodes) {
            return NodeEvaluator.evaluate(nodes, outcome.solution());
        }
        return CarpEvaluator.evaluate((CarpInstance) problem, outcome.solution());
    }

    private static double seconds(Duration duration) {
        return duration.toMillis() / 1000.0;
    }
}
