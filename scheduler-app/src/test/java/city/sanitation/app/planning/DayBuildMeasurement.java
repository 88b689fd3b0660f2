package city.sanitation.app.planning;

import city.sanitation.app.district.DatasetDocuments;
import city.sanitation.app.district.DatasetForDay;
import city.sanitation.dataset.DatasetReader;
import city.sanitation.dataset.DayDataChecks;
import city.sanitation.dataset.LoadedDataset;
import city.sanitation.dataset.SanitationDataset;
import city.sanitation.planning.build.ProblemBuilder;
import city.sanitation.task.BlindSpotReport;
import city.sanitation.weather.Forecast;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * How long the app takes to build a day's problem on a stored version, the text round trip it made before (write the
 * day's data, a temporary file, the tolerant reader) against the data checked as objects, alternated so that both see
 * the same load. Not a test: run it with
 *
 * <pre>
 * mvn -q -B -ntp -o -pl solver,scheduler-app -am test-compile exec:java -Dexec.skip -Dspotless.check.skip=true \
 *   -Dexec.classpathScope=test -Dexec.mainClass=city.sanitation.app.planning.DayBuildMeasurement \
 *   -Dexec.args="datasets/medium.json 10 problem"
 * </pre>
 *
 * (from the repository root; the last argument adds the problem builder's time, which both ways share).
 */
public final class DayBuildMeasurement {

    private DayBuildMeasurement() {}

    public static void main(String[] args) {
        Path file = Path.of(args[0]).toAbsolutePath();
        int repetitions = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        boolean withProblem = args.length > 2 && args[2].equals("problem");
        long start = System.nanoTime();
        LoadedDataset version = new DatasetReader().read(file);
        double versionMs = millisSince(start);
        start = System.nanoTime();
        DayDataChecks checks = new DayDataChecks(version.dataset().roadNetwork());
        double checksMs = millisSince(start);
        DayDataReader reader = new DayDataReader(new DatasetDocuments(), null);
        DayDataReader.StoredVersion stored = new DayDataReader.StoredVersion(version, checks);
        SanitationDataset data = version.dataset();
        LocalDate day = data.horizon().planningDay().plusDays(1);

        double[] textMs = new double[repetitions];
        double[] objectsMs = new double[repetitions];
        double[] problemMs = new double[repetitions];
        for (int i = 0; i < repetitions; i++) {
            Supplier<SanitationDataset> dayData =
                    () -> DatasetForDay.of(data, day, shifted(data.blindSpots()), Map.of(), Set.of(), Forecast.NONE);
            start = System.nanoTime();
            LoadedDataset roundTrip = textRoundTrip(version, dayData.get(), reader);
            textMs[i] = millisSince(start);
            start = System.nanoTime();
            LoadedDataset direct = reader.day(stored, dayData.get(), "measurement");
            objectsMs[i] = millisSince(start);
            if (!direct.setAside().equals(roundTrip.setAside())) {
                throw new IllegalStateException("The two ways set different items aside.");
            }
            if (withProblem) {
                start = System.nanoTime();
                new ProblemBuilder().build(direct);
                problemMs[i] = millisSince(start);
            }
        }
        System.out.printf(
                Locale.ROOT,
                "%s: %d tasks' data, %d segments; version read %.0f ms, its network's checks %.0f ms (once per"
                        + " version)%n  day's data, median of %d: text round trip %.1f ms, as objects %.1f ms"
                        + " (%.1fx)%s%n",
                file.getFileName(),
                data.washingRequirements().size()
                        + data.blindSpots().size()
                        + data.toilets().size(),
                data.roadNetwork().segmentCount(),
                versionMs,
                checksMs,
                repetitions,
                median(textMs),
                median(objectsMs),
                median(textMs) / median(objectsMs),
                withProblem ? String.format(Locale.ROOT, "; problem builder %.0f ms", median(problemMs)) : "");
    }

    /** What the app did before: the day's data as text in a temporary file, read back by the tolerant reader. */
    private static LoadedDataset textRoundTrip(LoadedDataset version, SanitationDataset day, DayDataReader reader) {
        try {
            Path temporary = Files.createTempFile("day-", ".json");
            try {
                Files.writeString(temporary, new DatasetDocuments().write(day), StandardCharsets.UTF_8);
                LoadedDataset read = new DatasetReader().readTolerant(temporary, "measurement");
                return DayDataReader.withSetAsideFrom(version, read);
            } finally {
                Files.deleteIfExists(temporary);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<BlindSpotReport> shifted(List<BlindSpotReport> reports) {
        return reports.stream()
                .map(r -> new BlindSpotReport(
                        r.id(),
                        r.location(),
                        r.category(),
                        r.volumeM3(),
                        r.priority(),
                        r.reportedAt().plusDays(1),
                        r.deadline() == null ? null : r.deadline().plusDays(1),
                        r.equipment(),
                        r.source(),
                        r.description()))
                .toList();
    }

    private static double millisSince(long start) {
        return (System.nanoTime() - start) / 1e6;
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
