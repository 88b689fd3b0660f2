package city.sanitation.planning.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import city.sanitation.planning.PlanFixtures;
import city.sanitation.planning.domain.Task;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class EliteRunsTest {

    private static List<List<Task>> plan(String id) {
        return List.of(List.of(PlanFixtures.timedPickup(id, 1, 1, 0, 100)));
    }

    @Test
    void runsThenChildrenCoolOverTheirOwnSlices() {
        var elite = new EliteRuns(2, 0.25, 0.1, 0.1);

        assertThat(elite.startShare()).isEqualTo(1);
        assertThat(elite.cooled(0.125)).isCloseTo(0.5, within());
        assertThat(elite.sliceEnded(0.24)).isFalse();
        assertThat(elite.sliceEnded(0.25)).isTrue();
        assertThat(elite.next(plan("a"), 10))
                .as("the second run starts from the first plan")
                .isTrue();
        assertThat(elite.cooled(0.375)).isCloseTo(0.5, within());
        assertThat(elite.next(plan("b"), 12)).as("then a child").isFalse();
        assertThat(elite.startShare()).isEqualTo(0.1);
        assertThat(elite.cooled(0.55)).isCloseTo(0.5, within());
        assertThat(elite.sliceEnded(0.6)).isTrue();
    }

    @Test
    void theLastChildRunsToTheEndOfTheBudget() {
        var elite = new EliteRuns(2, 0.25, 0.2, 0.1);
        elite.next(plan("a"), 10);
        elite.next(plan("b"), 11);
        elite.next(
                plan("c"), 9); // the first child from 0.5 to 0.7; the second from 0.7 to 1, as 0.9 to 1.1 would not fit

        assertThat(elite.cooled(0.85)).isCloseTo(0.5, within());
        assertThat(elite.sliceEnded(0.99)).isFalse();
        assertThat(elite.sliceEnded(1)).isFalse();
    }

    @Test
    void aChildBetterThanTheWorstEliteReplacesItAndTheParentsIncludeTheBest() {
        var elite = new EliteRuns(2, 0.25, 0.1, 0.1);
        List<List<Task>> a = plan("a");
        List<List<Task>> b = plan("b");
        List<List<Task>> c = plan("c");
        elite.next(a, 10);
        elite.next(b, 12);
        elite.next(c, 11);

        assertThat(elite.size()).isEqualTo(2);
        Random random = new Random(3);
        for (int draw = 0; draw < 10; draw++) {
            EliteRuns.Elite[] parents = elite.parents(random);
            assertThat(List.of(parents[0].tasks(), parents[1].tasks())).containsExactlyInAnyOrder(a, c);
        }
    }

    @Test
    void countsTheChildrenThatEndBetterThanBothParents() {
        var elite = new EliteRuns(2, 0.25, 0.1, 0.1);
        elite.next(plan("a"), 10);
        elite.next(plan("b"), 12);
        elite.parents(new Random(1));
        elite.next(plan("c"), 9); // better than both
        elite.parents(new Random(1));

        assertThat(elite.children()).isEqualTo(2);
        assertThat(elite.betterChildren(9.5))
                .as("the second child, at 9.5, is not")
                .isEqualTo(1);
        assertThat(elite.betterChildren(8)).isEqualTo(2);
    }

    @Test
    void aPlanAlreadyInTheEliteOrWorseThanAllIsNotKept() {
        var elite = new EliteRuns(2, 0.25, 0.1, 0.1);
        List<List<Task>> a = plan("a");
        elite.next(a, 10);
        elite.next(a, 10);

        assertThat(elite.size()).isEqualTo(1);
        assertThat(elite.parents(new Random(1))).as("one plan has no child").isNull();

        List<List<Task>> b = plan("b");
        elite.next(b, 12);
        elite.next(plan("c"), 13);
        EliteRuns.Elite[] parents = elite.parents(new Random(1));
        assertThat(List.of(parents[0].tasks(), parents[1].tasks())).containsExactlyInAnyOrder(a, b);
    }

    @Test
    void sharesThatLeaveNoRoomForAChildAreRefusedByName() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new EliteRuns(1, 0.25, 0.1, 0.1))
                .withMessageContaining("eliteRuns (1)");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new EliteRuns(3, 0.3, 0.2, 0.1))
                .withMessageContaining("eliteRunShare (0.3)");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new EliteRuns(2, 0.25, 0.1, 0))
                .withMessageContaining("eliteChildTemperature (0.0)");
    }

    private static org.assertj.core.data.Offset<Double> within() {
        return org.assertj.core.data.Offset.offset(1e-9);
    }
}
