package city.sanitation.planning.split;

import city.sanitation.dataset.LoadedDataset;
import city.sanitation.planning.PlanSolverConfig;
import city.sanitation.planning.PlanningService;
import city.sanitation.planning.build.ProblemBuilder;
import city.sanitation.planning.build.SanitationProblem;
import city.sanitation.planning.domain.SanitationPlan;
import city.sanitation.planning.report.PlanReport;
import city.sanitation.planning.report.PlanReporter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

/**
 * A district solved by territory as the product does it: the parts ({@link TerritoryParts}) on a few threads at once,
 * each for its share of the time by its tasks, so that all end about together; their plans are what
 * {@link BorderRepair} puts back into the whole district's plan.
 */
public final class TerritorySolve {

    private TerritorySolve() {}

    /** Each part's plan, solved with {@code config} but for the part's share of {@code limit}. */
    public static List<PlanReport> solveParts(
            List<TerritoryParts.Part> parts, PlanSolverConfig config, Duration limit, int threads)
            throws InterruptedException {
        return inParallel(parts, limit, threads, timed -> solvePart(timed.part().loaded(), config, timed.share()));
    }

    /**
     * Each part's plan with the problem it was solved in, for the repair between neighbouring parts; the parts'
     * matrices stay in the heap until the repair is done, as they are smaller than the whole district's together.
     */
    public static List<NeighbourRepair.SolvedPart> solvedParts(
            List<TerritoryParts.Part> parts, PlanSolverConfig config, Duration limit, int threads)
            throws InterruptedException {
        return inParallel(parts, limit, threads, timed -> {
            PlanningService service = new PlanningService(config.withTimeLimit(timed.share()));
            SanitationProblem problem = new ProblemBuilder().build(timed.part().loaded());
            SanitationPlan solved = service.solve(problem, event -> {});
            return new NeighbourRepair.SolvedPart(
                    timed.part().subdistrictId(), timed.part().loaded(), problem, solved);
        });
    }

    /** {@code solve} applied to each part with its time share on a pool of {@code threads}, in the shares' order. */
    private static <T> List<T> inParallel(
            List<TerritoryParts.Part> parts, Duration limit, int threads, Function<TimedPart, T> solve)
            throws InterruptedException {
        if (threads < 1) {
            throw new IllegalArgumentException(
                    "The thread count (%d) must be positive.%nMaybe use the machine's cores.".formatted(threads));
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (TimedPart timed : timeShares(parts, limit, threads)) {
                futures.add(pool.submit(() -> solve.apply(timed)));
            }
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get());
            }
            return results;
        } catch (ExecutionException e) {
            throw new IllegalStateException("Solving a part of the district failed.", e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /** A part and how long it is solved. */
    public record TimedPart(TerritoryParts.Part part, Duration share) {}

    /**
     * The parts largest first, so that the pool's threads end about together, each with its share of {@code limit}
     * by its tasks: each thread's parts share the limit, the largest part alone gets at most the whole limit, and no
     * part less than 2 s.
     */
    public static List<TimedPart> timeShares(List<TerritoryParts.Part> parts, Duration limit, int threads) {
        List<TerritoryParts.Part> largestFirst = new ArrayList<>(parts);
        largestFirst.sort(Comparator.comparingInt((TerritoryParts.Part part) -> tasksOf(part.loaded()))
                .reversed());
        int totalTasks =
                largestFirst.stream().mapToInt(part -> tasksOf(part.loaded())).sum();
        double tasksPerLimit = Math.max(
                (double) totalTasks / threads, tasksOf(largestFirst.get(0).loaded()));
        return largestFirst.stream()
                .map(part -> new TimedPart(
                        part,
                        Duration.ofMillis(Math.max(
                                2_000, Math.round(limit.toMillis() * tasksOf(part.loaded()) / tasksPerLimit)))))
                .toList();
    }

    private static PlanReport solvePart(LoadedDataset loaded, PlanSolverConfig config, Duration share) {
        PlanningService service = new PlanningService(config.withTimeLimit(share));
        SanitationProblem problem = new ProblemBuilder().build(loaded);
        SanitationPlan solved = service.solve(problem, event -> {});
        return new PlanReporter(service.solutionManager()).reportWithoutReasons(problem, solved);
    }

    /** Washing requirements weigh by their passes, toilets by their rounds; close enough to share the time. */
    static int tasksOf(LoadedDataset loaded) {
        return loaded.dataset().washingRequirements().size()
                + loaded.dataset().blindSpots().size()
                + 6 * loaded.dataset().toilets().size();
    }
}
