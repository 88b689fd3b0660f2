package city.sanitation.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A real crash: the app runs as its own process (the executable jar), is killed with SIGKILL while solving, so that its
 * embedded PostgreSQL is left running as an orphan, and is started again on the same data folder. The second start
 * must get the folder back by itself and find every report, the plan, and the interrupted run with its best plan.
 */
class CrashRestartIT {

    private static final Path APP_JAR = Path.of("target", "scheduler-app.jar");
    private static final Duration APP_START = Duration.ofMinutes(3);
    private static final String REPORT_ID = "crash-restart-report";

    /** The sample district's demo dispatcher (README): the test signs in as a dispatcher would. */
    private static final String DISPATCHER = "demo-dispatcher";

    private static final String DEMO_PASSWORD = "demo-pingcheng-2026";

    /** One signed-in session per started app (each listens on its own port). */
    private final Map<String, BrowserSession> sessions = new HashMap<>();

    private final List<App> apps = new ArrayList<>();
    private Path temp;
    private Path dataDir;

    @BeforeEach
    void dataFolder() throws IOException {
        assertThat(APP_JAR).as("the executable jar, built in the package phase").exists();
        temp = Files.createTempDirectory("scheduler-crash-restart");
        dataDir = temp.resolve("pg");
    }

    @AfterEach
    void leaveNoProcessBehind() throws IOException {
        for (App app : apps) {
            app.process().descendants().forEach(ProcessHandle::destroyForcibly);
            app.process().destroyForcibly();
        }
        // The embedded PostgreSQL is no descendant of the app (pg_ctl detaches it): find it by its data folder.
        processesServingDataDir().forEach(ProcessHandle::destroyForcibly);
        try (Stream<Path> files = Files.walk(temp)) {
            files.sorted(Comparator.reverseOrder())
                    .forEach(path -> path.toFile().delete());
        }
    }

