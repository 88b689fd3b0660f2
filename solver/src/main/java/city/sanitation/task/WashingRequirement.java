package city.sanitation.task;

import city.sanitation.fleet.Capability;
import java.time.LocalDate;

/**
 * A street that must be washed (or swept, or sprinkled): {@code passes} passes along {@code segmentId} in the given
 * direction(s), due by {@code frequency} since {@code lastDone}.
 *
 * @param lastDone the last day it was done; null when never
 */
public record WashingRequirement(
        String id,
        String segmentId,
        PassDirection direction,
        int passes,
        WashFrequency frequency,
        Capability capability,
        LocalDate lastDone) {}
