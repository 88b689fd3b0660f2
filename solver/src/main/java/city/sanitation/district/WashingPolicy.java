package city.sanitation.district;

import city.sanitation.fleet.Capability;
import city.sanitation.road.RoadSegment;
import city.sanitation.task.WashFrequency;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Which streets get washed, swept or sprinkled, and how often, by road grade: main roads every other day,
 * secondary roads every third day, branch roads swept every third day, alleys swept as needed (weekly; every other
 * day in the historic centre), demonstration streets (精品示范街) washed daily, and dusty ring roads sprinkled.
 *
 * @param demonstrationStreets names of the demonstration streets
 * @param sprinkled streets sprinkled for dust instead of washed
 * @param historicCentre streets of the historic centre, whose alleys are kept cleaner
 */
record WashingPolicy(
        Set<String> demonstrationStreets, Predicate<RoadSegment> sprinkled, Predicate<RoadSegment> historicCentre) {

    /** Above this carriageway width a street is washed one side at a time. */
    static final double ONE_SIDE_AT_A_TIME_WIDTH_METRES = 18;

    record Schedule(Capability capability, WashFrequency frequency) {}

    static WashingPolicy plain() {
        return new WashingPolicy(Set.of(), segment -> false, segment -> false);
    }

    Schedule scheduleOf(RoadSegment street) {
        if (demonstrationStreets.contains(street.name())) {
            return new Schedule(Capability.WASHING, WashFrequency.DAILY);
        }
        if (sprinkled.test(street)) {
            return new Schedule(Capability.SPRINKLING, WashFrequency.EVERY_OTHER_DAY);
        }
        return switch (street.roadClass()) {
            case MAIN -> new Schedule(Capability.WASHING, WashFrequency.EVERY_OTHER_DAY);
            case SECONDARY -> new Schedule(Capability.WASHING, WashFrequency.EVERY_THIRD_DAY);
            case BRANCH -> new Schedule(Capability.SWEEPING, WashFrequency.EVERY_THIRD_DAY);
            case ALLEY ->
                new Schedule(
                        Capability.SWEEPING,
                        historicCentre.test(street) ? WashFrequency.EVERY_OTHER_DAY : WashFrequency.WEEKLY);
        };
    }

    /** Wide streets; when the width is unknown, four lanes or more count as wide. */
    static boolean isWide(RoadSegment street) {
        return street.widthMetres() > 0 ? street.widthMetres() > ONE_SIDE_AT_A_TIME_WIDTH_METRES : street.lanes() >= 4;
    }
}
