package city.sanitation.planning.report;

import ai.timefold.solver.core.api.score.analysis.ConstraintAnalysis;
import ai.timefold.solver.core.api.score.analysis.MatchAnalysis;
import ai.timefold.solver.core.api.score.analysis.ScoreAnalysis;
import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.api.solver.RecommendedAssignment;
import ai.timefold.solver.core.api.solver.ScoreAnalysisFetchPolicy;
import ai.timefold.solver.core.api.solver.SolutionManager;
import city.sanitation.planning.domain.PassWeather;
import city.sanitation.planning.domain.Route;
import city.sanitation.planning.domain.SanitationPlan;
import city.sanitation.planning.domain.Task;
import city.sanitation.planning.score.Justifications;
import city.sanitation.planning.search.RouteFit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Says why a task stayed unassigned, from what the score says about its best possible insertions: the hard rules
 * that every insertion would break, or, if some insertion breaks none, what it would cost.
 */
public final class UnassignedExplainer {

    /** What the report says of undone tasks past the time it gives to reasons: nothing it has not checked. */
    public static final String NOT_CHECKED = "not checked one by one: the report's time for reasons went to the"
            + " tasks listed first; re-plan, or solve longer, to see more";

    /** Past this many unassigned tasks, the rest get a reason by kind only: each explanation tries every position. */
    public static final int MAX_EXPLAINED = 60;

    private final SolutionManager<SanitationPlan, HardMediumSoftLongScore> solutionManager;

    public UnassignedExplainer(SolutionManager<SanitationPlan, HardMediumSoftLongScore> solutionManager) {
        this.solutionManager = solutionManager;
    }

    /**
     * A possible place for a task: the route, its position there, the score change and how much longer the crew works
     * for it (its detour and the task itself), which a dispatcher weighs more readily than a score.
     */
    public record Insertion(
            String routeId, int position, long start, long workingSecondsAdded, HardMediumSoftLongScore scoreChange) {}

    /**
     * Why a task is undone, as a code with its parameters for the pages to word in the reader's language, and as an
     * English sentence for the command line and older clients.
     *
     * @param code one of WEATHER_DEFERRED_TOO_COLD, _RAIN or _SNOW (with the forecast's cause, time, temperature or rain and the day it is due
     *     again), NO_CAPABLE_VEHICLE, NO_VEHICLE_WITH_EQUIPMENT, NO_ROUTE_HAS_ROOM, BEST_PLACE_BREAKS_RULES,
     *     FITS_NOT_PLACED_YET, COSTS_MORE_THAN_LEAVING, FITS_BY_ROUTE_CHECK, COSTS_MORE_BY_ROUTE_CHECK,
     *     NO_PLACE_BY_ROUTE_CHECK, NOT_CHECKED, NOT_LOOKED_FOR
     * @param params what the sentence names: task, capability, equipment, vehicle, stop, rules (rule codes joined by
     *     commas), scoreChange
     */
    public record Explanation(String code, Map<String, String> params, String text) {
        public Explanation {
            params = Collections.unmodifiableMap(new LinkedHashMap<>(params));
        }
    }

    /** Parameters in the order given, as key, value, key, value ..., so that the plan's JSON keeps that order. */
    static Map<String, String> params(String... keysAndValues) {
        Map<String, String> params = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            params.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return params;
    }

    /** What the report says of undone tasks past the time it gives to reasons. */
    static Explanation notChecked(Task task) {
        return new Explanation("NOT_CHECKED", params("task", task.getId()), NOT_CHECKED);
    }

    public String explain(SanitationPlan plan, Task task) {
        return reason(plan, task).text();
    }

