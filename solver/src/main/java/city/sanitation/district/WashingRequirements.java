package city.sanitation.district;

import city.sanitation.district.WashingPolicy.RotaPart;
import city.sanitation.district.WashingPolicy.Schedule;
import city.sanitation.fleet.Capability;
import city.sanitation.road.RoadClass;
import city.sanitation.road.RoadSegment;
import city.sanitation.task.DailyWindow;
import city.sanitation.task.PassDirection;
import city.sanitation.task.WashingRequirement;
import city.sanitation.task.WashingWindowRule;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.locationtech.jts.geom.Coordinate;

/** A washing, sweeping or sprinkling requirement for every street, with last-done dates as the district's rota has them. */
final class WashingRequirements {

    static final DailyWindow MAIN_ROAD_NIGHT = new DailyWindow(LocalTime.of(22, 0), LocalTime.of(6, 30));
    static final DailyWindow MORNING_RUSH = new DailyWindow(LocalTime.of(7, 0), LocalTime.of(9, 0));
    static final DailyWindow EVENING_RUSH = new DailyWindow(LocalTime.of(17, 0), LocalTime.of(19, 0));

    private WashingRequirements() {}

    /** Main roads only at night (done by 06:30); nothing in the rush hours. */
    static List<WashingWindowRule> windowRules() {
        List<WashingWindowRule> rules = new ArrayList<>();
        for (RoadClass roadClass : RoadClass.values()) {
            List<DailyWindow> allowed = roadClass == RoadClass.MAIN ? List.of(MAIN_ROAD_NIGHT) : List.of();
            rules.add(new WashingWindowRule(roadClass, allowed, List.of(MORNING_RUSH, EVENING_RUSH)));
        }
        return rules;
    }

    /**
     * One requirement per street block, due as a department's rota has it: the district is cut into as many parts as a
     * street's interval has days (halves, thirds, runs of grids), one part is due each day, and a whole named street
     * belongs to the part its middle lies in. The seed sets which part is due on {@code day}.
     */
    static List<WashingRequirement> plan(
            StreetMap map, WashingPolicy policy, GridChain grids, LocalDate day, Random random) {
        Map<String, List<Integer>> streetsByName = new LinkedHashMap<>();
        List<Schedule> schedules = new ArrayList<>(map.streets().size());
        for (int i = 0; i < map.streets().size(); i++) {
            RoadSegment street = map.streets().get(i);
            Schedule schedule = policy.scheduleOf(street);
            schedules.add(schedule);
            String name = street.name().isEmpty() ? "#" + street.id() : street.name();
            streetsByName
                    .computeIfAbsent(schedule + "/" + name, key -> new ArrayList<>())
                    .add(i);
        }
        Map<Integer, Integer> dayOfRota = new HashMap<>();
        for (int interval : List.of(1, 2, 3, 7)) {
            dayOfRota.put(interval, random.nextInt(interval));
        }
        Strips strips = Strips.of(map);
        Map<Schedule, double[]> gridLoads = new HashMap<>();
        Map<List<Integer>, Coordinate> middles = new HashMap<>();
        for (List<Integer> streets : streetsByName.values()) {
            Schedule schedule = schedules.get(streets.get(0));
            Coordinate middle = middleInMetres(map, streets);
            middles.put(streets, middle);
            if (schedule.part() == RotaPart.GRID) {
                int position = grids.positionAt(Wgs84.point(map.projection().toWgs84(middle.x, middle.y)));
                if (position >= 0) {
                    gridLoads.computeIfAbsent(schedule, key -> new double[grids.size()])[position] +=
                            lengthOf(map, streets);
                }
            }
        }
        Map<Schedule, int[]> runOfPosition = new HashMap<>();
        gridLoads.forEach((schedule, loads) -> {
            int interval = schedule.frequency().intervalDays();
            double[] shares = new double[interval];
            java.util.Arrays.fill(shares, 1);
            int[] runs = new int[loads.length];
            List<List<Integer>> cut = grids.cut(loads, shares);
            for (int run = 0; run < cut.size(); run++) {
                for (int position : cut.get(run)) {
                    runs[position] = run;
                }
            }
            runOfPosition.put(schedule, runs);
        });

        LocalDate[] lastDone = new LocalDate[map.streets().size()];
        for (List<Integer> streets : streetsByName.values()) {
            Schedule schedule = schedules.get(streets.get(0));
            int interval = schedule.frequency().intervalDays();
            Coordinate middle = middles.get(streets);
            int part = switch (schedule.part()) {
                case DISTRICT -> 0;
                case HALF -> strips.of(middle, 2);
                case GRID -> {
                    int position = grids.positionAt(Wgs84.point(map.projection().toWgs84(middle.x, middle.y)));
                    int[] runs = runOfPosition.get(schedule);
                    yield position < 0 || runs == null ? 0 : runs[position];
                }
            };
            int daysSince = (part + dayOfRota.getOrDefault(interval, 0)) % interval;
            LocalDate done = day.minusDays(daysSince == 0 ? interval : daysSince);
            streets.forEach(street -> lastDone[street] = done);
        }

        List<WashingRequirement> requirements = new ArrayList<>(map.streets().size());
        for (int i = 0; i < map.streets().size(); i++) {
            RoadSegment street = map.streets().get(i);
            Schedule schedule = schedules.get(i);
            requirements.add(new WashingRequirement(
                    prefix(schedule.capability()) + street.id(),
                    street.id(),
                    direction(map, street),
                    1,
                    schedule.frequency(),
                    schedule.capability(),
                    lastDone[i]));
        }
        return requirements;
    }

