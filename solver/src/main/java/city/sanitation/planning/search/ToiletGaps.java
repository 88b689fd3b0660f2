package city.sanitation.planning.search;

import city.sanitation.planning.domain.Task;
import city.sanitation.planning.domain.TaskKind;
import city.sanitation.planning.domain.ToiletVisit;
import city.sanitation.planning.score.SanitationConstraintProvider;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The gap rules between rounds of one toilet over all routes as the trials have them now: rules across routes, which
 * a search that prices one route at a time must check on the whole plan.
 */
final class ToiletGaps {

    private ToiletGaps() {}

    /**
     * Seconds by which pairs of rounds of the same toilet fall short of its minimum gap, added up. A round numbered
     * after another falls short by the minimum gap plus how much earlier it starts, so that a plan with rounds out of
     * order never counts as better than one with them in order.
     */
    static long shortfallSeconds(List<RouteTrials> routes) {
        long shortfall = 0;
        for (List<ToiletVisit> visits : visitsByToilet(routes).values()) {
            for (int i = 0; i < visits.size(); i++) {
                for (int j = i + 1; j < visits.size(); j++) {
                    shortfall += shortfall(visits.get(i), visits.get(j));
                }
            }
        }
        return shortfall;
    }

    private static long shortfall(ToiletVisit one, ToiletVisit other) {
        long gap = one.round() > 0 && other.round() > 0 && one.round() != other.round()
                ? (other.start() - one.start()) * Long.signum(other.round() - one.round())
                : Math.abs(other.start() - one.start());
        return Math.max(0, one.minGapSeconds() - gap);
    }

    /** What the maximum gap rule charges for the toilets' rounds, in the score's soft points (fen). */
    static long maximumGapPoints(List<RouteTrials> routes) {
        long points = 0;
        for (List<ToiletVisit> visits : visitsByToilet(routes).values()) {
            points += SanitationConstraintProvider.maximumGapPoints(visits);
        }
        return points;
    }

    private static Map<String, List<ToiletVisit>> visitsByToilet(List<RouteTrials> routes) {
        Map<String, List<ToiletVisit>> visits = new HashMap<>();
        for (RouteTrials route : routes) {
            List<Task> tasks = route.tasks();
            for (int i = 0; i < tasks.size(); i++) {
                Task task = tasks.get(i);
                if (task.getKind() == TaskKind.TOILET_ROUND) {
                    visits.computeIfAbsent(task.getProblem().groupId(), toilet -> new ArrayList<>())
                            .add(ToiletVisit.of(task, route.startAt(i)));
                }
            }
        }
        return visits;
    }
}
