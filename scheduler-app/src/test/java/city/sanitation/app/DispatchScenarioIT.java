package city.sanitation.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The day of a district on a real PostgreSQL: data -> solve -> publish -> crew route -> done -> closed -> compare. */
class DispatchScenarioIT {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

    private static AppInstance app;

    @BeforeAll
    static void start() {
        // Recovery looks for abandoned runs every 200 ms: a run being prepared or solved here must never look so.
        app = AppInstance.start(
                "spring.datasource.url=" + TestDatabase.freshDatabaseUrl("scenario"),
                "sanitation.solver.recovery-interval=200ms");
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    void dispatcherCrewAndManagerWorkThroughADay() throws Exception {
        var imported = app.post("/api/districts/pingcheng/datasets", SampleData.smallDistrict(TODAY));
        assertThat(imported.status().value()).as(imported.body()).isEqualTo(201);
        assertThat(imported.json().get("version").asInt()).isEqualTo(1);
        int reportsAtImport =
                app.get("/api/districts/pingcheng/blind-spots").json().size();
        assertThat(reportsAtImport).isPositive();

        long planId = app.createPlan("pingcheng", TODAY);
        var run = app.post("/api/plans/" + planId + "/solve", Map.of());
        assertThat(run.status().value()).as(run.body()).isEqualTo(202);
        assertThat(firstBestScoreEvent(planId)).contains("\"score\"");
        awaitVersions(planId, 1);

        assertThat(app.publishFirstVersion(planId).get("status").asText()).isEqualTo("PUBLISHED");
        JsonNode report = app.firstVersion(planId);
        JsonNode blindSpotStop = null;
        String vehicleId = null;
        for (JsonNode route : report.get("routes")) {
            for (JsonNode stop : route.get("stops")) {
                if ("BLIND_SPOT".equals(stop.path("taskKind").asText()) && blindSpotStop == null) {
                    blindSpotStop = stop;
                    vehicleId = route.get("vehicleId").asText();
                }
            }
        }
        assertThat(blindSpotStop).as("a published route clears a blind spot").isNotNull();
        String reportId = blindSpotStop.get("taskId").asText();
        assertThat(app.get("/api/districts/pingcheng/blind-spots/" + reportId)
                        .json()
                        .get("status")
                        .asText())
                .isEqualTo("PLANNED");

        String crewBase = "/api/districts/pingcheng/crews/" + vehicleId;
        JsonNode route = app.get(crewBase + "/route?date=" + TODAY).json();
        assertThat(route.get("route").get("stops").size()).isGreaterThan(1);
        assertThat(app.get(crewBase + "/route.geojson?date=" + TODAY)
                        .json()
                        .get("features")
                        .size())
                .isPositive();
        assertThat(app.get(crewBase + "/route-sheet?date=" + TODAY).body())
                .contains(route.get("route").get("vehicleName").asText())
                .contains("<table>");

        var early = app.post(
                "/api/districts/pingcheng/blind-spots/" + reportId + "/close", Map.of("confirmedByCrew", vehicleId));
        assertThat(early.status().value()).isEqualTo(409);
        app.post(crewBase + "/tasks/" + reportId + "/started?date=" + TODAY, "");
        var done = app.post(crewBase + "/tasks/" + reportId + "/done?date=" + TODAY, "");
        assertThat(done.json().get("progress").get(reportId).asText()).isEqualTo("DONE");
        assertThat(app.get("/api/districts/pingcheng/blind-spots/" + reportId)
                        .json()
                        .get("status")
                        .asText())
                .isEqualTo("DONE");

        var wrongCrew = app.post(
                "/api/districts/pingcheng/blind-spots/" + reportId + "/close",
                Map.of("confirmedByCrew", "someone-else"));
        assertThat(wrongCrew.status().value()).isEqualTo(400);
        assertThat(wrongCrew.json().get("errors").get(0).get("field").asText()).isEqualTo("confirmedByCrew");
        var closed = app.post(
                "/api/districts/pingcheng/blind-spots/" + reportId + "/close", Map.of("confirmedByCrew", vehicleId));
        assertThat(closed.json().get("status").asText()).isEqualTo("CLOSED");
        assertThat(app.get("/api/districts/pingcheng/blind-spots/" + reportId + "/history")
                        .json())
                .extracting(event -> event.get("status").asText())
                .containsExactly("REPORTED", "PLANNED", "IN_PROGRESS", "DONE", "CLOSED");

        // A mistyped vehicle in a breakdown report is refused and starts nothing.
        var unknownVehicle = app.post(
                "/api/plans/" + planId + "/breakdowns",
                Map.of("vehicleId", "no-such-truck", "at", TODAY + "T22:00:00"));
        assertThat(unknownVehicle.status().value()).isEqualTo(400);
        assertThat(unknownVehicle.json().get("errors").get(0).get("field").asText())
                .isEqualTo("vehicleId");
        assertThat(app.get("/api/plans/" + planId).json().get("runs").size()).isEqualTo(1);

        // A re-plan from scratch keeps what the crew reported: its route up to the done task stays as published.
        List<String> v1Tasks = taskIds(report, vehicleId);
        int doneAt = v1Tasks.indexOf(reportId);
        app.post("/api/plans/" + planId + "/solve", Map.of());
        awaitVersions(planId, 2);
        JsonNode replanned = app.get("/api/plans/" + planId + "/versions/2").json();
        assertThat(taskIds(replanned, vehicleId).subList(0, doneAt + 1)).isEqualTo(v1Tasks.subList(0, doneAt + 1));
        app.post("/api/plans/" + planId + "/versions/2/publish", Map.of());
        assertThat(app.get(crewBase + "/route?date=" + TODAY)
                        .json()
                        .get("progress")
                        .get(reportId)
                        .asText())
                .as("the crew's report survives the new version")
                .isEqualTo("DONE");
        assertThat(app.get("/api/plans/" + planId).json().get("runs"))
                .extracting(run2 -> run2.get("outcome").asText())
                .containsOnly("COMPLETED");
        JsonNode comparison = app.get("/api/comparisons?leftPlan=" + planId + "&leftVersion=1&rightPlan=" + planId
                        + "&rightVersion=2")
                .json();
        assertThat(comparison.get("kpis"))
                .extracting(row -> row.get("kpi").asText())
                .contains(
                        "vehiclesUsed",
                        "kmDriven",
                        "kmWashed",
                        "waterUsedM3",
                        "blindSpotsClearedWithinSla",
                        "toiletRoundsDone",
                        "overtimeMinutes",
                        "workingMinutesStandardDeviation");
        JsonNode v2 = app.get("/api/plans/" + planId + "/versions/2").json();
        assertThat(comparison.get("kpis").get(1).get("right").asDouble())
                .isEqualTo(v2.get("kpis").get("kmDriven").asDouble());
        assertThat(comparison.get("bySubdistrict").size()).isPositive();
    }

    @Test
    void tomorrowLeavesOutTheStreetsWashedTodayAndTheVehiclesOff() throws Exception {
        LocalDate tomorrow = TODAY.plusDays(1);
        app.post("/api/districts/nextday/datasets", SampleData.smallDistrict(TODAY));
        long today = app.createPlan("nextday", TODAY);
        app.solveToFirstVersion(today, Duration.ofSeconds(90));
        app.publishFirstVersion(today);
        JsonNode report = app.firstVersion(today);

        // Crews wash every street of the plan that is due only every other or third day, and report it done.
        Map<String, String> vehicleOfPass = new java.util.LinkedHashMap<>();
        for (JsonNode route : report.get("routes")) {
            for (JsonNode stop : route.get("stops")) {
                if ("STREET_PASS".equals(stop.path("taskKind").asText())) {
                    vehicleOfPass.put(
                            stop.get("taskId").asText(), route.get("vehicleId").asText());
                }
            }
        }
        assertThat(vehicleOfPass).isNotEmpty();
        vehicleOfPass.forEach((taskId, vehicle) -> {
            String crew = "/api/districts/nextday/crews/" + vehicle + "/tasks/" + taskId;
            app.post(crew + "/started?date=" + TODAY, "");
            assertThat(app.post(crew + "/done?date=" + TODAY, "").status().value())
                    .isEqualTo(200);
        });
        java.util.Set<String> notDueTomorrow = new java.util.HashSet<>();
        JsonNode requirements =
                app.get("/api/districts/nextday/washing-requirements").json();
        for (JsonNode requirement : requirements) {
            String frequency = requirement.get("frequency").asText().toLowerCase(java.util.Locale.ROOT);
            String prefix = requirement.get("id").asText() + "-p";
            boolean washed = vehicleOfPass.keySet().stream().anyMatch(id -> id.startsWith(prefix));
            for (JsonNode undone : report.get("unassigned")) {
                washed &= !undone.get("taskId").asText().startsWith(prefix);
            }
            if (washed && !frequency.contains("daily")) {
                notDueTomorrow.add(prefix);
            }
        }
        assertThat(notDueTomorrow)
                .as("streets due every other or third day washed today")
                .isNotEmpty();

        // A truck goes to the workshop tomorrow.
        String workshop = report.get("routes").get(0).get("vehicleId").asText();
        var off = app.put(
                "/api/districts/nextday/vehicles/" + workshop + "/days-off/" + tomorrow,
                Map.of("reason", "brake service"));
        assertThat(off.status().value()).as(off.body()).isEqualTo(200);
        assertThat(app.put("/api/districts/nextday/vehicles/no-such-truck/days-off/" + tomorrow, Map.of("reason", "x"))
                        .status()
                        .value())
                .isEqualTo(404);
        var noReason = app.put("/api/districts/nextday/vehicles/" + workshop + "/days-off/" + tomorrow, Map.of());
        assertThat(noReason.json().get("errors").get(0).get("field").asText()).isEqualTo("reason");
        assertThat(app.get("/api/districts/nextday/days-off?from=" + TODAY + "&to=" + tomorrow)
                        .json())
                .extracting(day ->
                        day.get("vehicleId").asText() + " " + day.get("reason").asText())
                .containsExactly(workshop + " brake service");

        long next = app.createPlan("nextday", tomorrow);
        app.solveToFirstVersion(next, Duration.ofSeconds(90));
        JsonNode tomorrowPlan = app.firstVersion(next);
        assertThat(tomorrowPlan.get("routes"))
                .extracting(route -> route.get("vehicleId").asText())
                .isNotEmpty()
                .doesNotContain(workshop);
        List<String> tomorrowTasks = new java.util.ArrayList<>();
        tomorrowPlan
                .get("routes")
                .forEach(route -> tomorrowTasks.addAll(
                        taskIds(tomorrowPlan, route.get("vehicleId").asText())));
        tomorrowPlan
                .get("unassigned")
                .forEach(task -> tomorrowTasks.add(task.get("taskId").asText()));
        assertThat(tomorrowTasks)
                .anyMatch(id -> id.contains("-p"))
                .noneMatch(id -> notDueTomorrow.stream().anyMatch(id::startsWith));
    }

    private static List<String> taskIds(JsonNode report, String vehicleId) {
        List<String> ids = new java.util.ArrayList<>();
        for (JsonNode route : report.get("routes")) {
            if (route.get("vehicleId").asText().equals(vehicleId)) {
                route.get("stops").forEach(stop -> {
                    if (stop.hasNonNull("taskId")) {
                        ids.add(stop.get("taskId").asText());
                    }
                });
            }
        }
        return ids;
    }

    @Test
    void badInputIsAProblemDetailNamingTheFieldAndChangesNothing() {
        app.post("/api/districts/badinput/datasets", SampleData.smallDistrict(TODAY));
        int before = app.get("/api/districts/badinput/blind-spots").json().size();

        var negative = app.post(
                "/api/districts/badinput/blind-spots",
                Map.of(
                        "lon",
                        113.3,
                        "lat",
                        40.09,
                        "category",
                        "HOUSEHOLD_GARBAGE",
                        "volumeM3",
                        -2,
                        "priority",
                        "URGENT",
                        "source",
                        "PATROL",
                        "reportedBy",
                        "patrol-7"));
        assertThat(negative.status().value()).isEqualTo(400);
        assertThat(negative.json().get("errors").get(0).get("field").asText()).isEqualTo("volumeM3");
        assertThat(app.get("/api/districts/badinput/blind-spots").json().size()).isEqualTo(before);

        var unknownPriority = app.post(
                "/api/districts/badinput/blind-spots",
                Map.of(
                        "lon",
                        113.3,
                        "lat",
                        40.09,
                        "category",
                        "HOUSEHOLD_GARBAGE",
                        "volumeM3",
                        1,
                        "priority",
                        "WHENEVER",
                        "source",
                        "PATROL",
                        "reportedBy",
                        "patrol-7"));
        assertThat(unknownPriority.status().value()).as(unknownPriority.body()).isEqualTo(400);
        assertThat(unknownPriority.json().has("errors"))
                .as(unknownPriority.body())
                .isTrue();
        assertThat(unknownPriority.json().get("errors").get(0).get("field").asText())
                .isEqualTo("priority");
        assertThat(app.get("/api/districts/badinput/blind-spots").json().size()).isEqualTo(before);

        var malformed = app.post("/api/districts/badinput/datasets", "{\"formatVersion\": ");
        assertThat(malformed.status().value()).isEqualTo(400);
        assertThat(malformed.json().get("errors").size()).isPositive();
        assertThat(app.get("/api/districts/badinput/datasets").json().size()).isEqualTo(1);

        JsonNode vehicle = app.get("/api/districts/badinput/vehicles").json().get(0);
        var unknownType = app.put(
                "/api/districts/badinput/vehicles/" + vehicle.get("id").asText(),
                ((com.fasterxml.jackson.databind.node.ObjectNode) vehicle.deepCopy()).put("typeId", "no-such-type"));
        assertThat(unknownType.status().value()).isEqualTo(400);
        assertThat(unknownType.json().get("errors").get(0).get("field").asText())
                .isEqualTo("typeId");
        assertThat(app.get("/api/districts/badinput/datasets").json().size()).isEqualTo(1);

        var unknownPlan = app.get("/api/plans/999999");
        assertThat(unknownPlan.status().value()).isEqualTo(404);
        assertThat(unknownPlan.json().get("detail").asText()).contains("999999");
    }

    @Test
    void overdueReportsAreListedAndTheOpenApiDocumentIsServed() {
        app.post("/api/districts/overdue/datasets", SampleData.smallDistrict(TODAY));
        var late = app.post(
                "/api/districts/overdue/blind-spots",
                Map.of(
                        "id",
                        "late-1",
                        "lon",
                        113.3,
                        "lat",
                        40.09,
                        "category",
                        "BULKY_WASTE",
                        "volumeM3",
                        1.5,
                        "priority",
                        "URGENT",
                        "source",
                        "RESIDENT_HOTLINE",
                        "reportedBy",
                        "hotline",
                        "reportedAt",
                        TODAY.minusDays(2) + "T08:00:00"));
        assertThat(late.status().value()).as(late.body()).isEqualTo(201);
        assertThat(app.get("/api/districts/overdue/blind-spots/overdue").json())
                .extracting(spot -> spot.get("id").asText())
                .contains("late-1");

        String openApi = app.get("/v3/api-docs").body();
        assertThat(openApi)
                .contains(
                        "/api/plans/{planId}/solve",
                        "/api/comparisons",
                        "/api/districts/{districtId}/blind-spots/{id}/close");
        assertThat(app.get("/actuator/health").json().get("status").asText()).isEqualTo("UP");
        for (String metric : List.of("sanitation.solver.jobs.running", "sanitation.nightly.districts.failed")) {
            JsonNode measured = app.get("/actuator/metrics/" + metric).json();
            assertThat(measured.get("measurements").get(0).get("value").asDouble())
                    .as(metric)
                    .isZero();
        }
    }

    private static String firstBestScoreEvent(long planId) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(app.baseUrl + "/api/plans/" + planId + "/events"))
                .header("Accept", "text/event-stream")
                .header("Authorization", app.authorization())
                .build();
        HttpResponse<java.io.InputStream> response =
                HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofInputStream());
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(response.body()))) {
            String line;
            boolean best = false;
            while ((line = lines.readLine()) != null) {
                if (line.startsWith("event:")) {
                    best = line.contains("best") || line.contains("finished");
                } else if (best && line.startsWith("data:")) {
                    return line;
                }
            }
        }
        return "";
    }

    private static void awaitVersions(long planId, int count) throws InterruptedException {
        AppInstance.await("version " + count + " of plan " + planId, Duration.ofSeconds(90), () -> {
            JsonNode plan = app.get("/api/plans/" + planId).json();
            return !plan.get("solving").asBoolean() && plan.get("versions").size() >= count;
        });
    }
}
