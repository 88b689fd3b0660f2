package city.sanitation.district;

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
import java.util.List;
import java.util.Random;

/** A washing, sweeping or sprinkling requirement for every street, with last-done dates that make the right share due. */
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
     * One requirement per street block. The last-done date is drawn so that a street due every k days is due on
     * {@code day} with probability 1/k, as on a steady rota.
     */
    static List<WashingRequirement> plan(StreetMap map, WashingPolicy policy, LocalDate day, Random random) {
        List<WashingRequirement> requirements = new ArrayList<>(map.streets().size());
        for (RoadSegment street : map.streets()) {
            Schedule schedule = policy.scheduleOf(street);
            int interval = schedule.frequency().intervalDays();
            LocalDate lastDone = day.minusDays(1 + random.nextInt(interval));
            requirements.add(new WashingRequirement(
                    prefix(schedule.capability()) + street.id(),
                    street.id(),
                    direction(map, street),
                    1,
                    schedule.frequency(),
                    schedule.capability(),
                    lastDone));
        }
        return requirements;
    }

    private static PassDirection direction(StreetMap map, RoadSegment street) {
        if (street.oneWay() || map.network().reverseOf(street).isEmpty()) {
            return PassDirection.FORWARD;
        }
        return WashingPolicy.isWide(street) ? PassDirection.BOTH_SIDES : PassDirection.EITHER;
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
