package city.sanitation.app.planning;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * How much of the heap the solves of this instance may take (prefix {@code sanitation.solver.memory}; Sizing in
 * scheduler-app/README.md).
 *
 * @param headroom the heap kept for everything but solves: requests, the caches of stored data, Spring and Quartz
 * @param perSolve the least a solve reserves whatever its estimate says, for districts whose solves were measured to
 *     need more; 0 reserves the estimate
 */
@ConfigurationProperties("sanitation.solver.memory")
record SolveMemoryProperties(
        @DefaultValue("256MB") DataSize headroom,
        @DefaultValue("0B") DataSize perSolve) {}
