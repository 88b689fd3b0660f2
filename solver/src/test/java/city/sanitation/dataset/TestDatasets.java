package city.sanitation.dataset;

import city.sanitation.dataset.json.GeoJson;
import city.sanitation.fleet.BreakRule;
import city.sanitation.fleet.Capability;
import city.sanitation.fleet.Depot;
import city.sanitation.fleet.Hydrant;
import city.sanitation.fleet.Shift;
import city.sanitation.fleet.TransferStation;
import city.sanitation.fleet.Vehicle;
import city.sanitation.fleet.VehicleType;
import city.sanitation.road.RoadClass;
import city.sanitation.road.RoadNetwork;
import city.sanitation.road.RoadNode;
import city.sanitation.road.RoadSegment;
import city.sanitation.road.snap.GeoDistance;
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
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;

/**
 * A small hand-built district in Pingcheng: a 3 x 3 lattice of junctions about 170 m (east-west) by 220 m
 * (north-south) apart, every street two-way. The middle row is a main street, the middle column a secondary one, the
 * rest branch streets. Two subdistricts split it west/east at the middle column; the west one has one grid, the
 * east one two (north and south of the middle row).
 *
 * <pre>
 *   7 --- 8 --- 9      row 2 (north), branch
 *   |     |     |
 *   4 === 5 === 6      row 1, main
 *   |     |     |
 *   1 --- 2 --- 3      row 0 (south), branch
 * </pre>
 *
 * The builder's lists are mutable so that tests can add or break things before {@link Builder#build()}.
 */
public final class TestDatasets {

    static final double WEST_LON = 113.3000000;
    static final double SOUTH_LAT = 40.0800000;
    static final double STEP_LON = 0.0020000;
    static final double STEP_LAT = 0.0020000;
    static final LocalDate DAY = LocalDate.of(2026, 11, 28);

    private TestDatasets() {}

    public static SanitationDataset district() {
        return builder().build();
    }

    static Builder builder() {
        return new Builder();
    }

    /** Longitude of lattice column {@code column} (0..2). */
    static double lon(double column) {
        return GeoJson.round(WEST_LON + column * STEP_LON);
    }

    /** Latitude of lattice row {@code row} (0..2). */
    static double lat(double row) {
        return GeoJson.round(SOUTH_LAT + row * STEP_LAT);
    }

    static long nodeId(int column, int row) {
        return 1 + column + 3L * row;
    }

    static Point point(double column, double row) {
        return GeoJson.WGS84.createPoint(new Coordinate(lon(column), lat(row)));
    }

    static LocalDateTime at(int dayOffset, int hour, int minute) {
        return DAY.plusDays(dayOffset).atTime(hour, minute);
    }

    static final class Builder {

        String name = "Pingcheng test district";
        PlanningHorizon horizon = new PlanningHorizon(DAY, ZoneId.of("Asia/Shanghai"), at(0, 18, 0), at(1, 18, 0));
        final List<RoadSegment> segments = new ArrayList<>();
        final List<Territory> territories = new ArrayList<>();
        final List<Depot> depots = new ArrayList<>();
        final List<Hydrant> hydrants = new ArrayList<>();
        final List<TransferStation> transferStations = new ArrayList<>();
        final List<VehicleType> vehicleTypes = new ArrayList<>();
        final List<Vehicle> vehicles = new ArrayList<>();
        final List<WashingRequirement> washingRequirements = new ArrayList<>();
        final List<WashingWindowRule> washingWindowRules = new ArrayList<>();
        final List<BlindSpotReport> blindSpots = new ArrayList<>();
        final List<FlagshipToilet> toilets = new ArrayList<>();
        final List<city.sanitation.fleet.SaltDepot> saltDepots = new ArrayList<>();
        OsmSource osmSource;
        city.sanitation.weather.DistrictWeather weather = city.sanitation.weather.DistrictWeather.NONE;

