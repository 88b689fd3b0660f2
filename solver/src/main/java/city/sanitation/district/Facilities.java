package city.sanitation.district;

import city.sanitation.fleet.Depot;
import city.sanitation.fleet.Hydrant;
import city.sanitation.fleet.TransferStation;
import city.sanitation.road.RoadClass;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.locationtech.jts.geom.Coordinate;

/**
 * The fixed places of a district, set beside its streets: vehicle yards spread over the district, a water filling
 * point in about every square kilometre, transfer stations towards the edge, and markets (which attract garbage).
 */
final class Facilities {

    private static final Set<RoadClass> MAJOR = EnumSet.of(RoadClass.MAIN, RoadClass.SECONDARY);
    private static final Set<RoadClass> NEIGHBOURHOOD = EnumSet.of(RoadClass.SECONDARY, RoadClass.BRANCH);
    private static final double SQUARE_KILOMETRES_PER_HYDRANT = 1.0;

    /** A market whose back corners collect garbage; blind spots cluster behind it. */
    record Market(String name, Coordinate metres) {}

    private final StreetMap map;
    private final Random random;
    private final UniqueNames names = new UniqueNames();

    Facilities(StreetMap map, Random random) {
        this.map = map;
        this.random = random;
    }

    List<Depot> depots(int count) {
        List<Integer> chosen = spread(candidates(MAJOR), count, 0.3, 0.8);
        List<Depot> depots = new ArrayList<>();
        for (int i = 0; i < chosen.size(); i++) {
            int street = chosen.get(i);
            String label = label(street, "环卫车场", i + 1);
            depots.add(new Depot("depot-" + (i + 1), label, map.beside(street, 0.5, side() * 30)));
        }
        return depots;
    }

    List<Hydrant> hydrants() {
        LocalRectangle extent = map.extent();
        int target = Math.max(2, (int) Math.round(extent.areaSquareKilometres() / SQUARE_KILOMETRES_PER_HYDRANT));
        double cell = Math.sqrt(extent.width() * extent.height() / target);
        int columns = Math.max(1, (int) Math.round(extent.width() / cell));
        int rows = Math.max(1, (int) Math.round(extent.height() / cell));
        List<Integer> candidates = candidates(MAJOR);
        List<Integer> chosen = new ArrayList<>();
        for (int row = rows - 1; row >= 0; row--) {
            for (int column = 0; column < columns; column++) {
                double x = extent.west() + (column + 0.5) * extent.width() / columns;
                double y = extent.south() + (row + 0.5) * extent.height() / rows;
                int nearest = nearest(candidates, x, y);
                Coordinate middle = middle(nearest);
                boolean insideCell = Math.abs(middle.x - x) <= extent.width() / columns / 2
                        && Math.abs(middle.y - y) <= extent.height() / rows / 2;
                if (insideCell && !chosen.contains(nearest)) {
                    chosen.add(nearest);
                }
            }
        }
        if (chosen.size() < 2) {
            chosen = spread(candidates, 2, 0, 1);
        }
        List<Hydrant> hydrants = new ArrayList<>();
        for (int i = 0; i < chosen.size(); i++) {
            int street = chosen.get(i);
            Duration refill = Duration.ofMinutes(List.of(10, 12, 15, 15, 18, 20).get(random.nextInt(6)));
            hydrants.add(new Hydrant(
                    "hyd-%02d".formatted(i + 1),
                    label(street, "取水点", i + 1),
                    map.beside(street, 0.3, side() * 8),
                    refill));
        }
        return hydrants;
    }

    List<TransferStation> transferStations(int count) {
        List<Integer> chosen = spread(candidates(MAJOR), count, 0.6, 1.0);
        List<TransferStation> stations = new ArrayList<>();
        for (int i = 0; i < chosen.size(); i++) {
            int street = chosen.get(i);
            stations.add(new TransferStation(
                    "ts-" + (i + 1),
                    label(street, "垃圾中转站", i + 1),
                    map.beside(street, 0.6, side() * 40),
                    Duration.ofMinutes(10 + 5 * random.nextInt(2))));
        }
        return stations;
    }

    List<Market> markets(int count) {
        List<Integer> chosen = spread(candidates(NEIGHBOURHOOD), count, 0, 1);
        List<Market> markets = new ArrayList<>();
        for (int i = 0; i < chosen.size(); i++) {
            int street = chosen.get(i);
            markets.add(new Market(label(street, "农贸市场", i + 1), map.besideInMetres(street, 0.5, side() * 20)));
        }
        return markets;
    }

    private double side() {
        return random.nextBoolean() ? 1 : -1;
    }

    private String label(int street, String kind, int number) {
        String name = PlaceNames.onStreet(map.streets().get(street).name(), kind);
        return names.unique(name == null ? kind + " " + number : name);
    }

    private List<Integer> candidates(Set<RoadClass> preferred) {
        List<Integer> candidates = map.streetsOf(preferred);
        return candidates.isEmpty() ? map.streetsOf(EnumSet.allOf(RoadClass.class)) : candidates;
    }

    private Coordinate middle(int street) {
        return map.besideInMetres(street, 0.5, 0);
    }

    private int nearest(List<Integer> candidates, double x, double y) {
        int best = candidates.get(0);
        double bestDistance = Double.MAX_VALUE;
        for (int candidate : candidates) {
            Coordinate middle = middle(candidate);
            double distance = Math.hypot(middle.x - x, middle.y - y);
            if (distance < bestDistance) {
                bestDistance = distance;
                best = candidate;
            }
        }
        return best;
    }

    /**
     * {@code count} streets far apart (farthest-first), taken from those whose distance from the centre of the
     * district is between {@code nearShare} and {@code farShare} of the largest such distance.
     */
    private List<Integer> spread(List<Integer> candidates, int count, double nearShare, double farShare) {
        LocalRectangle extent = map.extent();
        double centreX = (extent.west() + extent.east()) / 2;
        double centreY = (extent.south() + extent.north()) / 2;
        double farthest = 0;
        for (int candidate : candidates) {
            Coordinate middle = middle(candidate);
            farthest = Math.max(farthest, Math.hypot(middle.x - centreX, middle.y - centreY));
        }
        List<Integer> ring = new ArrayList<>();
        for (int candidate : candidates) {
            Coordinate middle = middle(candidate);
            double distance = Math.hypot(middle.x - centreX, middle.y - centreY);
            if (distance >= nearShare * farthest - 1e-6 && distance <= farShare * farthest + 1e-6) {
                ring.add(candidate);
            }
        }
        List<Integer> pool = ring.size() >= count ? ring : candidates;
        Coordinate[] middles = new Coordinate[pool.size()];
        for (int i = 0; i < pool.size(); i++) {
            middles[i] = middle(pool.get(i));
        }
        // distance from each candidate to the nearest street chosen so far
        double[] nearestChosen = new double[pool.size()];
        Arrays.fill(nearestChosen, Double.MAX_VALUE);
        List<Integer> chosen = new ArrayList<>();
        int next = random.nextInt(pool.size());
        while (chosen.size() < Math.min(count, pool.size())) {
            chosen.add(pool.get(next));
            Coordinate picked = middles[next];
            int loneliest = -1;
            for (int i = 0; i < pool.size(); i++) {
                nearestChosen[i] = Math.min(nearestChosen[i], middles[i].distance(picked));
                if (loneliest < 0 || nearestChosen[i] > nearestChosen[loneliest]) {
                    loneliest = i;
                }
            }
            next = loneliest;
        }
        return chosen;
    }
}
