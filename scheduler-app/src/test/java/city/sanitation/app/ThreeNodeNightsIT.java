package city.sanitation.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A city on three machines: three app processes on one PostgreSQL, six districts whose nightly jobs fire at the same
 * instant every simulated night ({@code sanitation.simulation.day-length}), one node killed with SIGKILL while it
 * solves and started again. Every district gets one nightly plan per night, each solved to the end once (a run the
 * kill interrupted is continued by another run of the same plan), and every node takes its share.
 *
 * <p>{@code -Dsanitation.it.nights=30} (the default) nights of {@code -Dsanitation.it.day-length=PT8S}; the nodes' logs
 * are in {@code target/three-nodes-*.log}.
 */
class ThreeNodeNightsIT {

    private static final int NIGHTS = Integer.getInteger("sanitation.it.nights", 30);
    private static final Duration DAY_LENGTH = Duration.parse(System.getProperty("sanitation.it.day-length", "PT8S"));
    private static final List<String> DISTRICTS =
            IntStream.rangeClosed(1, 6).mapToObj(i -> "district-" + i).toList();
    private static final String KILLED = "node-2";

    private final List<AppProcess> nodes = new ArrayList<>();

    @AfterEach
    void leaveNoProcessBehind() throws InterruptedException {
        for (AppProcess node : nodes) {
            node.close();
        }
    }

    @Test
    void sixDistrictsPlanEveryNightOnceOnThreeNodesThroughAKill() throws Exception {
        String url = TestDatabase.freshDatabaseUrl("three_nodes");
        List<String> settings = List.of(
                "--spring.datasource.url=" + url,
                "--sanitation.simulation.day-length=" + DAY_LENGTH,
                "--sanitation.simulation.since=" + Instant.now(),
                "--sanitation.security.admin-password=" + ClusterAdmin.START_PASSWORD,
                "--sanitation.sample.enabled=false",
                "--sanitation.solver.time-limit=1s",
                "--sanitation.solver.checkpoint-interval=1s",
                "--sanitation.solver.environment-mode=NO_ASSERT",
                "--spring.quartz.properties.org.quartz.jobStore.clusterCheckinInterval=1000",
                // On a busy machine the nights may fall behind the simulated clock: a late night still fires, for its
                // own date, rather than being skipped as missed.
                "--spring.quartz.properties.org.quartz.jobStore.misfireThreshold=600000");
        // All at once: Flyway migrates under PostgreSQL's advisory lock, the others wait for it.
        AppProcess first = start("node-1", "", settings);
        start("node-2", "", settings);
        start("node-3", "", settings);
        first.awaitReady();
        ClusterAdmin admin = ClusterAdmin.signIn(first);
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        for (String district : DISTRICTS) {
            admin.importSmallDistrict(district, today);
        }

        try (Connection db = DriverManager.getConnection(url)) {
            awaitCompletedNights(db, NIGHTS / 3);
            await("a run of " + KILLED + " solving")
                    .atMost(DAY_LENGTH.multipliedBy(10))
                    .pollInterval(Duration.ofMillis(100))
                    .until(() -> runs(db).stream()
                            .anyMatch(run -> KILLED.equals(run.instance())
                                    && run.outcome().equals("RUNNING")));
            AppProcess killed = node(KILLED);
            killed.kill();
            Instant killedAt = Instant.now();
            nodes.remove(killed);
            start(KILLED, "-restarted", settings).awaitReady();
            await(KILLED + " solving again after its restart")
                    .atMost(DAY_LENGTH.multipliedBy(20).plusMinutes(2))
                    .pollInterval(Duration.ofSeconds(1))
                    .until(() -> runs(db).stream()
                            .anyMatch(run -> KILLED.equals(run.instance())
                                    && run.outcome().equals("COMPLETED")
                                    && run.started().isAfter(killedAt)));

            awaitCompletedNights(db, NIGHTS);
            AppProcess.stopAll(nodes, Duration.ofSeconds(60));

            List<Run> runs = runs(db);
            Map<String, List<LocalDate>> plans = nightlyPlans(db);
            assertThat(plans).as("one nightly plan a night for each district").containsOnlyKeys(DISTRICTS);
            for (String district : DISTRICTS) {
                List<LocalDate> dates = plans.get(district);
                assertThat(dates).as(district + "'s plans").doesNotHaveDuplicates();
                assertThat(dates.size()).as(district + "'s nights").isGreaterThanOrEqualTo(NIGHTS);
                assertThat(dates.get(dates.size() - 1))
                        .as(district + "'s nights follow one another, none missing: " + dates)
                        .isEqualTo(dates.get(0).plusDays(dates.size() - 1));
                for (LocalDate date : dates.subList(0, NIGHTS)) {
                    List<String> outcomes = runs.stream()
                            .filter(run -> run.district().equals(district)
                                    && run.date().equals(date))
                            .map(Run::outcome)
                            .toList();
                    assertThat(outcomes)
                            .as(district + " on " + date + ": solved to the end once, after any run the kill cut off")
                            .containsOnlyOnce("COMPLETED")
                            .last()
                            .isEqualTo("COMPLETED");
                    assertThat(outcomes).isSubsetOf("COMPLETED", "INTERRUPTED");
                }
            }
            assertThat(runs).allMatch(run -> run.trigger().equals("NIGHTLY"));
            Map<String, Long> completedByNode = runs.stream()
                    .filter(run -> run.outcome().equals("COMPLETED"))
                    .collect(Collectors.groupingBy(Run::instance, TreeMap::new, Collectors.counting()));
            System.out.println("Completed nightly runs by node: " + completedByNode + "; interrupted: "
                    + runs.stream()
                            .filter(run -> run.outcome().equals("INTERRUPTED"))
                            .count());
            assertThat(completedByNode).as("every node takes nights").containsOnlyKeys("node-1", "node-2", "node-3");
            assertThat(runs)
                    .as("the killed node solves again after its restart")
                    .anyMatch(run -> KILLED.equals(run.instance())
                            && run.outcome().equals("COMPLETED")
                            && run.started().isAfter(killedAt));
        }
    }

