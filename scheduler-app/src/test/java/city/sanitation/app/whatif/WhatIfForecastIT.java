package city.sanitation.app.whatif;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import city.sanitation.app.AppInstance;
import city.sanitation.app.SampleData;
import city.sanitation.app.TestDatabase;
import city.sanitation.app.weather.WeatherSource;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.dao.DataIntegrityViolationException;

/**
 * The forecasts plans are made with, on a real PostgreSQL: each version keeps its own, a manager's what-if plans the
 * day under a changed one (solved, compared, never published), a dispatcher's snowfall amends the stored forecast,
 * and the nightly job reads the weather source right before it plans.
 */
class WhatIfForecastIT {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final LocalDate DECEMBER_DAY = LocalDate.of(2026, 12, 4);

    @TempDir
    static Path folder;

    private static AppInstance app;

    @BeforeAll
    static void start() {
        // The source is polled once at start-up (no district yet) and then not for an hour: only the nightly job and
        // the test read it after that.
        app = AppInstance.start(
                "spring.datasource.url=" + TestDatabase.freshDatabaseUrl("whatif"),
                "sanitation.solver.time-limit=1s",
                "sanitation.weather.source=file",
                "sanitation.weather.location=" + folder.resolve("{district}.json"),
                "sanitation.weather.poll-interval=1h");
        for (String district : List.of("versions", "whatif", "snowy", "night")) {
            app.importSmallDistrict("/api/districts/" + district, TODAY);
        }
        var winter = app.post(
                "/api/districts/winter/datasets", SampleData.smallWinterDistrictWithSmallSpreaders(DECEMBER_DAY));
        assertThat(winter.status().value()).as(winter.body()).isEqualTo(201);
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    void eachVersionReturnsTheForecastItWasPlannedWith() {
        long planId = app.createPlan("versions", TODAY);
        int withoutForecast = solve(planId);
        assertThat(app.get("/api/plans/" + planId + "/versions/" + withoutForecast + "/forecast")
                        .status()
                        .value())
                .as("a day no forecast covered was planned without one")
                .isEqualTo(404);

        put("versions", SampleData.forecast(TODAY, "forecast A", -10, Map.of()));
        int underA = solve(planId);
        put("versions", SampleData.forecast(TODAY, "forecast B", 12, Map.of()));
        int underB = solve(planId);

        JsonNode a = app.get("/api/plans/" + planId + "/versions/" + underA + "/forecast")
                .json();
        JsonNode b = app.get("/api/plans/" + planId + "/versions/" + underB + "/forecast")
                .json();
        assertThat(a.get("source").asText()).isEqualTo("forecast A");
        assertThat(a.get("hours").get(0).get("temperatureC").asDouble()).isEqualTo(-10);
        assertThat(b.get("source").asText()).isEqualTo("forecast B");
        assertThat(b.get("hours").get(0).get("temperatureC").asDouble()).isEqualTo(12);

        JsonNode versions = app.get("/api/plans/" + planId + "/versions").json();
        assertThat(versions.get(withoutForecast - 1).get("forecast").isNull()).isTrue();
        assertThat(versions.get(underA - 1).get("forecast").get("source").asText())
                .isEqualTo("forecast A");
        assertThat(versions.get(underA - 1)
                        .get("forecast")
                        .get("minTemperatureC")
                        .asDouble())
                .isEqualTo(-10);
        assertThat(versions.get(underB - 1)
                        .get("forecast")
                        .get("minTemperatureC")
                        .asDouble())
                .isEqualTo(12);
        JsonNode comparison = app.get("/api/comparisons?leftPlan=" + planId + "&leftVersion=" + underA + "&rightPlan="
                        + planId + "&rightVersion=" + underB)
                .json();
        assertThat(comparison.get("left").get("forecast").get("source").asText())
                .isEqualTo("forecast A");
        assertThat(comparison.get("right").get("forecast").get("source").asText())
                .isEqualTo("forecast B");
        assertThat(app.jdbc()
                        .sql("SELECT count(*) FROM forecast_document WHERE source IN ('forecast A', 'forecast B')")
                        .query(Integer.class)
                        .single())
                .as("one stored document per forecast")
                .isEqualTo(2);
    }

    @Test
    void aWhatIfSnowIsPlannedAsAPlanOfItsOwnComparedAndNeverPublished() throws Exception {
        String mild = SampleData.forecast(TODAY, "mild service", 6, Map.of());
        put("whatif", mild);
        long base = app.createPlan("whatif", TODAY);
        solve(base);
        JsonNode baseForecast =
                app.get("/api/plans/" + base + "/versions/1/forecast").json().get("hours");
        LocalDateTime first =
                LocalDateTime.parse(baseForecast.get(0).get("hour").asText());
        int hours = baseForecast.size();

        // Refused, naming the field, and nothing stored.
        assertRefused(base, Map.of("kind", "hail"), "kind");
        assertRefused(base, snow(first.plusDays(2), 2, 5), "start");
        assertRefused(base, snow(first, hours + 1, 5), "hours");
        assertRefused(base, snow(first, 2, 500), "depthCm");
        assertRefused(base, snow(first.plusMinutes(30), 2, 5), "start");
        assertRefused(
                base,
                Map.of("kind", "forecast", "forecast", Map.of("source", "x", "hours", List.of())),
                "forecast/hours");
        assertRefused(
                base,
                Map.of(
                        "kind",
                        "forecast",
                        "forecast",
                        JSON.readTree(SampleData.forecast(TODAY.plusDays(3), "another day", 6, Map.of()))),
                "forecast/hours");
        assertThat(app.get("/api/plans/" + base + "/what-ifs").json()).isEmpty();

        // Snow over the whole day: no water on the street (snow hours are no warmer than 0 °C, so the reason given is
        // the frost), the streets swept instead.
        var made = app.post("/api/plans/" + base + "/what-ifs", snow(first, hours, 5));
        assertThat(made.status().value()).as(made.body()).isEqualTo(201);
        long whatIf = made.json().get("plan").get("id").asLong();
        assertThat(made.json().get("plan").get("whatIfOf").asLong()).isEqualTo(base);
        assertThat(made.json().get("baseVersion").asInt()).isEqualTo(1);
        awaitSolved(whatIf, 1);

        JsonNode comparison = app.get(
                        "/api/comparisons?leftPlan=" + base + "&leftVersion=1&rightPlan=" + whatIf + "&rightVersion=1")
                .json();
        assertThat(comparison.get("right").get("whatIf").asBoolean()).isTrue();
        assertThat(comparison.get("left").get("whatIf").asBoolean()).isFalse();
        assertThat(comparison.get("left").get("forecast").get("snowTotalCm").asDouble())
                .isZero();
        assertThat(comparison.get("right").get("forecast").get("snowTotalCm").asDouble())
                .isEqualTo(5.0);
        assertThat(comparison.get("right").get("forecast").get("source").asText())
                .isEqualTo("what-if: mild service");
        List<String> sweptOnlyUnderSnow = new ArrayList<>();
        comparison.get("codes").forEach(row -> {
            if (row.get("kind").asText().equals("weather")
                    && row.get("code").asText().startsWith("WEATHER_SWEPT_")
                    && row.get("left").asInt() == 0
                    && row.get("right").asInt() > 0) {
                sweptOnlyUnderSnow.add(row.get("code").asText());
            }
        });
        assertThat(sweptOnlyUnderSnow).as(comparison.get("codes").toString()).isNotEmpty();
        JsonNode water = null;
        for (JsonNode row : comparison.get("kpis")) {
            if (row.get("kpi").asText().equals("waterUsedM3")) {
                water = row;
            }
        }
        assertThat(water).isNotNull();
        assertThat(water.get("left").asDouble()).isPositive();
        assertThat(water.get("right").asDouble()).isZero();

        var publish = app.post("/api/plans/" + whatIf + "/versions/1/publish", Map.of());
        assertThat(publish.status().value()).as(publish.body()).isEqualTo(409);
        assertThat(publish.json().get("detail").asText()).contains("what-if").contains("Maybe");
        assertThat(app.get("/api/plans/" + whatIf + "/versions/1/forecast")
                        .json()
                        .get("source")
                        .asText())
                .isEqualTo("what-if: mild service");
        assertThatThrownBy(() -> app.jdbc()
                        .sql("UPDATE plan_version SET status = 'PUBLISHED' WHERE plan_id = ?")
                        .param(whatIf)
                        .update())
                .as("the database refuses a published what-if too")
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThat(app.get("/api/districts/whatif/forecast")
                        .json()
                        .get("source")
                        .asText())
                .as("the district's own forecast is not the what-if's")
                .isEqualTo("mild service");
        assertThat(app.get("/api/plans/" + base + "/what-ifs")
                        .json()
                        .get(0)
                        .get("id")
                        .asLong())
                .isEqualTo(whatIf);
    }

    @Test
    void aSnowfallReportAmendsTheStoredForecastAndBadReportsStoreNothing() {
        put("snowy", SampleData.forecast(TODAY, "snowy service", 3, Map.of()));
        JsonNode before = app.get("/api/districts/snowy/forecast").json();
        LocalDateTime first = LocalDateTime.parse(
                before.get("forecast").get("hours").get(0).get("hour").asText());

        assertSnowfallRefused(first.plusHours(2), first.plusHours(1), 5.0, "end");
        assertSnowfallRefused(first, first.plusHours(1), 0.0, "depthCm");
        assertSnowfallRefused(first, first.plusHours(1), null, "depthCm");
        assertSnowfallRefused(first.plusDays(7), first.plusDays(7).plusHours(2), 5.0, "start");
        assertThat(app.get("/api/districts/snowy/forecast").json()).isEqualTo(before);
        assertThat(reports("snowy")).isZero();

        Map<String, Object> snowfall = new LinkedHashMap<>();
        snowfall.put("start", first.plusHours(1).plusMinutes(30).toString());
        snowfall.put("end", first.plusHours(4).toString());
        snowfall.put("depthCm", 5);
        var reported = app.post("/api/districts/snowy/forecast/snowfall", snowfall);
        assertThat(reported.status().value()).as(reported.body()).isEqualTo(200);
        JsonNode hours = reported.json().get("forecast").get("hours");
        // 30, 60 and 60 minutes of the snowfall's 150 in the second, third and fourth hours.
        assertThat(List.of(snowCm(hours.get(0)), snowCm(hours.get(1)), snowCm(hours.get(2)), snowCm(hours.get(3))))
                .containsExactly(0.0, 1.0, 2.0, 2.0);
        assertThat(hours.get(1).get("temperatureC").asDouble())
                .as("snow lies no warmer than 0 °C")
                .isEqualTo(0.0);
        assertThat(hours.get(0).get("temperatureC").asDouble()).isEqualTo(3.0);
        assertThat(reported.json().get("receivedFrom").asText()).isEqualTo("snowfall:test-admin");
        assertThat(reports("snowy")).isEqualTo(1);
    }

    /**
     * A district imported from a December dataset keeps its winter kit and salt depots when the app builds its day: a
     * dispatcher's snowfall report makes ploughing and de-icing passes in the next re-plan, spreaders that carry little
     * salt reload it at a salt depot, and the work planned before the snow is all still there.
     */
    @Test
    void aReportedSnowfallGivesTheNextReplanItsSnowWorkWithTheDistrictsSaltDepots() {
        put("winter", SampleData.forecast(TODAY, "winter service", -8, Map.of()));
        long planId = app.createPlan("winter", TODAY);
        JsonNode before =
                app.get("/api/plans/" + planId + "/versions/" + solve(planId)).json();
        assertThat(taskIds(before)).noneMatch(WhatIfForecastIT::isSnowWork);

        LocalDateTime first = LocalDateTime.parse(app.get("/api/districts/winter/forecast")
                .json()
                .get("forecast")
                .get("hours")
                .get(0)
                .get("hour")
                .asText());
        Map<String, Object> snowfall = new LinkedHashMap<>();
        snowfall.put("start", first.toString());
        snowfall.put("end", first.plusHours(3).toString());
        snowfall.put("depthCm", 6);
        var reported = app.post("/api/districts/winter/forecast/snowfall", snowfall);
        assertThat(reported.status().value()).as(reported.body()).isEqualTo(200);

        JsonNode after =
                app.get("/api/plans/" + planId + "/versions/" + solve(planId)).json();
        List<String> afterTasks = taskIds(after);
        assertThat(afterTasks).anyMatch(id -> id.contains("-plough")).anyMatch(id -> id.endsWith("-deice"));
        // Without a salt depot no spreader could take a de-icing pass: each would break 'Task fits the vehicle'.
        assertThat(after.get("score").asText()).as("no hard rule broken").startsWith("0hard");
        List<String> done = new ArrayList<>();
        after.get("routes")
                .forEach(route -> route.get("stops")
                        .forEach(stop -> done.add(stop.path("taskId").asText())));
        assertThat(done).as("de-icing passes on the routes").anyMatch(id -> id.endsWith("-deice"));
        assertThat(afterTasks).as("nothing planned before the snow is lost").containsAll(taskIds(before));
        List<String> reloadedAt = new ArrayList<>();
        List<String> refilledAt = new ArrayList<>();
        after.get("routes")
                .forEach(route -> route.get("stops").forEach(stop -> {
                    if (stop.get("kind").asText().equals("SALT_RELOAD")) {
                        reloadedAt.add(stop.get("facilityId").asText());
                    } else if (stop.get("kind").asText().equals("REFILL")) {
                        refilledAt.add(stop.get("facilityId").asText());
                    }
                }));
        assertThat(reloadedAt)
                .as("spreaders with little salt reload it, only at the district's salt depots")
                .isNotEmpty()
                .allMatch(id -> id.startsWith("salt-"));
        assertThat(refilledAt).as("water is not refilled at a salt depot").noneMatch(id -> id.startsWith("salt-"));
        assertThat(after.get("kpis").get("saltReloads").asInt()).isEqualTo(reloadedAt.size());
    }

    private static boolean isSnowWork(String taskId) {
        return taskId.contains("-plough") || taskId.endsWith("-deice");
    }

    /** Every task of the plan, done or not. */
    private static List<String> taskIds(JsonNode plan) {
        List<String> ids = new ArrayList<>();
        plan.get("routes")
                .forEach(route -> route.get("stops").forEach(stop -> {
                    if (stop.hasNonNull("taskId")) {
                        ids.add(stop.get("taskId").asText());
                    }
                }));
        plan.get("unassigned").forEach(task -> ids.add(task.get("taskId").asText()));
        return ids;
    }

    @Test
    void theNightlyJobReadsTheWeatherSourceRightBeforeItPlans() throws Exception {
        LocalDate tomorrow = TODAY.plusDays(1);
        Path file = folder.resolve("night.json");
        Files.writeString(file, SampleData.forecast(tomorrow, "evening feed", 5, Map.of()));
        assertThat(app.bean(WeatherSource.class).refresh("night")).isTrue();
        assertThat(app.get("/api/districts/night/forecast").json().get("source").asText())
                .isEqualTo("evening feed");

        // The feed changes after the last poll; the nightly job fires before the next one.
        Files.writeString(file, SampleData.forecast(tomorrow, "night feed", -8, Map.of()));
        var fired = app.post("/api/districts/night/nightly/run", Map.of());
        assertThat(fired.status().value()).as(fired.body()).isEqualTo(202);
        long nightly = await("the nightly plan")
                .atMost(Duration.ofSeconds(60))
                .until(
                        () -> {
                            for (JsonNode plan :
                                    app.get("/api/districts/night/plans").json()) {
                                if (plan.get("nightly").asBoolean()) {
                                    return plan.get("id").asLong();
                                }
                            }
                            return 0L;
                        },
                        id -> id > 0);
        int version = awaitSolved(nightly, 1);
        JsonNode used = app.get("/api/plans/" + nightly + "/versions/" + version + "/forecast")
                .json();
        assertThat(used.get("source").asText()).isEqualTo("night feed");
        assertThat(used.get("hours").get(0).get("temperatureC").asDouble()).isEqualTo(-8);
    }

    private static Map<String, Object> snow(LocalDateTime start, int hours, double depthCm) {
        return Map.of("kind", "snow", "start", start.toString(), "hours", hours, "depthCm", depthCm);
    }

    private static void assertRefused(long base, Map<String, Object> request, String field) {
        var refused = app.post("/api/plans/" + base + "/what-ifs", request);
        assertThat(refused.status().value()).as(refused.body()).isEqualTo(400);
        assertThat(refused.json().get("errors").get(0).get("field").asText()).startsWith(field);
    }

    private static void assertSnowfallRefused(LocalDateTime start, LocalDateTime end, Double depthCm, String field) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("start", start.toString());
        body.put("end", end.toString());
        body.put("depthCm", depthCm);
        var refused = app.post("/api/districts/snowy/forecast/snowfall", body);
        assertThat(refused.status().value()).as(refused.body()).isEqualTo(400);
        assertThat(refused.json().get("errors").get(0).get("field").asText()).isEqualTo(field);
        assertThat(refused.json().get("errors").get(0).get("reason").asText()).contains("Maybe");
    }

