package city.sanitation.district;

import city.sanitation.district.CrewShifts.Kind;
import city.sanitation.fleet.Capability;
import city.sanitation.fleet.Depot;
import city.sanitation.fleet.Vehicle;
import city.sanitation.fleet.VehicleType;
import city.sanitation.road.RoadClass;
import city.sanitation.road.RoadSegment;
import city.sanitation.task.BlindSpotReport;
import city.sanitation.task.FlagshipToilet;
import city.sanitation.task.WashingRequirement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.linearref.LengthIndexedLine;

/**
 * The vehicle types of a district's sanitation fleet and enough vehicles and crews for its work on an ordinary day,
 * sized from the expected street kilometres, blind-spot reports and toilet rounds. Each crew owns an area (定点、定责、
 * 定岗): the crews of one duty and shift share the district in runs of neighbouring grids, each run with the crew's
 * share of the day's work, and a crew keeps at the yard nearest its area. Toilet crews and loader trucks work the
 * whole district.
 */
final class Fleet {

    static final VehicleType WASH_SWEEPER = VehicleType.builder()
            .id("wash-sweeper")
            .name("洗扫车")
            .capabilities(Set.of(Capability.WASHING, Capability.SWEEPING))
            .tankCapacityM3(8)
            .washingSpeedKmh(7)
            .drivingSpeedKmh(speeds(30, 25, 20, 12))
            .waterUseLitresPerMetre(1.0)
            .costPerKm(3.5)
            .costPerHour(120)
            .build();
    static final VehicleType HIGH_PRESSURE_WASHER = VehicleType.builder()
            .id("high-pressure-washer")
            .name("高压清洗车")
            .capabilities(Set.of(Capability.WASHING))
            .tankCapacityM3(12)
            .washingSpeedKmh(6)
            .drivingSpeedKmh(speeds(35, 30, 20, 10))
            .waterUseLitresPerMetre(1.5)
            .costPerKm(4.0)
            .costPerHour(130)
            .build();
    static final VehicleType SPRINKLER = VehicleType.builder()
            .id("sprinkler")
            .name("洒水车")
            .capabilities(Set.of(Capability.SPRINKLING))
            .tankCapacityM3(16)
            .washingSpeedKmh(10)
            .drivingSpeedKmh(speeds(35, 30, 20, 10))
            .waterUseLitresPerMetre(0.8)
            .costPerKm(3.0)
            .costPerHour(110)
            .build();
    static final VehicleType SMALL_GARBAGE_TRUCK = VehicleType.builder()
            .id("garbage-truck-5")
            .name("小型垃圾车")
            .capabilities(Set.of(Capability.GARBAGE_PICKUP))
            .bodyCapacityM3(5)
            .washingSpeedKmh(0)
            .drivingSpeedKmh(speeds(40, 30, 25, 15))
            .costPerKm(2.5)
            .costPerHour(90)
            .build();
    static final VehicleType LOADER_TRUCK = VehicleType.builder()
            .id("garbage-truck-8")
            .name("垃圾清运车（配装载机）")
            .capabilities(Set.of(Capability.GARBAGE_PICKUP))
            .bodyCapacityM3(8)
            .washingSpeedKmh(0)
            .drivingSpeedKmh(speeds(35, 30, 20, 10))
            .costPerKm(3.5)
            .costPerHour(140)
            .build();
    static final VehicleType TOILET_TRICYCLE = VehicleType.builder()
            .id("toilet-tricycle")
            .name("公厕保洁电动三轮")
            .capabilities(Set.of(Capability.TOILET_CLEANING))
            .washingSpeedKmh(0)
            .drivingSpeedKmh(speeds(20, 20, 18, 15))
            .costPerKm(0.3)
            .costPerHour(45)
            .build();

    /** Hours of a shift spent working, after the break. */
    private static final double WORKING_HOURS = 7.5;
    /** Of those, the share actually washing: the rest is driving empty and refilling. */
    private static final double WASHING_SHARE = 0.45;
    /** Small piles take minutes, but driving and dumping at the transfer station add up. */
    private static final double BLIND_SPOTS_PER_TRUCK_SHIFT = 18;

