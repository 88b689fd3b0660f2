package city.sanitation.planning.report;

import city.sanitation.planning.domain.Detour;
import city.sanitation.planning.domain.Route;
import city.sanitation.planning.domain.SanitationPlan;
import city.sanitation.planning.domain.SnowWork;
import city.sanitation.planning.domain.Stop;
import city.sanitation.planning.domain.Task;
import city.sanitation.road.RoadClass;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How fast a plan clears the snow (雪停路净): by road class, when its last ploughing or de-icing pass is finished,
 * counted from when the snow stopped, and how many passes are finished by their deadline.
 *
 * @param snowEnd when the snow stopped
 * @param byClass the classes that have snow work, main first
 * @param saltReloads how many times spreaders reload at salt depots
 * @param saltKg salt spread by the passes done
 */
public record SnowClearance(LocalDateTime snowEnd, List<ClassClearance> byClass, int saltReloads, double saltKg) {

    /**
     * @param passes ploughing and de-icing passes of the class
     * @param done passes some route does
     * @param withinDeadline passes done by their deadline
     * @param clearedAfter from the snow's end until the class's last pass is finished; empty while some pass is undone
     *     (the class is not clear)
     */
    public record ClassClearance(
            RoadClass roadClass, int passes, int done, int withinDeadline, Optional<Duration> clearedAfter) {

        public boolean allDone() {
            return done == passes;
        }
    }

    /** The plan's snow clearing, or empty when it has no snow work. */
    public static Optional<SnowClearance> of(SanitationPlan plan) {
        Map<RoadClass, int[]> counts = new EnumMap<>(RoadClass.class);
        Map<RoadClass, Long> lastEnd = new EnumMap<>(RoadClass.class);
        long snowEnd = Long.MIN_VALUE;
        for (Task task : plan.getTasks()) {
            SnowWork snow = task.getProblem().snow();
            if (snow == null) {
                continue;
            }
            snowEnd = snow.snowEnd();
            int[] count = counts.computeIfAbsent(snow.roadClass(), roadClass -> new int[3]);
            count[0]++;
            Stop stop = task.getStop();
            if (stop != null) {
                count[1]++;
                count[2] += snow.lateSeconds(stop.end()) == 0 ? 1 : 0;
                lastEnd.merge(snow.roadClass(), stop.end(), Math::max);
            }
        }
        if (counts.isEmpty()) {
            return Optional.empty();
        }
        List<ClassClearance> byClass = new ArrayList<>();
        for (Map.Entry<RoadClass, int[]> entry : counts.entrySet()) {
            int[] count = entry.getValue();
            Long last = lastEnd.get(entry.getKey());
            Optional<Duration> after = count[1] == count[0] && last != null
                    ? Optional.of(Duration.ofSeconds(Math.max(0, last - snowEnd)))
                    : Optional.empty();
            byClass.add(new ClassClearance(entry.getKey(), count[0], count[1], count[2], after));
        }
        int reloads = 0;
        double salt = 0;
        for (Route route : plan.getRoutes()) {
            List<Task> tasks = route.getTasks();
            List<Stop> stops = route.getSchedule().stops();
            for (int i = 0; i < stops.size(); i++) {
                Detour detour = stops.get(i).detour();
                reloads += detour != null && detour.kind() == Detour.DetourKind.RELOAD_SALT ? 1 : 0;
                salt += tasks.get(i).getProblem().saltKg();
            }
        }
        return Optional.of(new SnowClearance(plan.clockToTime(snowEnd), byClass, reloads, salt));
    }

    /** The class's clearing, if it has snow work. */
    public Optional<ClassClearance> of(RoadClass roadClass) {
        return byClass.stream()
                .filter(clearance -> clearance.roadClass() == roadClass)
                .findFirst();
    }
}