    public Explanation reason(SanitationPlan plan, Task task) {
        Explanation fleetGap = fleetGap(plan, task);
        if (fleetGap != null) {
            return fleetGap;
        }
        // Ranking every position needs only scores; the details are worked out for the best one alone.
        List<RecommendedAssignment<Insertion, HardMediumSoftLongScore>> recommendations =
                solutionManager.recommendAssignment(
                        plan, task, UnassignedExplainer::insertionOf, ScoreAnalysisFetchPolicy.FETCH_SHALLOW);
        RecommendedAssignment<Insertion, HardMediumSoftLongScore> best = recommendations.stream()
                .filter(recommendation -> recommendation.proposition() != null)
                .findFirst()
                .orElse(null);
        if (best == null) {
            return new Explanation("NO_ROUTE_HAS_ROOM", params("task", task.getId()), "no route has room for it");
        }
        HardMediumSoftLongScore change = best.scoreAnalysisDiff().score();
        Map<String, String> params = new LinkedHashMap<>();
        params.put("task", task.getId());
        params.put("vehicle", best.proposition().routeId());
        params.put("stop", String.valueOf(best.proposition().position() + 1));
        if (change.hardScore() < 0) {
            Map<String, String> reasons = hardReasons(analyzeInsertion(plan, task, best.proposition()), task);
            params.put("rules", String.join(",", reasons.keySet()));
            return new Explanation(
                    "BEST_PLACE_BREAKS_RULES",
                    params,
                    "the best place (%s, stop %d) would break: %s"
                            .formatted(
                                    best.proposition().routeId(),
                                    best.proposition().position() + 1,
                                    String.join("; ", reasons.values())));
        }
        params.put("scoreChange", change.toString());
        if (change.compareTo(HardMediumSoftLongScore.ZERO) > 0) {
            return new Explanation(
                    "FITS_NOT_PLACED_YET",
                    params,
                    ("it fits in %s at stop %d without breaking a rule (score change %s); the solver had not placed it"
                                    + " when its time ran out: solve longer or re-plan")
                            .formatted(
                                    best.proposition().routeId(),
                                    best.proposition().position() + 1,
                                    change));
        }
        return new Explanation(
                "COSTS_MORE_THAN_LEAVING",
                params,
                "it fits in %s at stop %d, but doing it costs more than leaving it (score change %s)"
                        .formatted(
                                best.proposition().routeId(), best.proposition().position() + 1, change));
    }

    /**
     * A reason from the route planner's check alone, for the undone tasks past those the score analysis explains one
     * by one (it costs a score calculation per position). It checks every hard rule, the toilets' gaps between routes
     * included, and prices the place by the score's own costs of the changed route; the rules over the whole plan that
     * it does not price (the toilets' maximum gaps, which doing a round can only ease) are why it says so.
     */
    public String explainQuickly(RouteFit fits, Task task) {
        return quickReason(fits, task).text();
    }

    public Explanation quickReason(RouteFit fits, Task task) {
        Explanation fleetGap = fleetGap(fits.plan(), task);
        if (fleetGap != null) {
            return fleetGap;
        }
        return fits.cheapest(task)
                .map(fit -> {
                    Map<String, String> params = new LinkedHashMap<>();
                    params.put("task", task.getId());
                    params.put("vehicle", fit.routeId());
                    params.put("stop", String.valueOf(fit.position() + 1));
                    return fit.cheaperThanLeavingUndone()
                            ? new Explanation(
                                    "FITS_BY_ROUTE_CHECK",
                                    params,
                                    ("it fits in %s at stop %d without breaking a rule, by the route planner's check"
                                                    + " of the routes and the toilets' gaps, and costs less than"
                                                    + " leaving it; the solver had not placed it when its time ran"
                                                    + " out: solve longer or re-plan")
                                            .formatted(fit.routeId(), fit.position() + 1))
                            : new Explanation(
                                    "COSTS_MORE_BY_ROUTE_CHECK",
                                    params,
                                    ("it fits in %s at stop %d without breaking a rule, by the route planner's check"
                                                    + " of the routes and the toilets' gaps, but doing it there costs"
                                                    + " more than leaving it")
                                            .formatted(fit.routeId(), fit.position() + 1));
                })
                .orElse(new Explanation(
                        "NO_PLACE_BY_ROUTE_CHECK",
                        params("task", task.getId()),
                        "no route of the plan has a place for it that keeps its windows, capacity, breaks, shift end"
                                + " and toilet gaps, as the routes are now"));
    }

    /**
     * Why a street the forecast defers is undone: no hour fits and no vehicle can sweep it. The reason is the task's
     * own data, so it is given whatever the report's time for reasons.
     */
    static Explanation weatherDeferred(Task task) {
        PassWeather weather = task.getProblem().weather();
        Map<String, String> params = new LinkedHashMap<>();
        params.put("task", task.getId());
        params.putAll(weather.params());
        return new Explanation(weather.code(), params, weather.text());
    }

