package city.sanitation.app;

import static org.awaitility.Awaitility.await;

import city.sanitation.dataset.DatasetWriter;
import city.sanitation.district.DistrictSize;
import city.sanitation.district.SampleDistrictGenerator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * A city night: N districts whose nightly jobs fire at the same minute, on 1, 2, 3... app processes (the executable
 * jar) sharing one PostgreSQL; the time from the trigger to the last stored plan, for each number of nodes in one run.
 * Not a test: the app module's measurements live with its test sources (as {@code DayBuildMeasurement}), because the
 * benchmarks module is plain Java without the app. From the repository root, after packaging the jar:
 *
 * <pre>
 * mvn -q -B -ntp -o -pl solver,scheduler-app -am package -DskipTests -Dspotless.check.skip=true
 * mvn -q -B -ntp -o -pl solver,scheduler-app -am test-compile exec:java -Dexec.skip -Dspotless.check.skip=true \
 *   -Dexec.classpathScope=test -Dexec.mainClass=city.sanitation.app.CityNightMeasurement \
 *   -Dexec.args="--districts 6 --nodes 1,2,3 --size medium --steps 2000 --seconds 120"
 * </pre>
 *
 * The districts (the generated sample of that size for today, each imported under its own id) are imported once; each
 * node count gets its own fresh nodes and plans the same night again (the nightly plans before it deleted). A node has the app's defaults otherwise (one solve at a time). The nodes'
 * logs are in {@code scheduler-app/target/city-night-*.log}.
 */
public final class CityNightMeasurement {

    private CityNightMeasurement() {}

    record Options(int districts, List<Integer> nodes, DistrictSize size, int steps, int seconds, String heap) {
        static Options parse(String[] args) {
            Map<String, String> given = new TreeMap<>();
            for (int i = 0; i + 1 < args.length; i += 2) {
                given.put(args[i].replaceFirst("^--", ""), args[i + 1]);
            }
            return new Options(
                    Integer.parseInt(given.getOrDefault("districts", "6")),
                    Arrays.stream(given.getOrDefault("nodes", "1,2,3").split(","))
                            .map(String::trim)
                            .map(Integer::parseInt)
                            .toList(),
                    DistrictSize.valueOf(given.getOrDefault("size", "medium").toUpperCase(Locale.ROOT)),
                    Integer.parseInt(given.getOrDefault("steps", "0")),
                    Integer.parseInt(given.getOrDefault("seconds", "30")),
                    given.getOrDefault("heap", "2g"));
        }
    }

    /** One run's row: who solved it, when. */
    record Run(String district, String instance, String outcome, Instant started, Instant ended, String score) {}

    record Night(int nodes, Instant trigger, Instant lastPlan, List<Run> runs, String loadBefore, String loadAfter) {
        Duration length() {
            return Duration.between(trigger, lastPlan);
        }
    }

    public static void main(String[] args) throws Exception {
        Options options = Options.parse(args);
        LocalDate today = LocalDate.now(SampleDistrictGenerator.TIME_ZONE);
        String dataset = new DatasetWriter()
                .writeToString(
                        SampleDistrictGenerator.generate(options.size(), SampleDistrictGenerator.DEFAULT_SEED, today));
        System.out.printf(
                "A city night: %d %s districts, nodes %s, %s%n",
                options.districts(),
                options.size().name().toLowerCase(Locale.ROOT),
                options.nodes(),
                options.steps() > 0
                        ? options.steps() + " steps per solve (at most " + options.seconds() + " s)"
                        : options.seconds() + " s per solve");
        String url = TestDatabase.freshDatabaseUrl("city_night");
        List<Night> nights = new ArrayList<>();
        for (int nodes : options.nodes()) {
            Night night = night(options, url, nodes, dataset, nights.isEmpty());
            nights.add(night);
            System.out.printf(
                    "%d node(s): %.1f s from the trigger to the last stored plan; runs by node %s; load %s -> %s%n",
                    nodes,
                    night.length().toMillis() / 1000.0,
                    byNode(night.runs()),
                    night.loadBefore(),
                    night.loadAfter());
            for (Run run : night.runs()) {
                System.out.printf(
                        "    %s on %s: %s, %.1f s solving after %.1f s waiting for a slot, %s%n",
                        run.district(),
                        run.instance(),
                        run.outcome(),
                        Duration.between(run.started(), run.ended()).toMillis() / 1000.0,
                        Duration.between(night.trigger(), run.started()).toMillis() / 1000.0,
                        run.score());
            }
        }
        Night one = nights.get(0);
        System.out.println();
        System.out.println(
                "| nodes | trigger to last stored plan | against " + one.nodes() + " node(s) | load average |");
        System.out.println("|---:|---:|---:|---|");
        for (Night night : nights) {
            System.out.printf(
                    "| %d | %.1f s | %.2f× | %s → %s |%n",
                    night.nodes(),
                    night.length().toMillis() / 1000.0,
                    (double) one.length().toMillis() / night.length().toMillis(),
                    night.loadBefore(),
                    night.loadAfter());
        }
    }

