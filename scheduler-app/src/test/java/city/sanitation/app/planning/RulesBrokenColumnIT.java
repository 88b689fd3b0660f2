package city.sanitation.app.planning;

import static org.assertj.core.api.Assertions.assertThat;

import city.sanitation.app.AppInstance;
import city.sanitation.app.SampleData;
import city.sanitation.app.TestDatabase;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * How many rules a version breaks is stored with the version when it is saved (and filled in by migration V8 for the
 * versions stored before): the version list reads that column, not each version's report.
 */
class RulesBrokenColumnIT {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));
    private static final String DISTRICT = "rulescity";
    private static final String MIGRATION = "/db/migration/V8__plan_version_rules_broken.sql";

    private static AppInstance app;
    private static long planId;
    private static long versionId;

    @BeforeAll
    static void start() {
        app = AppInstance.start(
                "spring.datasource.url=" + TestDatabase.freshDatabaseUrl("rulesbroken"),
                "sanitation.solver.time-limit=3s");
        var imported = app.post("/api/districts/" + DISTRICT + "/datasets", SampleData.smallDistrict(TODAY));
        assertThat(imported.status().value()).as(imported.body()).isEqualTo(201);
        // A report due last evening: whoever takes it is late, so the plan breaks at least one rule.
        JsonNode near =
                app.get("/api/districts/" + DISTRICT + "/blind-spots").json().get(0);
        app.jdbc()
                .sql("INSERT INTO blind_spot (id, district_id, lon, lat, category, volume_m3, priority, source,"
                        + " reported_at, deadline, status, reported_by) VALUES ('bs-rules-late', ?, ?, ?,"
                        + " 'HOUSEHOLD_GARBAGE', 1.0, 'URGENT', 'RESIDENT_HOTLINE', ?, ?, 'REPORTED', 'hotline')")
                .params(
                        DISTRICT,
                        near.get("lon").asDouble(),
                        near.get("lat").asDouble(),
                        TODAY.minusDays(1).atTime(18, 0),
                        TODAY.minusDays(1).atTime(21, 38))
                .update();
        planId = app.createPlan(DISTRICT, TODAY);
        app.solveToFirstVersion(planId, Duration.ofSeconds(90));
        versionId = app.get("/api/plans/" + planId + "/versions")
                .json()
                .get(0)
                .get("id")
                .asLong();
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    void theListingGivesTheCountOfTheReportsBrokenRulesStoredWhenTheVersionWasSaved() {
        long brokenInReport = brokenRulesInReport();
        assertThat(brokenInReport).as("the late report breaks a rule").isPositive();

        assertThat(storedCount()).as("stored on saving").isEqualTo((int) brokenInReport);
        assertThat(listedCount()).isEqualTo(brokenInReport);
        assertThat(app.get("/api/plans/" + planId)
                        .json()
                        .get("versions")
                        .get(0)
                        .get("rulesBroken")
                        .asLong())
                .isEqualTo(brokenInReport);

        // The listing reads the column: a count the report does not say comes back as stored.
        setStored(brokenInReport + 40);
        try {
            assertThat(listedCount()).isEqualTo(brokenInReport + 40);
        } finally {
            setStored(brokenInReport);
        }
    }

    @Test
    void theMigrationFillsTheCountOfVersionsStoredBeforeItAndLeavesThoseWithoutRulesUnknown() throws IOException {
        long brokenInReport = brokenRulesInReport();
        app.jdbc()
                .sql("UPDATE plan_version SET rules_broken = NULL WHERE id = ?")
                .param(versionId)
                .update();
        assertThat(app.get("/api/plans/" + planId + "/versions")
                        .json()
                        .get(0)
                        .get("rulesBroken")
                        .isNull())
                .isTrue();

        runMigration();
        assertThat(storedCount()).isEqualTo((int) brokenInReport);
        assertThat(listedCount()).isEqualTo(brokenInReport);

        // A report from before rules were reported: the count stays unknown, not zero.
        String report = app.jdbc()
                .sql("SELECT report::text FROM plan_version WHERE id = ?")
                .param(versionId)
                .query(String.class)
                .single();
        try {
            app.jdbc()
                    .sql("UPDATE plan_version SET rules_broken = NULL, report = report - 'rules' WHERE id = ?")
                    .param(versionId)
                    .update();
            runMigration();
            assertThat(storedCount()).isNull();
            assertThat(app.get("/api/plans/" + planId + "/versions")
                            .json()
                            .get(0)
                            .get("rulesBroken")
                            .isNull())
                    .isTrue();
        } finally {
            app.jdbc()
                    .sql("UPDATE plan_version SET report = ?::jsonb, rules_broken = ? WHERE id = ?")
                    .params(report, (int) brokenInReport, versionId)
                    .update();
        }
    }

    private static long brokenRulesInReport() {
        JsonNode rules = app.get("/api/plans/" + planId + "/versions/1").json().get("rules");
        assertThat(rules).as("the report lists its rules").isNotNull();
        long broken = 0;
        for (JsonNode rule : rules) {
            broken += rule.get("broken").asBoolean() ? 1 : 0;
        }
        return broken;
    }

    private static long listedCount() {
        return app.get("/api/plans/" + planId + "/versions")
                .json()
                .get(0)
                .get("rulesBroken")
                .asLong();
    }

    private static Integer storedCount() {
        return app.jdbc()
                .sql("SELECT rules_broken FROM plan_version WHERE id = ?")
                .param(versionId)
                .query((row, i) -> (Integer) row.getObject(1))
                .list()
                .get(0);
    }

    private static void setStored(long count) {
        app.jdbc()
                .sql("UPDATE plan_version SET rules_broken = ? WHERE id = ?")
                .params((int) count, versionId)
                .update();
    }

    /** Runs migration V8's statements again, as Flyway ran them on the versions stored before it. */
    private static void runMigration() throws IOException {
        String script;
        try (InputStream in = RulesBrokenColumnIT.class.getResourceAsStream(MIGRATION)) {
            assertThat(in).as(MIGRATION).isNotNull();
            script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String withoutComments = Arrays.stream(script.split("\n"))
                .filter(line -> !line.trim().startsWith("--"))
                .collect(Collectors.joining("\n"));
        for (String statement : withoutComments.split(";")) {
            if (!statement.isBlank()) {
                app.jdbc().sql(statement).update();
            }
        }
    }
}
