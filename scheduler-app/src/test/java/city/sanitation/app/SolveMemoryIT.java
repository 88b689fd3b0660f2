package city.sanitation.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A solve the instance has no heap for is refused before anything of it is stored (503 problem detail naming the
 * district, the need and what is available), and the plan solves as usual on an instance that has the room.
 */
class SolveMemoryIT {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

    @Test
    void solveRefusedForLackOfMemoryStoresNothingAndSolvesWhereThereIsRoom() throws Exception {
        String database = TestDatabase.freshDatabaseUrl("solvememory");
        long planId;
        try (AppInstance cramped =
                AppInstance.start("spring.datasource.url=" + database, "sanitation.solver.memory.per-solve=1TB")) {
            assertThat(cramped.post("/api/districts/pingcheng/datasets", SampleData.smallDistrict(TODAY))
                            .status()
                            .value())
                    .isEqualTo(201);
            planId = cramped.createPlan("pingcheng", TODAY);

            for (int attempt = 0; attempt < 2; attempt++) {
                var refused = cramped.post("/api/plans/" + planId + "/solve", Map.of());
                assertThat(refused.status().value()).as(refused.body()).isEqualTo(503);
                var problem = refused.json();
                assertThat(problem.get("title").asText()).isEqualTo("Not enough memory");
                assertThat(problem.get("detail").asText())
                        .contains("The solve of district (pingcheng) needs (1048576) MB of heap")
                        .contains("MB available")
                        .contains("Maybe raise -Xmx or lower sanitation.solver.slots")
                        .doesNotContain("Exception");
            }
            var plan = cramped.get("/api/plans/" + planId).json();
            assertThat(plan.get("solving").asBoolean()).isFalse();
            assertThat(plan.get("runs")).isEmpty();
            assertThat(plan.get("versions")).isEmpty();
            assertThat(cramped.jdbc()
                            .sql("SELECT count(*) FROM solver_run")
                            .query(Integer.class)
                            .single())
                    .isZero();
        }

        try (AppInstance roomy = AppInstance.start("spring.datasource.url=" + database)) {
            var run = roomy.post("/api/plans/" + planId + "/solve", Map.of());
            assertThat(run.status().value()).as(run.body()).isEqualTo(202);
            await("the plan's first version")
                    .atMost(Duration.ofSeconds(60))
                    .until(() -> roomy.get("/api/plans/" + planId)
                                    .json()
                                    .get("versions")
                                    .size()
                            == 1);
        }
    }
}