    private static Night night(Options options, String url, int count, String dataset, boolean first) throws Exception {
        List<String> settings = new ArrayList<>(List.of(
                "--spring.datasource.url=" + url,
                "--sanitation.security.admin-password=" + ClusterAdmin.START_PASSWORD,
                "--sanitation.sample.enabled=false",
                "--sanitation.solver.time-limit=" + options.seconds() + "s",
                "--sanitation.solver.step-limit=" + options.steps()));
        List<AppProcess> nodes = new ArrayList<>();
        try (Connection db = DriverManager.getConnection(url)) {
            for (int i = 1; i <= count; i++) {
                List<String> args = new ArrayList<>(settings);
                args.add("--sanitation.instance-name=node-" + i);
                nodes.add(AppProcess.start(
                        "node-" + i,
                        Path.of("scheduler-app", "target", "city-night-" + count + "-node-" + i + ".log"),
                        options.heap(),
                        args));
            }
            for (AppProcess node : nodes) {
                node.awaitReady();
            }
            List<String> districts = new ArrayList<>();
            for (int i = 1; i <= options.districts(); i++) {
                districts.add("city-" + i);
            }
            ClusterAdmin admin;
            if (first) {
                admin = ClusterAdmin.signIn(nodes.get(0));
                for (String district : districts) {
                    admin.importDistrict(district, dataset);
                }
            } else {
                admin = ClusterAdmin.signInAgain(nodes.get(0));
                forgetTheNightBefore(db);
            }
            // Every district fires at one minute, far enough ahead for the crons to be stored.
            ZoneId zone = SampleDistrictGenerator.TIME_ZONE;
            ZonedDateTime trigger = ZonedDateTime.now(zone)
                    .plusSeconds(30)
                    .truncatedTo(ChronoUnit.MINUTES)
                    .plusMinutes(1);
            String cron = "0 " + trigger.getMinute() + " " + trigger.getHour() + " * * ?";
            for (String district : districts) {
                var changed = admin.put("/api/districts/" + district + "/nightly", "{\"cron\": \"" + cron + "\"}");
                if (changed.statusCode() != 200) {
                    throw new IllegalStateException("The cron of " + district + " was refused: " + changed.body());
                }
            }
            System.out.printf("%d node(s): %d districts fire at %s%n", count, districts.size(), trigger);
            await("the trigger")
                    .atMost(Duration.ofMinutes(3))
                    .pollInterval(Duration.ofMillis(200))
                    .until(() -> !Instant.now().isBefore(trigger.toInstant()));
            String loadBefore = loadAverage();
            await("every district's nightly plan stored")
                    .atMost(Duration.ofSeconds((long) options.seconds() * options.districts() * 3 + 600))
                    .pollInterval(Duration.ofMillis(500))
                    .failFast(
                            "a node exited; see scheduler-app/target/city-night-*.log",
                            () -> nodes.stream().anyMatch(node -> !node.isAlive()))
                    .until(() -> storedPlans(db) == districts.size());
            String loadAfter = loadAverage();
            return new Night(count, trigger.toInstant(), lastPlan(db), runs(db), loadBefore, loadAfter);
        } finally {
            for (AppProcess node : nodes) {
                node.stop(Duration.ofSeconds(60));
            }
        }
    }

    /**
     * The same night again for the next number of nodes: the nightly plans, their runs and versions go, the districts,
     * their data and the ledger stay.
     */
    private static void forgetTheNightBefore(Connection db) throws SQLException {
        try (Statement statement = db.createStatement()) {
            statement.execute("DELETE FROM plan_version WHERE plan_id IN (SELECT id FROM plan WHERE nightly)");
            statement.execute("DELETE FROM solver_run WHERE plan_id IN (SELECT id FROM plan WHERE nightly)");
            statement.execute("DELETE FROM plan WHERE nightly");
        }
    }

    /** Nightly plans with a stored version whose run finished. */
    private static int storedPlans(Connection db) throws SQLException {
        try (Statement statement = db.createStatement();
                ResultSet row = statement.executeQuery("SELECT count(DISTINCT p.id) FROM plan p"
                        + " JOIN solver_run r ON r.plan_id = p.id JOIN plan_version v ON v.solver_run_id = r.id"
                        + " WHERE p.nightly AND r.outcome <> 'RUNNING'")) {
            row.next();
            return row.getInt(1);
        }
    }

    private static Instant lastPlan(Connection db) throws SQLException {
        try (Statement statement = db.createStatement();
                ResultSet row = statement.executeQuery("SELECT max(v.created_at) FROM plan_version v"
                        + " JOIN plan p ON p.id = v.plan_id WHERE p.nightly")) {
            row.next();
            return row.getTimestamp(1).toInstant();
        }
    }

    private static List<Run> runs(Connection db) throws SQLException {
        List<Run> runs = new ArrayList<>();
        try (Statement statement = db.createStatement();
                ResultSet row = statement.executeQuery(
                        // A run is stored when its job is queued and taken when a node's slot is free: it solves from
                        // then.
                        "SELECT p.district_id, r.instance_name, r.outcome, coalesce(r.taken_at, r.started_at),"
                                + " r.ended_at, r.best_score"
                                + " FROM solver_run r JOIN plan p ON p.id = r.plan_id ORDER BY r.started_at")) {
            while (row.next()) {
                runs.add(new Run(
                        row.getString(1),
                        row.getString(2),
                        row.getString(3),
                        row.getTimestamp(4).toInstant(),
                        row.getTimestamp(5).toInstant(),
                        row.getString(6)));
            }
        }
        return runs;
    }

    private static Map<String, Long> byNode(List<Run> runs) {
        return runs.stream().collect(Collectors.groupingBy(Run::instance, TreeMap::new, Collectors.counting()));
    }

    /** The 1-minute load average, the machine's business while the night ran. */
    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (IOException e) {
            return "unknown";
        }
    }
}
