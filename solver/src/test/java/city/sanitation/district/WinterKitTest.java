package city.sanitation.district;

import static org.assertj.core.api.Assertions.assertThat;

import city.sanitation.dataset.SanitationDataset;
import city.sanitation.fleet.Capability;
import city.sanitation.fleet.SaltDepot;
import city.sanitation.fleet.VehicleType;
import java.time.LocalDate;
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
