package city.sanitation.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * One district's stored nightly schedule that Quartz refuses (stored by an older version or by hand) is flagged, while
 * the app starts and every other district is scheduled and re-planned; the API refuses such a schedule and stores
 * nothing.
 */
class NightlyBadScheduleIT {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));
    private static final String NEVER_FIRES = "0 0 0 30 2 ?";

    private static AppInstance app;

    @BeforeAll
    static void startWithOneDistrictsScheduleBroken() {
        String url = TestDatabase.freshDatabaseUrl("badschedule");
        try (AppInstance before = AppInstance.start("spring.datasource.url=" + url)) {
            for (String district : new String[] {"good", "bad"}) {
                assertThat(before.post("/api/districts/" + district + "/datasets", SampleData.smallDistrict(TODAY))
                                .status()
                                .value())
                        .isEqualTo(201);
            }
            // As the older version left it: the never-firing cron stored, Quartz still holding the previous trigger.
            before.jdbc()
                    .sql("UPDATE district SET nightly_cron = ? WHERE id = 'bad'")
                    .param(NEVER_FIRES)
                    .update();
            // A hand-edited district whose cron Quartz cannot even read, never registered.
            before.jdbc()
                    .sql("INSERT INTO district (id, name, nightly_cron, time_zone) VALUES"
                            + " ('garbled', 'Garbled', 'every night at six', 'Asia/Shanghai'),"
                            + " ('unfixed', 'Unfixed', '0 0 0 31 4 ?', 'Asia/Shanghai')")
                    .update();
        }
        app = AppInstance.start("spring.datasource.url=" + url);
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    void theAppStartsAndFlagsOnlyTheDistrictsWhoseScheduleQuartzRefuses() {
        assertThat(app.get("/api/districts/good/nightly")
                        .json()
                        .get("scheduled")
                        .asBoolean())
                .isTrue();
        assertThat(triggerCron("good")).isEqualTo(storedCron("good"));

        JsonNode bad = app.get("/api/districts/bad/nightly").json();
        assertThat(bad.get("cron").asText()).isEqualTo(NEVER_FIRES);
        assertThat(bad.get("scheduled").asBoolean()).isFalse();
        assertThat(bad.get("problemKind").asText()).isEqualTo("NEVER_FIRES");
        assertThat(bad.get("problem").asText())
                .contains("(" + NEVER_FIRES + ") never fires")
                .contains("still fires the previous schedule (0 0 18 * * ?)");
        JsonNode garbled = app.get("/api/districts/garbled/nightly").json();
        assertThat(garbled.get("scheduled").asBoolean()).isFalse();
        assertThat(garbled.get("problemKind").asText()).isEqualTo("INVALID");
        assertThat(garbled.get("nextFire").asText()).isEmpty();

        var health = app.get("/actuator/health");
        assertThat(health.status().value()).isEqualTo(200);
        assertThat(health.json().get("status").asText()).isEqualTo("DEGRADED");
        JsonNode nightly = health.json().get("components").get("nightly");
        assertThat(nightly.get("status").asText()).isEqualTo("DEGRADED");
        assertThat(nightly.get("details").get("bad").get("scheduled").asBoolean())
                .isFalse();
        assertThat(nightly.get("details").get("bad").get("problem").asText()).contains(NEVER_FIRES);
        assertThat(nightly.get("details").get("garbled").get("problemKind").asText())
                .isEqualTo("INVALID");
        assertThat(nightly.get("details").get("good").has("problem")).isFalse();

        assertThat(app.post("/api/districts/bad/nightly/run", "").status().value())
                .isEqualTo(409);
    }

    @Test
    void theHealthyDistrictsNightlyJobRunsAndProposesTomorrowsPlan() throws Exception {
        assertThat(app.post("/api/districts/good/nightly/run", "").status().value())
                .isEqualTo(202);
        AppInstance.await("the nightly run to end", Duration.ofSeconds(90), () -> {
            var runs = app.get("/api/districts/good/nightly-runs").json();
            return runs.size() > 0
                    && !"RUNNING".equals(runs.get(0).get("outcome").asText());
        });
        assertThat(app.get("/api/districts/good/nightly-runs")
                        .json()
                        .get(0)
                        .get("outcome")
                        .asText())
                .isEqualTo("COMPLETED");
        var plans = app.get("/api/districts/good/plans").json();
        assertThat(plans.size()).isEqualTo(1);
        assertThat(plans.get(0).get("planDate").asText())
                .isEqualTo(TODAY.plusDays(1).toString());
    }

    @Test
    void aScheduleThatNeverFiresIsNoCronOrFiresTooOftenIsRefusedNamingCronAndChangesNothing() {
        for (String district : new String[] {"good", "bad"}) {
            String storedCron = storedCron(district);
            String triggerCron = triggerCron(district);
            for (String cron : new String[] {NEVER_FIRES, "garbage", "0 * * * * ?"}) {
                var refused = app.put("/api/districts/" + district + "/nightly", Map.of("cron", cron));
                assertThat(refused.status().value()).as(refused.body()).isEqualTo(400);
                JsonNode error = refused.json().get("errors").get(0);
                assertThat(error.get("field").asText()).isEqualTo("cron");
                assertThat(error.get("reason").asText()).contains("(" + cron + ")");
                assertThat(storedCron(district)).isEqualTo(storedCron);
                assertThat(triggerCron(district)).isEqualTo(triggerCron);
            }
        }
    }

    @Test
    void aValidChangeMovesTheNextFireTime() {
        String nextFire =
                app.get("/api/districts/good/nightly").json().get("nextFire").asText();
        var changed = app.put("/api/districts/good/nightly", Map.of("cron", "0 30 20 * * ?"));
        assertThat(changed.status().value()).as(changed.body()).isEqualTo(200);
        assertThat(changed.json().get("cron").asText()).isEqualTo("0 30 20 * * ?");
        assertThat(changed.json().get("scheduled").asBoolean()).isTrue();
        assertThat(changed.json().get("nextFire").asText())
                .isNotEqualTo(nextFire)
                .contains("T20:30");
        assertThat(storedCron("good")).isEqualTo("0 30 20 * * ?");
        assertThat(triggerCron("good")).isEqualTo("0 30 20 * * ?");
    }

    @Test
    void aValidChangeSchedulesAFlaggedDistrict() {
        var fixed = app.put("/api/districts/unfixed/nightly", Map.of("cron", "0 0 19 * * ?"));
        assertThat(fixed.status().value()).as(fixed.body()).isEqualTo(200);
        assertThat(fixed.json().get("scheduled").asBoolean()).isTrue();
        assertThat(fixed.json().has("problem")).isFalse();
        assertThat(triggerCron("unfixed")).isEqualTo("0 0 19 * * ?");
        assertThat(app.get("/actuator/health")
                        .json()
                        .get("components")
                        .get("nightly")
                        .get("details")
                        .get("unfixed")
                        .has("problem"))
                .isFalse();
    }

    private static String storedCron(String district) {
        return app.jdbc()
                .sql("SELECT nightly_cron FROM district WHERE id = ?")
                .param(district)
                .query(String.class)
                .single();
    }

    private static String triggerCron(String district) {
        return app.jdbc()
                .sql("SELECT c.cron_expression FROM qrtz_cron_triggers c JOIN qrtz_triggers t"
                        + " ON t.sched_name = c.sched_name AND t.trigger_name = c.trigger_name"
                        + " AND t.trigger_group = c.trigger_group"
                        + " WHERE t.trigger_group = 'nightly' AND t.trigger_name = ?")
                .param(district)
                .query(String.class)
                .optional()
                .orElse("none");
    }
}
