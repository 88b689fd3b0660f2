package city.sanitation.district;

import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.ToDoubleFunction;

/** Picks streets at random in proportion to their length times a weight. */
final class WeightedStreets {

    private final int[] streets;
    private final double[] cumulative;

    WeightedStreets(StreetMap map, List<Integer> streets, ToDoubleFunction<Integer> weight) {
        this.streets = streets.stream().mapToInt(Integer::intValue).toArray();
        this.cumulative = new double[this.streets.length];
        double total = 0;
        for (int i = 0; i < this.streets.length; i++) {
            int street = this.streets[i];
            total += map.streets().get(street).lengthMetres() * weight.applyAsDouble(street);
            cumulative[i] = total;
        }
        if (this.streets.length == 0 || !(total > 0)) {
            throw new IllegalArgumentException("There are no streets to place things on.");
        }
    }

    int pick(Random random) {
        double target = random.nextDouble() * cumulative[cumulative.length - 1];
        int found = Arrays.binarySearch(cumulative, target);
        int index = found >= 0 ? found : -found - 1;
        return streets[Math.min(index, streets.length - 1)];
    }
}