    private static final double LOADER_SHARE = 0.25;
    private static final double TOILET_TRAVEL_MINUTES = 6;
    private static final double TOILET_CREW_SHARE = 0.85;

    /** Which work a crew does, and so which work its area is cut by. */
    private enum Duty {
        NIGHT_WASHING,
        SPRINKLING,
        DAY_SWEEPING,
        GARBAGE,
        /** Loader trucks serve the large piles of the whole district. */
        ANYWHERE,
        /** Toilet crews keep each toilet's rounds apart across the district's crews, so none owns an area. */
        TOILETS
    }

    private final CrewShifts shifts;
    private final List<Depot> depots;
    private final List<Vehicle> vehicles = new ArrayList<>();
    private final List<Duty> duties = new ArrayList<>();
    private final List<Kind> kinds = new ArrayList<>();
    private LocalProjection projection;

    private Fleet(CrewShifts shifts, List<Depot> depots) {
        this.shifts = shifts;
        this.depots = depots;
    }

    static List<VehicleType> types() {
        return List.of(
                WASH_SWEEPER, HIGH_PRESSURE_WASHER, SPRINKLER, SMALL_GARBAGE_TRUCK, LOADER_TRUCK, TOILET_TRICYCLE);
    }

    static List<Vehicle> vehicles(
            StreetMap map,
            GridChain grids,
            List<WashingRequirement> requirements,
            List<BlindSpotReport> blindSpots,
            List<FlagshipToilet> toilets,
            List<Depot> depots,
            CrewShifts shifts,
            LocalDate day) {
        Fleet fleet = new Fleet(shifts, depots);
        fleet.addStreetCrews(map, requirements);
        fleet.addGarbageTrucks(blindSpots.size());
        fleet.addToiletCrews(toilets);
        fleet.assignAreas(map, grids, requirements, blindSpots, day);
        return List.copyOf(fleet.vehicles);
    }

    /** The duty of the work a street crew does on a requirement, as the fleet was sized. */
    private static Duty dutyOf(WashingRequirement requirement, RoadSegment street) {
        if (requirement.capability() == Capability.SPRINKLING) {
            return Duty.SPRINKLING;
        }
        return street.roadClass() == RoadClass.MAIN ? Duty.NIGHT_WASHING : Duty.DAY_SWEEPING;
    }

    private void assignAreas(
            StreetMap map,
            GridChain grids,
            List<WashingRequirement> requirements,
            List<BlindSpotReport> blindSpots,
            LocalDate day) {
        if (grids.size() == 0) {
            return;
        }
        projection = map.projection();
        Map<Duty, double[]> streetLoads = new EnumMap<>(Duty.class);
        for (WashingRequirement requirement : requirements) {
            if (!DatasetFigures.isDue(requirement, day)) {
                continue;
            }
            RoadSegment street =
                    map.network().findSegment(requirement.segmentId()).orElseThrow();
            int position = grids.positionAt(middleOf(street));
            if (position >= 0) {
                streetLoads.computeIfAbsent(dutyOf(requirement, street), duty -> new double[grids.size()])[position] +=
                        DatasetFigures.passesOf(requirement) * street.lengthMetres();
            }
        }
        double[] reports = new double[grids.size()];
        for (BlindSpotReport report : blindSpots) {
            int position = grids.positionAt(report.location());
            if (position >= 0) {
                reports[position]++;
            }
        }
        for (Duty duty : List.of(Duty.NIGHT_WASHING, Duty.SPRINKLING, Duty.DAY_SWEEPING)) {
            if (streetLoads.containsKey(duty)) {
                share(grids, streetLoads.get(duty), crewsOf(duty, null), true);
            }
        }
        for (Kind kind : Kind.values()) {
            share(grids, reports, crewsOf(Duty.GARBAGE, kind), false);
        }
    }

    /** The crews of a duty, of one shift or of all when {@code kind} is null, by their index. */
    private List<Integer> crewsOf(Duty duty, Kind kind) {
        List<Integer> crews = new ArrayList<>();
        for (int i = 0; i < vehicles.size(); i++) {
            if (duties.get(i) == duty && (kind == null || kinds.get(i) == kind)) {
                crews.add(i);
            }
        }
        return crews;
    }

