package city.sanitation.benchmarks.run;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * Writes the districts suite's reports into one folder: {@code districts-<T>s.csv} and {@code .md} (one row per
 * district), and per district its score curve as {@code districts-<T>s-<district>-curve.csv} and {@code .png}.
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
        StringBuilder csv = new StringBuilder(
                "instance,tasks,routes,load_seconds,matrix_seconds,first_feasible_seconds,"
                        + "seconds_spent,final_score,unassigned,routes_used,reported_deadhead_km,shortest_deadhead_km,"
                        + "local_search_seconds,local_search_moves_per_second,phases,improvements,feasible,violations\n");
        for (DistrictResult result : results) {
            var evaluation = result.evaluation();
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
                            quoted(String.join("; ", evaluation.violations()))))
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
