package city.sanitation.benchmarks.run;

import city.sanitation.planning.report.PlanReport;
import city.sanitation.planning.report.PlanReport.Kpis;
import city.sanitation.planning.report.PlanReport.StopReport;
import city.sanitation.planning.report.PlanReport.UnassignedTask;
import city.sanitation.planning.report.PlanReportJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Writes the districts suite's reports into one folder: {@code districts-<T>s.csv} and {@code .md} (one row per
 * district), and per district its score curve as {@code districts-<T>s-<district>-curve.csv} and {@code .png} and
 * its plan as {@code districts-<T>s-<district>-plan.json} (plan.json's format, to see which routes make a figure).
 */
final class DistrictReports {

    private final Path folder;
    private final String baseName;
    private final Duration limit;

    DistrictReports(Path folder, Duration limit) throws IOException {
        this.folder = folder;
        this.baseName = "districts-%ds".formatted(limit.toSeconds());
        this.limit = limit;
        Files.createDirectories(folder);
    }

    Path csvFile() {
        return folder.resolve(baseName + ".csv");
    }

    Path markdownFile() {
        return folder.resolve(baseName + ".md");
    }

    Path curveCsvFile(String instance) {
        return folder.resolve("%s-%s-curve.csv".formatted(baseName, instance));
    }

    Path curveChartFile(String instance) {
        return folder.resolve("%s-%s-curve.png".formatted(baseName, instance));
    }

    Path planFile(String instance) {
        return folder.resolve("%s-%s-plan.json".formatted(baseName, instance));
    }

    /** The plan of one district, written as soon as it is solved. */
    /** One line of {@code <base>-figures.csv}: a plan's figures, whole or summed over its parts. */
    void appendFigures(TerritoryRun.PlanFigures figures) throws IOException {
        Path file = folder.resolve(baseName + "-figures.csv");
        if (!Files.exists(file)) {
            Files.writeString(
                    file,
                    "instance,tasks,parts,hard,medium,soft,unassigned,routes_used,km_driven,washing_km_deadheaded,"
                            + "km_washed,washing_legs_over_3km,wall_seconds,feasible\n");
        }
        Files.writeString(
                file,
                String.format(
                        java.util.Locale.ROOT,
                        "%s,%d,%d,%d,%d,%d,%d,%d,%.1f,%.1f,%.1f,%d,%.1f,%s%n",
                        figures.instance(),
                        figures.tasks(),
                        figures.parts(),
                        figures.hard(),
                        figures.medium(),
                        figures.soft(),
                        figures.unassigned(),
                        figures.routesUsed(),
                        figures.kmDriven(),
                        figures.kmDeadheadedWashing(),
                        figures.kmWashed(),
                        figures.washingLegsOver3Km(),
                        figures.wallSeconds(),
                        figures.feasible()),
                java.nio.file.StandardOpenOption.APPEND);
    }

    void writePlan(DistrictResult result) {
        new PlanReportJson().write(result.plan(), planFile(result.instance()));
    }

    /** The curve of one district, written as soon as it is solved. */
    void writeCurve(DistrictResult result) throws IOException {
        StringBuilder csv = new StringBuilder("seconds,hard,medium,soft,unassigned,source\n");
        for (ScorePoint point : result.curve()) {
            csv.append("%s,%d,%d,%d,%d,%s\n"
                    .formatted(
                            number(point.seconds(), 3),
                            point.hard(),
                            point.medium(),
                            point.soft(),
                            point.unassigned(),
                            point.source()));
        }
        Files.writeString(curveCsvFile(result.instance()), csv, StandardCharsets.UTF_8);
        ScoreCurveChart.write(
                baseName + " " + result.instance(),
                result.curve(),
                result.secondsSpent(),
                curveChartFile(result.instance()));
    }

    void writeCsv(List<DistrictResult> results) throws IOException {
        StringBuilder csv =
                new StringBuilder("instance,tasks,routes,load_seconds,matrix_seconds,first_feasible_seconds,"
                        + "seconds_spent,final_score,unassigned,routes_used,reported_deadhead_km,shortest_deadhead_km,"
                        + "local_search_seconds,local_search_moves_per_second,phases,improvements,feasible,violations,"
                        + "washing_deadhead_km_per_km_washed,subdistricts_per_washing_vehicle,waiting_minutes_street,"
                        + "waiting_minutes_depot,toilets,toilet_max_gap_breaches,blind_spots_overdue,"
                        + "worst_lateness_minutes,unassigned_by_kind,utilisation_by_vehicle_type\n");
        for (DistrictResult result : results) {
            var evaluation = result.evaluation();
            Kpis kpis = result.plan().kpis();
            csv.append(String.join(
                            ",",
                            result.instance(),
                            Integer.toString(result.tasks()),
                            Integer.toString(result.routes()),
                            number(result.loadSeconds(), 2),
                            number(result.matrixSeconds(), 2),
                            number(result.firstFeasibleSeconds(), 3),
                            number(result.secondsSpent(), 2),
                            result.finalScore(),
                            Integer.toString(evaluation.unassigned()),
                            Integer.toString(evaluation.routesUsed()),
                            number(evaluation.reportedDeadheadKm(), 1),
                            number(evaluation.shortestDeadheadKm(), 1),
                            number(result.localSearchSeconds(), 1),
                            Long.toString(result.localSearchMovesPerSecond()),
                            quoted(phases(result)),
                            Integer.toString(result.curve().size() - 1),
                            Boolean.toString(result.feasible()),
                            quoted(String.join("; ", evaluation.violations())),
                            figure(kpis.washingDeadheadKmPerKmWashed()),
                            figure(kpis.subdistrictsPerWashingVehicle()),
                            Long.toString(kpis.waitingMinutesOnStreet()),
                            Long.toString(kpis.waitingMinutesAtDepot()),
                            Integer.toString(toilets(result.plan())),
                            Integer.toString(kpis.toiletMaxGapBreaches()),
                            Integer.toString(kpis.blindSpotsOverdue()),
                            Long.toString(kpis.worstLatenessMinutes()),
                            quoted(String.join(
                                    ";",
                                    unassignedByKind(result.plan()).entrySet().stream()
                                            .map(kind -> kind.getKey() + ":" + kind.getValue())
                                            .toList())),
                            quoted(String.join(
                                    ";",
                                    kpis.utilisationByVehicleType().stream()
                                            .map(type -> "%s:%s:%d/%d"
                                                    .formatted(
                                                            type.vehicleTypeId(),
                                                            number(type.utilisation(), 2),
                                                            type.vehiclesUsed(),
                                                            type.vehiclesAvailable()))
                                            .toList()))))
                    .append('\n');
        }
        Files.writeString(csvFile(), csv, StandardCharsets.UTF_8);
    }

    void writeMarkdown(List<DistrictResult> results) throws IOException {
        StringBuilder md = new StringBuilder();
        md.append("# Benchmark %s: the product on districts, %d s each\n\n".formatted(baseName, limit.toSeconds()));
        md.append("First feasible: from the start of the solve (construction included) to the first plan with hard"
                + " score 0;\nloading and matrices come before it. Feasible: hard score 0 and no violation found by"
                + " the independent\ncheck (each task at most once, capability and skills per route, routes from and"
                + " back to their depot).\nPhases: Timefold's phases after the greedy construction (Custom: regret"
                + " insertion, then ruin and recreate).\n\n");
        md.append("| district | tasks / routes | load s | matrices s | first feasible s | final score | unassigned |"
                + " routes used | feasible | local search moves/s | phases | score curve |\n");
        md.append("|---|---|---:|---:|---:|---|---:|---:|---|---:|---|---|\n");
        for (DistrictResult result : results) {
            var evaluation = result.evaluation();
            md.append("| %s | %,d / %d | %s | %s | %s | %s | %d | %d | %s | %s | %s | [csv](%s) [png](%s) |\n"
                    .formatted(
                            result.instance(),
                            result.tasks(),
                            result.routes(),
                            number(result.loadSeconds(), 1),
                            number(result.matrixSeconds(), 1),
                            number(result.firstFeasibleSeconds(), 2),
                            result.finalScore(),
                            evaluation.unassigned(),
                            evaluation.routesUsed(),
                            verdict(result),
                            result.localSearchMovesPerSecond() < 0
                                    ? ""
                                    : "%,d".formatted(result.localSearchMovesPerSecond()),
                            phases(result),
                            curveCsvFile(result.instance()).getFileName(),
                            curveChartFile(result.instance()).getFileName()));
        }
        md.append("\nRealism figures (plan.json's KPIs of the final plan): deadhead per km washed and subdistricts over"
                + " the vehicles\nthat wash; waiting in minutes on the street / at the depot; toilets left past their"
                + " maximum gap of all toilets;\nworst lateness of a done blind spot; utilisation: work (driving,"
                + " tasks, refills, dumps) over the used vehicles'\nshifts, with vehicles used / available.\n\n");
        md.append(
                "| district | deadhead km / km washed | subdistricts per washing vehicle | waiting min street / depot |"
                        + " toilets past max gap | overdue blind spots | worst lateness min | unassigned | utilisation by"
                        + " type |\n");
        md.append("|---|---:|---:|---:|---:|---:|---:|---|---|\n");
        for (DistrictResult result : results) {
            Kpis kpis = result.plan().kpis();
            md.append("| %s | %s | %s | %,d / %,d | %d of %d | %d | %,d | %s | %s |\n"
                    .formatted(
                            result.instance(),
                            figure(kpis.washingDeadheadKmPerKmWashed()),
                            figure(kpis.subdistrictsPerWashingVehicle()),
                            kpis.waitingMinutesOnStreet(),
                            kpis.waitingMinutesAtDepot(),
                            kpis.toiletMaxGapBreaches(),
                            toilets(result.plan()),
                            kpis.blindSpotsOverdue(),
                            kpis.worstLatenessMinutes(),
                            unassigned(result.plan()),
                            String.join(
                                    ", ",
                                    kpis.utilisationByVehicleType().stream()
                                            .map(type -> "%s %s %% (%d/%d)"
                                                    .formatted(
                                                            type.vehicleTypeId(),
                                                            number(100 * type.utilisation(), 0),
                                                            type.vehiclesUsed(),
                                                            type.vehiclesAvailable()))
                                            .toList())));
        }
        for (DistrictResult result : results) {
            if (!result.evaluation().violations().isEmpty()) {
                md.append("\n%s violations:\n\n".formatted(result.instance()));
                result.evaluation()
                        .violations()
                        .forEach(violation -> md.append("* ").append(violation).append('\n'));
            }
        }
        Files.writeString(markdownFile(), md, StandardCharsets.UTF_8);
    }

    /** The toilets of the district: each has its rounds, done or not, named {@code <toilet>-round-<n>}. */
    private static int toilets(PlanReport plan) {
        Set<String> toilets = new HashSet<>();
        Stream.concat(
                        plan.routes().stream()
                                .flatMap(route -> route.stops().stream())
                                .filter(stop -> TOILET_ROUND.equals(stop.taskKind()))
                                .map(StopReport::taskId),
                        plan.unassigned().stream()
                                .filter(task -> TOILET_ROUND.equals(task.taskKind()))
                                .map(UnassignedTask::taskId))
                .forEach(taskId -> toilets.add(taskId.substring(0, taskId.lastIndexOf("-round-"))));
        return toilets.size();
    }

    private static final String TOILET_ROUND = "TOILET_ROUND";

    private static Map<String, Long> unassignedByKind(PlanReport plan) {
        return plan.unassigned().stream()
                .collect(Collectors.groupingBy(UnassignedTask::taskKind, TreeMap::new, Collectors.counting()));
    }

    /** The count, and by kind when there are any: {@code 218 (184 TOILET_ROUND, 34 STREET_PASS)}. */
    private static String unassigned(PlanReport plan) {
        if (plan.unassigned().isEmpty()) {
            return "0";
        }
        return "%d (%s)"
                .formatted(
                        plan.unassigned().size(),
                        String.join(
                                ", ",
                                unassignedByKind(plan).entrySet().stream()
                                        .map(kind -> kind.getValue() + " " + kind.getKey())
                                        .toList()));
    }

    /** A figure with no value (nothing washed) is left empty, not written as 0, which would read as perfect. */
    private static String figure(Double value) {
        return value == null ? "" : number(value, 2);
    }

    private static String phases(DistrictResult result) {
        return String.join(
                ", ", result.phases().stream().map(PhaseTime::summary).toList());
    }

    private static String verdict(DistrictResult result) {
        if (result.feasible()) {
            return "yes";
        }
        int violations = result.evaluation().violations().size();
        return result.finalHardZero()
                ? "no (%d violations)".formatted(violations)
                : "no (hard score)" + (violations == 0 ? "" : ", %d violations".formatted(violations));
    }

    private static String number(double value, int decimals) {
        return Double.isNaN(value) ? "" : String.format(Locale.ROOT, "%." + decimals + "f", value);
    }

    private static String quoted(String text) {
        return text == null || text.isEmpty() ? "" : '"' + text.replace("\"", "\"\"") + '"';
    }
}
