package city.sanitation.app.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import city.sanitation.planning.realtime.TaskStarted;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

/** What nodes store and send each other about a solve reads back as it was written. */
class SolveMessagesTest {

    private final PlanDocuments documents = new PlanDocuments();

    @Test
    void aStoredChangeReadsBackAsItWasWritten() {
        SolveChange breakdown = SolveChange.breakdown("veh-washer-01", LocalDateTime.of(2026, 12, 6, 9, 30));
        SolveChange started = SolveChange.taskStarted("wash-seg-000011-f-p1-r");

        assertThat(documents.read(documents.write(breakdown), SolveChange.class))
                .isEqualTo(breakdown);
        assertThat(documents.read(documents.write(started), SolveChange.class)).isEqualTo(started);
    }

    @Test
    void aTaskStartedBecomesTheSolversChangeForThatTask() {
        assertThat(SolveChange.taskStarted("bs-7").toProblemChange(null)).isEqualTo(new TaskStarted("bs-7"));
    }

    @Test
    void anUnknownChangeIsRefusedWithItsKindNamed() {
        SolveChange unknown = new SolveChange("TELEPORT", null, null, null);

        assertThatThrownBy(() -> unknown.toProblemChange(null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("(TELEPORT)")
                .hasMessageContaining("Maybe");
    }

    @Test
    void anEventReadsBackAsItWasSent() {
        SolveEvent best = new SolveEvent(SolveEvent.BEST, 4, 17, "0hard/-12medium/-3400soft", null);
        SolveEvent failed = new SolveEvent(SolveEvent.FAILED, 4, 17, null, "The problem could not be built: …");

        assertThat(documents.read(documents.write(best), SolveEvent.class)).isEqualTo(best);
        assertThat(documents.read(documents.write(failed), SolveEvent.class)).isEqualTo(failed);
    }
}