    /**
     * Gives each crew a run of neighbouring grids with its share of the load, in proportion to how fast it works, and
     * the yard nearest the run's work.
     *
     * @param strict whether the crews keep to their areas: street crews do, since their areas are sized to their day;
     *     garbage trucks help out next door, since reports cannot wait
     */
    private void share(GridChain grids, double[] loads, List<Integer> crews, boolean strict) {
        double total = 0;
        for (double load : loads) {
            total += load;
        }
        if (crews.size() < 2 || total == 0) {
            return;
        }
        double[] shares = new double[crews.size()];
        for (int i = 0; i < crews.size(); i++) {
            shares[i] = Math.max(1, typeOf(vehicles.get(crews.get(i))).washingSpeedKmh());
        }
        List<List<Integer>> runs = grids.cut(loads, shares);
        for (int i = 0; i < crews.size(); i++) {
            int crew = crews.get(i);
            List<Integer> run = runs.get(i);
            if (run.isEmpty()) {
                continue;
            }
            Vehicle vehicle = vehicles.get(crew);
            Depot nearest = nearestDepot(grids, loads, run);
            vehicles.set(
                    crew,
                    new Vehicle(
                            vehicle.id(),
                            vehicle.name(),
                            vehicle.typeId(),
                            nearest.id(),
                            vehicle.shift(),
                            vehicle.breaks(),
                            vehicle.skills(),
                            grids.territoryIds(run),
                            strict));
        }
    }

    private Depot nearestDepot(GridChain grids, double[] loads, List<Integer> run) {
        double x = 0;
        double y = 0;
        double weight = 0;
        for (int position : run) {
            double w = loads[position] + 1e-6;
            x += grids.centreInMetres(position).x * w;
            y += grids.centreInMetres(position).y * w;
            weight += w;
        }
        Depot best = depots.get(0);
        double bestDistance = Double.MAX_VALUE;
        for (Depot depot : depots) {
            var at = projection.toMetres(depot.location().getCoordinate());
            double distance = Math.hypot(at.x - x / weight, at.y - y / weight);
            if (distance < bestDistance) {
                bestDistance = distance;
                best = depot;
            }
        }
        return best;
    }

    private static VehicleType typeOf(Vehicle vehicle) {
        return types().stream()
                .filter(type -> type.id().equals(vehicle.typeId()))
                .findFirst()
                .orElseThrow();
    }

    private static Point middleOf(RoadSegment street) {
        LineString line = street.geometry();
        return line.getFactory().createPoint(new LengthIndexedLine(line).extractPoint(line.getLength() / 2));
    }

    private void addStreetCrews(StreetMap map, List<WashingRequirement> requirements) {
        double nightKm = 0;
        double sprinkleKm = 0;
        double dayKm = 0;
        for (WashingRequirement requirement : requirements) {
            RoadSegment street =
                    map.network().findSegment(requirement.segmentId()).orElseThrow();
            double km = DatasetFigures.passesOf(requirement)
                    * street.lengthMetres()
                    / 1000
                    / requirement.frequency().intervalDays();
            if (requirement.capability() == Capability.SPRINKLING) {
                sprinkleKm += km;
            } else if (street.roadClass() == RoadClass.MAIN) {
                nightKm += km;
            } else {
                dayKm += km;
            }
        }
        int nightWashers = shiftsFor(nightKm, WASH_SWEEPER);
        int highPressure = (int) Math.round(nightWashers / 3.0);
        add("veh-hpw-", HIGH_PRESSURE_WASHER, Kind.NIGHT, highPressure, Set.of(), Duty.NIGHT_WASHING);
        add("veh-wash-", WASH_SWEEPER, Kind.NIGHT, nightWashers - highPressure, Set.of(), Duty.NIGHT_WASHING);
        add("veh-sprk-", SPRINKLER, Kind.NIGHT, shiftsFor(sprinkleKm, SPRINKLER), Set.of(), Duty.SPRINKLING);
        int daySweepers = shiftsFor(dayKm, WASH_SWEEPER);
        add("veh-wash-", WASH_SWEEPER, Kind.EARLY, (daySweepers + 1) / 2, Set.of(), Duty.DAY_SWEEPING);
        add("veh-wash-", WASH_SWEEPER, Kind.LATE, daySweepers / 2, Set.of(), Duty.DAY_SWEEPING);
    }

