package city.sanitation.benchmarks.run;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.api.solver.SolutionManager;
import ai.timefold.solver.core.config.solver.EnvironmentMode;
import city.sanitation.benchmarks.evaluate.DistrictEvaluation;
import city.sanitation.benchmarks.evaluate.DistrictEvaluator;
import city.sanitation.dataset.LoadedDataset;
import city.sanitation.planning.PlanSolverConfig;
import city.sanitation.planning.build.ProblemBuilder;
import city.sanitation.planning.construction.GreedyConstruction;
import city.sanitation.planning.domain.SanitationPlan;
import city.sanitation.planning.report.PlanReport;
import city.sanitation.planning.report.PlanReporter;
import city.sanitation.planning.split.BorderRepair;
import city.sanitation.planning.split.NeighbourRepair;
import city.sanitation.planning.split.TerritoryParts;
import city.sanitation.planning.split.TerritorySolve;
import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
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

    /** What follows the parts: nothing, the repair over the whole plan, or the repair between neighbouring parts. */
    enum Repair {
        NONE,
        WHOLE,
        NEIGHBOURS
    }

    /** Rounds of the repair between neighbouring parts: each undone task goes to its nearest and next nearest. */
    static final int NEIGHBOUR_ROUNDS = 2;

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
            Repair repair,
            PrintStream log)
            throws InterruptedException, ExecutionException {
        List<TerritorySolve.TimedPart> parts = TerritorySolve.timeShares(TerritoryParts.split(loaded), limit, threads);
        long start = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<DistrictResult>> futures = new ArrayList<>();
        Map<String, NeighbourRepair.SolvedPart> solvedParts = new ConcurrentHashMap<>();
        Map<String, Double> began = new ConcurrentHashMap<>();
        try {
            for (TerritorySolve.TimedPart timed : parts) {
                TerritoryParts.Part part = timed.part();
                futures.add(pool.submit(() -> {
                    began.put(part.subdistrictId(), secondsSince(start));
                    return DistrictSolve.run(
                            instance + "/" + part.subdistrictId(),
                            part.loaded(),
                            0,
                            timed.share(),
                            seed,
                            GreedyConstruction::construct,
                            (problem, solved) -> {
                                if (repair == Repair.NEIGHBOURS) {
                                    solvedParts.put(
                                            part.subdistrictId(),
                                            new NeighbourRepair.SolvedPart(
                                                    part.subdistrictId(), part.loaded(), problem, solved));
                                }
                            });
                }));
            }
            List<DistrictResult> results = new ArrayList<>();
            double allFeasible = 0;
            double matrixSeconds = 0;
            for (int i = 0; i < futures.size(); i++) {
                DistrictResult result = futures.get(i).get();
                results.add(result);
                double feasibleAt = began.get(parts.get(i).part().subdistrictId())
                        + result.matrixSeconds()
                        + result.firstFeasibleSeconds();
                allFeasible = Math.max(allFeasible, feasibleAt);
                matrixSeconds += result.matrixSeconds();
                log.printf(
                        "  %-24s %,6d tasks  %3d vehicles  started %6.1f s  matrices %5.1f s  first feasible %6.2f s"
                                + " after the matrices  %s  unassigned %d%n",
                        result.instance(),
                        result.tasks(),
                        result.routes(),
                        began.get(parts.get(i).part().subdistrictId()),
                        result.matrixSeconds(),
                        result.firstFeasibleSeconds(),
                        result.finalScore(),
                        result.evaluation().unassigned());
            }
            double partsSeconds = (System.nanoTime() - start) / 1e9;
            log.printf(
                    "  every part had a feasible plan %.1f s after the start (NaN: one never had); parts' matrices"
                            + " %.1f s summed over the threads%n",
                    allFeasible, matrixSeconds);
            log.println(figures(instance + "/territories", parts.size(), results, partsSeconds)
                    .line());
            if (repair == Repair.NONE) {
                return figures(instance + "/territories", parts.size(), results, partsSeconds);
            }
            if (repair == Repair.NEIGHBOURS) {
                return neighbourRepaired(instance, loaded, limit, seed, threads, parts, solvedParts, partsSeconds, log);
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

    /**
     * The parts' plans repaired between neighbouring parts for a quarter of the limit, shared by its rounds, each
     * final part judged by the independent evaluator.
     */
    private static PlanFigures neighbourRepaired(
            String instance,
            LoadedDataset loaded,
            Duration limit,
            long seed,
            int threads,
            List<TerritorySolve.TimedPart> parts,
            Map<String, NeighbourRepair.SolvedPart> solvedParts,
            double partsSeconds,
            PrintStream log)
            throws InterruptedException {
        long start = System.nanoTime();
        PlanSolverConfig config = new PlanSolverConfig(
                limit.dividedBy(4).dividedBy(NEIGHBOUR_ROUNDS), seed, EnvironmentMode.REPRODUCIBLE, 0);
        List<NeighbourRepair.SolvedPart> ordered = parts.stream()
                .map(timed -> solvedParts.get(timed.part().subdistrictId()))
                .toList();
        NeighbourRepair.Outcome outcome =
                new NeighbourRepair(loaded, config, threads, NEIGHBOUR_ROUNDS).repair(ordered);
        double repairSeconds = (System.nanoTime() - start) / 1e9;
        int wholeLocations = new ProblemBuilder().matrixLocationCount(loaded);
        double groupMatrixSeconds = 0;
        for (NeighbourRepair.Group group : outcome.groups()) {
            groupMatrixSeconds += group.matrixSeconds();
            log.printf(
                    "  round %d  %-24s %,6d tasks  offered %4d  placed %4d  matrices over %,6d places (whole: %,d)"
                            + " in %5.1f s%n",
                    group.round() + 1,
                    group.receiverId(),
                    group.tasks(),
                    group.offered(),
                    group.placed(),
                    group.locations(),
                    wholeLocations,
                    group.matrixSeconds());
        }
        SolutionManager<SanitationPlan, HardMediumSoftLongScore> scorer =
                SolutionManager.create(config.solverFactoryForAnalysis());
        List<Judged> judged = new ArrayList<>();
        for (NeighbourRepair.SolvedPart part : outcome.parts()) {
            PlanReport report = new PlanReporter(scorer).reportWithoutReasons(part.problem(), part.plan());
            DistrictEvaluation evaluation =
                    DistrictEvaluator.evaluate(part.loaded(), part.plan().getTasks(), part.plan());
            judged.add(new Judged(
                    part.plan().getTasks().size(),
                    report.score(),
                    evaluation.unassigned(),
                    part.plan().getScore().hardScore() == 0 && evaluation.feasible(),
                    report));
        }
        log.printf(
                "  repair between neighbours: %d problems in %d rounds, %.1f s (their matrices %.1f s summed over the"
                        + " threads), borders %s%n",
                outcome.groups().size(), NEIGHBOUR_ROUNDS, repairSeconds, groupMatrixSeconds, outcome.borders());
        return figuresOf(
                instance + "/territories+neighbour-repair", parts.size(), judged, partsSeconds + repairSeconds);
    }

    private static double secondsSince(long nanoTime) {
        return (System.nanoTime() - nanoTime) / 1e9;
    }

    private static String firstPlan(DistrictResult result) {
        if (result.curve().isEmpty()) {
            return "-";
        }
        ScorePoint first = result.curve().get(0);
        return "%dhard/%dmedium/%dsoft with %d undone"
                .formatted(first.hard(), first.medium(), first.soft(), first.unassigned());
    }

    /** A plan's score, its undone tasks by the evaluator, whether it is feasible, and its report. */
    private record Judged(int tasks, String finalScore, int unassigned, boolean feasible, PlanReport plan) {}

    private static PlanFigures figures(String instance, int parts, List<DistrictResult> results, double wallSeconds) {
        return figuresOf(
                instance,
                parts,
                results.stream()
                        .map(result -> new Judged(
                                result.tasks(),
                                result.finalScore(),
                                result.evaluation().unassigned(),
                                result.feasible(),
                                result.plan()))
                        .toList(),
                wallSeconds);
    }

    private static PlanFigures figuresOf(String instance, int parts, List<Judged> results, double wallSeconds) {
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
        for (Judged result : results) {
            tasks += result.tasks();
            HardMediumSoftLongScore score = HardMediumSoftLongScore.parseScore(result.finalScore());
            hard += score.hardScore();
            medium += score.mediumScore();
            soft += score.softScore();
            unassigned += result.unassigned();
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
