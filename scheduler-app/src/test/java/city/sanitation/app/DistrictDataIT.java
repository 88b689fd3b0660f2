package city.sanitation.app;

import static org.assertj.core.api.Assertions.assertThat;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.FileSystemResource;

/** A district's data edited one element at a time: each change a new version, each rejected one changing nothing. */
class DistrictDataIT {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));
    private static final String DISTRICT = "/api/districts/pingcheng";

    private static AppInstance app;

    @BeforeAll
    static void start() {
        // Long enough to put a report into a solve while it runs.
        app = AppInstance.start(
                "spring.datasource.url=" + TestDatabase.freshDatabaseUrl("districtdata"),
                "sanitation.solver.time-limit=6s");
        app.importSmallDistrict(DISTRICT, TODAY);
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    void concurrentEditsOfOneDistrictAreAllKept() throws Exception {
        ObjectNode toilet = (ObjectNode)
                app.get(DISTRICT + "/toilets").json().get("features").get(0).deepCopy();
        ((ObjectNode) toilet.get("properties")).remove("id");
        int before = app.get(DISTRICT + "/datasets").json().size();
        var pool = java.util.concurrent.Executors.newFixedThreadPool(8);
        var ready = new java.util.concurrent.CountDownLatch(1);
        try {
            List<java.util.concurrent.Future<AppInstance.Response>> answers = new java.util.ArrayList<>();
            for (int i = 0; i < 8; i++) {
                String id = "toilet-race-" + i;
                answers.add(pool.submit(() -> {
                    ready.await();
                    return app.put(DISTRICT + "/toilets/" + id, toilet);
                }));
            }
            ready.countDown();
            for (var answer : answers) {
                assertThat(answer.get().status().value())
                        .as(answer.get().body())
                        .isEqualTo(200);
            }
        } finally {
            pool.shutdownNow();
        }
        // Each edit read the version the one before it stored: the newest version has all eight toilets.
        JsonNode toilets = app.get(DISTRICT + "/toilets").json();
        for (int i = 0; i < 8; i++) {
            assertThat(feature(toilets, "toilet-race-" + i))
                    .as("toilet-race-" + i)
                    .isNotNull();
        }
        assertThat(app.get(DISTRICT + "/datasets").json().size()).isEqualTo(before + 8);
        for (int i = 0; i < 8; i++) {
            assertThat(app.delete(DISTRICT + "/toilets/toilet-race-" + i)
                            .status()
                            .value())
                    .isEqualTo(200);
        }
    }

    @Test
    void toiletsAreAddedChangedListedAndRemoved() {
        JsonNode toilets = app.get(DISTRICT + "/toilets").json();
        assertThat(toilets.get("type").asText()).isEqualTo("FeatureCollection");
        ObjectNode toilet = (ObjectNode) toilets.get("features").get(0).deepCopy();
        ObjectNode properties = (ObjectNode) toilet.get("properties");
        properties.remove("id");
        properties.put("name", "New flagship toilet").put("roundsPerDay", 3);

        var added = app.put(DISTRICT + "/toilets/toilet-new", toilet);
        assertThat(added.status().value()).as(added.body()).isEqualTo(200);
        int version = added.json().get("version").asInt();
        JsonNode stored = feature(app.get(DISTRICT + "/toilets").json(), "toilet-new");
        assertThat(stored.get("properties").get("name").asText()).isEqualTo("New flagship toilet");
        assertThat(stored.get("properties").get("roundsPerDay").asInt()).isEqualTo(3);

        properties.put("roundsPerDay", 4);
        assertThat(app.put(DISTRICT + "/toilets/toilet-new", toilet)
                        .json()
                        .get("version")
                        .asInt())
                .isEqualTo(version + 1);
        assertThat(feature(app.get(DISTRICT + "/toilets").json(), "toilet-new")
                        .get("properties")
                        .get("roundsPerDay")
                        .asInt())
                .isEqualTo(4);

        var removed = app.delete(DISTRICT + "/toilets/toilet-new");
        assertThat(removed.json().get("version").asInt()).isEqualTo(version + 2);
        assertThat(feature(app.get(DISTRICT + "/toilets").json(), "toilet-new")).isNull();
        assertThat(app.delete(DISTRICT + "/toilets/toilet-new").status().value())
                .isEqualTo(404);
    }

    @Test
    void badToiletsHydrantsAndRequirementsAreRejectedNamingTheFieldAndChangeNothing() {
        int versions = versionCount();
        ObjectNode toilet = (ObjectNode)
                app.get(DISTRICT + "/toilets").json().get("features").get(0).deepCopy();
        String toiletId = toilet.get("properties").get("id").asText();
        ((ObjectNode) toilet.get("properties")).put("roundsPerDay", -1);
        assertRejected(app.put(DISTRICT + "/toilets/" + toiletId, toilet), "properties.roundsPerDay");

        ObjectNode lineToilet = (ObjectNode)
                app.get(DISTRICT + "/toilets").json().get("features").get(0).deepCopy();
        ((ObjectNode) lineToilet.get("geometry")).put("type", "Polygon");
        assertRejected(app.put(DISTRICT + "/toilets/" + toiletId, lineToilet), "geometry.type");
        assertRejected(app.put(DISTRICT + "/toilets/" + toiletId, "{\"type\": \"Feature\", "), "body");
        assertRejected(
                app.put(DISTRICT + "/toilets/" + toiletId, Map.of("type", "FeatureCollection", "features", List.of())),
                "type");

        ObjectNode hydrant = (ObjectNode)
                app.get(DISTRICT + "/hydrants").json().get("features").get(0).deepCopy();
        String hydrantId = hydrant.get("properties").get("id").asText();
        ((ObjectNode) hydrant.get("properties")).put("refillMinutes", -5);
        assertRejected(app.put(DISTRICT + "/hydrants/" + hydrantId, hydrant), "properties.refillMinutes");
        ObjectNode misnamed = (ObjectNode)
                app.get(DISTRICT + "/hydrants").json().get("features").get(0).deepCopy();
        assertRejected(app.put(DISTRICT + "/hydrants/other-id", misnamed), "properties.id");

        ObjectNode requirement = (ObjectNode)
                app.get(DISTRICT + "/washing-requirements").json().get(0).deepCopy();
        requirement.remove("id");
        requirement.put("segmentId", "no-such-segment");
        assertRejected(app.put(DISTRICT + "/washing-requirements/wash-new", requirement), "segmentId");
        requirement.put(
                "segmentId",
                app.get(DISTRICT + "/washing-requirements")
                        .json()
                        .get(0)
                        .get("segmentId")
                        .asText());
        requirement.put("passes", 0);
        assertRejected(app.put(DISTRICT + "/washing-requirements/wash-new", requirement), "passes");

        assertThat(app.delete(DISTRICT + "/hydrants/no-such-hydrant").status().value())
                .isEqualTo(404);
        assertThat(versionCount()).isEqualTo(versions);
    }

    @Test
    void aSaltDepotIsAddedOnTheBasemapCheckedAndRemovedOneAtATime() {
        int versions = versionCount();
        JsonNode hydrant =
                app.get(DISTRICT + "/hydrants").json().get("features").get(0);
        ObjectNode depot = JsonNodeFactory.instance.objectNode().put("type", "Feature");
        depot.set("geometry", hydrant.get("geometry").deepCopy());
        depot.putObject("properties")
                .put("kind", "salt_depot")
                .put("id", "salt-yard-east")
                .put("name", "East yard salt store")
                .put("reloadMinutes", -10);
        assertRejected(app.put(DISTRICT + "/salt-depots/salt-yard-east", depot), "properties.reloadMinutes");
        assertThat(versionCount()).isEqualTo(versions);

        ((ObjectNode) depot.get("properties")).put("reloadMinutes", 20);
        var added = app.put(DISTRICT + "/salt-depots/salt-yard-east", depot);
        assertThat(added.status().value()).as(added.body()).isEqualTo(200);
        assertThat(feature(app.get(DISTRICT + "/salt-depots").json(), "salt-yard-east")
                        .get("properties")
                        .get("reloadMinutes")
                        .asInt())
                .isEqualTo(20);
        JsonNode basemap = app.get(DISTRICT + "/basemap").json();
        assertThat(basemap.get("features"))
                .filteredOn(f ->
                        "saltDepot".equals(f.path("properties").path("layer").asText()))
                .extracting(f -> f.get("properties").get("name").asText())
                .contains("East yard salt store");

        assertThat(app.delete(DISTRICT + "/salt-depots/salt-yard-east").status().value())
                .isEqualTo(200);
        assertThat(feature(app.get(DISTRICT + "/salt-depots").json(), "salt-yard-east"))
                .isNull();
        assertThat(app.delete(DISTRICT + "/salt-depots/salt-yard-east").status().value())
                .isEqualTo(404);
        assertThat(versionCount()).isEqualTo(versions + 2);
    }

    @Test
    void hydrantsAndWashingRequirementsAreEditedAsNewVersions() {
        int versions = versionCount();
        ObjectNode hydrant = (ObjectNode)
                app.get(DISTRICT + "/hydrants").json().get("features").get(0).deepCopy();
        String hydrantId = hydrant.get("properties").get("id").asText();
        ((ObjectNode) hydrant.get("properties")).put("refillMinutes", 7);
        assertThat(app.put(DISTRICT + "/hydrants/" + hydrantId, hydrant)
                        .status()
                        .value())
                .isEqualTo(200);
        assertThat(feature(app.get(DISTRICT + "/hydrants").json(), hydrantId)
                        .get("properties")
                        .get("refillMinutes")
                        .asInt())
                .isEqualTo(7);

        ObjectNode requirement = (ObjectNode)
                app.get(DISTRICT + "/washing-requirements").json().get(0).deepCopy();
        requirement.put("id", "wash-extra").put("frequency", "weekly").put("passes", 2);
        var added = app.put(DISTRICT + "/washing-requirements/wash-extra", requirement);
        assertThat(added.status().value()).as(added.body()).isEqualTo(200);
        JsonNode stored = null;
        for (JsonNode candidate : app.get(DISTRICT + "/washing-requirements").json()) {
            if (candidate.get("id").asText().equals("wash-extra")) {
                stored = candidate;
            }
        }
        assertThat(stored).isNotNull();
        assertThat(stored.get("passes").asInt()).isEqualTo(2);
        assertThat(app.delete(DISTRICT + "/washing-requirements/wash-extra")
                        .status()
                        .value())
                .isEqualTo(200);
        assertThat(versionCount()).isEqualTo(versions + 3);
    }

    @Test
    void shiftsMoveAndOverlappingOrBackwardShiftsAreRejected() {
        JsonNode shift = app.get(DISTRICT + "/shifts").json().get(0);
        String vehicleId = shift.get("vehicleId").asText();
        // The evening before the planning day, when night shifts begin, whichever shift the first vehicle has.
        LocalDate day = TODAY.minusDays(1);
        int versions = versionCount();

        var backwards = app.put(
                DISTRICT + "/vehicles/" + vehicleId + "/shift",
                Map.of(
                        "shift",
                        Map.of("start", day + "T22:00", "end", day + "T21:00", "hardEnd", day.plusDays(1) + "T07:00"),
                        "breaks",
                        List.of()));
        assertRejected(backwards, "shift.end");
        var overlapsNextDay = app.put(
                DISTRICT + "/vehicles/" + vehicleId + "/shift",
                Map.of(
                        "shift",
                        Map.of(
                                "start",
                                day + "T20:00",
                                "end",
                                day.plusDays(1) + "T06:00",
                                "hardEnd",
                                day.plusDays(1) + "T21:00"),
                        "breaks",
                        List.of()));
        assertRejected(overlapsNextDay, "shift.hardEnd");
        var overlappingBreaks = app.put(
                DISTRICT + "/vehicles/" + vehicleId + "/shift",
                Map.of(
                        "shift",
                        Map.of(
                                "start",
                                day + "T22:00",
                                "end",
                                day.plusDays(1) + "T06:00",
                                "hardEnd",
                                day.plusDays(1) + "T07:00"),
                        "breaks",
                        List.of(
                                Map.of(
                                        "earliestStart",
                                        day.plusDays(1) + "T01:00",
                                        "latestEnd",
                                        day.plusDays(1) + "T03:00",
                                        "duration",
                                        "PT30M"),
                                Map.of(
                                        "earliestStart",
                                        day.plusDays(1) + "T02:00",
                                        "latestEnd",
                                        day.plusDays(1) + "T04:00",
                                        "duration",
                                        "PT30M"))));
        assertRejected(overlappingBreaks, "breaks[1]");
        var latestStartBeforeStart = app.put(
                DISTRICT + "/vehicles/" + vehicleId + "/shift",
                Map.of(
                        "shift",
                        Map.of(
                                "start",
                                day + "T22:00",
                                "end",
                                day.plusDays(1) + "T06:00",
                                "hardEnd",
                                day.plusDays(1) + "T07:00",
                                "latestStart",
                                day + "T21:00"),
                        "breaks",
                        List.of()));
        assertRejected(latestStartBeforeStart, "shift.latestStart");
        assertThat(app.put(
                                DISTRICT + "/vehicles/no-such-vehicle/shift",
                                Map.of(
                                        "shift",
                                        Map.of(
                                                "start",
                                                day + "T22:00",
                                                "end",
                                                day.plusDays(1) + "T06:00",
                                                "hardEnd",
                                                day.plusDays(1) + "T07:00")))
                        .status()
                        .value())
                .isEqualTo(404);
        assertThat(versionCount()).isEqualTo(versions);

        var moved = app.put(
                DISTRICT + "/vehicles/" + vehicleId + "/shift",
                Map.of(
                        "shift",
                        Map.of(
                                "start",
                                day + "T23:00",
                                "end",
                                day.plusDays(1) + "T06:00",
                                "hardEnd",
                                day.plusDays(1) + "T07:00",
                                "latestStart",
                                day.plusDays(1) + "T01:00"),
                        "breaks",
                        List.of()));
        assertThat(moved.status().value()).as(moved.body()).isEqualTo(200);
        JsonNode after = app.get(DISTRICT + "/shifts").json().get(0);
        assertThat(after.get("shift").get("start").asText()).startsWith(day + "T23:00");
        assertThat(after.get("shift").get("latestStart").asText()).startsWith(day.plusDays(1) + "T01:00");
        assertThat(after.get("breaks").size()).isZero();
        assertThat(versionCount()).isEqualTo(versions + 1);
    }

    @Test
    void aVehiclesHomeAreaIsKeptAsSentAndAnUnknownTerritoryIsRejected() {
        ObjectNode original =
                (ObjectNode) app.get(DISTRICT + "/vehicles").json().get(0);
        String vehicleId = original.get("id").asText();
        ObjectNode vehicle = original.deepCopy();
        int versions = versionCount();

        vehicle.putArray("homeTerritories").add("sd-01").add("no-such-grid");
        assertRejected(app.put(DISTRICT + "/vehicles/" + vehicleId, vehicle), "homeTerritories[1]");
        assertThat(versionCount()).isEqualTo(versions);

        vehicle.putArray("homeTerritories").add("sd-01").add("grid-02-01");
        vehicle.put("homeTerritoriesStrict", true);
        var put = app.put(DISTRICT + "/vehicles/" + vehicleId, vehicle);
        assertThat(put.status().value()).as(put.body()).isEqualTo(200);
        JsonNode stored = null;
        for (JsonNode candidate : app.get(DISTRICT + "/vehicles").json()) {
            if (candidate.get("id").asText().equals(vehicleId)) {
                stored = candidate;
            }
        }
        assertThat(stored).isNotNull();
        assertThat(stored.get("homeTerritories")).extracting(JsonNode::asText).containsExactly("sd-01", "grid-02-01");
        assertThat(stored.get("homeTerritoriesStrict").asBoolean()).isTrue();
        assertThat(versionCount()).isEqualTo(versions + 1);

        assertThat(app.put(DISTRICT + "/vehicles/" + vehicleId, original)
                        .status()
                        .value())
                .isEqualTo(200);
    }

    @Test
    void anOsmExtractBecomesADistrictAndAFileThatIsNotOsmChangesNothing() {
        var imported = app.upload(
                "/api/districts/monaco/osm?seed=7&day=" + TODAY,
                "file",
                new FileSystemResource(RepositoryFiles.osmExtract("monaco.osm.gz")));
        assertThat(imported.status().value()).as(imported.body()).isEqualTo(201);
        assertThat(imported.json().get("note").asText()).contains("monaco.osm.gz");
        assertThat(app.get("/api/districts/monaco").json().get("name").asText()).isEqualTo("osm-monaco");
        assertThat(app.get("/api/districts/monaco/vehicles").json().size()).isPositive();
        assertThat(app.get("/api/districts/monaco/toilets")
                        .json()
                        .get("features")
                        .size())
                .isPositive();
        assertThat(app.get("/api/districts/monaco/washing-requirements").json().size())
                .isPositive();

        var notOsm = app.upload(
                "/api/districts/nowhere/osm",
                "file",
                new ByteArrayResource("<html>not a map</html>".getBytes(StandardCharsets.UTF_8)) {
                    @Override
                    public String getFilename() {
                        return "nowhere.osm";
                    }
                });
        assertRejected(notOsm, "file");
        assertRejected(
                app.upload("/api/districts/nowhere/osm", "other", new ByteArrayResource(new byte[1]) {
                    @Override
                    public String getFilename() {
                        return "x.osm";
                    }
                }),
                "file");
        assertThat(app.get("/api/districts/nowhere").status().value()).isEqualTo(404);
    }

    @Test
    void anUrgentReportGetsTheSolversBestPlacesAndJoinsThePlanSolvedOrSolving() throws Exception {
        app.importSmallDistrict("/api/districts/urgent", TODAY);
        long planId = app.createPlan("urgent", TODAY);
        app.solveToFirstVersion(planId, Duration.ofSeconds(90));

        JsonNode areas =
                app.get("/api/plans/" + planId + "/versions/1/area-kpis").json();
        JsonNode report = app.firstVersion(planId);
        int tasksInRoutes = 0;
        for (JsonNode route : report.get("routes")) {
            for (JsonNode stop : route.get("stops")) {
                tasksInRoutes += stop.hasNonNull("taskId") ? 1 : 0;
            }
        }
        int tasksBySubdistrict = 0;
        for (JsonNode area : areas.get("bySubdistrict")) {
            tasksBySubdistrict += area.get("tasksDone").asInt();
        }
        assertThat(tasksBySubdistrict).isEqualTo(tasksInRoutes);
        assertThat(areas.get("byGrid").size())
                .isGreaterThan(areas.get("bySubdistrict").size());

        JsonNode known = app.get("/api/districts/urgent/blind-spots").json().get(0);
        String urgentId = newUrgentReport("urgent-1", known);
        var none = app.get("/api/plans/" + planId + "/urgent-reports/" + urgentId + "/recommendations?limit=0");
        assertRejected(none, "limit");
        JsonNode places = app.get("/api/plans/" + planId + "/urgent-reports/" + urgentId + "/recommendations?limit=3")
                .json();
        assertThat(places.size()).as(places.toString()).isBetween(1, 3);
        for (int i = 1; i < places.size(); i++) {
            assertThat(HardMediumSoftLongScore.parseScore(
                                    places.get(i - 1).get("scoreChange").asText())
                            .compareTo(HardMediumSoftLongScore.parseScore(
                                    places.get(i).get("scoreChange").asText())))
                    .isGreaterThanOrEqualTo(0);
        }
        List<String> garbageTrucks = new java.util.ArrayList<>();
        for (JsonNode vehicle : app.get("/api/districts/urgent/vehicles").json()) {
            if (vehicle.get("typeId").asText().startsWith("garbage")) {
                garbageTrucks.add(vehicle.get("id").asText());
            }
        }
        assertThat(places).extracting(place -> place.get("vehicleId").asText()).isSubsetOf(garbageTrucks);

        // Not solving: a re-plan from the newest version places it.
        var replanned = app.post("/api/plans/" + planId + "/urgent-reports/" + urgentId + "/insert", Map.of());
        assertThat(replanned.status().value()).as(replanned.body()).isEqualTo(202);
        assertThat(replanned.json().get("how").asText()).isEqualTo("REPLAN");
        awaitVersions(planId, 2);
        assertThat(routeOf(planId, 2, urgentId)).isNotNull();
        assertThat(app.get("/api/plans/" + planId + "/urgent-reports/" + urgentId + "/recommendations")
                        .status()
                        .value())
                .isEqualTo(409);

        // Solving: the report joins the running solve as a problem change.
        app.post("/api/plans/" + planId + "/solve", Map.of("fromVersion", 2));
        String secondId = newUrgentReport("urgent-2", known);
        var changed = app.post("/api/plans/" + planId + "/urgent-reports/" + secondId + "/insert", Map.of());
        assertThat(changed.status().value()).as(changed.body()).isEqualTo(202);
        assertThat(changed.json().get("how").asText()).isEqualTo("PROBLEM_CHANGE");
        awaitVersions(planId, 3);
        assertThat(routeOf(planId, 3, secondId)).isNotNull();
        assertThat(routeOf(planId, 3, urgentId)).isNotNull();
    }

    /** An urgent report at the place of a report the district already has, so running solves know the place. */
    private static String newUrgentReport(String id, JsonNode at) {
        var created = app.post(
                "/api/districts/urgent/blind-spots",
                Map.of(
                        "id",
                        id,
                        "lon",
                        at.get("lon").asDouble(),
                        "lat",
                        at.get("lat").asDouble(),
                        "category",
                        "HOUSEHOLD_GARBAGE",
                        "volumeM3",
                        0.5,
                        "priority",
                        "URGENT",
                        "source",
                        "PATROL",
                        "reportedBy",
                        "patrol-7",
                        // Yesterday: a report time after the district's now is refused, and the test may run at dawn.
                        "reportedAt",
                        TODAY.minusDays(1) + "T08:00:00",
                        "deadline",
                        TODAY + "T20:00:00"));
        assertThat(created.status().value()).as(created.body()).isEqualTo(201);
        return created.json().get("id").asText();
    }

    private static String routeOf(long planId, int version, String taskId) {
        for (JsonNode route :
                app.get("/api/plans/" + planId + "/versions/" + version).json().get("routes")) {
            for (JsonNode stop : route.get("stops")) {
                if (taskId.equals(stop.path("taskId").asText())) {
                    return route.get("vehicleId").asText();
                }
            }
        }
        return null;
    }

    private static void awaitVersions(long planId, int count) throws InterruptedException {
        AppInstance.await("version " + count + " of plan " + planId, Duration.ofSeconds(90), () -> {
            JsonNode plan = app.get("/api/plans/" + planId).json();
            return !plan.get("solving").asBoolean() && plan.get("versions").size() >= count;
        });
    }

    @Test
    void theOpenApiDocumentDescribesTheDataUrgentReportAndAreaEndpoints() {
        assertThat(app.get("/v3/api-docs").body())
                .contains(
                        "/api/districts/{districtId}/toilets/{toiletId}",
                        "/api/districts/{districtId}/hydrants/{hydrantId}",
                        "/api/districts/{districtId}/salt-depots/{saltDepotId}",
                        "/api/districts/{districtId}/washing-requirements/{requirementId}",
                        "/api/districts/{districtId}/vehicles/{vehicleId}/shift",
                        "/api/districts/{districtId}/osm",
                        "/api/plans/{planId}/urgent-reports/{reportId}/recommendations",
                        "/api/plans/{planId}/urgent-reports/{reportId}/insert",
                        "/api/plans/{planId}/versions/{version}/area-kpis");
    }

    private static void assertRejected(AppInstance.Response response, String field) {
        assertThat(response.status().value()).as(response.body()).isEqualTo(400);
        assertThat(response.json().get("errors"))
                .as(response.body())
                .extracting(error -> error.get("field").asText())
                .contains(field);
    }

    private static int versionCount() {
        return app.get(DISTRICT + "/datasets").json().size();
    }

    private static JsonNode feature(JsonNode collection, String id) {
        for (JsonNode feature : collection.get("features")) {
            if (feature.get("properties").get("id").asText().equals(id)) {
                return feature;
            }
        }
        return null;
    }
}
