package city.sanitation.app.weather;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import city.sanitation.app.AppInstance;
import city.sanitation.app.SampleData;
import city.sanitation.app.TestDatabase;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A district's forecast stored apart from its data, on a real PostgreSQL: sent through the API (checked, a bad one
 * refused naming its field with the stored one kept) and used by the next plan, and read from a file source.
 */
class WeatherForecastIT {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

    @TempDir
    static Path folder;

    private static AppInstance app;

    @BeforeAll
    static void start() {
        app = AppInstance.start(
                "spring.datasource.url=" + TestDatabase.freshDatabaseUrl("weatherapp"),
                "sanitation.weather.source=file",
                "sanitation.weather.location=" + folder.resolve("{district}.json"),
                "sanitation.weather.poll-interval=1s");
        for (String district : List.of("frosty", "polled")) {
            var imported = app.post("/api/districts/" + district + "/datasets", SampleData.smallDistrict(TODAY));
            assertThat(imported.status().value()).as(imported.body()).isEqualTo(201);
        }
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    void aFrostForecastPutThroughTheApiIsKeptAgainstABadOneAndTheNextPlanUsesNoWater() throws Exception {
        String frost = forecast("district frost service", -10, Map.of());
        var put = app.as(dispatcher("frosty")).put("/api/districts/frosty/forecast", frost);
        assertThat(put.status().value()).as(put.body()).isEqualTo(200);
        JsonNode stored = app.get("/api/districts/frosty/forecast").json();
        assertThat(stored.get("source").asText()).isEqualTo("district frost service");
        assertThat(stored.get("receivedFrom").asText()).isEqualTo("api:wang");

        String bad = forecast("a broken feed", -10, Map.of(3, "\"temperatureC\": 263.15, \"windKmh\": 5"));
        var refused = app.put("/api/districts/frosty/forecast", bad);
        assertThat(refused.status().value()).as(refused.body()).isEqualTo(400);
        assertThat(refused.json().get("errors").get(0).get("field").asText()).isEqualTo("/hours/3/temperatureC");
        assertThat(refused.json().get("errors").get(0).get("reason").asText()).contains("Kelvin");
        assertThat(app.get("/api/districts/frosty/forecast").json().get("forecast"))
                .as("the stored forecast is unchanged")
                .isEqualTo(stored.get("forecast"));

        long planId = app.createPlan("frosty", TODAY);
        app.solveToFirstVersion(planId, Duration.ofMinutes(2));
        JsonNode plan = app.firstVersion(planId);
        List<String> passCodes = new ArrayList<>();
        plan.get("routes")
                .forEach(route -> route.get("stops").forEach(stop -> {
                    if ("STREET_PASS".equals(stop.path("taskKind").asText())) {
                        passCodes.add(stop.path("weatherCode").asText("WASHED_WITH_WATER"));
                    }
                }));
        assertThat(passCodes)
                .isNotEmpty()
                .allMatch(code -> code.startsWith("WEATHER_SWEPT_") && code.endsWith("_TOO_COLD"));
        assertThat(passCodes).contains("WEATHER_SWEPT_INSTEAD_TOO_COLD");
    }

    @Test
    void aForecastFileIsPickedUpAndABadOneStoresNothing() throws Exception {
        Path file = folder.resolve("polled.json");
        Files.writeString(file, forecast("the file feed", 12, Map.of()));
        await("the forecast read from the file")
                .atMost(Duration.ofSeconds(60))
                .until(() -> app.get("/api/districts/polled/forecast").status().value() == 200);
        JsonNode read = app.get("/api/districts/polled/forecast").json();
        assertThat(read.get("source").asText()).isEqualTo("the file feed");
        assertThat(read.get("receivedFrom").asText()).isEqualTo("file:" + file);

        Files.writeString(file, forecast("a broken feed", 12, Map.of(2, "\"temperatureC\": 5")));
        WeatherSource source = app.bean(WeatherSource.class);
        assertThat(source.refresh("polled"))
                .as("a document missing windKmh is not stored")
                .isFalse();
        assertThat(app.get("/api/districts/polled/forecast")
                        .json()
                        .get("source")
                        .asText())
                .isEqualTo("the file feed");
    }

    private static city.sanitation.app.security.NewAccount dispatcher(String district) {
        return new city.sanitation.app.security.NewAccount(
                "wang",
                "Wang",
                city.sanitation.app.security.Role.DISPATCHER,
                java.util.Set.of(district),
                null,
                null,
                null);
    }

    private static String forecast(String source, double temperatureC, Map<Integer, String> replaced) {
        return SampleData.forecast(TODAY, source, temperatureC, replaced);
    }
}
