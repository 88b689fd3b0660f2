package city.sanitation.district;

import static city.sanitation.district.DistrictSize.LARGE;
import static city.sanitation.district.DistrictSize.MEDIUM;
import static city.sanitation.district.DistrictSize.SMALL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import city.sanitation.dataset.DatasetWriter;
import city.sanitation.dataset.PlanningHorizon;
import city.sanitation.dataset.SanitationDataset;
import city.sanitation.fleet.BreakRule;
import city.sanitation.fleet.Capability;
import city.sanitation.fleet.Shift;
import city.sanitation.fleet.Vehicle;
import city.sanitation.road.Connectivity;
import city.sanitation.road.RoadClass;
import city.sanitation.road.RoadNetwork;
import city.sanitation.road.RoadNode;
import city.sanitation.road.RoadSegment;
import city.sanitation.task.BlindSpotCategory;
import city.sanitation.task.BlindSpotReport;
import city.sanitation.task.DailyWindow;
import city.sanitation.task.FlagshipToilet;
import city.sanitation.task.PassDirection;
import city.sanitation.task.Priority;
import city.sanitation.task.ReportSource;
import city.sanitation.task.WashFrequency;
import city.sanitation.task.WashingRequirement;
import city.sanitation.task.WashingWindowRule;
import city.sanitation.territory.Territory;
import city.sanitation.territory.TerritoryKind;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;

class SampleDistrictGeneratorTest {

    private static final LocalDate DAY = SampleDistrictGenerator.DEFAULT_PLANNING_DAY;

    @Test
    void theSameSeedGivesTheSameFile() {
        DatasetWriter writer = new DatasetWriter();
        String first = writer.writeToString(SampleDistrictGenerator.generate(SMALL, 7, DAY));
        String second = writer.writeToString(SampleDistrictGenerator.generate(SMALL, 7, DAY));

        assertThat(second).isEqualTo(first);
    }

    @Test
    void anotherSeedGivesAnotherDayInTheSamePlace() {
        SanitationDataset seven = SampleDistrictGenerator.generate(SMALL, 7, DAY);
        SanitationDataset eight = SampleDistrictGenerator.generate(SMALL, 8, DAY);

        assertThat(eight.blindSpots()).isNotEqualTo(seven.blindSpots());
        // the seed picks the day of each rota (which half, which run of grids is due), so seeds may share one
        assertThat(IntStream.rangeClosed(8, 12)
                        .mapToObj(seed -> lastDoneDates(SampleDistrictGenerator.generate(SMALL, seed, DAY))))
                .anyMatch(dates -> !dates.equals(lastDoneDates(seven)));
        assertThat(eight.roadNetwork().segments()).isEqualTo(seven.roadNetwork().segments());
        assertThat(eight.toilets()).isEqualTo(seven.toilets());
        assertThat(eight.depots()).isEqualTo(seven.depots());
    }

    @Test
    void thePlanningDayMovesEveryDate() {
        LocalDate day = LocalDate.of(2027, 3, 15);
        SanitationDataset dataset = SampleDistrictGenerator.generate(SMALL, 7, day);

        assertThat(dataset.horizon().planningDay()).isEqualTo(day);
        assertThat(dataset.horizon().start()).isEqualTo(day.minusDays(1).atTime(18, 0));
        assertThat(dataset.vehicles())
                .allSatisfy(vehicle ->
                        assertThat(vehicle.shift().end().toLocalDate()).isEqualTo(day));
        assertThat(dataset.blindSpots())
                .allSatisfy(
                        report -> assertThat(report.reportedAt().toLocalDate()).isBetween(day.minusDays(1), day));
    }

    @Test
    void smallIsAFewDozenTasksOfEachKind() {
        SanitationDataset small = GeneratedDistricts.of(SMALL);
        DatasetFigures figures = DatasetFigures.of(small);

        assertThat(figures.washingPassesDue()).isBetween(40, 80);
        assertThat(figures.blindSpots()).isBetween(20, 40);
        assertThat(figures.toilets()).isBetween(6, 10);
        assertThat(small.toilets())
                .allSatisfy(toilet -> assertThat(toilet.roundsPerDay()).isEqualTo(4));
        assertThat(figures.vehicles()).isBetween(4, 10);
        assertThat(figures.depots()).isBetween(1, 3);
        assertThat(figures.hydrants()).isGreaterThanOrEqualTo(2);
    }

