package city.sanitation.app;

import static org.assertj.core.api.Assertions.assertThat;

import city.sanitation.district.DistrictSize;
import city.sanitation.district.SampleDistrictGenerator;
import city.sanitation.road.RoadSegment;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Envelope;

/**
 * A report the plan build could not take is refused when it is filed: 400 naming each wrong field, nothing stored in
 * any ledger table. A report that can be planned is still filed.
 */
class LedgerValidationIT {

    private static final ZoneId ZONE = SampleDistrictGenerator.TIME_ZONE;
    private static final LocalDate TODAY = LocalDate.now(ZONE);
    private static final String REPORTS = "/api/districts/ledger/blind-spots";

    private static AppInstance app;
    private static JsonNode known;
    private static Envelope streets;
    private static String segmentId;

    @BeforeAll
    static void start() {
        app = AppInstance.start("spring.datasource.url=" + TestDatabase.freshDatabaseUrl("ledgervalidation"));
        app.importSmallDistrict("/api/districts/ledger", TODAY);
        known = app.get(REPORTS).json().get(0);
        streets = new Envelope();
        var network = SampleDistrictGenerator.generate(DistrictSize.SMALL, SampleDistrictGenerator.DEFAULT_SEED, TODAY)
                .roadNetwork();
        for (RoadSegment segment : network.segments()) {
            streets.expandToInclude(segment.geometry().getEnvelopeInternal());
        }
        segmentId = network.segment(0).id();
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    /** A report that can be planned: at a place where the district already has one, now. */
    private static Map<String, Object> good() {
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("lon", known.get("lon").asDouble());
        report.put("lat", known.get("lat").asDouble());
        report.put("category", "HOUSEHOLD_GARBAGE");
        report.put("volumeM3", 1.5);
        report.put("priority", "NORMAL");
        report.put("source", "GRID_WORKER");
        report.put("reportedBy", "grid 3");
        return report;
    }

    private static Map<String, Object> good(Consumer<Map<String, Object>> change) {
        Map<String, Object> report = good();
        change.accept(report);
        return report;
    }

    private record Bad(String what, Object body, List<String> fields) {}

    private static Bad bad(String what, Consumer<Map<String, Object>> change, String... fields) {
        return new Bad(what, good(change), List.of(fields));
    }

    private static Map<String, Long> rowCounts() {
        Map<String, Long> counts = new LinkedHashMap<>();
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
    void everyBadReportIsRefusedNamingItsFieldsAndNothingIsStored() {
        LocalDateTime now = LocalDateTime.now(ZONE).truncatedTo(ChronoUnit.SECONDS);
        // Outside the streets' bounding box by about 340 m and 330 m: inside the area's margin, but at least 470 m from
        // any street, farther than the snapping distance.
        double offLon = streets.getMinX() - 0.004;
        double offLat = streets.getMinY() - 0.003;
        List<Bad> cases = new ArrayList<>(List.of(
                bad("an empty id", r -> r.put("id", ""), "id"),
                bad("an id with a space", r -> r.put("id", "bs 1"), "id"),
                bad("an id with markup", r -> r.put("id", "<b>bs</b>"), "id"),
                bad("an id of 10,000 characters", r -> r.put("id", "x".repeat(10_000)), "id"),
                bad("an id a street segment has", r -> r.put("id", segmentId), "id"),
                bad("lon 0, lat 0", r -> r.putAll(Map.of("lon", 0, "lat", 0)), "lon", "lat"),
                bad("off every street", r -> r.putAll(Map.of("lon", offLon, "lat", offLat)), "lon", "lat"),
                bad("lon and lat swapped", r -> r.putAll(Map.of("lon", r.get("lat"), "lat", r.get("lon"))), "lat"),
                bad("lat beyond the pole", r -> r.put("lat", 91), "lat"),
                bad("no lon", r -> r.remove("lon"), "lon"),
                bad("lon as text", r -> r.put("lon", "east"), "lon"),
                bad("an unknown category", r -> r.put("category", "ROCKET"), "category"),
                bad("no priority", r -> r.remove("priority"), "priority"),
                bad("a volume of 1e308", r -> r.put("volumeM3", 1e308), "volumeM3"),
                bad("a volume above the limit", r -> r.put("volumeM3", 51), "volumeM3"),
                bad("a negative volume", r -> r.put("volumeM3", -1), "volumeM3"),
                bad("unknown equipment", r -> r.put("equipment", List.of("jetpack")), "equipment[0]"),
                bad("equipment twice", r -> r.put("equipment", List.of("loader", "loader")), "equipment[1]"),
                // A million entries are a body over the size limit: RequestLimitsIT answers that with a 413.
                bad(
                        "a thousand equipment entries",
                        r -> r.put("equipment", Collections.nCopies(1_000, "loader")),
                        "equipment"),
                bad("a NUL in the description", r -> r.put("description", "bags\u0000here"), "description"),
                bad("a description of 2,001 characters", r -> r.put("description", "x".repeat(2001)), "description"),
                bad("a photo reference of 501 characters", r -> r.put("photoRef", "p".repeat(501)), "photoRef"),
                bad("a blank reporter", r -> r.put("reportedBy", " "), "reportedBy"),
                bad("a line break in the reporter", r -> r.put("reportedBy", "grid\n3"), "reportedBy"),
                bad("reported at 9999-12-31", r -> r.put("reportedAt", "9999-12-31T00:00:00"), "reportedAt"),
                bad("reported in 1970", r -> r.put("reportedAt", "1970-01-01T00:00:00"), "reportedAt"),
                bad(
                        "reported tomorrow",
                        r -> r.put("reportedAt", now.plusDays(1).toString()),
                        "reportedAt"),
                bad(
                        "a deadline before the report",
                        r -> r.put("deadline", now.minusHours(1).toString()),
                        "deadline"),
                bad(
                        "a deadline in 60 days",
                        r -> r.put("deadline", now.plusDays(60).toString()),
                        "deadline"),
                bad(
                        "everything wrong at once",
                        r -> r.putAll(Map.of("id", "a b", "lon", 0, "lat", 0, "volumeM3", 1e308, "reportedBy", "")),
                        "id",
                        "lon",
                        "lat",
                        "volumeM3",
                        "reportedBy")));
        cases.add(new Bad("an empty body", "", List.of("body")));
        cases.add(new Bad(
                "an empty object",
                Map.of(),
                List.of("lon", "lat", "category", "volumeM3", "priority", "source", "reportedBy")));
        Map<String, Long> before = rowCounts();

        SoftAssertions softly = new SoftAssertions();
        for (Bad bad : cases) {
            var response = app.post(REPORTS, bad.body());
            softly.assertThat(response.status().value())
                    .as(bad.what() + ": " + response.body())
                    .isEqualTo(400);
            if (response.status().value() == 400) {
                List<String> named = new ArrayList<>();
                response.json()
                        .get("errors")
                        .forEach(error -> named.add(error.get("field").asText()));
                softly.assertThat(named).as(bad.what() + ": " + response.body()).containsAll(bad.fields());
                softly.assertThat(response.body())
                        .as(bad.what() + ": no class names, no server paths")
                        .doesNotContain("java.", "city.sanitation", "/tmp/", "Exception");
            }
        }
        softly.assertAll();
        assertThat(rowCounts()).as("nothing stored").isEqualTo(before);
    }

    @Test
    void anImportedReportWhoseIdTheLedgerCannotTakeRefusesTheWholeImport() throws Exception {
        var dataset = (com.fasterxml.jackson.databind.node.ObjectNode)
                AppInstance.JSON.readTree(SampleData.smallDistrict(TODAY));
        for (JsonNode feature : dataset.get("features")) {
            if ("blind_spot".equals(feature.get("properties").get("kind").asText())) {
                ((com.fasterxml.jackson.databind.node.ObjectNode) feature.get("properties")).put("id", "bs 1 <b>");
                break;
            }
        }
        long versions = app.jdbc()
                .sql("SELECT count(*) FROM dataset_version")
                .query(Long.class)
                .single();
        Map<String, Long> before = rowCounts();
        var imported = app.post("/api/districts/ledger/datasets", dataset.toString());
        assertThat(imported.status().value()).as(imported.body()).isEqualTo(400);
        assertThat(imported.json().get("errors").get(0).get("field").asText()).isEqualTo("blind spot (bs 1 <b>) id");
        assertThat(app.jdbc()
                        .sql("SELECT count(*) FROM dataset_version")
                        .query(Long.class)
                        .single())
                .isEqualTo(versions);
        assertThat(rowCounts()).isEqualTo(before);
    }

    @Test
    void theWrongPlaceIsExplainedInTheUsersTerms() {
        var response = app.post(REPORTS, good(r -> r.putAll(Map.of("lon", 0, "lat", 0))));
        assertThat(response.status().value()).isEqualTo(400);
        assertThat(response.json().get("errors").get(0).get("reason").asText())
                .contains("outside the area of district (ledger)")
                .contains("Maybe lon and lat are swapped");

        var offStreet = app.post(
                REPORTS,
                good(r -> r.putAll(Map.of("lon", streets.getMinX() - 0.004, "lat", streets.getMinY() - 0.003))));
        assertThat(offStreet.status().value()).isEqualTo(400);
        assertThat(offStreet.json().get("errors").get(0).get("reason").asText())
                .contains("m from the nearest street segment")
                .contains("farther than the maximum snapping distance (300 m)");
    }

    @Test
    void aGoodReportIsFiledWithItsLocationAndAKnownIdIsAConflict() throws Exception {
        Map<String, Long> before = rowCounts();
        String body = AppInstance.JSON.writeValueAsString(good(r -> {
            r.put("id", "bs-good.1_a");
            r.put("equipment", List.of("loader"));
            r.put("description", "Bags at the lane corner\nbehind the market");
            r.put(
                    "reportedAt",
                    LocalDateTime.now(ZONE)
                            .minusDays(2)
                            .truncatedTo(ChronoUnit.MINUTES)
                            .toString());
        }));
        HttpResponse<String> filed = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(app.baseUrl + REPORTS))
                                .header("Authorization", app.authorization())
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString(body))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(filed.statusCode()).as(filed.body()).isEqualTo(201);
        assertThat(filed.headers().firstValue("Location")).hasValue(REPORTS + "/bs-good.1_a");
        assertThat(app.get(REPORTS + "/bs-good.1_a")
                        .json()
                        .get("equipment")
                        .get(0)
                        .asText())
                .isEqualTo("loader");
        assertThat(rowCounts()).containsEntry("blind_spot", before.get("blind_spot") + 1);

        var again = app.post(REPORTS, good(r -> r.put("id", "bs-good.1_a")));
        assertThat(again.status().value()).as(again.body()).isEqualTo(409);
        assertThat(again.json().get("detail").asText())
                .contains("The report (bs-good.1_a) is already in the ledger of district (ledger).");
        assertThat(rowCounts()).containsEntry("blind_spot", before.get("blind_spot") + 1);
    }
}