        private Builder() {
            for (int row = 0; row < 3; row++) {
                for (int column = 0; column < 2; column++) {
                    RoadClass roadClass = row == 1 ? RoadClass.MAIN : RoadClass.BRANCH;
                    String name = row == 1 ? "Yingbin Street" : "Lane " + row;
                    twoWayStreet(nodeId(column, row), nodeId(column + 1, row), roadClass, name);
                }
            }
            for (int column = 0; column < 3; column++) {
                for (int row = 0; row < 2; row++) {
                    RoadClass roadClass = column == 1 ? RoadClass.SECONDARY : RoadClass.BRANCH;
                    String name = column == 1 ? "Xinjian Road" : "Alley " + column;
                    twoWayStreet(nodeId(column, row), nodeId(column, row + 1), roadClass, name);
                }
            }
            territories.add(new Territory("sd-west", TerritoryKind.SUBDISTRICT, "West", null, box(-0.5, -0.5, 1, 2.5)));
            territories.add(new Territory("sd-east", TerritoryKind.SUBDISTRICT, "East", null, box(1, -0.5, 2.5, 2.5)));
            territories.add(
                    new Territory("g-west", TerritoryKind.GRID, "West grid", "sd-west", box(-0.5, -0.5, 1, 2.5)));
            territories.add(
                    new Territory("g-east-south", TerritoryKind.GRID, "East south", "sd-east", box(1, -0.5, 2.5, 1)));
            territories.add(
                    new Territory("g-east-north", TerritoryKind.GRID, "East north", "sd-east", box(1, 1, 2.5, 2.5)));

            depots.add(new Depot("depot-west", "West yard", point(-0.1, 0)));
            hydrants.add(new Hydrant("hydrant-1", "Hydrant at Xinjian Road", point(1.05, 0.5), Duration.ofMinutes(15)));
            transferStations.add(
                    new TransferStation("transfer-1", "North transfer station", point(2, 1.9), Duration.ofMinutes(20)));

            Map<RoadClass, Double> truckSpeeds = speeds(35, 30, 20, 10);
            vehicleTypes.add(VehicleType.builder()
                    .id("washer")
                    .name("Washing truck 12 m3")
                    .capabilities(Set.of(Capability.WASHING, Capability.SPRINKLING))
                    .tankCapacityM3(12)
                    .washingSpeedKmh(8)
                    .drivingSpeedKmh(truckSpeeds)
                    .waterUseLitresPerMetre(1.2)
                    .costPerKm(3.5)
                    .costPerHour(90)
                    .build());
            vehicleTypes.add(VehicleType.builder()
                    .id("garbage")
                    .name("Garbage truck 8 m3")
                    .capabilities(Set.of(Capability.GARBAGE_PICKUP))
                    .bodyCapacityM3(8)
                    .washingSpeedKmh(0)
                    .drivingSpeedKmh(truckSpeeds)
                    .costPerKm(3)
                    .costPerHour(80)
                    .build());
            vehicleTypes.add(VehicleType.builder()
                    .id("toilet-crew")
                    .name("Toilet crew on e-tricycle")
                    .capabilities(Set.of(Capability.TOILET_CLEANING))
                    .washingSpeedKmh(0)
                    .drivingSpeedKmh(speeds(20, 20, 15, 10))
                    .costPerKm(0.5)
                    .costPerHour(40)
                    .build());
            Shift night = new Shift(at(0, 22, 0), at(1, 6, 0), at(1, 7, 0));
            Shift day = new Shift(at(1, 6, 0), at(1, 14, 0), at(1, 15, 0));
            vehicles.add(new Vehicle(
                    "washer-1",
                    "Washer 1",
                    "washer",
                    "depot-west",
                    night,
                    List.of(new BreakRule(at(1, 1, 0), at(1, 3, 0), Duration.ofMinutes(30))),
                    Set.of(),
                    List.of("sd-west", "g-east-south"),
                    false));
            vehicles.add(new Vehicle(
                    "garbage-1", "Garbage truck 1", "garbage", "depot-west", day, List.of(), Set.of("loader")));
            vehicles.add(new Vehicle(
                    "toilet-1",
                    "Toilet crew 1",
                    "toilet-crew",
                    "depot-west",
                    day,
                    List.of(),
                    Set.of(),
                    List.of("sd-west", "sd-east"),
                    true));

            int index = 0;
            for (RoadSegment segment : segments) {
                if (segment.roadClass() == RoadClass.MAIN || segment.roadClass() == RoadClass.SECONDARY) {
                    washingRequirements.add(new WashingRequirement(
                            "wash-" + (++index),
                            segment.id(),
                            PassDirection.FORWARD,
                            segment.roadClass() == RoadClass.MAIN ? 2 : 1,
                            WashFrequency.DAILY,
                            Capability.WASHING,
                            index % 2 == 0 ? DAY.minusDays(1) : null));
                }
            }
            washingWindowRules.add(new WashingWindowRule(
                    RoadClass.MAIN,
                    List.of(new DailyWindow(LocalTime.of(22, 0), LocalTime.of(6, 0))),
                    List.of(new DailyWindow(LocalTime.of(7, 0), LocalTime.of(9, 0)))));
            washingWindowRules.add(new WashingWindowRule(RoadClass.SECONDARY, List.of(), List.of()));

            blindSpots.add(new BlindSpotReport(
                    "bs-1",
                    point(0.5, 0.1),
                    BlindSpotCategory.HOUSEHOLD_GARBAGE,
                    1.5,
                    Priority.URGENT,
                    at(0, 17, 30),
                    at(0, 21, 30),
                    Set.of(),
                    ReportSource.RESIDENT_HOTLINE,
                    "Bags piled at the lane corner"));
            blindSpots.add(new BlindSpotReport(
                    "bs-2",
                    point(1.5, 1.9),
                    BlindSpotCategory.CONSTRUCTION_DEBRIS,
                    4,
                    Priority.NORMAL,
                    at(0, 9, 0),
                    at(1, 9, 0),
                    Set.of("loader"),
                    ReportSource.GRID_WORKER,
                    ""));
            toilets.add(new FlagshipToilet(
                    "toilet-1",
                    "Flagship toilet at Yingbin Street",
                    point(1.5, 1.05),
                    LocalTime.of(6, 0),
                    LocalTime.of(22, 0),
                    4,
                    Duration.ofMinutes(120),
                    Duration.ofMinutes(300),
                    Duration.ofMinutes(20)));
            toilets.add(new FlagshipToilet(
                    "toilet-2",
                    "All-night toilet",
                    point(0.02, 1.5),
                    LocalTime.MIDNIGHT,
                    LocalTime.MIDNIGHT,
                    6,
                    Duration.ofMinutes(60),
                    Duration.ofMinutes(300),
                    Duration.ofMinutes(15)));
        }