    /** Why no vehicle at all can take the task, or null when some could. */
    private static Explanation fleetGap(SanitationPlan plan, Task task) {
        if (task.getProblem().deferredByWeather()) {
            return weatherDeferred(task);
        }
        boolean anyCapable = plan.getRoutes().stream().anyMatch(route -> route.can(task.capability()));
        if (!anyCapable) {
            return new Explanation(
                    "NO_CAPABLE_VEHICLE",
                    params("task", task.getId(), "capability", task.capability().name()),
                    "no vehicle or crew in the fleet can do %s work".formatted(task.capability()));
        }
        boolean anyEquipped = plan.getRoutes().stream()
                .anyMatch(route -> route.can(task.capability()) && route.hasSkills(task.requiredSkills()));
        if (!anyEquipped) {
            String equipment = String.join(", ", task.requiredSkills());
            return new Explanation(
                    "NO_VEHICLE_WITH_EQUIPMENT",
                    params("task", task.getId(), "capability", task.capability().name(), "equipment", equipment),
                    "no %s crew has %s".formatted(task.capability(), equipment));
        }
        return null;
    }

    /** The best insertions of a task that is not in the plan yet, such as a new report. */
    public List<Insertion> bestInsertions(SanitationPlan plan, Task task, int limit) {
        List<Insertion> insertions = new ArrayList<>();
        solutionManager.update(plan);
        Map<String, Long> workingBefore = new HashMap<>();
        plan.getRoutes().forEach(route -> workingBefore.put(route.getId(), route.workingSeconds()));
        for (var recommendation : solutionManager.recommendAssignment(plan, task, UnassignedExplainer::insertionOf)) {
            if (insertions.size() == limit) {
                break;
            }
            if (recommendation.proposition() == null) {
                continue;
            }
            Insertion insertion = recommendation.proposition();
            insertions.add(new Insertion(
                    insertion.routeId(),
                    insertion.position(),
                    insertion.start(),
                    insertion.workingSecondsAdded() - workingBefore.getOrDefault(insertion.routeId(), 0L),
                    recommendation.scoreAnalysisDiff().score()));
        }
        return insertions;
    }

    /** What changes in the score, match by match, when {@code task} is put at {@code insertion}. */
    private ScoreAnalysis<HardMediumSoftLongScore> analyzeInsertion(
            SanitationPlan plan, Task task, Insertion insertion) {
        ScoreAnalysis<HardMediumSoftLongScore> before = solutionManager.analyze(plan);
        Route route = plan.getRoutes().stream()
                .filter(candidate -> candidate.getId().equals(insertion.routeId()))
                .findFirst()
                .orElseThrow();
        route.getTasks().add(insertion.position(), task);
        try {
            return solutionManager.analyze(plan).diff(before);
        } finally {
            route.getTasks().remove(insertion.position());
            solutionManager.update(plan);
        }
    }

    private static Insertion insertionOf(Task placed) {
        Route route = placed.getRoute();
        if (route == null) {
            return null;
        }
        // The route's whole working time with the task in it: the caller knows the time without it.
        return new Insertion(
                route.getId(),
                route.getTasks().indexOf(placed),
                placed.getStop() == null ? -1 : placed.getStop().start(),
                route.workingSeconds(),
                null);
    }

    /** Per rule the insertion breaks, by its code: its name and up to two of its matches' details. */
    private static Map<String, String> hardReasons(ScoreAnalysis<HardMediumSoftLongScore> diff, Task task) {
        Map<String, String> reasons = new LinkedHashMap<>();
        for (ConstraintAnalysis<HardMediumSoftLongScore> constraint : diff.constraintAnalyses()) {
            if (constraint.score().hardScore() >= 0) {
                continue;
            }
            List<String> details = new ArrayList<>();
            if (constraint.matches() != null) {
                for (MatchAnalysis<HardMediumSoftLongScore> match : constraint.matches()) {
                    if (match.score().hardScore() < 0
                            && match.justification() instanceof Justifications.Explained explained) {
                        details.add(explained.detail());
                    }
                }
            }
            reasons.put(
                    RuleTable.code(constraint.constraintName()),
                    details.isEmpty()
                            ? constraint.constraintName()
                            : constraint.constraintName() + " ("
                                    + String.join(
                                            ", ", details.stream().limit(2).toList()) + ")");
        }
        if (reasons.isEmpty()) {
            reasons.put("HARD_RULE", "a hard rule for " + task.getId());
        }
        return reasons;
    }
}
