package city.sanitation.planning.domain;

/**
 * When a route cleans a round of a toilet: what the gap rules between rounds of one toilet look at. Only plain
 * values, because the rules hash and compare visits on every move.
 *
 * @param round which of the toilet's rounds of the day, 1 the first; 0 when not numbered
 * @param opens start of the toilet's opening hours on the clock
 * @param closes end of the toilet's opening hours on the clock
 */
public record ToiletVisit(
        String toiletId,
        String taskId,
        int round,
        long start,
        long minGapSeconds,
        long maxGapSeconds,
        long opens,
        long closes,
        String label) {

    /** The visit of a toilet round that starts at {@code start}, with the toilet's opening hours of the day. */
    public static ToiletVisit of(Task task, long start) {
        TaskProblem problem = task.getProblem();
        var opening = problem.allowedWindows();
        long opens = opening.isEmpty() ? start : opening.get(0).start();
        long closes =
                opening.isEmpty() ? start : opening.get(opening.size() - 1).end();
        return new ToiletVisit(
                problem.groupId(),
                task.getId(),
                task.getRound(),
                start,
                problem.minGapSeconds(),
                problem.maxGapSeconds(),
                opens,
                closes,
                problem.label());
    }
}
