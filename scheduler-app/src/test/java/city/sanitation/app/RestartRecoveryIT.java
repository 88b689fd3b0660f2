package city.sanitation.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * The zero-setup database keeps everything across restarts: the sample district loads itself at the first start, a
 * solve running at shutdown hands over its best plan, and a run left RUNNING by a crash is recovered as INTERRUPTED
 * with its best plan so far.
 */
class RestartRecoveryIT {

    @Test
    void nothingIsLostAcrossAStopAndACrash() throws Exception {
        Path dataDir = Files.createTempDirectory("scheduler-restart-pg");
        String[] zeroSetup = {
            "sanitation.embedded-postgres.data-dir=" + dataDir,
            "sanitation.instance-name=depot-server",
            "sanitation.sample.enabled=true",
            "sanitation.solver.time-limit=60s"
        };
        long planId;
        String savedAssignment;
        try (AppInstance first = AppInstance.start(zeroSetup)) {
            var plans = first.get("/api/districts/pingcheng/plans").json();
            assertThat(plans.size()).as("tonight's plan of the sample district").isEqualTo(1);
            planId = plans.get(0).get("id").asLong();
            AppInstance.await(
                    "a checkpoint of the sample solve",
                    Duration.ofSeconds(60),
                    () -> first.jdbc()
                                    .sql("SELECT count(*) FROM solver_run WHERE best_assignment IS NOT NULL")
                                    .query(Integer.class)
                                    .single()
                            > 0);
            assertThat(first.get("/api/plans/" + planId).json().get("solving").asBoolean())
                    .isTrue();
            savedAssignment = first.jdbc()
                    .sql("SELECT best_assignment::text FROM solver_run WHERE plan_id = ?")
                    .param(planId)
                    .query(String.class)
                    .single();
        }
        // The solve was stopped by the shutdown, and its best plan stored on the way out.
        try (AppInstance second = AppInstance.start(zeroSetup)) {
            var plan = second.get("/api/plans/" + planId).json();
            assertThat(plan.get("runs").get(0).get("outcome").asText()).isEqualTo("STOPPED");
            assertThat(plan.get("versions").size()).isEqualTo(1);

            // Now a crash: a run that no instance finishes, with the best plan it saved.
            long crashed = second.jdbc()
                    .sql("INSERT INTO solver_run (plan_id, dataset_version_id, trigger, outcome, instance_name,"
                            + " best_score, best_assignment) SELECT ?, max(id), 'DISPATCHER', 'RUNNING',"
                            + " 'depot-server', 'saved', ?::jsonb FROM dataset_version RETURNING id")
                    .params(planId, savedAssignment)
                    .query(Long.class)
                    .single();
            second.close();

            try (AppInstance third = AppInstance.start(zeroSetup)) {
                AppInstance.await(
                        "the crashed run to be recovered",
                        Duration.ofSeconds(30),
                        () -> third.get("/api/plans/" + planId)
                                        .json()
                                        .get("versions")
                                        .size()
                                == 2);
                var recovered = third.get("/api/plans/" + planId).json();
                var run = recovered.get("runs").get(1);
                assertThat(run.get("id").asLong()).isEqualTo(crashed);
                assertThat(run.get("outcome").asText()).isEqualTo("INTERRUPTED");
                assertThat(run.get("failureReason").asText()).contains("best plan saved so far");
                assertThat(recovered.get("versions").get(1).get("solverRunId").asLong())
                        .isEqualTo(crashed);
                String storedAssignment = third.jdbc()
                        .sql("SELECT assignment::text FROM plan_version WHERE solver_run_id = ?")
                        .param(crashed)
                        .query(String.class)
                        .single();
                assertThat(AppInstance.JSON.readTree(storedAssignment))
                        .isEqualTo(AppInstance.JSON.readTree(savedAssignment));
            }
        }
    }
}
