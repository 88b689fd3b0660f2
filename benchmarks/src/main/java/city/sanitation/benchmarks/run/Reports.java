package city.sanitation.benchmarks.run;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.DoubleSummaryStatistics;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** Writes a run's CSV, its Markdown report and its gap chart into one folder, named after the suite and limit. */
final class Reports {

    private final Path folder;
    private final String baseName;
    private final Duration limit;

    Reports(Path folder, String suite, Duration limit) throws IOException {
        this.folder = folder;
        this.baseName = "%s-%ds".formatted(suite, limit.toSeconds());
        this.limit = limit;
        Files.createDirectories(folder);
    }

    Path csvFile() {
        return folder.resolve(baseName + ".csv");
    }

    Path markdownFile() {
        return folder.resolve(baseName + ".md");
    }

    Path chartFile() {
        return folder.resolve(baseName + ".png");
    }

    void writeAll(List<ResultRow> rows) throws IOException {
        writeCsv(rows);
        Files.writeString(markdownFile(), markdown(rows), StandardCharsets.UTF_8);
        GapChart.write(rows, baseName, chartFile());
    }

    void writeCsv(List<ResultRow> rows) throws IOException {
        StringBuilder csv = new StringBuilder(
                "suite,instance,class,solver,seed,cost,vehicles,best_known,best_known_vehicles,gap_percent,feasible,"
                        + "seconds_to_best,seconds_spent,violations,note\n");
        for (ResultRow row : rows) {
            csv.append(String.join(
                            ",",
                            row.suite(),
                            row.instance(),
                            row.instanceClass(),
                            row.solver(),
                            Long.toString(row.seed()),
                            number(row.cost(), 1),
                            Integer.toString(row.vehicles()),
                            number(row.bestKnown(), 2),
                            Integer.toString(row.bestKnownVehicles()),
                            number(row.gapPercent(), 3),
                            Boolean.toString(row.feasible()),
                            number(row.secondsToBest(), 2),
                            number(row.secondsSpent(), 2),
                            quoted(row.violations()),
                            quoted(row.note())))
                    .append('\n');
        }
        Files.writeString(csvFile(), csv, StandardCharsets.UTF_8);
    }

    String markdown(List<ResultRow> rows) {
        boolean repeated = rows.stream().map(ResultRow::seed).distinct().count() > 1;
        StringBuilder md = new StringBuilder();
        md.append("# Benchmark %s, %d s per instance and solver\n\n".formatted(baseName, limit.toSeconds()));
        md.append("Gap in % to the best known value; a mean counts only feasible results. Infeasible results are\n"
                + "marked by the independent evaluator.\n\n");
        if (repeated) {
            md.append("Every instance was solved once per seed: a class's mean and worst gap are over all its results,"
                    + "\nthe spread is the lowest and highest of its mean gap seed by seed.\n\n");
        }
        appendPerClass(md, rows, repeated);
        appendPerInstance(md, rows, repeated);
        return md.toString();
    }

    /** The mean and worst gap per class and solver; with the seeds and the spread of the class mean when repeated. */
    private static void appendPerClass(StringBuilder md, List<ResultRow> rows, boolean repeated) {
        md.append("## Per class\n\n| class | solver | instances | feasible | mean gap % | worst gap % |"
                + (repeated ? " seeds | class mean by seed, lowest – highest |" : "")
                + " mean vehicles | mean s to best |\n|---|---|---:|---:|---:|---:|"
                + (repeated ? "---:|---:|" : "")
                + "---:|---:|\n");
        for (ClassSummary summary : summarise(rows)) {
            md.append("| %s | %s | %d | %d | %s | %s |"
                    .formatted(
                            summary.instanceClass(),
                            summary.solver(),
                            summary.instances(),
                            summary.feasible(),
                            number(summary.meanGap(), 2),
                            number(summary.worstGap(), 2)));
            if (repeated) {
                md.append(" %d | %s – %s |"
                        .formatted(
                                summary.seeds(),
                                number(summary.lowestSeedMeanGap(), 2),
                                number(summary.highestSeedMeanGap(), 2)));
            }
            md.append(" %s | %s |\n"
                    .formatted(number(summary.meanVehicles(), 1), number(summary.meanSecondsToBest(), 1)));
        }
    }

