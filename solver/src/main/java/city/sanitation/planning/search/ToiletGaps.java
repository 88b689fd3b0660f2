package city.sanitation.planning.search;

import city.sanitation.planning.domain.Task;
import city.sanitation.planning.domain.TaskKind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How far the rounds of each toilet fall short of its minimum gap, over all routes as the trials have them now: a
 * hard rule across routes, which a search that prices one route at a time must check on the whole plan.
 */
final class ToiletGaps {

    private ToiletGaps() {}

    /** Seconds by which pairs of rounds of the same toilet fall short of its minimum gap, added up. */
    static long shortfallSeconds(List<RouteTrials> routes) {
        Map<String, List<long[]>> rounds = new HashMap<>();
        for (RouteTrials route : routes) {
            List<Task> tasks = route.tasks();
            for (int i = 0; i < tasks.size(); i++) {
                Task task = tasks.get(i);
                if (task.getKind() == TaskKind.TOILET_ROUND) {
                    rounds.computeIfAbsent(task.getProblem().groupId(), toilet -> new ArrayList<>())
                            .add(new long[] {route.startAt(i), task.getProblem().minGapSeconds()});
                }
            }
        }
        long shortfall = 0;
        for (List<long[]> visits : rounds.values()) {
            for (int i = 0; i < visits.size(); i++) {
                for (int j = i + 1; j < visits.size(); j++) {
                    long gap = Math.abs(visits.get(i)[0] - visits.get(j)[0]);
                    shortfall += Math.max(0, visits.get(i)[1] - gap);
                }
            }
        }
        return shortfall;
    }
}
