package city.sanitation.task;

import city.sanitation.road.RoadClass;
import java.util.List;

/**
 * When streets of a class may be washed: inside one of {@code allowed} (every time when empty) and never inside
 * one of {@code forbidden} (e.g. rush hours).
 */
public record WashingWindowRule(RoadClass roadClass, List<DailyWindow> allowed, List<DailyWindow> forbidden) {

    public WashingWindowRule {
        allowed = List.copyOf(allowed);
        forbidden = List.copyOf(forbidden);
    }
}
