package city.sanitation.district;

import city.sanitation.fleet.Capability;
import city.sanitation.road.RoadSegment;
import city.sanitation.task.WashFrequency;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Which streets get washed, swept or sprinkled, how often, and by which part of the district at a time, as a
 * department schedules them: main roads washed nightly, secondary roads washed and branch roads swept every other
 * day by half of the district (the same half on the same day, so that a day's streets make one network), alleys swept
 * weekly by grid (every other day by half in the historic centre), demonstration streets (精品示范街) washed daily, and dusty ring roads sprinkled every other
 * day by half. A whole named street is due on the same day, so that a night's work is contiguous.
 *
 * @param demonstrationStreets names of the demonstration streets
 * @param sprinkled streets sprinkled for dust instead of washed
 * @param historicCentre streets of the historic centre, whose alleys are kept cleaner
 */
record WashingPolicy(
        Set<String> demonstrationStreets, Predicate<RoadSegment> sprinkled, Predicate<RoadSegment> historicCentre) {

    /** How a rota divides the district: the streets of one part are all due on the same day. */
    enum RotaPart {
        /** Every street on every round (daily work). */
        DISTRICT,
        /** West and east halves, by street length. */
        HALF,
        /** Runs of neighbouring grids, as many as the interval has days. */
        GRID
    }

    record Schedule(Capability capability, WashFrequency frequency, RotaPart part) {}

    static WashingPolicy plain() {
        return new WashingPolicy(Set.of(), segment -> false, segment -> false);
    }

    Schedule scheduleOf(RoadSegment street) {
        if (demonstrationStreets.contains(street.name())) {
            return new Schedule(Capability.WASHING, WashFrequency.DAILY, RotaPart.DISTRICT);
        }
        if (sprinkled.test(street)) {
            return new Schedule(Capability.SPRINKLING, WashFrequency.EVERY_OTHER_DAY, RotaPart.HALF);
        }
        return switch (street.roadClass()) {
            case MAIN -> new Schedule(Capability.WASHING, WashFrequency.DAILY, RotaPart.DISTRICT);
            case SECONDARY -> new Schedule(Capability.WASHING, WashFrequency.EVERY_OTHER_DAY, RotaPart.HALF);
            case BRANCH -> new Schedule(Capability.SWEEPING, WashFrequency.EVERY_OTHER_DAY, RotaPart.HALF);
            case ALLEY ->
                historicCentre.test(street)
                        ? new Schedule(Capability.SWEEPING, WashFrequency.EVERY_OTHER_DAY, RotaPart.HALF)
                        : new Schedule(Capability.SWEEPING, WashFrequency.WEEKLY, RotaPart.GRID);
        };
    }
}
