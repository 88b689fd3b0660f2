package city.sanitation.app;

import static org.assertj.core.api.Assertions.assertThat;

import city.sanitation.district.SampleDistrictGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Many callers filing one new report id at once: the ledger stores it once and tells every other caller so. */
class LedgerFilingRaceIT {

    private static final LocalDate TODAY = LocalDate.now(SampleDistrictGenerator.TIME_ZONE);
    private static final String REPORTS = "/api/districts/race/blind-spots";
    private static final int CALLERS = 20;

    private static AppInstance app;

    @BeforeAll
    static void start() {
        // Fewer pooled connections than callers: a request that needs a second connection while it holds one (a query
        // inside another's row mapper did) makes them all wait for each other until the pool's timeout.
        app = AppInstance.start(
                "spring.datasource.url=" + TestDatabase.freshDatabaseUrl("ledgerrace"),
                "spring.datasource.hikari.maximum-pool-size=2",
                "spring.datasource.hikari.connection-timeout=10000");
        app.importSmallDistrict("/api/districts/race", TODAY);
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    void twentyConcurrentFilingsOfOneNewIdGiveOneCreatedAndNineteenConflicts() throws Exception {
        JsonNode known = app.get(REPORTS).json().get(0);
        Map<String, Object> report = Map.of(
                "id", "bs-race",
                "lon", known.get("lon").asDouble(),
                "lat", known.get("lat").asDouble(),
                "category", "BULKY_WASTE",
                "volumeM3", 2.0,
                "priority", "HIGH",
                "source", "RESIDENT_HOTLINE",
                "reportedBy", "hotline");
        // The district's area and streets are read once per data version, on the first filing; read them before the
        // race so that it measures the race, not twenty threads reading them at once on a busy machine.
        Map<String, Object> warmUp = new HashMap<>(report);
        warmUp.put("id", "bs-race-warm-up");
        assertThat(app.post(REPORTS, warmUp).status().value()).isEqualTo(201);
        CountDownLatch ready = new CountDownLatch(CALLERS);
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService callers = Executors.newFixedThreadPool(CALLERS);
        List<Future<AppInstance.Response>> answers = new ArrayList<>();
        try {
            for (int i = 0; i < CALLERS; i++) {
                answers.add(callers.submit(() -> {
                    ready.countDown();
                    go.await();
                    return app.post(REPORTS, report);
                }));
            }
            ready.await();
            go.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<AppInstance.Response> answer : answers) {
                AppInstance.Response response = answer.get();
                statuses.add(response.status().value());
                if (response.status().value() == 409) {
                    assertThat(response.json().get("detail").asText())
                            .startsWith("The report (bs-race) is already in the ledger of district (race).");
                }
            }
            assertThat(statuses)
                    .as("one filing stores it, every other one is told it is there: no 400, no 500")
                    .containsOnly(201, 409)
                    .filteredOn(status -> status == 201)
                    .hasSize(1);
        } finally {
            callers.shutdownNow();
        }
        assertThat(app.jdbc()
                        .sql("SELECT count(*) FROM blind_spot WHERE district_id = 'race' AND id = 'bs-race'")
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        assertThat(app.get(REPORTS + "/bs-race/history").json()).hasSize(1);
    }
}
