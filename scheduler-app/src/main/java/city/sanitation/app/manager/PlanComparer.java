package city.sanitation.app.manager;

import city.sanitation.app.manager.PlanComparison.AreaRow;
import city.sanitation.app.manager.PlanComparison.KpiRow;
import city.sanitation.app.manager.PlanComparison.MovedTask;
import city.sanitation.app.manager.PlanComparison.Side;
import city.sanitation.planning.report.PlanReport;
import city.sanitation.planning.report.PlanReport.Kpis;
import city.sanitation.planning.report.PlanReport.RouteReport;
import city.sanitation.planning.report.PlanReport.StopReport;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

/** Compares two plan reports: the KPI table a manager reads, which tasks moved, and the work per area. */
final class PlanComparer {

    private PlanComparer() {}

    static PlanComparison compare(Side leftSide, PlanReport left, Side rightSide, PlanReport right) {
        List<KpiRow> kpis = new ArrayList<>();
        row(kpis, "vehiclesUsed", left, right, k -> k.vehiclesUsed());
        row(kpis, "kmDriven", left, right, Kpis::kmDriven);
        row(kpis, "kmWashed", left, right, Kpis::kmWashed);
        row(kpis, "kmDeadheaded", left, right, Kpis::kmDeadheaded);
        row(kpis, "waterUsedM3", left, right, Kpis::waterUsedM3);
        row(kpis, "blindSpotsCleared", left, right, k -> k.blindSpotsCleared());
        row(kpis, "blindSpotsClearedWithinSla", left, right, k -> k.blindSpotsClearedWithinSla());
        row(kpis, "blindSpotsOverdue", left, right, k -> k.blindSpotsOverdue());
        row(kpis, "toiletRoundsDone", left, right, k -> k.toiletRoundsDone());
        row(kpis, "streetPassesDone", left, right, k -> k.streetPassesDone());
        row(kpis, "overtimeMinutes", left, right, k -> k.overtimeMinutes());
        row(kpis, "unassignedTasks", left, right, k -> k.unassignedTasks());
        double leftBalance = balance(left);
        double rightBalance = balance(right);
        // The spread of working minutes between the crews that work: lower is fairer.
        kpis.add(new KpiRow(
                "workingMinutesStandardDeviation", leftBalance, rightBalance, round(rightBalance - leftBalance)));
        return new PlanComparison(
                leftSide,
                rightSide,
                kpis,
                moved(left, right),
                byArea(left, right, StopReport::subdistrictId),
                byArea(left, right, StopReport::gridId));
    }

    private static void row(List<KpiRow> rows, String name, PlanReport left, PlanReport right, KpiValue value) {
        double l = value.of(left.kpis());
        double r = value.of(right.kpis());
        rows.add(new KpiRow(name, l, r, round(r - l)));
    }

    private interface KpiValue {
        double of(Kpis kpis);
    }

    private static double balance(PlanReport report) {
        List<Long> minutes = report.routes().stream()
                .filter(route -> route.departure() != null)
                .map(RouteReport::workingMinutes)
                .toList();
        if (minutes.isEmpty()) {
            return 0;
        }
        double mean = minutes.stream().mapToLong(Long::longValue).average().orElse(0);
        double variance = minutes.stream()
                .mapToDouble(m -> (m - mean) * (m - mean))
                .average()
                .orElse(0);
        return round(Math.sqrt(variance));
    }

    private static List<MovedTask> moved(PlanReport left, PlanReport right) {
        Map<String, StopReport> stops = new LinkedHashMap<>();
        Map<String, String> leftVehicle = vehicles(left, stops);
        Map<String, String> rightVehicle = vehicles(right, stops);
        left.unassigned().forEach(task -> stops.putIfAbsent(task.taskId(), null));
        right.unassigned().forEach(task -> stops.putIfAbsent(task.taskId(), null));
        List<MovedTask> moved = new ArrayList<>();
        for (String taskId : new TreeSet<>(stops.keySet())) {
            String from = leftVehicle.get(taskId);
            String to = rightVehicle.get(taskId);
            if (!Objects.equals(from, to)) {
                StopReport stop = stops.get(taskId);
                moved.add(new MovedTask(
                        taskId, stop == null ? null : stop.taskKind(), stop == null ? null : stop.label(), from, to));
            }
        }
        return moved;
    }

    private static Map<String, String> vehicles(PlanReport report, Map<String, StopReport> stops) {
        Map<String, String> vehicles = new LinkedHashMap<>();
        for (RouteReport route : report.routes()) {
            for (StopReport stop : route.stops()) {
                if (stop.taskId() != null) {
                    vehicles.put(stop.taskId(), route.vehicleId());
                    stops.put(stop.taskId(), stop);
                }
            }
        }
        return vehicles;
    }

    private static Map<String, AreaRow> byArea(PlanReport left, PlanReport right, Function<StopReport, String> area) {
        Map<String, double[]> figures = new TreeMap<>();
        add(figures, left, area, 0);
        add(figures, right, area, 1);
        Map<String, AreaRow> rows = new LinkedHashMap<>();
        figures.forEach((name, f) -> rows.put(name, new AreaRow((int) f[0], (int) f[1], round(f[2]), round(f[3]))));
        return rows;
    }

    private static void add(
            Map<String, double[]> figures, PlanReport report, Function<StopReport, String> area, int side) {
        for (RouteReport route : report.routes()) {
            for (StopReport stop : route.stops()) {
                String name = stop.taskId() == null ? null : area.apply(stop);
                if (name == null) {
                    continue;
                }
                double[] f = figures.computeIfAbsent(name, key -> new double[4]);
                f[side]++;
                f[2 + side] += Duration.between(stop.start(), stop.end()).toSeconds() / 60.0;
            }
        }
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
