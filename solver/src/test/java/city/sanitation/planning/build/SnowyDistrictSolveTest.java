package city.sanitation.planning.build;

import static org.assertj.core.api.Assertions.assertThat;

import ai.timefold.solver.core.config.solver.EnvironmentMode;
import city.sanitation.dataset.DatasetReader;
import city.sanitation.dataset.DatasetWriter;
import city.sanitation.dataset.LoadedDataset;
import city.sanitation.dataset.SanitationDataset;
import city.sanitation.district.DistrictSize;
import city.sanitation.district.SampleDistrictGenerator;
import city.sanitation.district.SeasonalWeather;
import city.sanitation.fleet.Capability;
import city.sanitation.fleet.VehicleType;
import city.sanitation.planning.PlanSolverConfig;
import city.sanitation.planning.PlanningService;
import city.sanitation.planning.domain.Detour;
import city.sanitation.planning.domain.Route;
import city.sanitation.planning.domain.SanitationPlan;
import city.sanitation.planning.domain.Stop;
import city.sanitation.planning.domain.Task;
import city.sanitation.road.RoadClass;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The small sample district on a December day with its 5 cm snowfall, solved briefly: every main road is ploughed,
 * and spreaders whose salt lasts only a few streets reload at the salt depot rather than run out.
 */
class SnowyDistrictSolveTest {

    /** Little enough that the de-icing of the main and secondary roads (about 1.3 t) needs reloads. */
    private static final double SMALL_SPREADER_KG = 400;

    private static LoadedDataset december() {
        SanitationDataset dataset = SeasonalWeather.apply(
                SampleDistrictGenerator.generate(
                        DistrictSize.SMALL, SampleDistrictGenerator.DEFAULT_SEED, LocalDate.of(2026, 12, 4)),
                SampleDistrictGenerator.DEFAULT_SEED);
        List<VehicleType> smallSpreaders = dataset.vehicleTypes().stream()
                .map(type -> type.can(Capability.DE_ICING) ? type.withWinterKit(SMALL_SPREADER_KG) : type)
                .toList();
        SanitationDataset winter =
                dataset.toBuilder().vehicleTypes(smallSpreaders).build();
        return new DatasetReader().read(new DatasetWriter().writeToString(winter), "december");
    }

    @Test
    void everyMainRoadIsPloughedAndSaltNeverRunsOut() {
        SanitationProblem problem = new ProblemBuilder().build(december());
        // Seeded, with a step budget: the same plan however busy the machine is.
        PlanningService service = new PlanningService(
                new PlanSolverConfig(Duration.ofMinutes(2), 1L, EnvironmentMode.REPRODUCIBLE, 0).withStepLimit(2));

        SanitationPlan solved = service.solve(problem, event -> {});

        assertThat(solved.getScore().hardScore()).isZero();
        List<Task> mainPloughing = solved.getTasks().stream()
                .filter(task -> task.capability() == Capability.PLOUGHING
                        && task.getProblem().snow().roadClass() == RoadClass.MAIN)
                .toList();
        assertThat(mainPloughing).hasSize(72).allMatch(Task::isAssigned);
        int reloads = 0;
        for (Route route : solved.getRoutes()) {
            double salt = route.getCrew().capacities().saltKg();
            List<Stop> stops = route.getSchedule().stops();
            for (int i = 0; i < stops.size(); i++) {
                Detour detour = stops.get(i).detour();
                if (detour != null && detour.kind() == Detour.DetourKind.RELOAD_SALT) {
                    salt = route.getCrew().capacities().saltKg();
                    reloads++;
                }
                salt -= route.getTasks().get(i).getProblem().saltKg();
                assertThat(salt).as(route.getId() + " after stop " + i).isGreaterThanOrEqualTo(0.0);
            }
        }
        assertThat(reloads).isPositive();
    }
}
