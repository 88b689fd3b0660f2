package city.sanitation.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** Two app instances on one database share the nightly job: it runs once and leaves a proposed plan for tomorrow. */
class NightlyClusterIT {

    @Test
    void aTriggerFiresOnExactlyOneInstanceAndProposesTomorrowsPlan() throws Exception {
        String url = TestDatabase.freshDatabaseUrl("nightly");
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        try (AppInstance first = AppInstance.start("spring.datasource.url=" + url, "sanitation.instance-name=first");
                AppInstance second =
                        AppInstance.start("spring.datasource.url=" + url, "sanitation.instance-name=second")) {
            assertThat(first.post("/api/districts/pingcheng/datasets", SampleData.smallDistrict(today))
                            .status()
                            .value())
                    .isEqualTo(201);
            assertThat(second.get("/api/districts/pingcheng/nightly")
                            .json()
                            .get("cron")
                            .asText())
                    .isEqualTo("0 0 18 * * ?");

            assertThat(second.post("/api/districts/pingcheng/nightly/run", "")
                            .status()
                            .value())
                    .isEqualTo(202);
            AppInstance.await("the nightly run to end", Duration.ofSeconds(90), () -> {
                var runs = first.get("/api/districts/pingcheng/nightly-runs").json();
                return runs.size() > 0
                        && !"RUNNING".equals(runs.get(0).get("outcome").asText());
            });
            // Both schedulers poll the shared job store; give the other one time to (wrongly) fire it again.
            Thread.sleep(3000);

            var runs = first.get("/api/districts/pingcheng/nightly-runs").json();
            assertThat(runs.size()).isEqualTo(1);
            assertThat(runs.get(0).get("outcome").asText()).isEqualTo("COMPLETED");
            var plans = first.get("/api/districts/pingcheng/plans").json();
            assertThat(plans.size()).isEqualTo(1);
            assertThat(plans.get(0).get("planDate").asText())
                    .isEqualTo(today.plusDays(1).toString());
            var versions = second.get("/api/plans/" + plans.get(0).get("id").asLong() + "/versions")
                    .json();
            assertThat(versions.size()).isEqualTo(1);
            assertThat(versions.get(0).get("status").asText()).isEqualTo("PROPOSED");
            assertThat(first.jdbc()
                            .sql("SELECT count(*) FROM qrtz_triggers WHERE trigger_group = 'nightly'")
                            .query(Integer.class)
                            .single())
                    .isEqualTo(1);
            assertThat(first.get("/actuator/health")
                            .json()
                            .get("components")
                            .get("nightly")
                            .get("status")
                            .asText())
                    .isEqualTo("UP");
        }
    }

    /**
     * The documented misfire policy: nights missed while every instance was down fire once as soon as one is up
     * again (not once per missed night), and the trigger then waits for its next regular time.
     */
    @Test
    void nightsMissedWhileTheAppWasDownFireOnceAtTheNextStart() throws Exception {
        String url = TestDatabase.freshDatabaseUrl("misfire");
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        try (AppInstance before = AppInstance.start("spring.datasource.url=" + url)) {
            assertThat(before.post("/api/districts/pingcheng/datasets", SampleData.smallDistrict(today))
                            .status()
                            .value())
                    .isEqualTo(201);
            assertThat(before.get("/api/districts/pingcheng/nightly-runs")
                            .json()
                            .size())
                    .isZero();
        }
        // While the app is down, three nights pass: the trigger's next time lies three days back.
        try (Connection connection = DriverManager.getConnection(url);
                PreparedStatement update = connection.prepareStatement("UPDATE qrtz_triggers SET next_fire_time = ?"
                        + " WHERE trigger_group = 'nightly' AND trigger_name = 'pingcheng'")) {
            update.setLong(1, System.currentTimeMillis() - Duration.ofDays(3).toMillis());
            assertThat(update.executeUpdate()).isEqualTo(1);
        }
        try (AppInstance after = AppInstance.start("spring.datasource.url=" + url)) {
            AppInstance.await("the missed night's run to end", Duration.ofSeconds(90), () -> {
                var runs = after.get("/api/districts/pingcheng/nightly-runs").json();
                return runs.size() > 0
                        && !"RUNNING".equals(runs.get(0).get("outcome").asText());
            });
            // Give the scheduler time to (wrongly) fire the other missed nights.
            Thread.sleep(3000);
            var runs = after.get("/api/districts/pingcheng/nightly-runs").json();
            assertThat(runs.size()).isEqualTo(1);
            assertThat(runs.get(0).get("outcome").asText()).isEqualTo("COMPLETED");
            long nextFire = after.jdbc()
                    .sql("SELECT next_fire_time FROM qrtz_triggers WHERE trigger_group = 'nightly'")
                    .query(Long.class)
                    .single();
            assertThat(nextFire).isGreaterThan(System.currentTimeMillis());
        }
    }
}
