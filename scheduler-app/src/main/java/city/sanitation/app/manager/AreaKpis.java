package city.sanitation.app.manager;

import city.sanitation.planning.report.PlanReport;
import city.sanitation.planning.report.PlanReport.RouteReport;
import city.sanitation.planning.report.PlanReport.StopReport;
import city.sanitation.planning.report.PlanReport.UnassignedTask;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * A plan version's figures per subdistrict and per grid: what a manager holds each area's team to.
 *
 * @param bySubdistrict per subdistrict id, in id order
 * @param byGrid per grid id, in id order; unassigned work is counted by subdistrict only, where the report places it
 */
public record AreaKpis(
        long planId, int version, Map<String, AreaFigures> bySubdistrict, Map<String, AreaFigures> byGrid) {

    /**
     * @param crews how many crews work in the area
     * @param blindSpotsClearedWithinSla cleared before their deadline
     * @param workMinutes time spent working on the area's tasks, travel not counted
     */
    public record AreaFigures(
            int crews,
            int tasksDone,
            int streetPassesDone,
            int blindSpotsCleared,
            int blindSpotsClearedWithinSla,
            int toiletRoundsDone,
            double workMinutes,
            int unassignedTasks) {}

    static AreaKpis of(long planId, int version, PlanReport report) {
        return new AreaKpis(
                planId,
                version,
                figures(report, StopReport::subdistrictId, true),
                figures(report, StopReport::gridId, false));
    }

    private static Map<String, AreaFigures> figures(
            PlanReport report, Function<StopReport, String> area, boolean countUnassigned) {
        Map<String, Tally> tallies = new TreeMap<>();
        for (RouteReport route : report.routes()) {
            for (StopReport stop : route.stops()) {
                String name = stop.taskId() == null ? null : area.apply(stop);
                if (name != null) {
                    tallies.computeIfAbsent(name, key -> new Tally()).add(route.vehicleId(), stop);
                }
            }
        }
        if (countUnassigned) {
            for (UnassignedTask task : report.unassigned()) {
                if (task.subdistrictId() != null) {
                    tallies.computeIfAbsent(task.subdistrictId(), key -> new Tally()).unassigned++;
                }
            }
        }
        Map<String, AreaFigures> figures = new TreeMap<>();
        tallies.forEach((name, tally) -> figures.put(name, tally.figures()));
        return figures;
    }

    private static final class Tally {
        final Set<String> crews = new TreeSet<>();
        int tasks;
        int passes;
        int blindSpots;
        int withinSla;
        int toiletRounds;
        double workMinutes;
        int unassigned;

        void add(String vehicleId, StopReport stop) {
            crews.add(vehicleId);
            tasks++;
            switch (String.valueOf(stop.taskKind())) {
                case "STREET_PASS" -> passes++;
                case "BLIND_SPOT" -> {
                    blindSpots++;
                    withinSla += stop.lateMinutes() == 0 ? 1 : 0;
                }
                case "TOILET_ROUND" -> toiletRounds++;
                default -> {
                    // another kind of task counts as a task only
                }
            }
            workMinutes += Duration.between(stop.start(), stop.end()).toSeconds() / 60.0;
        }

        AreaFigures figures() {
            return new AreaFigures(
                    crews.size(),
                    tasks,
                    passes,
                    blindSpots,
                    withinSla,
                    toiletRounds,
                    Math.round(workMinutes * 100) / 100.0,
                    unassigned);
        }
    }
}
