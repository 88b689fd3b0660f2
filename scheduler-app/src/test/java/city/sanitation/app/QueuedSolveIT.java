package city.sanitation.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A solve asked for while every solver slot is busy waits in the queue, and the board can tell: the plan's live
 * figures say it is queued and how many solves wait before it, and once a node takes it, when, which is where its
 * time limit counts from (one slot, the app's default).
 */
class QueuedSolveIT {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

    @Test
    void aSolveWaitingForAFreeSlotSaysSoAndHowManyWaitBeforeIt() throws Exception {
        try (AppInstance app = AppInstance.start(
                "spring.datasource.url=" + TestDatabase.freshDatabaseUrl("queuedsolve"),
                "sanitation.solver.slots=1",
                "sanitation.solver.time-limit=120s")) {
            assertThat(app.post("/api/districts/pingcheng/datasets", SampleData.smallDistrict(TODAY))
                            .status()
                            .value())
                    .isEqualTo(201);
            long first = app.createPlan("pingcheng", TODAY);
            long second = app.createPlan("pingcheng", TODAY.plusDays(1));
            long third = app.createPlan("pingcheng", TODAY.plusDays(2));

            solve(app, first);
            JsonNode running = await("the first solve taken by the node")
                    .atMost(Duration.ofSeconds(60))
                    .until(
                            () -> live(app, first),
                            figures -> figures != null && !figures.get("queued").asBoolean());
            assertThat(running.get("takenAt").isNull()).isFalse();

            solve(app, second);
            solve(app, third);
            JsonNode secondWaits = live(app, second);
            assertThat(secondWaits.get("queued").asBoolean())
                    .as(secondWaits.toString())
                    .isTrue();
            assertThat(secondWaits.get("queuedAhead").asInt()).isZero();
            assertThat(secondWaits.get("takenAt").isNull()).isTrue();
            JsonNode thirdWaits = live(app, third);
            assertThat(thirdWaits.get("queued").asBoolean()).isTrue();
            assertThat(thirdWaits.get("queuedAhead").asInt()).isEqualTo(1);
            assertThat(app.get("/api/plans/" + second).json().get("solving").asBoolean())
                    .as("a queued solve is the plan's solve: it can be followed and stopped")
                    .isTrue();

            assertThat(app.post("/api/plans/" + first + "/stop", Map.of())
                            .status()
                            .is2xxSuccessful())
                    .isTrue();
            JsonNode taken = await("the second solve taken once the slot is free")
                    .atMost(Duration.ofSeconds(60))
                    .until(
                            () -> live(app, second),
                            figures -> figures != null && !figures.get("queued").asBoolean());
            assertThat(taken.get("takenAt").isNull()).isFalse();
            assertThat(live(app, third).get("queuedAhead").asInt())
                    .as("the third is next")
                    .isZero();

            for (long plan : new long[] {second, third}) {
                app.post("/api/plans/" + plan + "/stop", Map.of());
                await("plan " + plan + " stopped")
                        .atMost(Duration.ofSeconds(60))
                        .until(() -> !app.get("/api/plans/" + plan)
                                .json()
                                .get("solving")
                                .asBoolean());
            }
        }
    }

    private static void solve(AppInstance app, long planId) {
        var started = app.post("/api/plans/" + planId + "/solve", Map.of());
        assertThat(started.status().value()).as(started.body()).isEqualTo(202);
    }

    /** The plan's live figures; null when no solve runs (204). */
    private static JsonNode live(AppInstance app, long planId) {
        var answer = app.get("/api/plans/" + planId + "/live");
        return answer.status().value() == 200 ? answer.json() : null;
    }
}
