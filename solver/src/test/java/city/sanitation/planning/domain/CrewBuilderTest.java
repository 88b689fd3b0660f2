package city.sanitation.planning.domain;

import static city.sanitation.testsupport.RecordBuilders.assertCopyKeepsEveryComponent;
import static city.sanitation.testsupport.RecordBuilders.assertDifferInEveryComponent;
import static city.sanitation.testsupport.RecordBuilders.assertEachSetterChangesOnlyItsComponent;
import static city.sanitation.testsupport.RecordBuilders.assertFullyPopulated;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import city.sanitation.fleet.Capability;
import city.sanitation.planning.PlanFixtures;
import city.sanitation.planning.RandomPlans;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A crew's builder copies every component, and its groups hold every fact a crew had as a flat record. */
class CrewBuilderTest {

    private static final Crew SPREADER = Crew.builder()
            .vehicleId("washer-07")
            .name("洗扫车07")
            .vehicleTypeId("wash-sweeper")
            .capabilities(Set.of(Capability.WASHING, Capability.DE_ICING))
            .skills(Set.of("night"))
            .depotLocation(12)
            .shift(new CrewShift(3_600, 30_000, 33_000, 7_200, 2_700, List.of(new BreakWindow(10_000, 14_000, 1_800))))
            .capacities(new CrewCapacities(8_000, 3.5, 2_500))
            .rates(new CrewRates(2.2, 1.1, 3.0, 60.0))
            .travel(PlanFixtures.LINE)
            .facilities(new CrewFacilities(
                    List.of(PlanFixtures.HYDRANT),
                    List.of(PlanFixtures.STATION),
                    List.of(new Facility("salt-1", "Salt store", 7, 1_200))))
            .homeTerritories(new HomeTerritories(Set.of("sd-west"), true))
            .build();

    private static final Crew TOILET_CREW = Crew.builder()
            .vehicleId("toilet-01")
            .name("保洁01")
            .vehicleTypeId("toilet-crew")
            .capabilities(Set.of(Capability.TOILET_CLEANING))
            .skills(Set.of())
            .depotLocation(3)
            .shift(CrewShift.fixed(0, 28_800, 32_400, List.of()))
            .capacities(new CrewCapacities(0, 0, 0))
            .rates(new CrewRates(1.0, 0.0, 1.0, 40.0))
            .travel(RandomPlans.GRID)
            .build();

    @Test
    void a_copy_keeps_every_component() {
        assertFullyPopulated(SPREADER, HomeTerritories.ANYWHERE, CrewFacilities.NONE);
        assertFullyPopulated(SPREADER.shift(), CrewShift.NEVER_WAITS_AT_DEPOT);
        assertFullyPopulated(SPREADER.capacities());
        assertFullyPopulated(SPREADER.rates());
        assertFullyPopulated(SPREADER.facilities());
        assertFullyPopulated(SPREADER.homeTerritories());

        assertCopyKeepsEveryComponent(SPREADER);
    }

    @Test
    void a_setter_changes_its_component_only() {
        assertDifferInEveryComponent(SPREADER, TOILET_CREW);

        assertEachSetterChangesOnlyItsComponent(SPREADER, TOILET_CREW);
    }

    @Test
    void a_new_crew_carries_nothing_and_works_anywhere() {
        assertThat(TOILET_CREW.carriesWater()).isFalse();
        assertThat(TOILET_CREW.carriesGarbage()).isFalse();
        assertThat(TOILET_CREW.carriesSalt()).isFalse();
        assertThat(TOILET_CREW.facilities()).isEqualTo(CrewFacilities.NONE);
        assertThat(TOILET_CREW.homeTerritories()).isEqualTo(HomeTerritories.ANYWHERE);
        assertThat(TOILET_CREW.shift().latestStart())
                .isEqualTo(TOILET_CREW.shift().start());
        assertThat(TOILET_CREW.shift().depotWaitMinSeconds()).isEqualTo(CrewShift.NEVER_WAITS_AT_DEPOT);
    }

    @Test
    void a_shift_may_not_begin_at_the_latest_before_its_start() {
        CrewShift shift = SPREADER.shift();
        CrewShift backwards = new CrewShift(
                shift.start(), shift.end(), shift.hardEnd(), shift.start() - 1, shift.depotWaitMinSeconds(), List.of());

        assertThatThrownBy(() -> SPREADER.toBuilder().shift(backwards).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("latest shift start (3599)")
                .hasMessageContaining("vehicle (washer-07)");
    }
}
