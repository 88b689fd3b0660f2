package city.sanitation.fleet;

import java.time.Duration;
import java.time.LocalDateTime;

/** A break of {@code duration} that must start no earlier than {@code earliestStart} and end by {@code latestEnd}. */
public record BreakRule(LocalDateTime earliestStart, LocalDateTime latestEnd, Duration duration) {}
