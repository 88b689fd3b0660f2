package city.sanitation.app.planning;

import static org.assertj.core.api.Assertions.assertThat;

import city.sanitation.app.district.DatasetDocuments;
import city.sanitation.app.district.DatasetForDay;
import city.sanitation.dataset.DatasetReader;
import city.sanitation.dataset.DayDataChecks;
import city.sanitation.dataset.LoadedDataset;
import city.sanitation.dataset.PlanningHorizon;
import city.sanitation.dataset.SanitationDataset;
import city.sanitation.district.SeasonalWeather;
import city.sanitation.planning.build.ProblemBuilder;
import city.sanitation.planning.build.SanitationProblem;
import city.sanitation.planning.domain.SanitationPlan;
import city.sanitation.task.BlindSpotReport;
import city.sanitation.weather.DistrictWeather;
import city.sanitation.weather.Forecast;
import city.sanitation.weather.WeatherRules;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;

/**
 * A day's problem built on a stored version as objects must be the one the text round trip (write the day's data,
 * read it back tolerantly) builds: the same tasks, vehicles, placements and set-aside items with their reasons.
 */
class DayDataReaderTest {

    private static LoadedDataset medium;
    private static DayDataReader.StoredVersion version;
    private final DayDataReader reader = new DayDataReader(new DatasetDocuments(), null);

    @BeforeAll
    static void readMedium() {
        medium = new DatasetReader().read(repositoryFile("datasets/medium.json"));
        version = new DayDataReader.StoredVersion(
                medium, new DayDataChecks(medium.dataset().roadNetwork()));
    }

    @Test
    void medium_day_built_as_objects_is_the_problem_the_text_round_trip_builds() {
        SanitationDataset stored = medium.dataset();
        LocalDate day = stored.horizon().planningDay().plusDays(3);
        String firstRequirement = stored.washingRequirements().get(0).id();
        SanitationDataset dayData = DatasetForDay.of(
                stored,
                day,
                shifted(stored.blindSpots(), 3),
                Map.of(firstRequirement, day.minusDays(1)),
                Set.of(stored.vehicles().get(0).id()),
                Forecast.NONE);

        assertSameProblem(reader.day(version, dayData, "medium"), reader.dayFromText(medium, dayData, "medium"));
        assertThat(version.checks().loadIfClean(dayData, List.of())).isPresent();
    }

    @Test
    void a_stored_forecast_shapes_the_day_it_covers_and_is_left_out_of_a_day_it_does_not() {
        LocalDate day = medium.dataset().horizon().planningDay().plusDays(3);
        PlanningHorizon dayHorizon = DatasetForDay.of(
                        medium.dataset(), day, List.of(), Map.of(), Set.of(), Forecast.NONE)
                .horizon();
        Forecast frost = SeasonalWeather.forecast(
                new PlanningHorizon(
                        LocalDate.of(2026, 12, 1), dayHorizon.timeZone(), dayHorizon.start(), dayHorizon.end()),
                1);
        SanitationDataset stored = medium.dataset().toBuilder()
                .weather(new DistrictWeather(frost, WeatherRules.DEFAULTS))
                .build();

        SanitationDataset covered = DatasetForDay.of(stored, day, List.of(), Map.of(), Set.of(), Forecast.NONE);
        SanitationDataset nextDay =
                DatasetForDay.of(stored, day.plusDays(1), List.of(), Map.of(), Set.of(), Forecast.NONE);

        assertThat(covered.weather().forecast().hours()).isEqualTo(frost.hours());
        LoadedDataset built = reader.day(version, covered, "medium");
        assertThat(built.dataset().weather()).isEqualTo(covered.weather());
        assertThat(new ProblemBuilder().build(built).plan().getTasks())
                .anyMatch(task -> task.getProblem().weather() != null);
        assertSameProblem(built, reader.dayFromText(medium, covered, "medium"));
        assertThat(nextDay.weather().forecast().isEmpty()).isTrue();
        assertThat(nextDay.weather().rules()).isEqualTo(WeatherRules.DEFAULTS);
    }

    @Test
    void the_districts_newest_forecast_replaces_the_datasets_on_a_day_it_covers_and_only_then() {
        LocalDate day = medium.dataset().horizon().planningDay().plusDays(3);
        PlanningHorizon dayHorizon = DatasetForDay.of(
                        medium.dataset(), day, List.of(), Map.of(), Set.of(), Forecast.NONE)
                .horizon();
        PlanningHorizon december = new PlanningHorizon(
                LocalDate.of(2026, 12, 1), dayHorizon.timeZone(), dayHorizon.start(), dayHorizon.end());
        Forecast embedded = SeasonalWeather.forecast(december, 1);
        Forecast newest = new Forecast(
                "newest", null, SeasonalWeather.forecast(december, 2).hours());
        SanitationDataset stored = medium.dataset().toBuilder()
                .weather(new DistrictWeather(embedded, WeatherRules.DEFAULTS))
                .build();

        SanitationDataset covered = DatasetForDay.of(stored, day, List.of(), Map.of(), Set.of(), newest);
        SanitationDataset otherDay = DatasetForDay.of(stored, day.minusDays(1), List.of(), Map.of(), Set.of(), newest);

        assertThat(covered.weather().forecast().source()).isEqualTo("newest");
        assertThat(covered.weather().forecast().hours()).isEqualTo(newest.hours());
        // The newest forecast says nothing about the day before: the dataset's forecast does not cover it either.
        assertThat(otherDay.weather().forecast().isEmpty()).isTrue();
        assertThat(DatasetForDay.of(stored, day, List.of(), Map.of(), Set.of(), Forecast.NONE)
                        .weather()
                        .forecast()
                        .hours())
                .isEqualTo(embedded.hours());
    }

