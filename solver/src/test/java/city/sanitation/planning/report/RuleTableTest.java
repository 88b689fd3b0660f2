package city.sanitation.planning.report;

import static city.sanitation.planning.PlanFixtures.HORIZON_START;
import static city.sanitation.planning.PlanFixtures.blindSpot;
import static city.sanitation.planning.PlanFixtures.garbageTruck;
import static city.sanitation.planning.PlanFixtures.pass;
import static city.sanitation.planning.PlanFixtures.plan;
import static city.sanitation.planning.PlanFixtures.route;
import static city.sanitation.planning.PlanFixtures.toiletRound;
import static city.sanitation.planning.PlanFixtures.washer;
import static org.assertj.core.api.Assertions.assertThat;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.api.solver.SolutionManager;
import city.sanitation.planning.PlanSolverConfig;
import city.sanitation.planning.build.PlanningClock;
import city.sanitation.planning.domain.Route;
import city.sanitation.planning.domain.SanitationPlan;
import city.sanitation.planning.domain.Task;
import city.sanitation.planning.domain.TimeInterval;
import city.sanitation.planning.report.PlanReport.RuleEffect;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The plan's table of rules, on {@link city.sanitation.planning.PlanFixtures}' straight road: garbage truck g1 clears
 * b1 (due at 300 s, done at 900 s: 10 min late) and b2 (due at 1300 s, done at 1600 s: 5 min late), then b3, which
 * needs a loader g1 lacks; washer w1 washes p1; toilet round t1-round-1 has no crew that could clean it.
 */
class RuleTableTest {

    private static final PlanningClock CLOCK = new PlanningClock(HORIZON_START, HORIZON_START.plusDays(1));

    private final PlanReporter reporter = new PlanReporter(
            SolutionManager.create(PlanSolverConfig.ofSeconds(1).solverFactoryForAnalysis()));

    private PlanReport report() {
        List<Route> routes = List.of(
                route(washer("w1"), pass("p1", 1, 2, 1000)),
                route(
                        garbageTruck("g1", Set.of()),
                        blindSpot("b1", 3, 1.0, 0, 300, 2),
                        blindSpot("b2", 4, 1.0, 0, 1300, 2),
                        blindSpot("b3", 5, 1.0, 0, 8 * 3600, 2, "loader")));
        List<Task> tasks = new ArrayList<>();
        routes.forEach(route -> tasks.addAll(route.getTasks()));
        tasks.add(toiletRound("t1", 1, 6, new TimeInterval(0, 8 * 3600), 0, 8 * 3600));
        SanitationPlan plan = plan(routes, tasks);
        return reporter.report("test", plan, CLOCK, location -> new double[] {location, 0});
    }

    @Test
    void theRulesImpactsAddUpToTheScoreOnEachLevel() {
        PlanReport report = report();
        HardMediumSoftLongScore score = HardMediumSoftLongScore.parseScore(report.score());

        assertThat(sum(report, "hard")).isEqualTo(score.hardScore()).isNegative();
        assertThat(sum(report, "medium")).isEqualTo(score.mediumScore()).isNegative();
        assertThat(sum(report, "soft")).isEqualTo(score.softScore()).isNegative();
    }

    @Test
    void eachBrokenRuleNamesItsTasksAndAmountInItsUnit() {
        PlanReport report = report();

        assertThat(report.rules())
                .filteredOn(RuleEffect::broken)
                .extracting(RuleEffect::rule)
                .containsExactly("SKILL", "UNASSIGNED", "SLA_LATENESS");
        assertThat(rule(report, "SKILL")).satisfies(skill -> {
            assertThat(skill.level()).isEqualTo("hard");
            assertThat(skill.count()).isEqualTo(1);
            assertThat(skill.unit()).isEqualTo("tasks");
            assertThat(skill.scoreImpact()).isEqualTo(-1000);
            assertThat(skill.taskIds()).containsExactly("b3");
            assertThat(skill.vehicleIds()).containsExactly("g1");
        });
        assertThat(rule(report, "SLA_LATENESS")).satisfies(late -> {
            assertThat(late.level()).isEqualTo("medium");
            assertThat(late.count()).isEqualTo(2);
            assertThat(late.amount()).isEqualTo(15);
            assertThat(late.unit()).isEqualTo("minutes");
            assertThat(late.taskIds()).containsExactly("b1", "b2");
        });
        assertThat(rule(report, "UNASSIGNED")).satisfies(undone -> {
            assertThat(undone.count()).isEqualTo(1);
            assertThat(undone.taskIds()).containsExactly("t1-round-1");
        });
        assertThat(report.rulesBroken()).isEqualTo(3);
    }

    @Test
    void theCostsEveryPlanPaysAreNotRulesBroken() {
        PlanReport report = report();

        assertThat(rule(report, "TRAVEL_COST")).satisfies(cost -> {
            assertThat(cost.broken()).isFalse();
            assertThat(cost.unit()).isEqualTo("fen");
            assertThat(cost.count()).isEqualTo(2);
            assertThat(cost.amount()).isEqualTo(-cost.scoreImpact());
            assertThat(cost.vehicleIds()).containsExactlyInAnyOrder("w1", "g1");
        });
    }

    @Test
    void theRulesAreWrittenAndReadBack(@TempDir Path folder) {
        PlanReport report = report();
        PlanReportJson json = new PlanReportJson();

        json.write(report, folder.resolve("plan.json"));

        assertThat(json.read(folder.resolve("plan.json"))).isEqualTo(report);
        assertThat(json.toJson(report)).contains("\"rule\" : \"SLA_LATENESS\"");
    }

    @Test
    void aPlanWrittenBeforeRulesWereReportedHasNoneAndWritesNone() {
        PlanReport report = report();
        PlanReport older = new PlanReport(
                report.formatVersion(),
                report.dataset(),
                report.horizonStart(),
                report.score(),
                report.feasible(),
                report.kpis(),
                report.routes(),
                report.unassigned(),
                report.late());

        assertThat(older.rules()).isEmpty();
        assertThat(new PlanReportJson().toJson(older)).doesNotContain("\"rules\"");
    }

    private static long sum(PlanReport report, String level) {
        return report.rules().stream()
                .filter(rule -> rule.level().equals(level))
                .mapToLong(RuleEffect::scoreImpact)
                .sum();
    }

    private static RuleEffect rule(PlanReport report, String code) {
        return report.rules().stream()
                .filter(rule -> rule.rule().equals(code))
                .findFirst()
                .orElseThrow();
    }
}
