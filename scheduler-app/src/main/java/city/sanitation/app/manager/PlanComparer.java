package city.sanitation.app.manager;

import city.sanitation.app.manager.PlanComparison.AreaRow;
import city.sanitation.app.manager.PlanComparison.CodeCount;
import city.sanitation.app.manager.PlanComparison.KpiRow;
import city.sanitation.app.manager.PlanComparison.MovedTask;
import city.sanitation.app.manager.PlanComparison.Side;
import city.sanitation.planning.report.PlanReport;
import city.sanitation.planning.report.PlanReport.Kpis;
import city.sanitation.planning.report.PlanReport.RouteReport;
import city.sanitation.planning.report.PlanReport.StopReport;
import city.sanitation.planning.report.PlanReport.VehicleTypeUtilisation;
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
        row(kpis, "vehiclesUsed", left, right, k -> (double) k.vehiclesUsed());
        row(kpis, "kmDriven", left, right, Kpis::kmDriven);
        row(kpis, "kmWashed", left, right, Kpis::kmWashed);
        row(kpis, "kmDeadheaded", left, right, Kpis::kmDeadheaded);
        row(kpis, "waterUsedM3", left, right, Kpis::waterUsedM3);
        row(kpis, "refills", left, right, k -> (double) k.refills());
        row(kpis, "dumps", left, right, k -> (double) k.dumps());
        // Only snow plans load salt: a row of zeros on every summer comparison would say nothing.
        if (left.kpis().saltReloads() > 0 || right.kpis().saltReloads() > 0) {
            row(kpis, "saltReloads", left, right, k -> (double) k.saltReloads());
        }
        row(kpis, "blindSpotsCleared", left, right, k -> (double) k.blindSpotsCleared());
        row(kpis, "blindSpotsClearedWithinSla", left, right, k -> (double) k.blindSpotsClearedWithinSla());
        row(kpis, "blindSpotsOverdue", left, right, k -> (double) k.blindSpotsOverdue());
        row(kpis, "toiletRoundsDone", left, right, k -> (double) k.toiletRoundsDone());
        row(kpis, "streetPassesDone", left, right, k -> (double) k.streetPassesDone());
        row(kpis, "overtimeMinutes", left, right, k -> (double) k.overtimeMinutes());
        row(kpis, "unassignedTasks", left, right, k -> (double) k.unassignedTasks());
        row(kpis, "washingDeadheadKmPerKmWashed", left, right, Kpis::washingDeadheadKmPerKmWashed);
        row(kpis, "subdistrictsPerWashingVehicle", left, right, Kpis::subdistrictsPerWashingVehicle);
        row(kpis, "waitingMinutesOnStreet", left, right, k -> (double) k.waitingMinutesOnStreet());
        row(kpis, "waitingMinutesAtDepot", left, right, k -> (double) k.waitingMinutesAtDepot());
        row(kpis, "toiletMaxGapBreaches", left, right, k -> (double) k.toiletMaxGapBreaches());
        row(kpis, "worstLatenessMinutes", left, right, k -> (double) k.worstLatenessMinutes());
        // The spread of working minutes between the crews that work: lower is fairer.
        kpis.add(new KpiRow("workingMinutesStandardDeviation", balance(left), balance(right)));
        utilisation(kpis, left, right);
        return new PlanComparison(
                leftSide,
                rightSide,
                kpis,
                moved(left, right),
                byArea(left, right, StopReport::subdistrictId),
                byArea(left, right, StopReport::gridId),
                codes(left, right));
    }

    /** Undone tasks by reason and weather-changed passes by code, both plans' codes in name order. */
    static List<CodeCount> codes(PlanReport left, PlanReport right) {
        List<CodeCount> rows = new ArrayList<>();
        counts(rows, "undone", undone(left), undone(right));
        counts(rows, "weather", weather(left), weather(right));
        return rows;
    }

    private static void counts(
            List<CodeCount> rows, String kind, Map<String, Integer> left, Map<String, Integer> right) {
        TreeSet<String> codes = new TreeSet<>(left.keySet());
        codes.addAll(right.keySet());
        for (String code : codes) {
            rows.add(new CodeCount(kind, code, left.getOrDefault(code, 0), right.getOrDefault(code, 0)));
        }
    }

    private static Map<String, Integer> undone(PlanReport report) {
        Map<String, Integer> counts = new TreeMap<>();
        report.unassigned().forEach(task -> counts.merge(task.code() == null ? "OTHER" : task.code(), 1, Integer::sum));
        return counts;
    }

    private static Map<String, Integer> weather(PlanReport report) {
        Map<String, Integer> counts = new TreeMap<>();
        report.routes().stream()
                .flatMap(route -> route.stops().stream())
                .filter(stop -> stop.taskId() != null && stop.weatherCode() != null)
                .forEach(stop -> counts.merge(stop.weatherCode(), 1, Integer::sum));
        return counts;
    }

    private static void row(List<KpiRow> rows, String name, PlanReport left, PlanReport right, KpiValue value) {
        rows.add(new KpiRow(name, value.of(left.kpis()), value.of(right.kpis())));
    }

    private interface KpiValue {
        /** Null when the plan has no value for the figure. */
        Double of(Kpis kpis);
    }

    /**
     * Per vehicle type of either plan, in percent; a type a plan does not report (a plan written before the figure)
     * has no value on that side.
     */
    private static void utilisation(List<KpiRow> rows, PlanReport left, PlanReport right) {
        Map<String, Double> leftByType = utilisationPercent(left);
        Map<String, Double> rightByType = utilisationPercent(right);
        TreeSet<String> types = new TreeSet<>(leftByType.keySet());
        types.addAll(rightByType.keySet());
        for (String type : types) {
            rows.add(new KpiRow("utilisationPercent", leftByType.get(type), rightByType.get(type), type));
        }
    }

    private static Map<String, Double> utilisationPercent(PlanReport report) {
        Map<String, Double> percent = new TreeMap<>();
        for (VehicleTypeUtilisation type : report.kpis().utilisationByVehicleType()) {
            percent.put(type.vehicleTypeId(), round(100 * type.utilisation()));
        }
        return percent;
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