    @Test
    void a_report_far_from_streets_is_set_aside_with_the_reason_the_tolerant_reader_gives() {
        SanitationDataset stored = medium.dataset();
        LocalDate day = stored.horizon().planningDay().plusDays(1);
        List<BlindSpotReport> reports = new ArrayList<>(shifted(stored.blindSpots(), 1));
        BlindSpotReport first = reports.get(0);
        reports.add(new BlindSpotReport(
                "far-away",
                new GeometryFactory()
                        .createPoint(new Coordinate(
                                first.location().getX() + 0.5, first.location().getY())),
                first.category(),
                first.volumeM3(),
                first.priority(),
                first.reportedAt(),
                first.deadline(),
                first.equipment(),
                first.source(),
                "Reported well outside the district."));
        SanitationDataset dayData = DatasetForDay.of(stored, day, reports, Map.of(), Set.of(), Forecast.NONE);

        assertThat(version.checks().loadIfClean(dayData, List.of())).isEmpty();
        LoadedDataset loaded = reader.day(version, dayData, "medium");
        assertThat(loaded.setAside())
                .singleElement()
                .satisfies(item -> assertThat(item.id()).isEqualTo("far-away"));
        LoadedDataset roundTrip = reader.dayFromText(medium, dayData, "medium");
        assertThat(loaded.setAside()).isEqualTo(roundTrip.setAside());
        assertThat(loaded.placements()).isEqualTo(roundTrip.placements());
        assertThat(withoutNetwork(loaded.dataset())).isEqualTo(withoutNetwork(roundTrip.dataset()));
    }

    private static void assertSameProblem(LoadedDataset direct, LoadedDataset roundTrip) {
        assertThat(withoutNetwork(direct.dataset())).isEqualTo(withoutNetwork(roundTrip.dataset()));
        assertThat(direct.dataset().roadNetwork().segments())
                .isEqualTo(roundTrip.dataset().roadNetwork().segments());
        assertThat(direct.placements()).isEqualTo(roundTrip.placements());
        assertThat(direct.setAside()).isEqualTo(roundTrip.setAside());

        SanitationProblem directProblem = new ProblemBuilder().build(direct);
        SanitationProblem roundTripProblem = new ProblemBuilder().build(roundTrip);
        assertThat(tasks(directProblem.plan())).isEqualTo(tasks(roundTripProblem.plan()));
        assertThat(routes(directProblem.plan())).isEqualTo(routes(roundTripProblem.plan()));
        assertThat(directProblem.plan().getHorizonStart())
                .isEqualTo(roundTripProblem.plan().getHorizonStart());
    }

    private static SanitationDataset withoutNetwork(SanitationDataset d) {
        return d.toBuilder().roadNetwork(null).build();
    }

    private static List<String> tasks(SanitationPlan plan) {
        return plan.getTasks().stream()
                .map(task -> withoutIdentities(
                        task.getId() + " " + task.getKind() + " " + task.getRound() + " " + task.getProblem()))
                .toList();
    }

    private static List<String> routes(SanitationPlan plan) {
        return plan.getRoutes().stream()
                .map(route -> withoutIdentities(route.getId() + " " + route.getCrew() + " "
                        + route.getTasks().size()))
                .toList();
    }

    /** A description without the identity hashes of objects built per problem (the travel times matrix). */
    private static String withoutIdentities(String description) {
        return description.replaceAll("@[0-9a-f]+", "@");
    }

    /** The dataset's reports moved with its day, as the ledger holds them. */
    private static List<BlindSpotReport> shifted(List<BlindSpotReport> reports, int days) {
        return reports.stream()
                .map(r -> new BlindSpotReport(
                        r.id(),
                        r.location(),
                        r.category(),
                        r.volumeM3(),
                        r.priority(),
                        r.reportedAt().plusDays(days),
                        r.deadline() == null ? null : r.deadline().plusDays(days),
                        r.equipment(),
                        r.source(),
                        r.description()))
                .toList();
    }

    private static Path repositoryFile(String relative) {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve(relative))) {
                return dir.resolve(relative);
            }
        }
        throw new IllegalStateException("The file (" + relative + ") is not in the repository.");
    }
}