    private AppProcess start(String name, String logSuffix, List<String> settings) throws Exception {
        List<String> args = new ArrayList<>(settings);
        args.add("--sanitation.instance-name=" + name);
        // Small districts solved for a second: the quick compiler alone spends less of the shared cores on starting.
        AppProcess node = AppProcess.start(
                name,
                Path.of("target", "three-nodes-" + name + logSuffix + ".log"),
                List.of("-Xmx512m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC"),
                args);
        nodes.add(node);
        return node;
    }

    private AppProcess node(String name) {
        return nodes.stream()
                .filter(node -> node.name().equals(name))
                .findFirst()
                .orElseThrow();
    }

    /** Until each district's first {@code nights} nightly plans have a completed run; fails when a node died. */
    private void awaitCompletedNights(Connection db, int nights) {
        await(nights + " nights of every district planned")
                .atMost(DAY_LENGTH.multipliedBy(nights + 20).plusMinutes(2))
                .pollInterval(Duration.ofSeconds(1))
                .failFast(
                        "a node exited; see target/three-nodes-*.log",
                        () -> nodes.stream().anyMatch(node -> !node.isAlive()))
                .until(() -> {
                    Map<String, List<LocalDate>> plans = nightlyPlans(db);
                    List<Run> runs = runs(db);
                    return DISTRICTS.stream().allMatch(district -> {
                        List<LocalDate> dates = plans.getOrDefault(district, List.of());
                        return dates.size() >= nights
                                && dates.subList(0, nights).stream()
                                        .allMatch(date -> runs.stream()
                                                .anyMatch(run -> run.district().equals(district)
                                                        && run.date().equals(date)
                                                        && run.outcome().equals("COMPLETED")));
                    });
                });
    }

    /** A solver run; {@code instance} is null while it waits in the queue, {@code started} when a node took it. */
    private record Run(
            String district, LocalDate date, String trigger, String outcome, String instance, Instant started) {}

    private static List<Run> runs(Connection db) throws SQLException {
        return query(
                db,
                "SELECT p.district_id, p.plan_date, r.trigger, r.outcome, r.instance_name,"
                        + " coalesce(r.taken_at, r.started_at)"
                        + " FROM solver_run r JOIN plan p ON p.id = r.plan_id ORDER BY r.id",
                row -> new Run(
                        row.getString(1),
                        row.getObject(2, LocalDate.class),
                        row.getString(3),
                        row.getString(4),
                        row.getString(5),
                        row.getTimestamp(6).toInstant()));
    }

    /** Each district's plans by date, the nightly ones and any other (there should be none). */
    private static Map<String, List<LocalDate>> nightlyPlans(Connection db) throws SQLException {
        record Day(String district, LocalDate date, boolean nightly) {}
        List<Day> days = query(
                db,
                "SELECT district_id, plan_date, nightly FROM plan ORDER BY district_id, plan_date",
                row -> new Day(row.getString(1), row.getObject(2, LocalDate.class), row.getBoolean(3)));
        assertThat(days).as("only the nightly job makes plans here").allMatch(Day::nightly);
        return days.stream()
                .collect(Collectors.groupingBy(
                        Day::district, TreeMap::new, Collectors.mapping(Day::date, Collectors.toList())));
    }

    private interface Row<T> {
        T read(ResultSet row) throws SQLException;
    }

    private static <T> List<T> query(Connection db, String sql, Row<T> row) throws SQLException {
        List<T> rows = new ArrayList<>();
        try (Statement statement = db.createStatement();
                ResultSet result = statement.executeQuery(sql)) {
            while (result.next()) {
                rows.add(row.read(result));
            }
        }
        return rows;
    }
}
