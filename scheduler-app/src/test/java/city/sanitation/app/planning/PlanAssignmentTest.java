package city.sanitation.app.planning;

import static org.assertj.core.api.Assertions.assertThat;

import city.sanitation.app.planning.PlanAssignment.RouteAssignment;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PlanAssignmentTest {

    private static final long IN_SERVICE = Long.MAX_VALUE;

    @Test
    void aReportedTaskIsPinnedWithEverythingBeforeItInTheRouteThatHasIt() {
        PlanAssignment assignment = new PlanAssignment(Map.of(
                "truck-a", new RouteAssignment(List.of("t1", "t2", "t3"), 0, IN_SERVICE),
                "truck-b", new RouteAssignment(List.of("t4", "t5", "t6"), 1, IN_SERVICE)));

        // truck-a's crew finished t5 on the version published before; this one gives t5 to truck-b.
        PlanAssignment pinned = assignment.withReported(Map.of("truck-a", Set.of("t2", "t5")));

        assertThat(pinned.routes().get("truck-a").pinnedCount()).isEqualTo(2);
        assertThat(pinned.routes().get("truck-b").pinnedCount()).isEqualTo(2);
    }

    @Test
    void pinsAlreadyFurtherThanTheReportedWorkStay() {
        PlanAssignment assignment =
                new PlanAssignment(Map.of("truck-a", new RouteAssignment(List.of("t1", "t2", "t3"), 3, IN_SERVICE)));

        assertThat(assignment
                        .withReported(Map.of("truck-a", Set.of("t1")))
                        .routes()
                        .get("truck-a")
                        .pinnedCount())
                .isEqualTo(3);
        assertThat(assignment
                        .withReported(Map.of("truck-z", Set.of("t9")))
                        .routes()
                        .get("truck-a")
                        .pinnedCount())
                .isEqualTo(3);
    }
}
