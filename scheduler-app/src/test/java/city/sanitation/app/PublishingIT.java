package city.sanitation.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import city.sanitation.app.planning.Plan;
import city.sanitation.app.planning.Plans;
import city.sanitation.app.security.NewAccount;
import city.sanitation.app.security.Role;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;

/**
 * Publishing on a real PostgreSQL: one published version per district and day whoever publishes what at once, the
 * crews' reported work carried over to the version that replaces theirs, the crew told that its route changed, and
 * reports made on a replaced route refused.
 */
class PublishingIT {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));
    private static final String DISTRICT = "pingcheng";

    private static AppInstance app;

    @BeforeAll
    static void start() {
        app = AppInstance.start("spring.datasource.url=" + TestDatabase.freshDatabaseUrl("publishing"));
        var imported = app.post("/api/districts/" + DISTRICT + "/datasets", SampleData.smallDistrict(TODAY));
        assertThat(imported.status().value()).as(imported.body()).isEqualTo(201);
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    void oneDayHasOnePublishedVersionAndItsCrewsKeepTheirWork() throws Exception {
        long first = solvedPlan();
        long second = solvedPlan();

        // Ten dispatchers publish the same version at once: one of them publishes it, the others are told it is.
        List<String> callers = new ArrayList<>();
        List<Callable<AppInstance.Response>> publishes = new ArrayList<>();
        CountDownLatch ready = new CountDownLatch(1);
        for (int i = 0; i < 10; i++) {
            String caller = "dispatcher-" + i;
            callers.add(caller);
            AppInstance.Client client =
                    app.as(new NewAccount(caller, caller, Role.DISPATCHER, Set.of(DISTRICT), null, null, null));
            publishes.add(() -> {
                ready.await();
                return client.post("/api/plans/" + first + "/versions/1/publish", Map.of());
            });
        }
        List<AppInstance.Response> answers = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(10);
        try {
            List<Future<AppInstance.Response>> futures = new ArrayList<>();
            publishes.forEach(publish -> futures.add(pool.submit(publish)));
            ready.countDown();
            for (Future<AppInstance.Response> future : futures) {
                answers.add(future.get());
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(answers)
                .extracting(answer -> answer.status().value())
                .containsOnly(200, 409)
                .filteredOn(status -> status == 200)
                .hasSize(1);
        AppInstance.Response won = answers.stream()
                .filter(answer -> answer.status().value() == 200)
                .findFirst()
                .orElseThrow();
        String publisher = won.json().get("publishedBy").asText();
        assertThat(callers).contains(publisher);
        answers.stream()
                .filter(answer -> answer.status().value() == 409)
                .forEach(refused -> assertThat(refused.json().get("detail").asText())
                        .contains("already published")
                        .contains(publisher));
        assertThat(app.jdbc()
                        .sql("SELECT DISTINCT actor FROM blind_spot_event WHERE district_id = ? AND status = 'PLANNED'")
                        .param(DISTRICT)
                        .query(String.class)
                        .list())
                .as("the ledger names the one who published")
                .containsExactly(publisher);
        long firstV1 = won.json().get("id").asLong();

        // A crew works from it and reports a task done.
        JsonNode report = app.get("/api/plans/" + first + "/versions/1").json();
        String vehicle = vehicleWithTasks(report);
        String crewBase = "/api/districts/" + DISTRICT + "/crews/" + vehicle;
        JsonNode route = app.get(crewBase + "/route?date=" + TODAY).json();
        assertThat(route.get("planVersionId").asLong()).isEqualTo(firstV1);
        assertThat(route.get("publishedBy").asText()).isEqualTo(publisher);
        assertThat(route.get("change").isNull())
                .as("a first publish changes no route")
                .isTrue();
        List<String> tasks = taskIds(route.get("route"));
        String doneTask = tasks.get(0);
        var done = app.post(crewBase + "/tasks/" + doneTask + "/done?date=" + TODAY + "&planVersionId=" + firstV1, "");
        assertThat(done.status().value()).as(done.body()).isEqualTo(200);

        // Another plan of the same day is published: it supersedes the first, and the crew's work carries over.
        JsonNode replaced = app.publishFirstVersion(second);
        long secondV1 = replaced.get("id").asLong();
        assertThat(replaced.get("supersedes").asLong()).isEqualTo(firstV1);
        assertThat(app.get("/api/plans/" + first + "/versions")
                        .json()
                        .get(0)
                        .get("status")
                        .asText())
                .isEqualTo("SUPERSEDED");
        assertThat(publishedOfTheDay()).containsExactly(secondV1);
        assertThat(progressOf(secondV1)).as("carried over").containsEntry(doneTask, "DONE");
        String doneBy =
                vehicleOf(app.get("/api/plans/" + second + "/versions/1").json(), doneTask);
        JsonNode doneRoute = app.get("/api/districts/" + DISTRICT + "/crews/" + doneBy + "/route?date=" + TODAY)
                .json();
        assertThat(doneRoute.get("progress").get(doneTask).asText())
                .as("done is done, whichever crew the new version gives it to")
                .isEqualTo("DONE");

        // The crew's page learns that its route changed, when and by whom.
        JsonNode changed = app.get(crewBase + "/route?date=" + TODAY).json();
        assertThat(changed.get("planVersionId").asLong()).isEqualTo(secondV1);
        JsonNode change = changed.get("change");
        assertThat(change.get("previousPlanVersionId").asLong()).isEqualTo(firstV1);
        assertThat(change.get("by").asText()).isEqualTo(AppInstance.TEST_ADMIN);
        assertThat(change.get("at").asText()).isNotBlank();
        List<String> now = taskIds(changed.get("route"));
        assertThat(change.get("stopsAdded"))
                .extracting(JsonNode::asText)
                .allMatch(now::contains)
                .noneMatch(tasks::contains);
        assertThat(change.get("stopsRemoved"))
                .extracting(JsonNode::asText)
                .allMatch(tasks::contains)
                .noneMatch(now::contains);

        // A report made on the replaced route is refused, naming the route now, and records nothing.
        int rowsBefore = progressRows();
        String next =
                now.stream().filter(task -> !task.equals(doneTask)).findFirst().orElseThrow();
        var stale = app.post(crewBase + "/tasks/" + next + "/started?date=" + TODAY + "&planVersionId=" + firstV1, "");
        assertThat(stale.status().value()).as(stale.body()).isEqualTo(409);
        assertThat(stale.json().get("detail").asText()).contains("replaced").contains("planVersionId " + secondV1);
        assertThat(progressRows()).isEqualTo(rowsBefore);
        var current =
                app.post(crewBase + "/tasks/" + next + "/started?date=" + TODAY + "&planVersionId=" + secondV1, "");
        assertThat(current.status().value()).as(current.body()).isEqualTo(200);

        // A second version of the first plan replaces the second plan's: still one published version of the day.
        long firstV2Plan = first;
        app.post("/api/plans/" + firstV2Plan + "/solve", Map.of());
        awaitVersions(firstV2Plan, 2);
        var again = app.post("/api/plans/" + firstV2Plan + "/versions/2/publish", Map.of());
        assertThat(again.status().value()).as(again.body()).isEqualTo(200);
        long firstV2 = again.json().get("id").asLong();
        assertThat(publishedOfTheDay()).containsExactly(firstV2);
        assertThat(progressOf(firstV2))
                .as("the crews' work, kept in place by the re-plan, carried over again")
                .containsEntry(doneTask, "DONE")
                .containsEntry(next, "STARTED");
        assertThat(app.post("/api/plans/" + firstV2Plan + "/versions/2/publish", Map.of())
                        .status()
                        .value())
                .isEqualTo(409);

        // The database itself refuses a second published version of the day, whoever writes it.
        assertThatThrownBy(() -> app.jdbc()
                        .sql("UPDATE plan_version SET status = 'PUBLISHED' WHERE id = ?")
                        .param(secondV1)
                        .update())
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThat(publishedOfTheDay()).containsExactly(firstV2);
    }

    @Test
    void aPlanForADayFarFromTodayIsRefusedNamingTheDate() {
        int plansBefore = planCount();
        for (String date : List.of(
                "0000-01-01",
                "+999999999-12-31",
                "-999999999-01-01",
                TODAY.plusDays(61).toString(),
                TODAY.minusDays(8).toString(),
                "2026-02-30",
                "tomorrow")) {
            var refused = app.post("/api/districts/" + DISTRICT + "/plans", Map.of("date", date));
            assertThat(refused.status().value())
                    .as(date + ": " + refused.body())
                    .isEqualTo(400);
            assertThat(refused.json().get("errors").get(0).get("field").asText())
                    .as(date)
                    .isEqualTo("date");
            assertThat(refused.body()).doesNotContain("java.", "Exception");
        }
        var farAhead = app.post("/api/districts/" + DISTRICT + "/plans", Map.of("date", "0000-01-01"));
        assertThat(farAhead.json().get("errors").get(0).get("reason").asText())
                .contains("must be between " + TODAY.minusDays(7) + " and " + TODAY.plusDays(60));
        assertThat(planCount()).isEqualTo(plansBefore);
        assertThat(app.post(
                                "/api/districts/" + DISTRICT + "/plans",
                                Map.of("date", TODAY.plusDays(60).toString()))
                        .status()
                        .value())
                .isEqualTo(201);
    }

    @Test
    void aDayHasOneNightlyPlanWhateverFiresAtOnce() throws Exception {
        LocalDate tomorrow = TODAY.plusDays(1);
        Plans plans = app.context.getBean(Plans.class);
        CountDownLatch ready = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<Plan>> made = new ArrayList<>();
        try {
            for (int i = 0; i < 8; i++) {
                made.add(pool.submit(() -> {
                    ready.await();
                    return plans.nightlyPlan(DISTRICT, tomorrow);
                }));
            }
            ready.countDown();
            java.util.Set<Long> ids = new java.util.HashSet<>();
            for (Future<Plan> plan : made) {
                ids.add(plan.get().id());
            }
            assertThat(ids).hasSize(1);
        } finally {
            pool.shutdownNow();
        }
        assertThatThrownBy(() -> app.jdbc()
                        .sql("INSERT INTO plan (district_id, plan_date, created_by, nightly) VALUES (?, ?, 'x', true)")
                        .params(DISTRICT, tomorrow)
                        .update())
                .as("the database refuses a second nightly plan of the day")
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThat(app.jdbc()
                        .sql("SELECT count(*) FROM plan WHERE district_id = ? AND plan_date = ? AND nightly")
                        .params(DISTRICT, tomorrow)
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void aBlindSpotRejectedAfterPublishingIsCancelledOnItsCrewsRoute() throws Exception {
        String district = "withdrawn";
        var imported = app.post("/api/districts/" + district + "/datasets", SampleData.smallDistrict(TODAY));
        assertThat(imported.status().value()).as(imported.body()).isEqualTo(201);
        long planId = app.createPlan(district, TODAY);
        app.solveToFirstVersion(planId, Duration.ofSeconds(90));
        app.publishFirstVersion(planId);
        JsonNode report = app.firstVersion(planId);
        String vehicle = null;
        String blindSpot = null;
        for (JsonNode route : report.get("routes")) {
            for (JsonNode stop : route.get("stops")) {
                if (blindSpot == null
                        && "BLIND_SPOT".equals(stop.path("taskKind").asText())) {
                    vehicle = route.get("vehicleId").asText();
                    blindSpot = stop.get("taskId").asText();
                }
            }
        }
        assertThat(blindSpot).as("a published route that clears a blind spot").isNotNull();

        var rejected = app.post(
                "/api/districts/" + district + "/blind-spots/" + blindSpot + "/reject", Map.of("reason", "已由街道自行清理"));
        assertThat(rejected.status().value()).as(rejected.body()).isEqualTo(200);

        String crew = "/api/districts/" + district + "/crews/" + vehicle;
        JsonNode route = app.get(crew + "/route?date=" + TODAY).json();
        assertThat(route.at("/withdrawn/" + blindSpot + "/status").asText()).isEqualTo("REJECTED");
        assertThat(route.at("/withdrawn/" + blindSpot + "/reason").asText()).isEqualTo("已由街道自行清理");
        var started = app.post(crew + "/tasks/" + blindSpot + "/started?date=" + TODAY, Map.of());
        assertThat(started.status().value())
                .as("a crew cannot begin work the dispatcher withdrew: " + started.body())
                .isEqualTo(409);
        assertThat(app.get(crew + "/route-sheet?date=" + TODAY).body()).contains("已撤销");
    }

    private static long solvedPlan() {
        long planId = app.createPlan(DISTRICT, TODAY);
        app.solveToFirstVersion(planId, Duration.ofSeconds(90));
        return planId;
    }

    private static void awaitVersions(long planId, int count) throws InterruptedException {
        AppInstance.await("version " + count + " of plan " + planId, Duration.ofSeconds(90), () -> {
            JsonNode plan = app.get("/api/plans/" + planId).json();
            return !plan.get("solving").asBoolean() && plan.get("versions").size() >= count;
        });
    }

    private static List<Long> publishedOfTheDay() {
        return app.jdbc()
                .sql("SELECT v.id FROM plan_version v JOIN plan p ON p.id = v.plan_id"
                        + " WHERE p.district_id = ? AND p.plan_date = ? AND v.status = 'PUBLISHED'")
                .params(DISTRICT, TODAY)
                .query(Long.class)
                .list();
    }

    private static Map<String, String> progressOf(long versionId) {
        Map<String, String> progress = new java.util.HashMap<>();
        app.jdbc()
                .sql("SELECT task_id, status FROM task_progress WHERE plan_version_id = ?")
                .param(versionId)
                .query((row, i) -> Map.entry(row.getString(1), row.getString(2)))
                .list()
                .forEach(entry -> progress.merge(entry.getKey(), entry.getValue(), (a, b) -> "DONE".equals(a) ? a : b));
        return progress;
    }

    private static int progressRows() {
        return app.jdbc()
                .sql("SELECT count(*) FROM task_progress")
                .query(Integer.class)
                .single();
    }

    private static int planCount() {
        return app.jdbc().sql("SELECT count(*) FROM plan").query(Integer.class).single();
    }

    private static String vehicleWithTasks(JsonNode report) {
        for (JsonNode route : report.get("routes")) {
            if (taskIds(route).size() >= 2) {
                return route.get("vehicleId").asText();
            }
        }
        throw new AssertionError("No route with two tasks in " + report);
    }

    private static String vehicleOf(JsonNode report, String taskId) {
        for (JsonNode route : report.get("routes")) {
            if (taskIds(route).contains(taskId)) {
                return route.get("vehicleId").asText();
            }
        }
        throw new AssertionError("The task (" + taskId + ") is in no route");
    }

    private static List<String> taskIds(JsonNode route) {
        List<String> ids = new ArrayList<>();
        route.get("stops").forEach(stop -> {
            if (stop.hasNonNull("taskId")) {
                ids.add(stop.get("taskId").asText());
            }
        });
        return ids;
    }
}
