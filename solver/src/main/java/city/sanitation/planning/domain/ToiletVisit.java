package city.sanitation.planning.domain;

/** When a route cleans a round of a toilet: what the gap rules between rounds of one toilet look at. */
public record ToiletVisit(String toiletId, String taskId, long start, TaskProblem problem) {}