    @Test
    void aKilledAppStartsAgainOnItsDataFolderAndLosesNothing() throws Exception {
        App first = startApp("first");
        JsonNode plans = awaitJson(first, "/api/districts/pingcheng/plans", json -> json.size() == 1);
        long planId = plans.get(0).get("id").asLong();
        fileAReport(first);
        JsonNode solving = awaitJson(first, "/api/plans/" + planId, plan -> {
            JsonNode runs = plan.get("runs");
            return runs.size() == 1
                    && runs.get(0).get("outcome").asText().equals("RUNNING")
                    && !runs.get(0).get("bestScore").isNull();
        });
        long runId = solving.get("runs").get(0).get("id").asLong();
        assertThat(solving.get("versions").size()).isZero();
        long orphanPid = postmasterPid();

        // SIGKILL to the app's JVM only, as the kernel's out-of-memory killer or kill -9 would do.
        first.process().destroyForcibly();
        assertThat(first.process().waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(isRunning(orphanPid))
                .as("the killed app's PostgreSQL keeps running, as after a real crash")
                .isTrue();

        App second = startApp("second");
        JsonNode recovered = awaitJson(
                second, "/api/plans/" + planId, plan -> plan.get("versions").size() == 1);
        assertThat(isRunning(orphanPid))
                .as("the orphan, stopped by the second start")
                .isFalse();
        assertThat(postmasterPid()).isNotEqualTo(orphanPid);

        JsonNode run = recovered.get("runs").get(0);
        assertThat(run.get("id").asLong()).isEqualTo(runId);
        assertThat(run.get("outcome").asText()).isEqualTo("INTERRUPTED");
        assertThat(run.get("failureReason").asText()).contains("best plan saved so far");
        assertThat(recovered.get("versions").get(0).get("solverRunId").asLong()).isEqualTo(runId);
        assertThat(get(second, "/api/plans/" + planId + "/versions/1").statusCode())
                .isEqualTo(200);
        HttpResponse<String> report = get(second, "/api/districts/pingcheng/blind-spots/" + REPORT_ID);
        assertThat(report.statusCode()).as(report.body()).isEqualTo(200);
        assertThat(AppInstance.JSON.readTree(report.body()).get("reportedBy").asText())
                .isEqualTo("crash-test");
        assertOnlyTheAppGetsIn();

        long postmaster = postmasterPid();
        second.process().destroy();
        assertThat(second.process().waitFor(2, TimeUnit.MINUTES)).isTrue();
        await("the embedded PostgreSQL stopping with the app")
                .atMost(Duration.ofSeconds(30))
                .until(() -> processesServingDataDir().isEmpty());
        assertThat(isRunning(postmaster)).isFalse();
    }

    /**
     * Killed while its nightly job solves, the app is started again: Quartz fires the job again (it requests recovery)
     * and the job continues the interrupted run's plan from its saved best plan. One nightly plan for the date, with
     * the interrupted run and the one that finished it.
     */
    @Test
    void aNightlyJobKilledWhileSolvingContinuesItsPlanAfterTheRestart() throws Exception {
        App first = startApp("nightly-first", "--sanitation.sample.solve-at-start=false");
        awaitJson(first, "/api/districts/pingcheng/plans", JsonNode::isEmpty);
        HttpResponse<String> fired = session(first).post("/api/districts/pingcheng/nightly/run", "");
        assertThat(fired.statusCode()).as(fired.body()).isEqualTo(202);
        JsonNode solving = awaitJson(
                first,
                "/api/districts/pingcheng/nightly-runs",
                runs -> runs.size() == 1
                        && runs.get(0).get("outcome").asText().equals("RUNNING")
                        && !runs.get(0).get("bestScore").isNull());
        long interruptedRun = solving.get(0).get("id").asLong();
        long planId = solving.get(0).get("planId").asLong();

        first.process().destroyForcibly();
        assertThat(first.process().waitFor(30, TimeUnit.SECONDS)).isTrue();

        App second = startApp(
                "nightly-second", "--sanitation.sample.solve-at-start=false", "--sanitation.solver.time-limit=5s");
        JsonNode runs = awaitJson(
                second,
                "/api/districts/pingcheng/nightly-runs",
                all -> all.size() == 2 && all.get(1).get("outcome").asText().equals("COMPLETED"));
        assertThat(runs.get(0).get("id").asLong()).isEqualTo(interruptedRun);
        assertThat(runs.get(0).get("outcome").asText()).isEqualTo("INTERRUPTED");
        assertThat(runs.get(1).get("planId").asLong())
                .as("the re-fired job continues the interrupted run's plan")
                .isEqualTo(planId);
        JsonNode plans = awaitJson(second, "/api/districts/pingcheng/plans", all -> true);
        assertThat(plans.size()).as(plans.toString()).isEqualTo(1);
        assertThat(plans.get(0).get("id").asLong()).isEqualTo(planId);
        assertThat(plans.get(0).get("nightly").asBoolean()).isTrue();
        JsonNode versions = awaitJson(second, "/api/plans/" + planId + "/versions", all -> all.size() == 2);
        assertThat(versions)
                .extracting(version -> version.get("solverRunId").asLong())
                .containsExactlyInAnyOrder(interruptedRun, runs.get(1).get("id").asLong());

        // A dispatcher's run-now for the same day re-solves its nightly plan: a new run, never a second plan.
        HttpResponse<String> again = session(second).post("/api/districts/pingcheng/nightly/run", "");
        assertThat(again.statusCode()).isEqualTo(202);
        JsonNode rerun = awaitJson(
                second,
                "/api/districts/pingcheng/nightly-runs",
                all -> all.size() == 3 && !all.get(2).get("outcome").asText().equals("RUNNING"));
        assertThat(rerun.get(2).get("planId").asLong())
                .as("a dispatcher's run-now re-solves the day's nightly plan, never a second plan")
                .isEqualTo(planId);
        assertThat(awaitJson(second, "/api/districts/pingcheng/plans", all -> true)
                        .size())
                .isEqualTo(1);
    }

    private record App(Process process, String baseUrl, Path log) {

        /** The end of the app's log, for a failure message: CI keeps the output but not the log files. */
        String logTail() {
            try {
                List<String> lines = Files.readAllLines(log);
                return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
            } catch (IOException unreadable) {
                return "(no log: " + unreadable.getMessage() + ")";
            }
        }
    }

    private App startApp(String name, String... overrides) throws IOException {
        Path log = Path.of("target", "crash-restart-" + name + ".log");
        int port = freePort();
        List<String> command = new ArrayList<>(List.of(
                ProcessHandle.current().info().command().orElse("java"),
                "-Xmx1g",
                "-jar",
                APP_JAR.toString(),
                "--server.port=" + port,
                "--sanitation.embedded-postgres.data-dir=" + dataDir,
                "--sanitation.instance-name=crash-restart",
                "--sanitation.sample.enabled=true",
                "--sanitation.sample.dataset=" + temp.resolve("no-such-file.json"),
                "--sanitation.sample.size=small",
                "--sanitation.solver.time-limit=120s",
                "--sanitation.solver.checkpoint-interval=1s",
                "--sanitation.solver.environment-mode=NO_ASSERT"));
        for (String override : overrides) {
            String key = override.substring(0, override.indexOf('=') + 1);
            command.removeIf(arg -> arg.startsWith(key));
            command.add(override);
        }
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        App app = new App(process, "http://localhost:" + port, log);
        apps.add(app);
        return app;
    }

    private void fileAReport(App app) throws Exception {
        JsonNode known = AppInstance.JSON
                .readTree(get(app, "/api/districts/pingcheng/blind-spots").body())
                .get(0);
        String report = AppInstance.JSON.writeValueAsString(Map.of(
                "id",
                REPORT_ID,
                "lon",
                known.get("lon").asDouble(),
                "lat",
                known.get("lat").asDouble(),
                "category",
                "HOUSEHOLD_GARBAGE",
                "volumeM3",
                0.5,
                "priority",
                "NORMAL",
                "source",
                "PATROL",
                "reportedBy",
                "crash-test"));
        HttpResponse<String> created = session(app).post("/api/districts/pingcheng/blind-spots", report);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    }

    /** Waits, as long as the app lives, until the JSON at {@code path} passes {@code test}, and returns it. */
    private JsonNode awaitJson(App app, String path, Predicate<JsonNode> test) {
        JsonNode[] last = {null};
        try {
            awaitUntil(app, path, test, last);
        } catch (org.awaitility.core.TerminalFailureException exited) {
            throw new AssertionError(
                    "The app exited (code " + app.process().exitValue() + ") while waiting for " + path
                            + "; the end of its log:\n" + app.logTail(),
                    exited);
        }
        return last[0];
    }

    private void awaitUntil(App app, String path, Predicate<JsonNode> test, JsonNode[] last) {
        await(path)
                .atMost(APP_START)
                .pollInterval(Duration.ofMillis(500))
                .failFast(
                        "the app exited; see target/crash-restart-*.log",
                        () -> !app.process().isAlive())
                .until(() -> {
                    HttpResponse<String> response = tryGet(app, path);
                    if (response == null || response.statusCode() != 200) {
                        return false;
                    }
                    last[0] = AppInstance.JSON.readTree(response.body());
                    return test.test(last[0]);
                });
    }

    private HttpResponse<String> tryGet(App app, String path) throws InterruptedException {
        try {
            return get(app, path);
        } catch (IOException notListeningYet) {
            return null;
        }
    }

    /**
     * Reads {@code path} as the demo dispatcher, signing in when the app answers 401. Until the sample district and its
     * demo accounts are made the sign-in fails, and the caller's poll tries again.
     */
    private HttpResponse<String> get(App app, String path) throws IOException, InterruptedException {
        HttpResponse<String> response = session(app).get(path);
        if (response.statusCode() == 401) {
            session(app).signIn(DISPATCHER, DEMO_PASSWORD);
            response = session(app).get(path);
        }
        return response;
    }

    private BrowserSession session(App app) {
        return sessions.computeIfAbsent(app.baseUrl(), BrowserSession::new);
    }

    /** The database refuses a connection without the password, and takes the app's own. */
    private void assertOnlyTheAppGetsIn() throws Exception {
        String url = "jdbc:postgresql://localhost:" + postmasterLine(3) + "/postgres";
        assertThatThrownBy(() ->
                        DriverManager.getConnection(url + "?user=postgres").close())
                .isInstanceOf(SQLException.class)
                .hasMessageContaining("password");
        String password = Files.readString(dataDir.resolve("app.password"));
        try (Connection connection = DriverManager.getConnection(url, "postgres", password);
                Statement statement = connection.createStatement();
                ResultSet commit = statement.executeQuery("SHOW synchronous_commit")) {
            commit.next();
            assertThat(commit.getString(1)).isEqualTo("on");
        }
    }

    private long postmasterPid() throws IOException {
        return Long.parseLong(postmasterLine(0));
    }

    /** postmaster.pid holds the PID, the data folder, the start time, the port, ... one per line. */
    private String postmasterLine(int line) throws IOException {
        return Files.readAllLines(dataDir.resolve("postmaster.pid")).get(line).trim();
    }

    /** Processes working in the data folder: a postmaster and its children change into it. */
    private List<ProcessHandle> processesServingDataDir() {
        return ProcessHandle.allProcesses()
                .filter(process -> {
                    try {
                        Path cwd = Path.of("/proc", Long.toString(process.pid()), "cwd");
                        return Files.isSameFile(cwd, dataDir);
                    } catch (IOException | SecurityException goneOrNotOurs) {
                        return false;
                    }
                })
                .toList();
    }

    /** Alive and not a zombie: a stopped postmaster whose parent is gone may wait a while to be reaped. */
    private static boolean isRunning(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            return !stat.substring(stat.lastIndexOf(')') + 1).trim().startsWith("Z");
        } catch (IOException gone) {
            return false;
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
