package city.sanitation.planning.report;

import static city.sanitation.planning.score.SanitationConstraintProvider.ALLOWED_WINDOW;
import static city.sanitation.planning.score.SanitationConstraintProvider.BREAK;
import static city.sanitation.planning.score.SanitationConstraintProvider.CAPABILITY;
import static city.sanitation.planning.score.SanitationConstraintProvider.CAPACITY;
import static city.sanitation.planning.score.SanitationConstraintProvider.HOME_AREA;
import static city.sanitation.planning.score.SanitationConstraintProvider.LATEST_START;
import static city.sanitation.planning.score.SanitationConstraintProvider.NO_WATER_IN_FROST_OR_RAIN;
import static city.sanitation.planning.score.SanitationConstraintProvider.OUT_OF_SERVICE;
import static city.sanitation.planning.score.SanitationConstraintProvider.OVERTIME;
import static city.sanitation.planning.score.SanitationConstraintProvider.SHIFT_HARD_END;
import static city.sanitation.planning.score.SanitationConstraintProvider.SKILL;
import static city.sanitation.planning.score.SanitationConstraintProvider.SLA_LATENESS;
import static city.sanitation.planning.score.SanitationConstraintProvider.SNOW_DEADLINE;
import static city.sanitation.planning.score.SanitationConstraintProvider.STRICT_HOME_AREA;
import static city.sanitation.planning.score.SanitationConstraintProvider.TOILET_MAXIMUM_GAP;
import static city.sanitation.planning.score.SanitationConstraintProvider.TOILET_MINIMUM_GAP;
import static city.sanitation.planning.score.SanitationConstraintProvider.TOILET_ROUND_ORDER;
import static city.sanitation.planning.score.SanitationConstraintProvider.TRAVEL_COST;
import static city.sanitation.planning.score.SanitationConstraintProvider.UNASSIGNED;
import static city.sanitation.planning.score.SanitationConstraintProvider.WORKLOAD_BALANCE;

import ai.timefold.solver.core.api.score.analysis.ConstraintAnalysis;
import ai.timefold.solver.core.api.score.analysis.MatchAnalysis;
import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.api.solver.SolutionManager;
import city.sanitation.planning.domain.SanitationPlan;
import city.sanitation.planning.report.PlanReport.RuleEffect;
import city.sanitation.planning.score.Justifications;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Each rule's effect on a plan, from Timefold's score analysis: how many tasks, toilets or routes break it, by how
 * much in the rule's own unit, and what it takes off the score. The pages word each line from its code.
 */
final class RuleTable {

    private record Rule(String code, String unit, boolean broken) {}

    /**
     * Per constraint name, its stable code (a weight override or a new wording of the name does not change it), the
     * unit its justifications count in, and whether a match is a rule broken rather than a cost every plan pays.
     */
    private static final Map<String, Rule> RULES = Map.ofEntries(
            Map.entry(CAPABILITY, new Rule("CAPABILITY", "tasks", true)),
            Map.entry(SKILL, new Rule("SKILL", "tasks", true)),
            Map.entry(SHIFT_HARD_END, new Rule("SHIFT_HARD_END", "minutes", true)),
            Map.entry(ALLOWED_WINDOW, new Rule("ALLOWED_WINDOW", "tasks", true)),
            Map.entry(LATEST_START, new Rule("LATEST_START", "minutes", true)),
            Map.entry(CAPACITY, new Rule("CAPACITY", "tasks", true)),
            Map.entry(TOILET_MINIMUM_GAP, new Rule("TOILET_MINIMUM_GAP", "minutes", true)),
            Map.entry(TOILET_ROUND_ORDER, new Rule("TOILET_ROUND_ORDER", "rounds", true)),
            Map.entry(BREAK, new Rule("BREAK", "breaks", true)),
            Map.entry(OUT_OF_SERVICE, new Rule("OUT_OF_SERVICE", "tasks", true)),
            Map.entry(STRICT_HOME_AREA, new Rule("STRICT_HOME_AREA", "tasks", true)),
            Map.entry(NO_WATER_IN_FROST_OR_RAIN, new Rule("NO_WATER_IN_FROST_OR_RAIN", "tasks", true)),
            Map.entry(UNASSIGNED, new Rule("UNASSIGNED", "tasks", true)),
            Map.entry(SLA_LATENESS, new Rule("SLA_LATENESS", "minutes", true)),
            Map.entry(SNOW_DEADLINE, new Rule("SNOW_DEADLINE", "minutes", true)),
            Map.entry(TRAVEL_COST, new Rule("TRAVEL_COST", "fen", false)),
            Map.entry(OVERTIME, new Rule("OVERTIME", "minutes", true)),
            Map.entry(TOILET_MAXIMUM_GAP, new Rule("TOILET_MAXIMUM_GAP", "minutes", true)),
            Map.entry(WORKLOAD_BALANCE, new Rule("WORKLOAD_BALANCE", "minutes", false)),
            Map.entry(HOME_AREA, new Rule("HOME_AREA", "tasks", true)));

