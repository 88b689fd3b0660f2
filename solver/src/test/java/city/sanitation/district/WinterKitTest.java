package city.sanitation.district;

import static org.assertj.core.api.Assertions.assertThat;

import city.sanitation.dataset.SanitationDataset;
import city.sanitation.fleet.Capability;
import city.sanitation.fleet.SaltDepot;
import city.sanitation.fleet.Vehicle;
import city.sanitation.fleet.VehicleType;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * In winter the sample district's washing trucks carry a plough blade and a salt spreader and the district keeps salt
 * at its yards (one on small, two on medium); in summer neither.
 */
class WinterKitTest {

    private static SanitationDataset withWeather(DistrictSize size, LocalDate day) {
        return SeasonalWeather.apply(
                SampleDistrictGenerator.generate(size, SampleDistrictGenerator.DEFAULT_SEED, day),
                SampleDistrictGenerator.DEFAULT_SEED);
    }

    @Test
    void aDecemberDayFitsTheWashingTrucksWithPloughsAndSpreadersAndKeepsSaltAtTheYards() {
        SanitationDataset small = withWeather(DistrictSize.SMALL, LocalDate.of(2026, 12, 4));

        assertThat(small.vehicleTypes())
                .filteredOn(type -> type.can(Capability.WASHING) || type.can(Capability.SPRINKLING))
                .isNotEmpty()
                .allMatch(type -> type.can(Capability.PLOUGHING)
                        && type.can(Capability.DE_ICING)
                        && type.saltCapacityKg() == SeasonalWeather.WINTER_SALT_KG);
        assertThat(small.vehicleTypes())
                .filteredOn(type -> type.can(Capability.GARBAGE_PICKUP) || type.can(Capability.TOILET_CLEANING))
                .noneMatch(type -> type.can(Capability.PLOUGHING) || type.saltCapacityKg() > 0);
        assertThat(small.saltDepots()).hasSize(1);
        assertThat(small.saltDepots().get(0).location())
                .isEqualTo(small.depots().get(0).location());
    }

    @Test
    void onASnowNightEveryTruckThatCanPloughIsCalledOutUntilTheMainRoadsMustBeClear() {
        LocalDate day = LocalDate.of(2026, 12, 4);
        SanitationDataset plain =
                SampleDistrictGenerator.generate(DistrictSize.SMALL, SampleDistrictGenerator.DEFAULT_SEED, day);
        SanitationDataset winter = withWeather(DistrictSize.SMALL, day);
        Set<String> ploughs = winter.vehicleTypes().stream()
                .filter(type -> type.can(Capability.PLOUGHING))
                .map(VehicleType::id)
                .collect(Collectors.toSet());

        assertThat(winter.vehicles())
                .extracting(Vehicle::id)
                .containsExactlyElementsOf(
                        plain.vehicles().stream().map(Vehicle::id).toList());
        assertThat(winter.vehicles())
                .filteredOn(vehicle -> ploughs.contains(vehicle.typeId()))
                .hasSizeGreaterThan(1)
                .allSatisfy(vehicle -> {
                    assertThat(vehicle.shift().start())
                            .isEqualTo(day.minusDays(1).atTime(23, 30));
                    assertThat(vehicle.shift().end())
                            .as("05:00 snow's end + 4 h")
                            .isEqualTo(day.atTime(9, 0));
                    assertThat(vehicle.breaks()).hasSize(1);
                    assertThat(vehicle.breaks().get(0).earliestStart())
                            .isAfterOrEqualTo(vehicle.shift().start());
                    assertThat(vehicle.breaks().get(0).latestEnd())
                            .isBeforeOrEqualTo(vehicle.shift().end());
                });
        Map<String, Vehicle> before =
                plain.vehicles().stream().collect(Collectors.toMap(Vehicle::id, vehicle -> vehicle));
        assertThat(winter.vehicles())
                .filteredOn(vehicle -> !ploughs.contains(vehicle.typeId()))
                .isNotEmpty()
                .allSatisfy(vehicle -> assertThat(vehicle).isEqualTo(before.get(vehicle.id())));
        assertThat(withWeather(DistrictSize.SMALL, LocalDate.of(2026, 7, 15)).vehicles())
                .as("no call-out in summer")
                .isEqualTo(SampleDistrictGenerator.generate(
                                DistrictSize.SMALL, SampleDistrictGenerator.DEFAULT_SEED, LocalDate.of(2026, 7, 15))
                        .vehicles());
    }

    @Test
    void dedicatedSnowTrucksMakeUpWhatTheKitCannotClearOfTheMainRoads() {
        LocalDate day = LocalDate.of(2026, 12, 4);
        assertThat(withWeather(DistrictSize.SMALL, day).vehicles())
                .as("small's trucks in kit can clear its main roads")
                .noneMatch(vehicle -> vehicle.typeId().equals("snow-truck"));
        SanitationDataset medium = withWeather(DistrictSize.MEDIUM, day);
        assertThat(medium.vehicles())
                .filteredOn(vehicle -> vehicle.typeId().equals("snow-truck"))
                .hasSizeBetween(1, 10)
                .allSatisfy(vehicle -> assertThat(vehicle.shift().end()).isEqualTo(day.atTime(9, 0)));
        assertThat(medium.vehicleTypes())
                .filteredOn(type -> type.id().equals("snow-truck"))
                .singleElement()
                .satisfies(type -> assertThat(type.capabilities())
                        .containsExactlyInAnyOrder(Capability.PLOUGHING, Capability.DE_ICING));
    }

    @Test
    void aMediumDistrictKeepsSaltAtTwoYards() {
        SanitationDataset medium = SeasonalWeather.apply(
                SampleDistrictGenerator.generate(
                        DistrictSize.MEDIUM, SampleDistrictGenerator.DEFAULT_SEED, LocalDate.of(2026, 1, 20)),
                SampleDistrictGenerator.DEFAULT_SEED);

        assertThat(medium.saltDepots()).extracting(SaltDepot::id).containsExactly("salt-1", "salt-2");
    }

    @Test
    void aJulyDayHasNoPloughsSpreadersOrSaltDepots() {
        SanitationDataset july = withWeather(DistrictSize.SMALL, LocalDate.of(2026, 7, 15));

        assertThat(july.vehicleTypes())
                .noneMatch(type -> type.can(Capability.PLOUGHING) || type.can(Capability.DE_ICING))
                .extracting(VehicleType::saltCapacityKg)
                .containsOnly(0.0);
        assertThat(july.saltDepots()).isEmpty();
    }
}
