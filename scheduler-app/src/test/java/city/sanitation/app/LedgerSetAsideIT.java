package city.sanitation.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import city.sanitation.app.infra.ConflictException;
import city.sanitation.app.ledger.BlindSpotLedger;
import city.sanitation.district.SampleDistrictGenerator;
import city.sanitation.task.BlindSpotReport;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A dispatcher takes a report off the ledger without work: rejected, or a duplicate of another report, always with a
 * reason kept in its history. The planner no longer takes it, it is never overdue, and no crew can begin it.
 */
class LedgerSetAsideIT {

    private static final LocalDate TODAY = LocalDate.now(SampleDistrictGenerator.TIME_ZONE);
    private static final String REPORTS = "/api/districts/aside/blind-spots";

    private static AppInstance app;
    private static JsonNode known;

    @BeforeAll
    static void start() {
        app = AppInstance.start("spring.datasource.url=" + TestDatabase.freshDatabaseUrl("ledgeraside"));
        app.importSmallDistrict("/api/districts/aside", TODAY);
        known = app.get(REPORTS).json().get(0);
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    private static String file(String id) {
        var filed = app.post(
                REPORTS,
                Map.of(
                        "id",
                        id,
                        "lon",
                        known.get("lon").asDouble(),
                        "lat",
                        known.get("lat").asDouble(),
                        "category",
                        "HOUSEHOLD_GARBAGE",
                        "volumeM3",
                        0.5,
                        "priority",
                        "URGENT",
                        "source",
                        "RESIDENT_HOTLINE",
                        "reportedBy",
                        "hotline",
                        // Overdue at once, were it open.
                        "reportedAt",
                        TODAY.minusDays(2) + "T08:00:00"));
        assertThat(filed.status().value()).as(filed.body()).isEqualTo(201);
        return id;
    }

    private static BlindSpotLedger ledger() {
        return app.context.getBean(BlindSpotLedger.class);
    }

    private static List<String> openIds() {
        return ledger().openReports("aside").stream().map(BlindSpotReport::id).toList();
    }

    private static List<String> ids(String path) {
        return app.get(path).json().findValuesAsText("id");
    }

    private static Map<String, Long> rowCounts() {
        Map<String, Long> counts = new HashMap<>();
        for (String table : List.of("blind_spot", "blind_spot_event")) {
            counts.put(
                    table,
                    app.jdbc()
                            .sql("SELECT count(*) FROM " + table)
                            .query(Long.class)
                            .single());
        }
        return counts;
    }

    @Test
    void aRejectedReportLeavesThePlannerWithItsReasonInTheHistory() {
        String id = file("bs-prank");
        assertThat(openIds()).contains(id);
        assertThat(ids(REPORTS + "/overdue")).contains(id);

        Map<String, Long> before = rowCounts();
        for (Object body : List.of(
                Map.of(),
                Map.of("reason", "  "),
                Map.of("reason", "no\u0000pile"),
                Map.of("reason", "x".repeat(1001)))) {
            var refused = app.post(REPORTS + "/" + id + "/reject", body);
            assertThat(refused.status().value()).as(refused.body()).isEqualTo(400);
            assertThat(refused.json().get("errors").get(0).get("field").asText())
                    .isEqualTo("reason");
        }
        assertThat(rowCounts()).isEqualTo(before);
        assertThat(app.post(REPORTS + "/no-such-report/reject", Map.of("reason", "x"))
                        .status()
                        .value())
                .isEqualTo(404);

        var rejected = app.post(REPORTS + "/" + id + "/reject", Map.of("reason", "A parked bike, not garbage"));
        assertThat(rejected.status().value()).as(rejected.body()).isEqualTo(200);
        assertThat(rejected.json().get("status").asText()).isEqualTo("REJECTED");
        assertThat(rejected.json().get("reason").asText()).isEqualTo("A parked bike, not garbage");
        assertThat(rejected.json().get("closedBy").asText()).isEqualTo(AppInstance.TEST_ADMIN);
        JsonNode last = lastEvent(id);
        assertThat(last.get("status").asText()).isEqualTo("REJECTED");
        assertThat(last.get("reason").asText()).isEqualTo("A parked bike, not garbage");

        assertThat(openIds()).as("the planner no longer takes it").doesNotContain(id);
        assertThat(ids(REPORTS + "/overdue")).as("it is not overdue").doesNotContain(id);
        assertThat(ids(REPORTS + "?status=REJECTED")).contains(id);
        assertThat(ids(REPORTS + "?status=REPORTED")).doesNotContain(id);

        var again = app.post(REPORTS + "/" + id + "/reject", Map.of("reason", "twice"));
        assertThat(again.status().value()).isEqualTo(409);
        assertThat(again.json().get("detail").asText()).contains("is REJECTED, so it cannot be rejected");
        assertThatThrownBy(() -> ledger().started("aside", id, "veh-1"))
                .as("a crew cannot begin it")
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("no work to do");
    }

    @Test
    void aDuplicateNamesTheReportItRepeats() {
        String original = file("bs-original");
        String repeat = file("bs-repeat");
        String rejected = file("bs-rejected");
        assertThat(app.post(REPORTS + "/" + rejected + "/reject", Map.of("reason", "not ours"))
                        .status()
                        .value())
                .isEqualTo(200);

        Map<String, Long> before = rowCounts();
        record Bad(Map<String, String> body, String field) {}
        for (Bad bad : List.of(
                new Bad(Map.of("reason", "same pile"), "duplicateOf"),
                new Bad(Map.of("duplicateOf", original), "reason"),
                new Bad(Map.of("duplicateOf", repeat, "reason", "same pile"), "duplicateOf"),
                new Bad(Map.of("duplicateOf", "no-such-report", "reason", "same pile"), "duplicateOf"),
                new Bad(Map.of("duplicateOf", "bs\u0000original", "reason", "same pile"), "duplicateOf"),
                new Bad(Map.of("duplicateOf", rejected, "reason", "same pile"), "duplicateOf"))) {
            var refused = app.post(REPORTS + "/" + repeat + "/duplicate", bad.body());
            assertThat(refused.status().value()).as(refused.body()).isEqualTo(400);
            assertThat(refused.json().get("errors").findValuesAsText("field")).contains(bad.field());
        }
        assertThat(rowCounts()).isEqualTo(before);

        var marked = app.post(
                REPORTS + "/" + repeat + "/duplicate",
                Map.of("duplicateOf", original, "reason", "Second call about the same corner"));
        assertThat(marked.status().value()).as(marked.body()).isEqualTo(200);
        assertThat(marked.json().get("status").asText()).isEqualTo("DUPLICATE");
        assertThat(marked.json().get("duplicateOf").asText()).isEqualTo(original);
        assertThat(lastEvent(repeat).get("reason").asText()).isEqualTo("Second call about the same corner");
        assertThat(openIds()).contains(original).doesNotContain(repeat, rejected);

        var ofADuplicate = app.post(
                REPORTS + "/" + file("bs-third") + "/duplicate", Map.of("duplicateOf", repeat, "reason", "again"));
        assertThat(ofADuplicate.status().value()).isEqualTo(400);
        assertThat(ofADuplicate.json().get("errors").get(0).get("reason").asText())
                .contains("Maybe mark this one a duplicate of (" + original + ")");
    }

    @Test
    void onlyAReportNoCrewBeganCanBeSetAsideAndAClosingKeepsItsNote() {
        String begun = file("bs-begun");
        ledger().started("aside", begun, "veh-1");
        var refused = app.post(REPORTS + "/" + begun + "/reject", Map.of("reason", "too late"));
        assertThat(refused.status().value()).isEqualTo(409);
        assertThat(refused.json().get("detail").asText())
                .contains("is IN_PROGRESS")
                .contains("Maybe let the crew finish it");

        ledger().done("aside", begun, "veh-1");
        var noted = app.post(
                REPORTS + "/" + begun + "/close",
                Map.of("confirmedByCrew", "veh-1", "note", "Checked on the way home"));
        assertThat(noted.status().value()).as(noted.body()).isEqualTo(200);
        assertThat(noted.json().get("status").asText()).isEqualTo("CLOSED");
        assertThat(lastEvent(begun).get("reason").asText()).isEqualTo("Checked on the way home");

        String plain = file("bs-plain");
        ledger().done("aside", plain, "veh-2");
        var closed = app.post(REPORTS + "/" + plain + "/close", Map.of("confirmedByCrew", "veh-2"));
        assertThat(closed.status().value())
                .as("a close without a note, as before")
                .isEqualTo(200);
        assertThat(lastEvent(plain).get("reason").isNull()).isTrue();
    }

    private static JsonNode lastEvent(String id) {
        JsonNode history = app.get(REPORTS + "/" + id + "/history").json();
        return history.get(history.size() - 1);
    }
}
