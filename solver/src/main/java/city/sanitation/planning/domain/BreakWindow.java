package city.sanitation.planning.domain;

/** A break of {@code durationSeconds} to be started no earlier than {@code earliestStart} and ended by {@code latestEnd}. */
public record BreakWindow(long earliestStart, long latestEnd, long durationSeconds) {}