    /** The length-weighted middle of a street's blocks. */
    private static Coordinate middleInMetres(StreetMap map, List<Integer> streets) {
        double x = 0;
        double y = 0;
        double total = 0;
        for (int street : streets) {
            Coordinate middle = map.besideInMetres(street, 0.5, 0);
            double length = Math.max(1, map.streets().get(street).lengthMetres());
            x += middle.x * length;
            y += middle.y * length;
            total += length;
        }
        return new Coordinate(x / total, y / total);
    }

    private static double lengthOf(StreetMap map, List<Integer> streets) {
        return streets.stream()
                .mapToDouble(street -> map.streets().get(street).lengthMetres())
                .sum();
    }

    /** Strips of the district from west to east, each with an equal share of the street length. */
    private record Strips(double[] sortedX, double[] lengthUpTo) {

        static Strips of(StreetMap map) {
            int count = map.streets().size();
            double[][] byX = new double[count][];
            for (int i = 0; i < count; i++) {
                byX[i] = new double[] {
                    map.besideInMetres(i, 0.5, 0).x, map.streets().get(i).lengthMetres()
                };
            }
            java.util.Arrays.sort(byX, java.util.Comparator.comparingDouble(entry -> entry[0]));
            double[] xs = new double[count];
            double[] upTo = new double[count];
            double sum = 0;
            for (int i = 0; i < count; i++) {
                sum += byX[i][1];
                xs[i] = byX[i][0];
                upTo[i] = sum;
            }
            return new Strips(xs, upTo);
        }

        /** Which of {@code parts} strips, numbered from the west, holds the point. */
        int of(Coordinate metres, int parts) {
            int part = 0;
            for (int border = 1; border < parts; border++) {
                if (metres.x > borderX(border, parts)) {
                    part++;
                }
            }
            return part;
        }

        /** Where the street length west of it is {@code border} / {@code parts} of the whole. */
        private double borderX(int border, int parts) {
            double wanted = lengthUpTo[lengthUpTo.length - 1] * border / parts;
            for (int i = 0; i < sortedX.length; i++) {
                if (lengthUpTo[i] >= wanted) {
                    return sortedX[i];
                }
            }
            return sortedX[sortedX.length - 1];
        }
    }

    /**
     * One way along a one-way street; both ways along a two-way one, a kerb each way, so that a crew washes a whole
     * street out and back rather than driving back empty.
     */
    private static PassDirection direction(StreetMap map, RoadSegment street) {
        if (street.oneWay() || map.network().reverseOf(street).isEmpty()) {
            return PassDirection.FORWARD;
        }
        return PassDirection.BOTH_SIDES;
    }

    private static String prefix(Capability capability) {
        return switch (capability) {
            case WASHING -> "wash-";
            case SWEEPING -> "sweep-";
            case SPRINKLING -> "sprinkle-";
            default ->
                throw new IllegalArgumentException("The capability (" + capability + ") is not a street-cleaning one.");
        };
    }
}
