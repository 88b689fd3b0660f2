package city.sanitation.benchmarks.run;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import city.sanitation.dataset.LoadedDataset;
import city.sanitation.planning.construction.GreedyConstruction;
import city.sanitation.planning.report.PlanReport;
import city.sanitation.planning.split.BorderRepair;
import city.sanitation.planning.split.TerritoryParts;
import city.sanitation.planning.split.TerritorySolve;
import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * A district solved in parts, one per subdistrict ({@link TerritoryParts}), on a few threads at once, each part for
 * its share of the limit in proportion to its tasks, so that all parts end about when one whole solve would; then,
 * when asked, the repair across the borders ({@link BorderRepair}): the parts' routes restored into the whole plan and
 * the product's search over it for a quarter of the limit more.
 */
final class TerritoryRun {

    /** The figures of a plan, whole or summed over parts, to set the two side by side. */
    record PlanFigures(
            String instance,
            int tasks,
            int parts,
            long hard,
            long medium,
            long soft,
            int unassigned,
            int routesUsed,
            double kmDriven,
            double kmDeadheadedWashing,
            double kmWashed,
            int washingLegsOver3Km,
            double wallSeconds,
            boolean feasible) {

        String line() {
            return "%-18s %,6d tasks in %2d part(s)  %dhard/%dmedium/%dsoft  unassigned %d  routes used %d  km %.1f"
                            .formatted(instance, tasks, parts, hard, medium, soft, unassigned, routesUsed, kmDriven)
                    + "  deadhead/km washed %.2f  washing legs over 3 km %d  wall %.1f s  %s"
                            .formatted(
                                    kmDeadheadedWashing / Math.max(1e-9, kmWashed),
                                    washingLegsOver3Km,
                                    wallSeconds,
                                    feasible ? "feasible" : "INFEASIBLE");
        }
    }

    private TerritoryRun() {}

    static PlanFigures whole(DistrictResult result) {
        PlanFigures figures = figures(result.instance(), 1, List.of(result), result.secondsSpent());
        return figures;
    }

    static PlanFigures inParts(
            String instance,
            LoadedDataset loaded,
            Duration limit,
            long seed,
            int threads,
            boolean repaired,
            PrintStream log)
            throws InterruptedException, ExecutionException {
        List<TerritorySolve.TimedPart> parts = TerritorySolve.timeShares(TerritoryParts.split(loaded), limit, threads);
        long start = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<DistrictResult>> futures = new ArrayList<>();
        try {
            for (TerritorySolve.TimedPart timed : parts) {
                TerritoryParts.Part part = timed.part();
                futures.add(pool.submit(() -> DistrictSolve.run(
                        instance + "/" + part.subdistrictId(), part.loaded(), 0, timed.share(), seed)));
            }
            List<DistrictResult> results = new ArrayList<>();
            for (Future<DistrictResult> future : futures) {
                DistrictResult result = future.get();
                results.add(result);
                log.printf(
                        "  %-24s %,6d tasks  %3d vehicles  matrices %5.1f s  %s  unassigned %d%n",
                        result.instance(),
                        result.tasks(),
                        result.routes(),
                        result.matrixSeconds(),
                        result.finalScore(),
                        result.evaluation().unassigned());
            }
            double partsSeconds = (System.nanoTime() - start) / 1e9;
            log.println(figures(instance + "/territories", parts.size(), results, partsSeconds)
                    .line());
            if (!repaired) {
                return figures(instance + "/territories", parts.size(), results, partsSeconds);
            }
            List<PlanReport> partPlans =
                    results.stream().map(DistrictResult::plan).toList();
            DistrictResult whole =
                    DistrictSolve.run(instance + "/territories+repair", loaded, 0, limit.dividedBy(4), seed, plan -> {
                        BorderRepair.restore(plan, partPlans);
                        GreedyConstruction.construct(plan);
                    });
            log.printf(
                    "  repair over the whole plan: matrices %5.1f s, first plan (restored + greedy) %s, final %s%n",
                    whole.matrixSeconds(), firstPlan(whole), whole.finalScore());
            return figures(
                    instance + "/territories+repair",
                    parts.size(),
                    List.of(whole),
                    partsSeconds + whole.matrixSeconds() + whole.secondsSpent());
        } finally {
            pool.shutdownNow();
        }
    }

    private static String firstPlan(DistrictResult result) {
        if (result.curve().isEmpty()) {
            return "-";
        }
        ScorePoint first = result.curve().get(0);
        return "%dhard/%dmedium/%dsoft with %d undone"
                .formatted(first.hard(), first.medium(), first.soft(), first.unassigned());
    }

    private static PlanFigures figures(String instance, int parts, List<DistrictResult> results, double wallSeconds) {
        int tasks = 0;
        long hard = 0;
        long medium = 0;
        long soft = 0;
        int unassigned = 0;
        int routesUsed = 0;
        double km = 0;
        double deadheaded = 0;
        double washed = 0;
        int legsOver3Km = 0;
        boolean feasible = true;
        for (DistrictResult result : results) {
            tasks += result.tasks();
            HardMediumSoftLongScore score = HardMediumSoftLongScore.parseScore(result.finalScore());
            hard += score.hardScore();
            medium += score.mediumScore();
            soft += score.softScore();
            unassigned += result.evaluation().unassigned();
            feasible &= result.feasible();
            for (PlanReport.RouteReport route : result.plan().routes()) {
                if (route.stops().isEmpty()) {
                    continue;
                }
                routesUsed++;
                km += route.kmDriven();
                if (route.kmWashed() > 0) {
                    deadheaded += route.kmDeadheaded();
                    washed += route.kmWashed();
                    legsOver3Km += (int) route.stops().stream()
                            .filter(stop -> stop.travelMetres() > 3000)
                            .count();
                }
            }
        }
        return new PlanFigures(
                instance,
                tasks,
                parts,
                hard,
                medium,
                soft,
                unassigned,
                routesUsed,
                km,
                deadheaded,
                washed,
                legsOver3Km,
                wallSeconds,
                feasible);
    }
}
