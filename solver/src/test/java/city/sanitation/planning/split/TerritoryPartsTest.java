package city.sanitation.planning.split;

import static org.assertj.core.api.Assertions.assertThat;

import city.sanitation.dataset.DatasetReader;
import city.sanitation.dataset.LoadedDataset;
import city.sanitation.dataset.PlacedKind;
import city.sanitation.dataset.SanitationDataset;
import city.sanitation.fleet.Capability;
import city.sanitation.fleet.Vehicle;
import city.sanitation.road.RoadClass;
import city.sanitation.task.BlindSpotReport;
import city.sanitation.task.FlagshipToilet;
import city.sanitation.task.WashingRequirement;
import city.sanitation.testsupport.RepositoryFiles;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class TerritoryPartsTest {

    private static LoadedDataset medium;
    private static List<TerritoryParts.Part> parts;

    @BeforeAll
    static void splitTheMediumDistrict() throws IOException {
        medium = new DatasetReader().read(RepositoryFiles.committedDataset("medium.json"));
        parts = TerritoryParts.split(medium);
    }

    @Test
    void everyTaskIsInExactlyOnePartAndEveryVehicleInAtMostOne() {
        List<String> washing = new ArrayList<>();
        List<String> blindSpots = new ArrayList<>();
        List<String> toilets = new ArrayList<>();
        List<String> vehicles = new ArrayList<>();
        for (TerritoryParts.Part part : parts) {
            part.loaded().dataset().washingRequirements().forEach(requirement -> washing.add(requirement.id()));
            part.loaded().dataset().blindSpots().forEach(report -> blindSpots.add(report.id()));
            part.loaded().dataset().toilets().forEach(toilet -> toilets.add(toilet.id()));
            part.loaded().dataset().vehicles().forEach(vehicle -> vehicles.add(vehicle.id()));
        }

        assertThat(parts).hasSizeGreaterThan(1);
        assertThat(washing)
                .doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(medium.dataset().washingRequirements().stream()
                        .map(WashingRequirement::id)
                        .toList());
        assertThat(blindSpots)
                .containsExactlyInAnyOrderElementsOf(medium.dataset().blindSpots().stream()
                        .map(BlindSpotReport::id)
                        .toList());
        assertThat(toilets)
                .containsExactlyInAnyOrderElementsOf(medium.dataset().toilets().stream()
                        .map(FlagshipToilet::id)
                        .toList());
        assertThat(vehicles)
                .doesNotHaveDuplicates()
                .hasSizeLessThanOrEqualTo(medium.dataset().vehicles().size());
        assertThat(parts).allSatisfy(part -> assertThat(part.vehicleCount()).isPositive());
    }

    @Test
    void aPartHoldsTheWorkOfItsOwnSubdistrictAndTheVehiclesHomedThere() {
        TerritoryParts.Part largest = parts.stream()
                .max((a, b) -> Integer.compare(
                        a.loaded().dataset().washingRequirements().size(),
                        b.loaded().dataset().washingRequirements().size()))
                .orElseThrow();
        long own = largest.loaded().dataset().washingRequirements().stream()
                .filter(requirement -> largest.subdistrictId()
                        .equals(medium.placement(PlacedKind.WASHING_REQUIREMENT, requirement.id())
                                .subdistrictId()))
                .count();
        Map<String, String> homeOf = new HashMap<>();
        medium.dataset()
                .territories()
                .forEach(territory -> homeOf.put(
                        territory.id(), territory.parentId() == null ? territory.id() : territory.parentId()));

        assertThat(own).isPositive();
        for (Vehicle vehicle : largest.loaded().dataset().vehicles()) {
            String home = TerritoryParts.homeSubdistrict(vehicle, homeOf);
            if (home != null
                    && parts.stream().anyMatch(part -> part.subdistrictId().equals(home))) {
                assertThat(vehicle.homeTerritories())
                        .as("the home territories of %s", vehicle.id())
                        .anyMatch(territory -> largest.subdistrictId().equals(homeOf.get(territory)));
            }
        }
    }

    @Test
    void aVehicleTypeTooFewToShareOutWorksAcrossTheTerritoriesWithTheWorkOnlyItCanDo() {
        TerritoryParts.Part across = parts.stream()
                .filter(part -> part.subdistrictId().equals(TerritoryParts.ACROSS))
                .findFirst()
                .orElseThrow();

        Map<String, Long> perType = medium.dataset().vehicles().stream()
                .collect(java.util.stream.Collectors.groupingBy(
                        Vehicle::typeId, java.util.stream.Collectors.counting()));

        assertThat(across.loaded().dataset().vehicles())
                .isNotEmpty()
                .allSatisfy(vehicle -> assertThat(vehicle.typeId()).isEqualTo("sprinkler"))
                .allSatisfy(vehicle -> assertThat(perType.get(vehicle.typeId())).isLessThan(parts.size() - 1));
        assertThat(across.loaded().dataset().washingRequirements())
                .isNotEmpty()
                .allSatisfy(requirement -> assertThat(requirement.capability()).isEqualTo(Capability.SPRINKLING));
        assertThat(parts.stream().filter(part -> part != across))
                .allSatisfy(part -> assertThat(part.loaded().dataset().washingRequirements())
                        .noneMatch(requirement -> requirement.capability() == Capability.SPRINKLING));
    }

    @Test
    void splittingAgainGivesTheSameParts() {
        List<TerritoryParts.Part> again = TerritoryParts.split(medium);

        assertThat(again.stream().map(TerritoryParts.Part::subdistrictId))
                .containsExactlyElementsOf(
                        parts.stream().map(TerritoryParts.Part::subdistrictId).toList());
        for (int i = 0; i < parts.size(); i++) {
            assertThat(again.get(i).loaded().dataset().vehicles())
                    .isEqualTo(parts.get(i).loaded().dataset().vehicles());
        }
    }

    @Test
    void aPartWithNightOnlyWorkGetsANightVehicleWhenTheDistrictHasOnePerPart() {
        // Crews without home territories, and as many night wash-sweepers as there are parts: each part with main
        // roads (washed only from 22:00 to 06:30) must get one, however the day work is shared.
        SanitationDataset dataset = medium.dataset();
        Vehicle nightSweeper = dataset.vehicles().stream()
                .filter(vehicle -> vehicle.typeId().equals("wash-sweeper") && isNight(vehicle))
                .findFirst()
                .orElseThrow();
        List<Vehicle> vehicles = new ArrayList<>();
        dataset.vehicles().forEach(vehicle -> vehicles.add(vehicle.withHomeTerritories(List.of(), false)));
        for (int copy = 0; copy < parts.size(); copy++) {
            vehicles.add(new Vehicle(
                    nightSweeper.id() + "-copy-" + copy,
                    nightSweeper.name(),
                    nightSweeper.typeId(),
                    nightSweeper.depotId(),
                    nightSweeper.shift(),
                    nightSweeper.breaks(),
                    nightSweeper.skills()));
        }
        LoadedDataset homeless =
                new LoadedDataset(withVehicles(dataset, vehicles), medium.placements(), medium.setAside());

        List<TerritoryParts.Part> split = TerritoryParts.split(homeless);

        List<TerritoryParts.Part> withMainRoads = split.stream()
                .filter(part -> part.loaded().dataset().washingRequirements().stream()
                        .anyMatch(requirement -> requirement.capability() == Capability.WASHING
                                && homeless.placement(PlacedKind.WASHING_REQUIREMENT, requirement.id())
                                                .snappedSegment()
                                                .roadClass()
                                        == RoadClass.MAIN))
                .toList();
        assertThat(withMainRoads).hasSizeGreaterThan(1);
        assertThat(withMainRoads)
                .allSatisfy(part -> assertThat(part.loaded().dataset().vehicles())
                        .as("the vehicles of part %s", part.subdistrictId())
                        .anyMatch(vehicle -> isNight(vehicle)
                                && (vehicle.typeId().equals("wash-sweeper")
                                        || vehicle.typeId().equals("high-pressure-washer"))));
    }

    private static boolean isNight(Vehicle vehicle) {
        return vehicle.shift().start().getHour() >= 20;
    }

    private static SanitationDataset withVehicles(SanitationDataset dataset, List<Vehicle> vehicles) {
        return dataset.toBuilder().vehicles(vehicles).build();
    }
}
