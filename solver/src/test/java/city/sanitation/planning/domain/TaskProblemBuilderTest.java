package city.sanitation.planning.domain;

import static city.sanitation.testsupport.RecordBuilders.assertCopyKeepsEveryComponent;
import static city.sanitation.testsupport.RecordBuilders.assertDifferInEveryComponent;
import static city.sanitation.testsupport.RecordBuilders.assertEachSetterChangesOnlyItsComponent;
import static city.sanitation.testsupport.RecordBuilders.assertFullyPopulated;
import static org.assertj.core.api.Assertions.assertThat;

import city.sanitation.fleet.Capability;
import city.sanitation.road.RoadClass;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A task's builder copies every component, and a new task has no deadline, window, weather or snow. */
class TaskProblemBuilderTest {

    private static final TaskProblem DE_ICING = TaskProblem.builder()
            .capability(Capability.DE_ICING)
            .requiredSkills(Set.of("spreader"))
            .startLocation(4)
            .endLocation(9)
            .eitherDirection(true)
            .lengthMetres(420)
            .serviceSeconds(60)
            .volumeM3(0.4)
            .earliestStart(1_800)
            .latestStart(30_000)
            .allowedWindows(List.of(new TimeInterval(1_800, 32_400)))
            .slaDeadline(28_800)
            .priorityWeight(5)
            .groupId("s4-9")
            .minGapSeconds(600)
            .maxGapSeconds(7_200)
            .label("迎宾街")
            .subdistrictId("sd-west")
            .gridId("grid-3")
            .weather(new PassWeather(
                    PassWeather.Mode.WET,
                    List.of(new TimeInterval(0, 3_600)),
                    "WEATHER_WET_HOURS_LIMITED_TOO_COLD",
                    Map.of("cause", "TOO_COLD"),
                    "too cold to wash before 01:00"))
            .snow(new SnowWork(RoadClass.MAIN, 32_400, 84.0, 18_000))
            .build();

    private static final TaskProblem TOILET_ROUND = TaskProblem.builder()
            .capability(Capability.TOILET_CLEANING)
            .requiredSkills(Set.of())
            .startLocation(7)
            .endLocation(7)
            .eitherDirection(false)
            .lengthMetres(0)
            .serviceSeconds(900)
            .volumeM3(0)
            .earliestStart(0)
            .latestStart(Long.MAX_VALUE)
            .allowedWindows(List.of())
            .slaDeadline(Long.MAX_VALUE)
            .priorityWeight(3)
            .groupId("toilet-1")
            .minGapSeconds(3_600)
            .maxGapSeconds(18_000)
            .label("Flagship toilet")
            .subdistrictId("sd-east")
            .gridId("grid-7")
            .build();

    @Test
    void a_copy_keeps_every_component() {
        assertFullyPopulated(DE_ICING, Long.MAX_VALUE);

        assertCopyKeepsEveryComponent(DE_ICING);
    }

    @Test
    void a_setter_changes_its_component_only() {
        assertDifferInEveryComponent(DE_ICING, TOILET_ROUND);

        assertEachSetterChangesOnlyItsComponent(DE_ICING, TOILET_ROUND);
    }

    @Test
    void a_new_task_has_no_deadline_window_weather_or_snow() {
        TaskProblem task =
                TaskProblem.builder().capability(Capability.GARBAGE_PICKUP).build();

        assertThat(task.latestStart()).isEqualTo(Long.MAX_VALUE);
        assertThat(task.slaDeadline()).isEqualTo(Long.MAX_VALUE);
        assertThat(task.allowedWindows()).isEmpty();
        assertThat(task.requiredSkills()).isEmpty();
        assertThat(task.weather()).isNull();
        assertThat(task.snow()).isNull();
        assertThat(task.saltKg()).isZero();
    }
}
