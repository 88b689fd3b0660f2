package city.sanitation.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import com.fasterxml.jackson.databind.JsonNode;
import com.zaxxer.hikari.HikariDataSource;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.quartz.Scheduler;

/**
 * Solves are jobs of the clustered Quartz store: any node serves any request. Two app instances on one database, as
 * two nodes of a city's cluster: a dispatcher on one node follows and stops a solve another node runs; a node that
 * dies while solving has its solve taken over by the other, which continues from the stored checkpoint; and a node
 * with one solver slot runs two solves one after the other.
 */
class SolvesAcrossNodesIT {

    private static final String PINGCHENG = "/api/districts/pingcheng";
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));
    private static final Duration LONG = Duration.ofSeconds(120);

    @Test
    void aSolveRunningOnOneNodeIsFollowedAndStoppedFromAnother() throws Exception {
        String url = TestDatabase.freshDatabaseUrl("followed_elsewhere");
        try (AppInstance a = node(url, "node-a", true);
                AppInstance b = node(url, "node-b", false)) {
            a.importSmallDistrict(PINGCHENG, TODAY);
            long planId = b.createPlan("pingcheng", TODAY);

            // Asked on B, whose Quartz takes no solves: A takes it from the shared queue.
            assertThat(b.post("/api/plans/" + planId + "/solve", "").status().value())
                    .isEqualTo(202);
            JsonNode run = await().atMost(LONG)
                    .until(
                            () -> lastRun(b, planId),
                            found -> "node-a".equals(found.path("instanceName").asText()));
            assertThat(run.get("outcome").asText()).isEqualTo("RUNNING");

            try (EventStream followed = EventStream.of(b, planId)) {
                await().atMost(LONG).until(() -> distinctScores(followed).size() >= 2);
                List<HardMediumSoftLongScore> scores = distinctScores(followed);
                for (int i = 1; i < scores.size(); i++) {
                    assertThat(scores.get(i)).as("scores as B hears them").isGreaterThan(scores.get(i - 1));
                }
                assertThat(followed.named("best"))
                        .allSatisfy(
                                event -> assertThat(event.data().get("runId").asLong())
                                        .isEqualTo(run.get("id").asLong()));
                JsonNode plan = b.get("/api/plans/" + planId).json();
                assertThat(plan.get("solving").asBoolean()).isTrue();
                assertThat(plan.get("liveScore").isNull()).isFalse();

                assertThat(b.post("/api/plans/" + planId + "/stop", "").status().value())
                        .isEqualTo(202);
                await().atMost(LONG).until(followed::ended);
                assertThat(followed.named("finished")).hasSize(1);
            }
            JsonNode stopped = lastRun(b, planId);
            assertThat(stopped.get("outcome").asText()).isEqualTo("STOPPED");
            assertThat(stopped.get("instanceName").asText()).isEqualTo("node-a");
            assertThat(stopped.get("stopRequestedAt").isNull()).isFalse();
            JsonNode versions = b.get("/api/plans/" + planId).json().get("versions");
            assertThat(versions).hasSize(1);
            assertThat(versions.get(0).get("solverRunId").asLong())
                    .isEqualTo(stopped.get("id").asLong());
        }
    }

    @Test
    void aSolveWhoseNodeDiesIsTakenOverAndResumedFromItsCheckpoint() throws Exception {
        String url = TestDatabase.freshDatabaseUrl("taken_over");
        try (AppInstance a =
                        node(url, "node-a", true, "spring.quartz.properties.org.quartz.jobStore.dbRetryInterval=500");
                AppInstance b = node(url, "node-b", false)) {
            a.importSmallDistrict(PINGCHENG, TODAY);
            long planId = a.createPlan("pingcheng", TODAY);
            assertThat(a.post("/api/plans/" + planId + "/solve", "").status().value())
                    .isEqualTo(202);
            JsonNode lost = await().atMost(LONG)
                    .until(
                            () -> lastRun(b, planId),
                            run -> "node-a".equals(run.path("instanceName").asText())
                                    && !run.path("bestScore").isNull());
            // B's Quartz starts taking jobs only now, so that A is the one solving.
            b.context.getBean(Scheduler.class).start();

            // A crash: A loses the database for good and its Quartz stops checking in, as a killed process: it writes
            // nothing more. (Quartz instances of one JVM share their connection provider, registered under the
            // cluster's scheduler name, so A's Quartz is stopped on its own, without waiting for its jobs.)
            a.context.getBean(DataSource.class).unwrap(HikariDataSource.class).close();
            a.context.getBean(Scheduler.class).shutdown(false);
            String checkpoint = checkpointScore(b, lost.get("id").asLong());

            JsonNode resumed = await().atMost(LONG)
                    .until(
                            () -> lastRun(b, planId),
                            run -> run.get("id").asLong() != lost.get("id").asLong()
                                    && "node-b".equals(run.path("instanceName").asText())
                                    && !run.path("startScore").isNull());
            JsonNode interrupted = run(b, planId, lost.get("id").asLong());
            assertThat(interrupted.get("outcome").asText()).isEqualTo("INTERRUPTED");
            assertThat(resumed.get("resumedFromRun").asLong())
                    .isEqualTo(lost.get("id").asLong());
            assertThat(resumed.get("resumedFromScore").asText()).isEqualTo(checkpoint);
            assertThat(score(resumed.get("startScore").asText()))
                    .as("the resumed run starts from the checkpoint, not from scratch")
                    .isGreaterThanOrEqualTo(score(checkpoint));

            try (EventStream followed = EventStream.of(b, planId)) {
                await().atMost(LONG).until(() -> !followed.named("best").isEmpty());
                JsonNode first = followed.named("best").get(0).data();
                assertThat(first.get("runId").asLong())
                        .isEqualTo(resumed.get("id").asLong());
                assertThat(score(first.get("score").asText())).isGreaterThanOrEqualTo(score(checkpoint));
                assertThat(b.post("/api/plans/" + planId + "/stop", "").status().value())
                        .isEqualTo(202);
                await().atMost(LONG).until(followed::ended);
            }
            JsonNode plan = b.get("/api/plans/" + planId).json();
            assertThat(plan.get("runs"))
                    .extracting(run -> run.get("outcome").asText())
                    .containsExactly("INTERRUPTED", "STOPPED");
            assertThat(plan.get("versions"))
                    .extracting(version -> version.get("solverRunId").asLong())
                    .as("the lost run's checkpoint is kept, and the resumed run's plan is stored once")
                    .containsExactly(lost.get("id").asLong(), resumed.get("id").asLong());
        }
    }

    @Test
    void aNodeWithOneSlotSolvesTwoPlansOneAfterTheOther() throws Exception {
        String url = TestDatabase.freshDatabaseUrl("one_slot");
        try (AppInstance a = AppInstance.start(
                "spring.datasource.url=" + url, "sanitation.instance-name=node-a", "sanitation.solver.slots=1")) {
            a.importSmallDistrict(PINGCHENG, TODAY);
            long first = a.createPlan("pingcheng", TODAY);
            long second = a.createPlan("pingcheng", TODAY.plusDays(1));
            assertThat(a.post("/api/plans/" + first + "/solve", "").status().value())
                    .isEqualTo(202);
            assertThat(a.post("/api/plans/" + second + "/solve", "").status().value())
                    .isEqualTo(202);

            await().atMost(LONG)
                    .until(() -> !"RUNNING"
                                    .equals(lastRun(a, first).get("outcome").asText())
                            && !"RUNNING"
                                    .equals(lastRun(a, second).get("outcome").asText()));
            JsonNode one = lastRun(a, first);
            JsonNode two = lastRun(a, second);
            assertThat(List.of(one, two)).allSatisfy(run -> {
                assertThat(run.get("outcome").asText()).isEqualTo("COMPLETED");
                assertThat(run.get("instanceName").asText()).isEqualTo("node-a");
            });
            OffsetDateTime oneTaken = OffsetDateTime.parse(one.get("takenAt").asText());
            OffsetDateTime twoTaken = OffsetDateTime.parse(two.get("takenAt").asText());
            JsonNode earlier = oneTaken.isBefore(twoTaken) ? one : two;
            JsonNode later = earlier == one ? two : one;
            assertThat(OffsetDateTime.parse(later.get("takenAt").asText()))
                    .as("the second solve waits in the queue until the first has ended")
                    .isAfterOrEqualTo(
                            OffsetDateTime.parse(earlier.get("endedAt").asText()));
        }
    }

    /** A node on the shared database; {@code takesSolves} false starts its Quartz paused (it serves requests only). */
    private static AppInstance node(String url, String name, boolean takesSolves, String... more) {
        List<String> properties = new java.util.ArrayList<>(List.of(
                "spring.datasource.url=" + url,
                "sanitation.instance-name=" + name,
                "sanitation.solver.time-limit=120s",
                "spring.quartz.auto-startup=" + takesSolves));
        properties.addAll(List.of(more));
        return AppInstance.start(properties.toArray(String[]::new));
    }

    private static JsonNode lastRun(AppInstance node, long planId) {
        JsonNode runs = node.get("/api/plans/" + planId).json().get("runs");
        return runs.isEmpty() ? AppInstance.JSON.createObjectNode() : runs.get(runs.size() - 1);
    }

    private static JsonNode run(AppInstance node, long planId, long runId) {
        for (JsonNode run : node.get("/api/plans/" + planId).json().get("runs")) {
            if (run.get("id").asLong() == runId) {
                return run;
            }
        }
        throw new AssertionError("No run " + runId + " of plan " + planId);
    }

    private static String checkpointScore(AppInstance node, long runId) {
        return node.jdbc()
                .sql("SELECT best_score FROM solver_run WHERE id = ?")
                .param(runId)
                .query(String.class)
                .single();
    }

    private static List<HardMediumSoftLongScore> distinctScores(EventStream stream) {
        return stream.named("best").stream()
                .map(event -> score(event.data().get("score").asText()))
                .distinct()
                .toList();
    }

    private static HardMediumSoftLongScore score(String text) {
        return HardMediumSoftLongScore.parseScore(text);
    }
}
