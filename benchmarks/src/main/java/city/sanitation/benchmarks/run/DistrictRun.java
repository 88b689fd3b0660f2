package city.sanitation.benchmarks.run;

import city.sanitation.dataset.LoadedDataset;
import city.sanitation.planning.construction.GreedyConstruction;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutionException;

/**
 * The districts suite: each district solved by the product alone (the peers cannot model street passes with
 * refills, blind spots and toilet rounds), one thread, the same time limit and seed, judged by the independent
 * district check. Reports are written after every district, so that an interrupted run keeps what it measured.
 */
final class DistrictRun {

    /**
     * @param datasetsFolder the repository's {@code datasets} folder
     * @param osmFolder the repository's {@code datasets/osm} folder of extracts
     */
    record Settings(
            Path datasetsFolder,
            Path osmFolder,
            Duration limit,
            List<String> instances,
            long seed,
            Path outputFolder) {}

    /**
     * An instance name ending in this is solved in parts, one per subdistrict, on as many threads as there are cores
     * ({@link TerritoryRun}).
     */
    static final String IN_PARTS = "/territories";

    /** Solved in parts, then repaired across the borders over the whole plan ({@link TerritoryRun#repaired}). */
    static final String IN_PARTS_REPAIRED = "/territories+repair";

    /**
     * Solved in parts, then repaired between neighbouring parts only, with matrices over two parts' places at a time
     * ({@link TerritoryRun}, {@code NeighbourRepair}).
     */
    static final String IN_PARTS_NEIGHBOUR_REPAIRED = "/territories+neighbour-repair";

    /** Solved with the routes' refills placed where they cost least (RefillSplit, off by default). */
    static final String REFILL_SPLIT = "+refill-split";

    /** Solved with the passes' directions chosen for the whole route (PassDirections). */
    static final String PASS_DIRECTIONS = "+pass-directions";

    /** Solved with each pass's direction chosen from where the truck stands. */
    static final String GREEDY_DIRECTIONS = "+greedy-directions";

    private DistrictRun() {}

    static List<DistrictResult> execute(Settings settings, PrintStream log) throws IOException {
        DistrictReports reports = new DistrictReports(settings.outputFolder(), settings.limit());
        DistrictInstances instances = new DistrictInstances(
                settings.datasetsFolder(),
                settings.osmFolder(),
                settings.outputFolder().resolve("generated"),
                settings.seed());
        List<DistrictResult> results = new ArrayList<>();
        for (String name : settings.instances()) {
            TerritoryRun.Repair repair = name.endsWith(IN_PARTS_REPAIRED)
                    ? TerritoryRun.Repair.WHOLE
                    : name.endsWith(IN_PARTS_NEIGHBOUR_REPAIRED)
                            ? TerritoryRun.Repair.NEIGHBOURS
                            : TerritoryRun.Repair.NONE;
            if (name.endsWith(IN_PARTS) || repair != TerritoryRun.Repair.NONE) {
                String whole = name.substring(0, name.lastIndexOf('/'));
                LoadedDataset loaded = instances.load(whole);
                try {
                    TerritoryRun.PlanFigures figures = TerritoryRun.inParts(
                            whole,
                            loaded,
                            settings.limit(),
                            settings.seed(),
                            Runtime.getRuntime().availableProcessors(),
                            repair,
                            log);
                    log.println(figures.line());
                    reports.appendFigures(figures);
                } catch (InterruptedException | ExecutionException e) {
                    throw new IllegalStateException("Solving (" + name + ") in parts failed.", e);
                }
                continue;
            }
            boolean refillSplit = name.endsWith(REFILL_SPLIT);
            Boolean passDirections = name.endsWith(PASS_DIRECTIONS)
                    ? Boolean.TRUE
                    : name.endsWith(GREEDY_DIRECTIONS) ? Boolean.FALSE : null;
            long loadStart = System.nanoTime();
            int suffix = name.indexOf('+');
            LoadedDataset loaded =
                    instances.load(refillSplit || passDirections != null ? name.substring(0, suffix) : name);
            double loadSeconds = (System.nanoTime() - loadStart) / 1e9;
            DistrictResult result =
                    DistrictSolve.run(name, loaded, loadSeconds, settings.limit(), settings.seed(), plan -> {
                        plan.getRoutes().forEach(route -> route.setRefillSplit(refillSplit));
                        if (passDirections != null) {
                            plan.getRoutes().forEach(route -> route.setPassDirections(passDirections));
                        }
                        GreedyConstruction.construct(plan);
                    });
            results.add(result);
            log.printf(
                    "%-18s %,6d tasks  load %5.1f s  matrices %5.1f s  first feasible %6.2f s  %s  unassigned %d  %s"
                            + "  local search %,d moves/s  phases %s%n",
                    name,
                    result.tasks(),
                    result.loadSeconds(),
                    result.matrixSeconds(),
                    result.firstFeasibleSeconds(),
                    result.finalScore(),
                    result.evaluation().unassigned(),
                    result.feasible()
                            ? "feasible"
                            : "INFEASIBLE " + result.evaluation().violations(),
                    result.localSearchMovesPerSecond(),
                    result.phases().stream().map(PhaseTime::summary).toList());
            var kpis = result.plan().kpis();
            log.printf(
                    "%-18s refills %d  deadhead/km washed %s  subdistricts per washing vehicle %s  waiting %d / %d min"
                            + "  toilets past max gap %d  overdue %d (worst %d min)%n",
                    "",
                    kpis.refills(),
                    Objects.requireNonNullElse(kpis.washingDeadheadKmPerKmWashed(), "–"),
                    Objects.requireNonNullElse(kpis.subdistrictsPerWashingVehicle(), "–"),
                    kpis.waitingMinutesOnStreet(),
                    kpis.waitingMinutesAtDepot(),
                    kpis.toiletMaxGapBreaches(),
                    kpis.blindSpotsOverdue(),
                    kpis.worstLatenessMinutes());
            TerritoryRun.PlanFigures figures = TerritoryRun.whole(result);
            log.println(figures.line());
            reports.appendFigures(figures);
            reports.writeCurve(result);
            reports.writePlan(result);
            reports.writeCsv(results);
            reports.writeMarkdown(results);
        }
        return results;
    }
}
