package city.sanitation.planning.score;

import static city.sanitation.planning.PlanFixtures.HOUR;
import static city.sanitation.planning.PlanFixtures.crew;
import static city.sanitation.planning.PlanFixtures.pass;
import static city.sanitation.planning.PlanFixtures.plan;
import static city.sanitation.planning.PlanFixtures.route;
import static city.sanitation.planning.PlanFixtures.washer;

import ai.timefold.solver.test.api.score.stream.ConstraintVerifier;
import city.sanitation.fleet.Capability;
import city.sanitation.planning.domain.Crew;
import city.sanitation.planning.domain.PassWeather;
import city.sanitation.planning.domain.Route;
import city.sanitation.planning.domain.SanitationPlan;
import city.sanitation.planning.domain.Task;
import city.sanitation.planning.domain.TimeInterval;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The hard rule "No water on the street in frost or rain": a wet pass whose working time falls in an hour the forecast
 * bans water is penalized; the same pass after the ban, or swept dry during it, is not. On the fixtures' straight road
 * a pass from location 1 to 2 begins 100 s after the shift starts and takes 500 s.
 */
class WeatherConstraintTest {

    private static final TimeInterval FROST = new TimeInterval(0, 2 * HOUR);

    private final ConstraintVerifier<SanitationConstraintProvider, SanitationPlan> verifier =
            ConstraintVerifier.build(new SanitationConstraintProvider(), SanitationPlan.class, Route.class, Task.class);

    private static Task shaped(Task task, Capability capability, PassWeather weather) {
        return new Task(
                task.getId(),
                task.getKind(),
                task.getProblem().toBuilder()
                        .capability(capability)
                        .weather(weather)
                        .build());
    }

    private static PassWeather wet(TimeInterval... bans) {
        return new PassWeather(
                PassWeather.Mode.WET, List.of(bans), "WEATHER_WET_HOURS_LIMITED", Map.of("cause", "TOO_COLD"), "frost");
    }

    private static SanitationPlan planOf(Route route) {
        return plan(List.of(route), route.getTasks());
    }

    @Test
    void penalizesWashingInAFrostHour() {
        Task washed = shaped(pass("p1", 1, 2, 1000), Capability.WASHING, wet(FROST));

        verifier.verifyThat(SanitationConstraintProvider::noWaterOnTheStreetInFrostOrRain)
                .givenSolution(planOf(route(washer("w1"), washed)))
                .settingAllShadowVariables()
                .penalizesBy(1000);
    }

    @Test
    void acceptsTheSameStreetWashedOnceTheFrostHoursArePast() {
        Task afterFrost =
                shaped(pass("p1", 1, 2, 1000, new TimeInterval(2 * HOUR, 8 * HOUR)), Capability.WASHING, wet(FROST));

        verifier.verifyThat(SanitationConstraintProvider::noWaterOnTheStreetInFrostOrRain)
                .givenSolution(planOf(route(washer("w1"), afterFrost)))
                .settingAllShadowVariables()
                .penalizesBy(0);
    }

    @Test
    void penalizesEachWetPassInABanOnce() {
        Task first = shaped(pass("p1", 1, 2, 1000), Capability.WASHING, wet(FROST));
        Task second = shaped(pass("p2", 2, 3, 1000), Capability.WASHING, wet(FROST));

        verifier.verifyThat(SanitationConstraintProvider::noWaterOnTheStreetInFrostOrRain)
                .givenSolution(planOf(route(washer("w1"), first, second)))
                .settingAllShadowVariables()
                .penalizesBy(2000);
    }

    @Test
    void acceptsAStreetSweptDryInTheFrost() {
        Crew sweeper = crew("s1", "sweeper", Set.of(Capability.SWEEPING), Set.of(), 8000, 6.0, List.of());
        Task swept = shaped(
                pass("p1", 1, 2, 1000),
                Capability.SWEEPING,
                new PassWeather(PassWeather.Mode.DRY, List.of(), "WEATHER_SWEPT_INSTEAD", Map.of(), "swept"));

        verifier.verifyThat(SanitationConstraintProvider::noWaterOnTheStreetInFrostOrRain)
                .givenSolution(planOf(route(sweeper, swept)))
                .settingAllShadowVariables()
                .penalizesBy(0);
    }

    @Test
    void acceptsAPassTheForecastDoesNotShape() {
        verifier.verifyThat(SanitationConstraintProvider::noWaterOnTheStreetInFrostOrRain)
                .givenSolution(planOf(route(washer("w1"), pass("p1", 1, 2, 1000))))
                .settingAllShadowVariables()
                .penalizesBy(0);
    }
}