    private static int shiftsFor(double kilometres, VehicleType type) {
        double perShift = type.washingSpeedKmh() * WORKING_HOURS * WASHING_SHARE;
        return (int) Math.ceil(kilometres / perShift);
    }

    /**
     * Trucks on both day shifts, taking turns early and late, since urgent reports keep coming in until the
     * evening; the first of them carry a loader for the large piles.
     */
    private void addGarbageTrucks(int blindSpots) {
        if (blindSpots == 0) {
            return;
        }
        int trucks = Math.max(2, (int) Math.ceil(blindSpots / BLIND_SPOTS_PER_TRUCK_SHIFT));
        int loaders = Math.max(1, (int) Math.round(trucks * LOADER_SHARE));
        for (int i = 0; i < trucks; i++) {
            Kind kind = i % 2 == 0 ? Kind.EARLY : Kind.LATE;
            if (i < loaders) {
                add("veh-loader-", LOADER_TRUCK, kind, 1, Set.of(BlindSpots.LOADER), Duty.ANYWHERE);
            } else {
                add("veh-truck-", SMALL_GARBAGE_TRUCK, kind, 1, Set.of(), Duty.GARBAGE);
            }
        }
    }

    /** Day crews for both day shifts while toilets are open, and a night crew for those open all day. */
    private void addToiletCrews(List<FlagshipToilet> toilets) {
        if (toilets.isEmpty()) {
            return;
        }
        double dayMinutes = 0;
        double nightMinutes = 0;
        for (FlagshipToilet toilet : toilets) {
            double minutesPerRound = toilet.roundDuration().toMinutes() + TOILET_TRAVEL_MINUTES;
            boolean allDay = toilet.opensAt().equals(toilet.closesAt());
            double nightRounds = allDay ? toilet.roundsPerDay() * 6.0 / 24 : 0;
            nightMinutes += nightRounds * minutesPerRound;
            dayMinutes += (toilet.roundsPerDay() - nightRounds) * minutesPerRound;
        }
        double perCrew = WORKING_HOURS * 60 * TOILET_CREW_SHARE;
        int dayCrews = Math.max(2, (int) Math.ceil(dayMinutes / perCrew));
        int nightCrews = (int) Math.ceil(nightMinutes / perCrew);
        add("crew-toilet-", TOILET_TRICYCLE, Kind.EARLY, (dayCrews + 1) / 2, Set.of(), Duty.TOILETS);
        add("crew-toilet-", TOILET_TRICYCLE, Kind.LATE, dayCrews / 2, Set.of(), Duty.TOILETS);
        add("crew-toilet-", TOILET_TRICYCLE, Kind.NIGHT, nightCrews, Set.of(), Duty.TOILETS);
    }

    private void add(String idPrefix, VehicleType type, Kind kind, int count, Set<String> skills, Duty duty) {
        for (int i = 0; i < count; i++) {
            int number = (int) vehicles.stream()
                            .filter(vehicle -> vehicle.id().startsWith(idPrefix))
                            .count()
                    + 1;
            Depot home = depots.get(vehicles.size() % depots.size());
            vehicles.add(new Vehicle(
                    idPrefix + "%02d".formatted(number),
                    type.name() + "%02d（%s）".formatted(number, kind.label()),
                    type.id(),
                    home.id(),
                    shifts.shift(kind),
                    shifts.breaks(kind),
                    skills));
            duties.add(duty);
            kinds.add(kind);
        }
    }

    private static Map<RoadClass, Double> speeds(double main, double secondary, double branch, double alley) {
        return Map.of(
                RoadClass.MAIN, main, RoadClass.SECONDARY, secondary, RoadClass.BRANCH, branch, RoadClass.ALLEY, alley);
    }
}