    @Test
    void mediumIsOneRealisticNightAndDay() {
        SanitationDataset medium = GeneratedDistricts.of(MEDIUM);
        DatasetFigures figures = DatasetFigures.of(medium);

        // main roads nightly and every street a kerb each way, as a department schedules them
        assertThat(figures.washingPassesDue()).isBetween(2_800, 3_600);
        assertThat(figures.blindSpots()).isBetween(120, 180);
        assertThat(figures.toilets()).isBetween(50, 70);
        assertThat(medium.toilets())
                .allSatisfy(toilet -> assertThat(toilet.roundsPerDay()).isBetween(4, 8));
        assertThat(figures.vehicles()).isBetween(40, 70);
        assertThat(figures.depots()).isBetween(3, 5);
        assertThat(figures.transferStations()).isBetween(1, 2);
        // about one hydrant per square kilometre of the district
        double squareKilometres = MEDIUM.plan().district().areaSquareKilometres();
        assertThat((double) figures.hydrants()).isBetween(0.7 * squareKilometres, 1.3 * squareKilometres);
    }

    @Test
    void largeIsAboutTenThousandTasks() {
        DatasetFigures large = DatasetFigures.of(GeneratedDistricts.of(LARGE));
        DatasetFigures medium = DatasetFigures.of(GeneratedDistricts.of(MEDIUM));

        assertThat(large.tasks()).isBetween(17_000, 22_000);
        assertThat(large.streetKilometres()).isGreaterThan(2 * medium.streetKilometres());
        assertThat(large.depots()).isBetween(3, 5);
    }

    /**
     * The city is generated by the same code as the other sizes, which the tests here check whole; generating it takes
     * a minute, so only its plan is checked: about 2.5 times large in area and work, as 50,000 tasks need.
     */
    @Test
    void cityIsAboutTwoAndAHalfLargeDistricts() {
        DistrictPlan city = DistrictSize.CITY.plan();
        DistrictPlan large = LARGE.plan();

        double areaRatio =
                city.district().areaSquareKilometres() / large.district().areaSquareKilometres();
        assertThat(areaRatio).isBetween(2.2, 2.8);
        assertThat((double) city.workload().blindSpots() / large.workload().blindSpots())
                .isBetween(2.2, 2.8);
        assertThat((double) city.workload().toilets() / large.workload().toilets())
                .isBetween(2.2, 2.8);
        assertThat(city.workload().depots()).isGreaterThan(2 * large.workload().depots());
        assertThat(DistrictSize.parse("City")).isEqualTo(DistrictSize.CITY);
    }

    @ParameterizedTest
    @EnumSource(value = DistrictSize.class, mode = EnumSource.Mode.EXCLUDE, names = "CITY")
    void everyStreetCanBeReachedAndLeft(DistrictSize size) {
        RoadNetwork network = GeneratedDistricts.of(size).roadNetwork();

        Connectivity.LargestComponent largest = Connectivity.largestStronglyConnected(network);

        assertThat(largest.isWholeNetwork()).isTrue();
        assertThat(largest.componentCount()).isEqualTo(1);
    }

    @ParameterizedTest
    @EnumSource(value = DistrictSize.class, mode = EnumSource.Mode.EXCLUDE, names = "CITY")
    void everyPlaceLiesBesideAStreet(DistrictSize size) {
        SanitationDataset dataset = GeneratedDistricts.of(size);
        StreetMap map = StreetMap.of(dataset.roadNetwork());

        assertThat(places(dataset))
                .isNotEmpty()
                .allSatisfy(
                        point -> assertThat(map.distanceToNearestStreet(point)).isLessThanOrEqualTo(100.0));
    }