    private static double snowCm(JsonNode hour) {
        return hour.path("precipitation").path("depthCm").asDouble(0);
    }

    private static int reports(String district) {
        return app.jdbc()
                .sql("SELECT count(*) FROM snowfall_report WHERE district_id = ?")
                .param(district)
                .query(Integer.class)
                .single();
    }

    private static void put(String district, String forecast) {
        var put = app.put("/api/districts/" + district + "/forecast", forecast);
        assertThat(put.status().value()).as(put.body()).isEqualTo(200);
    }

    /** Solves the plan afresh and returns its new version. */
    private static int solve(long planId) {
        int before = app.get("/api/plans/" + planId + "/versions").json().size();
        var run = app.post("/api/plans/" + planId + "/solve", Map.of());
        assertThat(run.status().value()).as(run.body()).isEqualTo(202);
        return awaitSolved(planId, before + 1);
    }

    private static int awaitSolved(long planId, int versions) {
        await("version " + versions + " of plan " + planId)
                .atMost(Duration.ofSeconds(90))
                .until(() ->
                        app.get("/api/plans/" + planId + "/versions").json().size() >= versions
                                && !app.get("/api/plans/" + planId)
                                        .json()
                                        .get("solving")
                                        .asBoolean());
        JsonNode all = app.get("/api/plans/" + planId + "/versions").json();
        return all.get(all.size() - 1).get("version").asInt();
    }
}
