package city.sanitation.district;

import city.sanitation.road.RoadClass;
import city.sanitation.task.FlagshipToilet;
import java.time.Duration;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Point;

/** Flagship public toilets (精品公厕) along the busier streets, spread over the district. */
final class Toilets {

    static final LocalTime DAY_OPENING = LocalTime.of(6, 0);
    static final LocalTime DAY_CLOSING = LocalTime.of(22, 0);
    static final Duration MIN_GAP = Duration.ofMinutes(60);
    private static final List<Integer> ROUND_MINUTES = List.of(15, 15, 20, 20, 20, 25, 30);
    /** A toilet open all day needs at least this many rounds to keep every gap within four hours. */
    private static final int ALL_DAY_MIN_ROUNDS = 6;

    private Toilets() {}

    static List<FlagshipToilet> place(StreetMap map, DistrictWorkload workload, Random random) {
        List<Integer> streets = map.streetsOf(EnumSet.of(RoadClass.MAIN, RoadClass.SECONDARY, RoadClass.BRANCH));
        if (streets.isEmpty()) {
            streets = map.streetsOf(EnumSet.allOf(RoadClass.class));
        }
        WeightedStreets weighted = new WeightedStreets(map, streets, street -> 1.0);
        int count = workload.toilets();
        double separation = 0.6 * Math.sqrt(map.extent().width() * map.extent().height() / Math.max(1, count));
        List<Coordinate> placed = new ArrayList<>();
        List<FlagshipToilet> toilets = new ArrayList<>();
        UniqueNames names = new UniqueNames();
        String idFormat = count > 99 ? "toilet-%03d" : "toilet-%02d";
        int failures = 0;
        while (toilets.size() < count) {
            int street = weighted.pick(random);
            double offset = (random.nextBoolean() ? 1 : -1) * (8 + 7 * random.nextDouble());
            double along = 0.2 + 0.6 * random.nextDouble();
            Coordinate metres = map.besideInMetres(street, along, offset);
            if (tooClose(metres, placed, separation)) {
                if (++failures > 200) {
                    separation *= 0.8;
                    failures = 0;
                }
                continue;
            }
            placed.add(metres);
            String onStreet = PlaceNames.onStreet(map.streets().get(street).name(), "精品公厕");
            String name = names.unique(onStreet == null ? "精品公厕 " + (toilets.size() + 1) : onStreet);
            toilets.add(toilet(
                    idFormat.formatted(toilets.size() + 1), name, map.beside(street, along, offset), workload, random));
        }
        return toilets;
    }

    private static boolean tooClose(Coordinate candidate, List<Coordinate> placed, double separation) {
        for (Coordinate other : placed) {
            if (other.distance(candidate) < separation) {
                return true;
            }
        }
        return false;
    }

    private static FlagshipToilet toilet(
            String id, String name, Point location, DistrictWorkload workload, Random random) {
        boolean allDay = random.nextDouble() < workload.allDayToiletShare();
        int min = workload.minRoundsPerToilet();
        int max = workload.maxRoundsPerToilet();
        if (allDay) {
            min = Math.max(min, ALL_DAY_MIN_ROUNDS);
            max = Math.max(max, min);
        }
        double skewedLow = random.nextDouble() * random.nextDouble();
        int rounds = min + (int) Math.floor((max - min + 1) * skewedLow);
        Duration round = Duration.ofMinutes(ROUND_MINUTES.get(random.nextInt(ROUND_MINUTES.size())));
        long openMinutes =
                allDay ? 24 * 60 : Duration.between(DAY_OPENING, DAY_CLOSING).toMinutes();
        // Evenly spread rounds must fit the maximum gap, counting from opening and up to closing.
        Duration maxGap = Duration.ofMinutes(openMinutes / (rounds + 1) <= 150 ? 180 : 240);
        LocalTime opensAt = allDay ? LocalTime.MIDNIGHT : DAY_OPENING;
        LocalTime closesAt = allDay ? LocalTime.MIDNIGHT : DAY_CLOSING;
        return new FlagshipToilet(id, name, location, opensAt, closesAt, rounds, MIN_GAP, maxGap, round);
    }
}