    private static final List<String> LEVELS = List.of("hard", "medium", "soft");

    private RuleTable() {}

    /** The stable code of a rule; a rule this table does not know keeps its name. */
    static String code(String constraintName) {
        Rule rule = RULES.get(constraintName);
        return rule == null ? constraintName : rule.code();
    }

    /**
     * The rules the plan breaks or pays for, hard first, then by what they take off the score; the impacts of each
     * level add up to the plan's score on that level.
     */
    static List<RuleEffect> of(
            SolutionManager<SanitationPlan, HardMediumSoftLongScore> solutionManager, SanitationPlan plan) {
        List<RuleEffect> rules = new ArrayList<>();
        for (ConstraintAnalysis<HardMediumSoftLongScore> constraint :
                solutionManager.analyze(plan).constraintAnalyses()) {
            List<MatchAnalysis<HardMediumSoftLongScore>> matches = constraint.matches();
            if (matches == null || matches.isEmpty()) {
                continue;
            }
            Rule rule = RULES.getOrDefault(
                    constraint.constraintName(), new Rule(constraint.constraintName(), "matches", true));
            String level = levelOf(constraint.weight());
            long count = 0;
            long amount = 0;
            Set<String> taskIds = new LinkedHashSet<>();
            Set<String> vehicleIds = new LinkedHashSet<>();
            // Worst first, so that the first task a dispatcher is shown is the one that costs most.
            List<MatchAnalysis<HardMediumSoftLongScore>> worstFirst = matches.stream()
                    .sorted(Comparator.<MatchAnalysis<HardMediumSoftLongScore>, HardMediumSoftLongScore>comparing(
                                    MatchAnalysis::score)
                            .thenComparing(match -> String.valueOf(match.justification())))
                    .toList();
            for (MatchAnalysis<HardMediumSoftLongScore> match : worstFirst) {
                if (match.justification() instanceof Justifications.Explained explained) {
                    count += explained.count();
                    amount += explained.amount();
                    taskIds.addAll(explained.taskIds());
                    if (explained instanceof Justifications.RouteIssue issue) {
                        vehicleIds.add(issue.routeId());
                    } else if (explained instanceof Justifications.TaskOnRoute onRoute) {
                        vehicleIds.add(onRoute.routeId());
                    }
                } else {
                    count++;
                }
            }
            rules.add(new RuleEffect(
                    rule.code(),
                    level,
                    count,
                    amount,
                    rule.unit(),
                    impactOn(level, constraint.score()),
                    rule.broken(),
                    List.copyOf(taskIds),
                    List.copyOf(vehicleIds)));
        }
        rules.sort(Comparator.comparing((RuleEffect rule) -> LEVELS.indexOf(rule.level()))
                .thenComparingLong(RuleEffect::scoreImpact)
                .thenComparing(RuleEffect::rule));
        return rules;
    }

    private static String levelOf(HardMediumSoftLongScore weight) {
        if (weight.hardScore() != 0) {
            return "hard";
        }
        return weight.mediumScore() != 0 ? "medium" : "soft";
    }

    private static long impactOn(String level, HardMediumSoftLongScore score) {
        return switch (level) {
            case "hard" -> score.hardScore();
            case "medium" -> score.mediumScore();
            default -> score.softScore();
        };
    }
}