        /** Adds a street both ways between two junctions, as two directed segments. */
        void twoWayStreet(long from, long to, RoadClass roadClass, String name) {
            segments.add(segment(from, to, roadClass, name, false));
            segments.add(segment(to, from, roadClass, name, false));
        }

        SanitationDataset build() {
            return SanitationDataset.builder()
                    .name(name)
                    .horizon(horizon)
                    .roadNetwork(network(segments))
                    .osmSource(osmSource)
                    .territories(territories)
                    .depots(depots)
                    .hydrants(hydrants)
                    .transferStations(transferStations)
                    .vehicleTypes(vehicleTypes)
                    .vehicles(vehicles)
                    .washingRequirements(washingRequirements)
                    .washingWindowRules(washingWindowRules)
                    .blindSpots(blindSpots)
                    .toilets(toilets)
                    .weather(weather)
                    .saltDepots(saltDepots)
                    .build();
        }
    }

    /** A segment between two nodes, placed by their ids; node ids above 9 continue the lattice to the east. */
    static RoadSegment segment(long from, long to, RoadClass roadClass, String name, boolean oneWay) {
        Coordinate start = nodeCoordinate(from);
        Coordinate end = nodeCoordinate(to);
        LineString geometry = GeoJson.WGS84.createLineString(new Coordinate[] {start, end});
        double length = GeoDistance.metres(start.x, start.y, end.x, end.y);
        int lanes = roadClass == RoadClass.MAIN ? 4 : 2;
        double width = roadClass == RoadClass.MAIN ? 16 : 7.5;
        return new RoadSegment(
                "s" + from + "-" + to, from, to, geometry, length, roadClass, name, oneWay, lanes, width);
    }

    static Coordinate nodeCoordinate(long nodeId) {
        long index = nodeId - 1;
        return new Coordinate(lon(index % 3 + 3 * (index / 9)), lat((index / 3) % 3));
    }

    /** The network of {@code segments}, with nodes in the order segments first name them (as the reader builds it). */
    static RoadNetwork network(List<RoadSegment> segments) {
        Map<Long, RoadNode> nodes = new LinkedHashMap<>();
        for (RoadSegment segment : segments) {
            Coordinate[] coordinates = segment.geometry().getCoordinates();
            Coordinate start = coordinates[0];
            Coordinate end = coordinates[coordinates.length - 1];
            nodes.putIfAbsent(segment.fromNode(), new RoadNode(segment.fromNode(), start.y, start.x));
            nodes.putIfAbsent(segment.toNode(), new RoadNode(segment.toNode(), end.y, end.x));
        }
        return new RoadNetwork(new ArrayList<>(nodes.values()), segments);
    }

    static Map<RoadClass, Double> speeds(double main, double secondary, double branch, double alley) {
        return Map.of(
                RoadClass.MAIN, main, RoadClass.SECONDARY, secondary, RoadClass.BRANCH, branch, RoadClass.ALLEY, alley);
    }

    /** An axis-aligned box in lattice units: columns {@code west..east}, rows {@code south..north}. */
    static Polygon box(double west, double south, double east, double north) {
        return GeoJson.WGS84.createPolygon(new Coordinate[] {
            new Coordinate(lon(west), lat(south)),
            new Coordinate(lon(east), lat(south)),
            new Coordinate(lon(east), lat(north)),
            new Coordinate(lon(west), lat(north)),
            new Coordinate(lon(west), lat(south))
        });
    }
}
