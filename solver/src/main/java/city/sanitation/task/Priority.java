package city.sanitation.task;

import java.time.Duration;

/** How urgent a report is, with its default service level (SLA) from report to clean-up. */
public enum Priority {
    URGENT(Duration.ofHours(4), 8),
    HIGH(Duration.ofHours(12), 4),
    NORMAL(Duration.ofHours(24), 2),
    LOW(Duration.ofHours(48), 1);

    private final Duration defaultSla;
    private final int weight;

    Priority(Duration defaultSla, int weight) {
        this.defaultSla = defaultSla;
        this.weight = weight;
    }

    public Duration defaultSla() {
        return defaultSla;
    }

    /** Relative importance when not everything fits: an urgent report outweighs eight low ones. */
    public int weight() {
        return weight;
    }
}