    /** Every solver's result side by side, a row per instance (and seed, when repeated). */
    private static void appendPerInstance(StringBuilder md, List<ResultRow> rows, boolean repeated) {
        Set<String> solvers = new LinkedHashSet<>();
        rows.forEach(row -> solvers.add(row.solver()));
        md.append("\n## Per instance\n\n| instance |")
                .append(repeated ? " seed |" : "")
                .append(" best known |");
        for (String solver : solvers) {
            md.append(" %s cost | vehicles | gap %% | s to best |".formatted(solver));
        }
        md.append("\n|---|").append(repeated ? "---:|" : "").append("---:|");
        md.append("---:|---:|---:|---:|".repeat(solvers.size()));
        md.append('\n');
        Map<List<Object>, List<ResultRow>> byInstance = new LinkedHashMap<>();
        rows.forEach(row -> byInstance
                .computeIfAbsent(List.of(row.instance(), row.seed()), key -> new ArrayList<>())
                .add(row));
        for (var entry : byInstance.entrySet()) {
            ResultRow first = entry.getValue().get(0);
            md.append("| %s |".formatted(first.instance()));
            if (repeated) {
                md.append(" %d |".formatted(first.seed()));
            }
            md.append(" %s |".formatted(number(first.bestKnown(), 1)));
            for (String solver : solvers) {
                ResultRow row = entry.getValue().stream()
                        .filter(r -> r.solver().equals(solver))
                        .findFirst()
                        .orElse(null);
                if (row == null) {
                    md.append(" | | | |");
                } else {
                    md.append(" %s%s | %d | %s | %s |"
                            .formatted(
                                    number(row.cost(), 1),
                                    row.feasible() ? "" : " (infeasible)",
                                    row.vehicles(),
                                    number(row.gapPercent(), 2),
                                    number(row.secondsToBest(), 1)));
                }
            }
            md.append('\n');
        }
    }

    /**
     * Mean and worst gap of the feasible results, per class and solver, in the order first met, with the lowest and
     * highest of the class's mean gap seed by seed (the same as the mean when the run has one seed).
     */
    static List<ClassSummary> summarise(List<ResultRow> rows) {
        Map<List<String>, List<ResultRow>> groups = new LinkedHashMap<>();
        rows.forEach(row -> groups.computeIfAbsent(List.of(row.instanceClass(), row.solver()), key -> new ArrayList<>())
                .add(row));
        List<ClassSummary> summaries = new ArrayList<>();
        for (var entry : groups.entrySet()) {
            List<ResultRow> group = entry.getValue();
            List<ResultRow> feasible =
                    group.stream().filter(ResultRow::feasible).toList();
            DoubleSummaryStatistics gaps = feasible.stream()
                    .mapToDouble(ResultRow::gapPercent)
                    .filter(gap -> !Double.isNaN(gap))
                    .summaryStatistics();
            Map<Long, DoubleSummaryStatistics> bySeed = new TreeMap<>();
            feasible.stream()
                    .filter(row -> !Double.isNaN(row.gapPercent()))
                    .forEach(row -> bySeed.computeIfAbsent(row.seed(), seed -> new DoubleSummaryStatistics())
                            .accept(row.gapPercent()));
            DoubleSummaryStatistics seedMeans = bySeed.values().stream()
                    .mapToDouble(DoubleSummaryStatistics::getAverage)
                    .summaryStatistics();
            summaries.add(new ClassSummary(
                    entry.getKey().get(0),
                    entry.getKey().get(1),
                    (int) group.stream().map(ResultRow::instance).distinct().count(),
                    feasible.size(),
                    gaps.getCount() == 0 ? Double.NaN : gaps.getAverage(),
                    gaps.getCount() == 0 ? Double.NaN : gaps.getMax(),
                    (int) group.stream().map(ResultRow::seed).distinct().count(),
                    seedMeans.getCount() == 0 ? Double.NaN : seedMeans.getMin(),
                    seedMeans.getCount() == 0 ? Double.NaN : seedMeans.getMax(),
                    feasible.stream().mapToInt(ResultRow::vehicles).average().orElse(Double.NaN),
                    group.stream()
                            .mapToDouble(ResultRow::secondsToBest)
                            .average()
                            .orElse(Double.NaN)));
        }
        return summaries;
    }

    /**
     * @param instances distinct instances of the class
     * @param feasible feasible results, over all seeds
     */
    record ClassSummary(
            String instanceClass,
            String solver,
            int instances,
            int feasible,
            double meanGap,
            double worstGap,
            int seeds,
            double lowestSeedMeanGap,
            double highestSeedMeanGap,
            double meanVehicles,
            double meanSecondsToBest) {}

    private static String number(double value, int decimals) {
        return Double.isNaN(value) ? "" : String.format(Locale.ROOT, "%." + decimals + "f", value);
    }

    private static String quoted(String text) {
        return text == null || text.isEmpty() ? "" : '"' + text.replace("\"", "\"\"") + '"';
    }
}