    @ParameterizedTest
    @EnumSource(value = DistrictSize.class, mode = EnumSource.Mode.EXCLUDE, names = "CITY")
    void everyTaskLiesInASubdistrictAndOneOfItsGridCells(DistrictSize size) {
        SanitationDataset dataset = GeneratedDistricts.of(size);
        CoveringTerritories territories = new CoveringTerritories(dataset.territories());
        List<Geometry> tasks = new ArrayList<>(places(dataset));
        for (WashingRequirement requirement : dataset.washingRequirements()) {
            RoadSegment segment =
                    dataset.roadNetwork().findSegment(requirement.segmentId()).orElseThrow();
            tasks.add(segment.geometry().getCentroid());
        }

        List<Geometry> outside = tasks.stream()
                .filter(task -> territories.cellWithSubdistrictCovering(task).isEmpty())
                .toList();

        assertThat(outside).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(value = DistrictSize.class, mode = EnumSource.Mode.EXCLUDE, names = "CITY")
    void timeWindowsAreSane(DistrictSize size) {
        SanitationDataset dataset = GeneratedDistricts.of(size);
        PlanningHorizon horizon = dataset.horizon();
        LocalDateTime dayCrewsStart = horizon.planningDay().atTime(6, 0);

        assertThat(horizon.start()).isBefore(horizon.end());
        assertThat(dataset.blindSpots()).allSatisfy(report -> {
            assertThat(report.deadline()).isAfter(report.reportedAt());
            assertThat(Duration.between(report.reportedAt(), report.deadline()))
                    .isEqualTo(report.priority().defaultSla());
            // reports still open when the day's crews start are not overdue already
            assertThat(report.deadline()).isAfter(dayCrewsStart);
            assertThat(report.reportedAt()).isBefore(horizon.end());
        });
        assertThat(dataset.vehicles()).allSatisfy(vehicle -> {
            Shift shift = vehicle.shift();
            assertThat(shift.start()).isBefore(shift.end());
            assertThat(shift.end()).isBeforeOrEqualTo(shift.hardEnd());
            assertThat(shift.start()).isAfterOrEqualTo(horizon.start());
            assertThat(shift.hardEnd()).isBeforeOrEqualTo(horizon.end());
            for (BreakRule rule : vehicle.breaks()) {
                assertThat(rule.earliestStart()).isAfterOrEqualTo(shift.start());
                assertThat(rule.latestEnd()).isBeforeOrEqualTo(shift.end());
                assertThat(rule.earliestStart().plus(rule.duration())).isBeforeOrEqualTo(rule.latestEnd());
            }
        });
        assertThat(dataset.toilets()).allSatisfy(SampleDistrictGeneratorTest::assertRoundsFit);
    }

    /** The rounds fit the opening hours with the minimum gap, and evenly spread they keep within the maximum gap. */
    private static void assertRoundsFit(FlagshipToilet toilet) {
        long openMinutes = toilet.opensAt().equals(toilet.closesAt())
                ? 24 * 60
                : Duration.between(toilet.opensAt(), toilet.closesAt()).toMinutes();
        long roundMinutes = toilet.roundDuration().toMinutes();
        assertThat(roundMinutes).isBetween(15L, 30L);
        assertThat(toilet.minGap()).isEqualTo(Duration.ofMinutes(60));
        assertThat(toilet.maxGap().toMinutes()).isBetween(180L, 240L);
        assertThat((toilet.roundsPerDay() - 1) * toilet.minGap().toMinutes() + roundMinutes)
                .isLessThanOrEqualTo(openMinutes);
        assertThat(openMinutes / (toilet.roundsPerDay() + 1))
                .isLessThanOrEqualTo(toilet.maxGap().toMinutes());
    }

    @Test
    void theVehiclesWorkTheNightWashingShiftAndBothDayShifts() {
        SanitationDataset medium = GeneratedDistricts.of(MEDIUM);
        Map<String, Set<LocalTime>> shiftStartsByType = medium.vehicles().stream()
                .collect(Collectors.groupingBy(
                        Vehicle::typeId,
                        Collectors.mapping(vehicle -> vehicle.shift().start().toLocalTime(), Collectors.toSet())));

        assertThat(shiftStartsByType.get("high-pressure-washer")).containsExactly(LocalTime.of(22, 0));
        assertThat(shiftStartsByType.get("wash-sweeper"))
                .containsExactlyInAnyOrder(LocalTime.of(22, 0), LocalTime.of(6, 0), LocalTime.of(14, 0));
        assertThat(shiftStartsByType.get("toilet-tricycle")).contains(LocalTime.of(6, 0), LocalTime.of(14, 0));
        assertThat(medium.vehicles())
                .filteredOn(vehicle -> vehicle.typeId().equals("garbage-truck-8"))
                .isNotEmpty()
                .allSatisfy(vehicle -> assertThat(vehicle.skills()).contains(BlindSpots.LOADER));
        Set<String> depotIds = medium.depots().stream().map(depot -> depot.id()).collect(Collectors.toSet());
        assertThat(medium.vehicles()).allSatisfy(vehicle -> assertThat(depotIds).contains(vehicle.depotId()));
        assertThat(medium.vehicleTypes())
                .filteredOn(type -> type.can(Capability.WASHING) || type.can(Capability.SPRINKLING))
                .allSatisfy(type -> {
                    assertThat(type.tankCapacityM3()).isBetween(5.0, 16.0);
                    assertThat(type.washingSpeedKmh()).isBetween(5.0, 10.0);
                    assertThat(type.waterUseLitresPerMetre()).isBetween(0.8, 1.5);
                });
    }

    @ParameterizedTest
    @EnumSource(value = DistrictSize.class, mode = EnumSource.Mode.EXCLUDE, names = "CITY")
    void someGarbageTruckIsOutWhileUrgentReportsComeIn(DistrictSize size) {
        SanitationDataset dataset = GeneratedDistricts.of(size);
        List<Shift> truckShifts = dataset.vehicles().stream()
                .filter(vehicle -> vehicle.typeId().startsWith("garbage-truck"))
                .map(Vehicle::shift)
                .toList();

        assertThat(dataset.blindSpots())
                .filteredOn(report -> report.priority() == Priority.URGENT)
                .isNotEmpty()
                .allSatisfy(report -> assertThat(truckShifts)
                        .anyMatch(shift -> shift.start().isBefore(report.deadline())
                                && shift.end().isAfter(report.reportedAt())));
    }

    @Test
    void theArticlesSubdistrictsTileTheDistrict() {
        List<Territory> territories = GeneratedDistricts.of(MEDIUM).territories();
        List<Territory> subdistricts = territories.stream()
                .filter(territory -> territory.kind() == TerritoryKind.SUBDISTRICT)
                .toList();
        List<Territory> cells = territories.stream()
                .filter(territory -> territory.kind() == TerritoryKind.GRID)
                .toList();

        assertThat(subdistricts).hasSize(18).extracting(Territory::name).doesNotHaveDuplicates();
        assertThat(subdistricts).extracting(Territory::name).contains("古城街道", "文瀛湖街道", "小南头街道", "迎宾街道", "水泊寺街道");
        double subdistrictArea =
                subdistricts.stream().mapToDouble(t -> t.geometry().getArea()).sum();
        Envelope district = new Envelope();
        subdistricts.forEach(t -> district.expandToInclude(t.geometry().getEnvelopeInternal()));
        assertThat(subdistrictArea).isCloseTo(district.getArea(), within(district.getArea() * 1e-9));
        Geometry union = Wgs84.GEOMETRY
                .buildGeometry(subdistricts.stream().map(Territory::geometry).toList())
                .union();
        assertThat(union.getArea()).isCloseTo(subdistrictArea, within(subdistrictArea * 1e-9));
        for (Territory subdistrict : subdistricts) {
            List<Territory> own = cells.stream()
                    .filter(cell -> subdistrict.id().equals(cell.parentId()))
                    .toList();
            assertThat(own).isNotEmpty();
            double cellArea =
                    own.stream().mapToDouble(t -> t.geometry().getArea()).sum();
            assertThat(cellArea).isCloseTo(subdistrict.geometry().getArea(), within(cellArea * 1e-9));
        }
        assertThat(cells).allSatisfy(cell -> assertThat(cell.parentId()).isNotNull());
    }

    @Test
    void theOldTownIsAGridAroundTheDrumTower() {
        SanitationDataset medium = GeneratedDistricts.of(MEDIUM);
        RoadNetwork network = medium.roadNetwork();
        LocalProjection drumTower = SampleDistrictGenerator.drumTowerProjection();
        RoadNode centre = network.nodes().stream()
                .min(Comparator.comparingDouble(node -> metresFromDrumTower(drumTower, node)))
                .orElseThrow();

        assertThat(metresFromDrumTower(drumTower, centre)).isLessThan(1.0);
        assertThat(network.segments().stream()
                        .filter(segment -> segment.fromNode() == centre.id())
                        .map(RoadSegment::name))
                .containsExactlyInAnyOrder("大北街", "大南街", "大西街", "大东街");
        Envelope wallRing = envelopeInMetres(
                drumTower,
                network.segments().stream().filter(segment -> segment.name().endsWith("环城路")));
        assertThat(wallRing.getMinX()).isCloseTo(-900, within(1.0));
        assertThat(wallRing.getMaxX()).isCloseTo(900, within(1.0));
        assertThat(wallRing.getMinY()).isCloseTo(-900, within(1.0));
        assertThat(wallRing.getMaxY()).isCloseTo(900, within(1.0));
        List<RoadSegment> oldTownAlleys = network.segments().stream()
                .filter(segment -> segment.roadClass() == RoadClass.ALLEY)
                .filter(segment ->
                        envelopeInMetres(drumTower, Stream.of(segment)).intersects(new Envelope(-900, 900, -900, 900)))
                .toList();
        assertThat(oldTownAlleys).hasSizeGreaterThan(500);
        assertThat(oldTownAlleys).anyMatch(RoadSegment::oneWay);
        assertThat(oldTownAlleys)
                .allSatisfy(alley -> assertThat(alley.widthMetres()).isLessThan(7.0));
        assertThat(oldTownAlleys)
                .extracting(RoadSegment::name)
                .anyMatch(name -> name.endsWith("胡同"))
                .anyMatch(name -> name.endsWith("巷"));
    }

    @Test
    void washingFollowsTheRoadGrade() {
        SanitationDataset medium = GeneratedDistricts.of(MEDIUM);
        RoadNetwork network = medium.roadNetwork();
        Set<String> washed = new HashSet<>();
        Map<WashFrequency, int[]> dueByFrequency = new EnumMap<>(WashFrequency.class);

        for (WashingRequirement requirement : medium.washingRequirements()) {
            RoadSegment street = network.findSegment(requirement.segmentId()).orElseThrow();
            assertThat(washed.add(street.id())).isTrue();
            network.reverseOf(street)
                    .ifPresent(reverse -> assertThat(washed.add(reverse.id())).isTrue());
            if (street.oneWay()) {
                assertThat(requirement.direction()).isEqualTo(PassDirection.FORWARD);
            } else {
                // a kerb each way: out along one side, back along the other
                assertThat(requirement.direction()).isEqualTo(PassDirection.BOTH_SIDES);
            }
            if (PingchengStreetPlan.GREAT_STREETS.contains(street.name())) {
                assertThat(requirement.frequency()).isEqualTo(WashFrequency.DAILY);
            }
            switch (street.roadClass()) {
                case MAIN -> {
                    assertThat(requirement.capability()).isIn(Capability.WASHING, Capability.SPRINKLING);
                    if (requirement.capability() == Capability.WASHING) {
                        assertThat(requirement.frequency()).isEqualTo(WashFrequency.DAILY);
                    }
                }
                case SECONDARY -> assertThat(requirement.frequency()).isEqualTo(WashFrequency.EVERY_OTHER_DAY);
                case BRANCH, ALLEY -> assertThat(requirement.capability()).isEqualTo(Capability.SWEEPING);
            }
            int[] counts = dueByFrequency.computeIfAbsent(requirement.frequency(), key -> new int[2]);
            counts[0]++;
            counts[1] += DatasetFigures.isDue(requirement, DAY) ? 1 : 0;
        }
        // every street block is washed exactly once, by one requirement
        assertThat(washed).hasSize(network.segmentCount());
        assertThat(share(dueByFrequency.get(WashFrequency.DAILY))).isEqualTo(1.0);
        assertThat(share(dueByFrequency.get(WashFrequency.EVERY_OTHER_DAY))).isBetween(0.4, 0.6);
        assertThat(share(dueByFrequency.get(WashFrequency.WEEKLY))).isBetween(0.07, 0.22);
    }

    @Test
    void aNamedStreetIsDueWholeOnOneDay() {
        SanitationDataset medium = GeneratedDistricts.of(MEDIUM);
        Map<String, Set<LocalDate>> lastDoneByStreet = new HashMap<>();
        for (WashingRequirement requirement : medium.washingRequirements()) {
            RoadSegment street =
                    medium.roadNetwork().findSegment(requirement.segmentId()).orElseThrow();
            lastDoneByStreet
                    .computeIfAbsent(
                            street.name() + "/" + requirement.capability() + "/" + requirement.frequency(),
                            key -> new HashSet<>())
                    .add(requirement.lastDone());
        }
        assertThat(lastDoneByStreet)
                .allSatisfy((street, dates) -> assertThat(dates).as(street).hasSize(1));
    }

    @Test
    void eachStreetCrewKeepsToItsOwnFewSubdistricts() {
        SanitationDataset medium = GeneratedDistricts.of(MEDIUM);
        Map<String, String> parentOf = new HashMap<>();
        medium.territories().forEach(territory -> parentOf.put(territory.id(), territory.parentId()));
        Map<String, Set<String>> gridsOwned = new HashMap<>();
        for (var vehicle : medium.vehicles()) {
            boolean streetCrew = vehicle.typeId().equals(Fleet.WASH_SWEEPER.id())
                    || vehicle.typeId().equals(Fleet.HIGH_PRESSURE_WASHER.id());
            if (!streetCrew || vehicle.homeTerritories().isEmpty()) {
                continue;
            }
            assertThat(vehicle.homeTerritoriesStrict()).as(vehicle.id()).isTrue();
            Set<String> subdistricts = new HashSet<>();
            Set<String> grids = new HashSet<>();
            for (String id : vehicle.homeTerritories()) {
                String parent = parentOf.get(id);
                subdistricts.add(parent == null ? id : parent);
                if (parent == null) {
                    parentOf.forEach((grid, gridParent) -> {
                        if (id.equals(gridParent)) {
                            grids.add(grid);
                        }
                    });
                } else {
                    grids.add(id);
                }
            }
            assertThat(subdistricts).as(vehicle.id()).hasSizeLessThanOrEqualTo(6);
            String shift = vehicle.shift().start().toLocalTime().getHour() >= 20 ? "night" : "day";
            Set<String> owned = gridsOwned.computeIfAbsent(shift, key -> new HashSet<>());
            assertThat(Collections.disjoint(grids, owned))
                    .as("%s's grids are owned by no other crew of its shift", vehicle.id())
                    .isTrue();
            owned.addAll(grids);
        }
        assertThat(gridsOwned).containsOnlyKeys("night", "day");
    }

    @Test
    void garbageTrucksHelpOutNextDoorWhileLoadersAndToiletCrewsServeTheWholeDistrict() {
        SanitationDataset medium = GeneratedDistricts.of(MEDIUM);

        assertThat(medium.vehicles())
                .filteredOn(vehicle -> vehicle.typeId().equals(Fleet.SMALL_GARBAGE_TRUCK.id()))
                .allSatisfy(vehicle -> {
                    assertThat(vehicle.homeTerritories()).as(vehicle.id()).isNotEmpty();
                    assertThat(vehicle.homeTerritoriesStrict()).as(vehicle.id()).isFalse();
                });
        assertThat(medium.vehicles())
                .filteredOn(vehicle -> vehicle.typeId().equals(Fleet.LOADER_TRUCK.id())
                        || vehicle.typeId().equals(Fleet.TOILET_TRICYCLE.id()))
                .allSatisfy(vehicle -> assertThat(vehicle.homeTerritories()).isEmpty());
    }

    @Test
    void mainRoadsAreWashedAtNightAndNothingInTheRushHours() {
        List<WashingWindowRule> rules = GeneratedDistricts.of(SMALL).washingWindowRules();
        DailyWindow morningRush = new DailyWindow(LocalTime.of(7, 0), LocalTime.of(9, 0));
        DailyWindow eveningRush = new DailyWindow(LocalTime.of(17, 0), LocalTime.of(19, 0));

        assertThat(rules).extracting(WashingWindowRule::roadClass).containsExactlyInAnyOrder(RoadClass.values());
        assertThat(rules).allSatisfy(rule -> assertThat(rule.forbidden()).contains(morningRush, eveningRush));
        WashingWindowRule main = rules.stream()
                .filter(rule -> rule.roadClass() == RoadClass.MAIN)
                .findFirst()
                .orElseThrow();
        assertThat(main.allowed()).containsExactly(new DailyWindow(LocalTime.of(22, 0), LocalTime.of(6, 30)));
    }

    @Test
    void blindSpotsGatherInAlleysAndBehindMarkets() {
        SanitationDataset medium = GeneratedDistricts.of(MEDIUM);
        StreetMap map = StreetMap.of(medium.roadNetwork());
        List<BlindSpotReport> reports = medium.blindSpots();
        double alleyShareOfStreets = map.streets().stream()
                        .filter(street -> street.roadClass() == RoadClass.ALLEY)
                        .mapToDouble(RoadSegment::lengthMetres)
                        .sum()
                / map.streets().stream().mapToDouble(RoadSegment::lengthMetres).sum();
        long inAlleys = reports.stream()
                .filter(report -> map.nearestStreet(report.location()).roadClass() == RoadClass.ALLEY)
                .count();
        long behindMarkets = reports.stream()
                .filter(report -> report.description().contains("市场后侧"))
                .count();

        assertThat((double) inAlleys / reports.size()).isGreaterThan(1.5 * alleyShareOfStreets);
        assertThat(behindMarkets).isPositive();
        assertThat(reports).extracting(BlindSpotReport::category).contains(BlindSpotCategory.values());
        assertThat(reports).extracting(BlindSpotReport::source).contains(ReportSource.values());
        assertThat(reports).allSatisfy(report -> {
            assertThat(report.volumeM3()).isBetween(0.2, 6.0);
            assertThat(report.equipment().contains(BlindSpots.LOADER)).isEqualTo(report.volumeM3() >= 3.0);
        });
        assertThat(reports).anyMatch(report -> report.equipment().contains(BlindSpots.LOADER));
        assertThat(reports)
                .extracting(report -> report.reportedAt().toLocalDate())
                .contains(DAY.minusDays(1), DAY);
    }

    @ParameterizedTest
    @EnumSource(value = DistrictSize.class, mode = EnumSource.Mode.EXCLUDE, names = "CITY")
    void idsAreReadableAndUnique(DistrictSize size) {
        SanitationDataset dataset = GeneratedDistricts.of(size);

        assertThat(dataset.roadNetwork().segments())
                .extracting(RoadSegment::id)
                .allMatch(id -> id.matches("seg-\\d{6}-[fb]"));
        assertThat(dataset.blindSpots()).extracting(BlindSpotReport::id).allMatch(id -> id.matches("bs-\\d{4}"));
        assertThat(dataset.toilets()).extracting(FlagshipToilet::id).allMatch(id -> id.matches("toilet-\\d{2,3}"));
        assertThat(dataset.vehicles())
                .extracting(Vehicle::id)
                .allMatch(id -> id.matches("(veh-(wash|hpw|sprk|truck|loader)|crew-toilet)-\\d{2}"));
        List<String> allIds = new ArrayList<>();
        dataset.territories().forEach(t -> allIds.add(t.id()));
        dataset.depots().forEach(d -> allIds.add(d.id()));
        dataset.hydrants().forEach(h -> allIds.add(h.id()));
        dataset.transferStations().forEach(t -> allIds.add(t.id()));
        dataset.vehicles().forEach(v -> allIds.add(v.id()));
        dataset.washingRequirements().forEach(r -> allIds.add(r.id()));
        dataset.blindSpots().forEach(b -> allIds.add(b.id()));
        dataset.toilets().forEach(t -> allIds.add(t.id()));
        assertThat(allIds).doesNotHaveDuplicates();
    }

    static List<Point> places(SanitationDataset dataset) {
        List<Point> places = new ArrayList<>();
        dataset.depots().forEach(depot -> places.add(depot.location()));
        dataset.hydrants().forEach(hydrant -> places.add(hydrant.location()));
        dataset.transferStations().forEach(station -> places.add(station.location()));
        dataset.toilets().forEach(toilet -> places.add(toilet.location()));
        dataset.blindSpots().forEach(report -> places.add(report.location()));
        return places;
    }

    private static List<LocalDate> lastDoneDates(SanitationDataset dataset) {
        return dataset.washingRequirements().stream()
                .map(WashingRequirement::lastDone)
                .toList();
    }

    private static double share(int[] dueOfAll) {
        return (double) dueOfAll[1] / dueOfAll[0];
    }

    private static double metresFromDrumTower(LocalProjection drumTower, RoadNode node) {
        Coordinate metres = drumTower.toMetres(node.lat(), node.lon());
        return Math.hypot(metres.x, metres.y);
    }

    private static Envelope envelopeInMetres(LocalProjection projection, Stream<RoadSegment> segments) {
        Envelope envelope = new Envelope();
        segments.forEach(segment -> {
            for (Coordinate coordinate : segment.geometry().getCoordinates()) {
                envelope.expandToInclude(projection.toMetres(coordinate));
            }
        });
        return envelope;
    }
}
