package city.sanitation.fleet;

import static city.sanitation.testsupport.RecordBuilders.assertCopyKeepsEveryComponent;
import static city.sanitation.testsupport.RecordBuilders.assertDifferInEveryComponent;
import static city.sanitation.testsupport.RecordBuilders.assertEachSetterChangesOnlyItsComponent;
import static city.sanitation.testsupport.RecordBuilders.assertFullyPopulated;
import static org.assertj.core.api.Assertions.assertThat;

import city.sanitation.road.RoadClass;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A vehicle type's builder copies every component; the winter kit adds the plough and the spreader and keeps the rest. */
class VehicleTypeBuilderTest {

    private static final VehicleType WASH_SWEEPER = VehicleType.builder()
            .id("wash-sweeper")
            .name("洗扫车")
            .capabilities(Set.of(Capability.WASHING, Capability.SWEEPING))
            .tankCapacityM3(8)
            .bodyCapacityM3(1)
            .washingSpeedKmh(7)
            .drivingSpeedKmh(Map.of(RoadClass.MAIN, 30.0, RoadClass.BRANCH, 20.0))
            .waterUseLitresPerMetre(1.0)
            .costPerKm(3.5)
            .costPerHour(120)
            .hopperCapacityM3(2.5)
            .saltCapacityKg(1_500)
            .build();

    private static final VehicleType TRICYCLE = VehicleType.builder()
            .id("toilet-tricycle")
            .name("公厕保洁电动三轮")
            .capabilities(Set.of(Capability.TOILET_CLEANING))
            .tankCapacityM3(0.2)
            .bodyCapacityM3(0.5)
            .washingSpeedKmh(3)
            .drivingSpeedKmh(Map.of(RoadClass.ALLEY, 15.0))
            .waterUseLitresPerMetre(0.1)
            .costPerKm(0.3)
            .costPerHour(45)
            .hopperCapacityM3(0.1)
            .saltCapacityKg(10)
            .build();

    @Test
    void a_copy_keeps_every_component() {
        assertFullyPopulated(WASH_SWEEPER);

        assertCopyKeepsEveryComponent(WASH_SWEEPER);
    }

    @Test
    void a_setter_changes_its_component_only() {
        assertDifferInEveryComponent(WASH_SWEEPER, TRICYCLE);

        assertEachSetterChangesOnlyItsComponent(WASH_SWEEPER, TRICYCLE);
    }

    @Test
    void the_winter_kit_adds_a_plough_and_a_spreader_only() {
        VehicleType winter = WASH_SWEEPER.withWinterKit(3_000);

        assertThat(winter.capabilities())
                .containsExactlyInAnyOrder(
                        Capability.WASHING, Capability.SWEEPING, Capability.PLOUGHING, Capability.DE_ICING);
        assertThat(winter.saltCapacityKg()).isEqualTo(3_000);
        assertThat(winter.toBuilder()
                        .capabilities(WASH_SWEEPER.capabilities())
                        .saltCapacityKg(WASH_SWEEPER.saltCapacityKg())
                        .build())
                .isEqualTo(WASH_SWEEPER);
    }
}
