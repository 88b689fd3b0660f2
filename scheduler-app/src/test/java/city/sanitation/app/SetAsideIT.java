package city.sanitation.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Bad items that reached the database before today's checks (written here straight into the tables, as older
 * versions or hand edits left them) are set aside with their reasons, and the rest of the district is planned: by a
 * dispatcher's solve and by the nightly job, with the health not DOWN.
 */
class SetAsideIT {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));
    private static final ObjectMapper JSON = new ObjectMapper();

    private static AppInstance app;
    private static String badToilet;
    private static String badRequirement;

    @BeforeAll
    static void startWithBadItemsStored() throws Exception {
        app = AppInstance.start("spring.datasource.url=" + TestDatabase.freshDatabaseUrl("setaside"));
        var imported = app.post("/api/districts/west/datasets", SampleData.smallDistrict(TODAY));
        assertThat(imported.status().value()).as(imported.body()).isEqualTo(201);
        insertReport("", 113.3, 40.1);
        insertReport("gulf-of-guinea", 0, 0);
        breakStoredDocument();
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    private static void insertReport(String id, double lon, double lat) {
        app.jdbc()
                .sql("INSERT INTO blind_spot (id, district_id, lon, lat, category, volume_m3, priority, source,"
                        + " reported_at, deadline, status, reported_by) VALUES (?, 'west', ?, ?, 'HOUSEHOLD_GARBAGE',"
                        + " 1.5, 'HIGH', 'RESIDENT_HOTLINE', ?, ?, 'REPORTED', 'an older version')")
                .params(id, lon, lat, TODAY.atTime(7, 0), TODAY.plusDays(2).atTime(18, 0))
                .update();
    }

    /** A toilet whose gaps are swapped and a washing requirement on a street no longer in the network. */
    private static void breakStoredDocument() throws Exception {
        String document = app.jdbc()
                .sql("SELECT document::text FROM dataset_version WHERE district_id = 'west'")
                .query(String.class)
                .single();
        ObjectNode root = (ObjectNode) JSON.readTree(document);
        for (JsonNode feature : root.get("features")) {
            ObjectNode properties = (ObjectNode) feature.get("properties");
            if (badToilet == null && properties.get("kind").asText().equals("toilet")) {
                badToilet = properties.get("id").asText();
                properties.put("minGapMinutes", properties.get("maxGapMinutes").asInt() + 60);
            }
        }
        ObjectNode requirement = (ObjectNode) root.at("/washing/requirements/0");
        badRequirement = requirement.get("id").asText();
        requirement.put("segmentId", "a-street-gone");
        app.jdbc()
                .sql("UPDATE dataset_version SET document = ?::jsonb WHERE district_id = 'west'")
                .param(JSON.writeValueAsString(root))
                .update();
    }

    @Test
    void aSolveSetsTheBadItemsAsideWithTheirReasonsAndPlansTheRest() throws Exception {
        long planId = app.createPlan("west", TODAY);
        app.solveToFirstVersion(planId, Duration.ofSeconds(90));

        assertSetAsideAndPlanned(app.firstVersion(planId));
        assertThat(app.get("/actuator/health").json().get("status").asText()).isNotEqualTo("DOWN");
    }

    @Test
    void theNightlyJobCompletesWithTheBadItemsSetAside() throws Exception {
        assertThat(app.post("/api/districts/west/nightly/run", "").status().value())
                .isEqualTo(202);
        AppInstance.await("the nightly run to end", Duration.ofSeconds(90), () -> {
            var runs = app.get("/api/districts/west/nightly-runs").json();
            return runs.size() > 0
                    && !"RUNNING".equals(runs.get(0).get("outcome").asText());
        });
        JsonNode nightly = app.get("/api/districts/west/nightly-runs").json().get(0);
        assertThat(nightly.get("outcome").asText()).as(nightly.toString()).isEqualTo("COMPLETED");
        long planId = nightly.get("planId").asLong();

        assertSetAsideAndPlanned(app.get("/api/plans/" + planId + "/versions/1").json());
        assertThat(app.get("/actuator/health").json().get("status").asText()).isNotEqualTo("DOWN");
    }

    private static void assertSetAsideAndPlanned(JsonNode report) {
        List<JsonNode> setAside = new ArrayList<>();
        report.get("setAside").forEach(setAside::add);
        assertThat(setAside)
                .extracting(
                        item -> item.get("kind").asText(),
                        item -> item.get("id").asText())
                .containsExactlyInAnyOrder(
                        tuple("toilet", badToilet),
                        tuple("washingRequirement", badRequirement),
                        tuple("blindSpot", ""),
                        tuple("blindSpot", "gulf-of-guinea"));
        assertThat(reason(setAside, "gulf-of-guinea"))
                .contains("km from the nearest street segment")
                .contains("Maybe correct its location or reject the report");
        assertThat(reason(setAside, "")).startsWith("The id (\"\") must be at least 1");
        assertThat(reason(setAside, badToilet)).contains("minimum gap");
        assertThat(reason(setAside, badRequirement)).contains("(a-street-gone)");
        assertThat(setAside)
                .allSatisfy(item -> assertThat(item.get("reason").asText())
                        .doesNotContain("/tmp")
                        .doesNotContain("Exception"));

        List<String> planned = new ArrayList<>();
        report.get("routes")
                .forEach(route -> route.get("stops").forEach(stop -> {
                    if (stop.hasNonNull("taskId")) {
                        planned.add(stop.get("taskId").asText());
                    }
                }));
        report.get("unassigned").forEach(task -> planned.add(task.get("taskId").asText()));
        List<String> goodReports = app.jdbc()
                .sql("SELECT id FROM blind_spot WHERE district_id = 'west' AND reported_by <> 'an older version'")
                .query(String.class)
                .list();
        assertThat(goodReports).isNotEmpty();
        assertThat(planned)
                .containsAll(goodReports)
                .anyMatch(id -> id.contains("-round-"))
                .noneMatch(id -> id.isEmpty() || id.equals("gulf-of-guinea") || id.startsWith(badToilet + "-round-"));
    }

    private static String reason(List<JsonNode> setAside, String id) {
        return setAside.stream()
                .filter(item -> item.get("id").asText().equals(id))
                .findFirst()
                .orElseThrow()
                .get("reason")
                .asText();
    }
}
