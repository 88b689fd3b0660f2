package city.sanitation.benchmarks.run;

import ai.timefold.solver.core.config.solver.EnvironmentMode;
import city.sanitation.dataset.DatasetReader;
import city.sanitation.dataset.DatasetWriter;
import city.sanitation.dataset.LoadedDataset;
import city.sanitation.dataset.SanitationDataset;
import city.sanitation.district.DistrictSize;
import city.sanitation.district.SampleDistrictGenerator;
import city.sanitation.district.SeasonalWeather;
import city.sanitation.planning.PlanSolverConfig;
import city.sanitation.planning.PlanningService;
import city.sanitation.planning.build.ProblemBuilder;
import city.sanitation.planning.build.SanitationProblem;
import city.sanitation.planning.domain.SanitationPlan;
import city.sanitation.planning.report.SnowClearance;
import city.sanitation.planning.report.SnowClearance.ClassClearance;
import city.sanitation.road.RoadClass;
import city.sanitation.weather.DistrictWeather;
import city.sanitation.weather.SnowRules;
import city.sanitation.weather.WeatherRules;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The snow scenario (issue 17): a sample district on a December day with the season's forecast (5 cm of snow from
 * 00:00 to 05:00), as {@code generate --size SIZE --day 2026-12-04 --weather} writes it, solved by the product for each
 * time limit; per road class, the time from the snow's end until its last ploughing and de-icing pass is finished, and
 * the share of snow passes done by their deadline.
 */
final class SnowRun {

    static final LocalDate SNOW_DAY = LocalDate.of(2026, 12, 4);

    /** One solve: the district, the time limit, the score and the clearing. */
    record Result(String district, long seconds, String score, int tasks, SnowClearance clearance) {}

    private SnowRun() {}

    static List<Result> execute(List<String> districts, List<Duration> limits, long seed, Path out, PrintStream console)
            throws IOException {
        List<Result> results = new ArrayList<>();
        double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        console.printf(Locale.ROOT, "Snow scenario on %s, load average %.1f at the start%n", districts, load);
        for (String district : districts) {
            LoadedDataset loaded = load(district, seed, out);
            for (Duration limit : limits) {
                SanitationProblem problem = new ProblemBuilder().build(loaded);
                PlanSolverConfig config = new PlanSolverConfig(limit, seed, EnvironmentMode.REPRODUCIBLE, 0);
                SanitationPlan solved = new PlanningService(config).solve(problem, best -> {});
                SnowClearance clearance = SnowClearance.of(solved).orElseThrow();
                Result result = new Result(
                        district,
                        limit.toSeconds(),
                        solved.getScore().toString(),
                        solved.getTasks().size(),
                        clearance);
                results.add(result);
                console.println(row(result));
            }
        }
        double loadAfter = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        console.printf(Locale.ROOT, "Load average %.1f at the end%n", loadAfter);
        Files.createDirectories(out);
        List<String> lines = new ArrayList<>();
        lines.add(HEADER);
        lines.add("|---|---:|---|---:|---|---|---:|---:|");
        results.forEach(result -> lines.add(row(result)));
        lines.add("");
        lines.add(String.format(Locale.ROOT, "Load average %.1f at the start, %.1f at the end.", load, loadAfter));
        Files.write(out.resolve("snow.md"), lines);
        return results;
    }

    static final String HEADER = "| district | s | score | tasks | main roads clear | secondary roads clear"
            + " | snow passes by the deadline | salt reloads |";

    static String row(Result result) {
        SnowClearance clearance = result.clearance();
        int passes = 0;
        int inTime = 0;
        for (ClassClearance roadClass : clearance.byClass()) {
            passes += roadClass.passes();
            inTime += roadClass.withinDeadline();
        }
        return String.format(
                Locale.ROOT,
                "| %s | %d | %s | %d | %s | %s | %.1f %% (%d of %d) | %d |",
                result.district(),
                result.seconds(),
                result.score(),
                result.tasks(),
                cleared(clearance, RoadClass.MAIN),
                cleared(clearance, RoadClass.SECONDARY),
                100.0 * inTime / Math.max(1, passes),
                inTime,
                passes,
                clearance.saltReloads());
    }

    /** "3 h 32 min after the snow (108 passes)", or how many are done when the class is not clear. */
    private static String cleared(SnowClearance clearance, RoadClass roadClass) {
        return clearance
                .of(roadClass)
                .map(cleared -> cleared.clearedAfter()
                        .map(after -> "%d h %02d min (%d passes)"
                                .formatted(after.toHours(), after.toMinutesPart(), cleared.passes()))
                        .orElse("not clear: %d of %d passes done, %d by the deadline"
                                .formatted(cleared.done(), cleared.passes(), cleared.withinDeadline())))
                .orElse("no snow work");
    }

    /**
     * A district named with this suffix ploughs only its main and secondary roads by machine (主次干道), its branch
     * roads and alleys being cleared by hand, as many cities do when the trucks are short.
     */
    static final String MAIN_SECONDARY = "+main-secondary";

    /** The sample district of that size on the snow day, with the season's weather, written next to the reports. */
    private static LoadedDataset load(String district, long seed, Path out) throws IOException {
        boolean mainSecondary = district.endsWith(MAIN_SECONDARY);
        String sizeName = mainSecondary ? district.substring(0, district.length() - MAIN_SECONDARY.length()) : district;
        DistrictSize size = DistrictSize.valueOf(sizeName.toUpperCase(Locale.ROOT));
        SanitationDataset dataset = SeasonalWeather.apply(
                SampleDistrictGenerator.generate(size, SampleDistrictGenerator.DEFAULT_SEED, SNOW_DAY),
                SampleDistrictGenerator.DEFAULT_SEED);
        if (mainSecondary) {
            WeatherRules rules = dataset.weather().rules();
            SnowRules byMachine = new SnowRules(
                    rules.snow().minDepthCm(),
                    Map.of(RoadClass.MAIN, 4, RoadClass.SECONDARY, 8),
                    rules.snow().deIceRoadClasses(),
                    rules.snow().saltKgPerLaneKm());
            dataset = dataset.toBuilder()
                    .weather(new DistrictWeather(
                            dataset.weather().forecast(),
                            new WeatherRules(
                                    rules.washingMinTemperatureC(),
                                    rules.rainStopsWashingMm(),
                                    rules.alertSprinklingLevel(),
                                    rules.alertSprinklingRoadClasses(),
                                    rules.alertSprinklingPasses(),
                                    rules.sweptDustM3PerKm(),
                                    byMachine),
                            dataset.weather().snowfalls()))
                    .build();
        }
        Files.createDirectories(out);
        Path file = out.resolve(district + "-" + SNOW_DAY + ".json.gz");
        new DatasetWriter().write(dataset, file);
        return new DatasetReader().read(file);
    }
}
