package city.sanitation.planning.score;

import static ai.timefold.solver.core.api.score.stream.ConstraintCollectors.toList;

import ai.timefold.solver.core.api.domain.solution.ConstraintWeightOverrides;
import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.api.score.stream.Constraint;
import ai.timefold.solver.core.api.score.stream.ConstraintFactory;
import ai.timefold.solver.core.api.score.stream.ConstraintProvider;
import ai.timefold.solver.core.api.score.stream.bi.BiConstraintStream;
import city.sanitation.planning.domain.Route;
import city.sanitation.planning.domain.Stop;
import city.sanitation.planning.domain.Task;
import city.sanitation.planning.domain.ToiletVisit;
import city.sanitation.planning.domain.UncleanedStretches;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The rules of a sanitation plan. Hard: what makes a plan impossible to drive. Medium: work left undone or done
 * after its service level. Soft: what the plan costs. Each weight can be overridden per dataset by constraint name.
 */
public final class SanitationConstraintProvider implements ConstraintProvider {

    /** Per task or per event, so that one broken rule outweighs minutes of lateness elsewhere. */
    static final long VIOLATION = 1000;

    public static final String CAPABILITY = "Vehicle can do the task";
    public static final String SKILL = "Crew has the equipment";
    public static final String SHIFT_HARD_END = "Back before the shift's hard end";
    public static final String ALLOWED_WINDOW = "Work inside allowed windows";
    public static final String LATEST_START = "Start before the latest start";
    public static final String CAPACITY = "Task fits the vehicle";
    public static final String TOILET_MINIMUM_GAP = "Toilet rounds keep the minimum gap";
    public static final String TOILET_ROUND_ORDER = "Toilet rounds in order";
    public static final String BREAK = "Breaks inside their windows";
    public static final String OUT_OF_SERVICE = "No work for a broken-down vehicle";
    public static final String STRICT_HOME_AREA = "Strict crews stay inside their home area";
    public static final String NO_WATER_IN_FROST_OR_RAIN = "No water on the street in frost or rain";
    public static final String UNASSIGNED = "Unassigned work";
    public static final String SLA_LATENESS = "Blind spot cleared within its SLA";
    public static final String SNOW_DEADLINE = "Snow cleared within its deadline";
    public static final String TRAVEL_COST = "Driving and working cost";
    public static final String OVERTIME = "Overtime";
    public static final String TOILET_MAXIMUM_GAP = "Toilet rounds keep the maximum gap";
    public static final String WORKLOAD_BALANCE = "Balanced work between crews";
    public static final String HOME_AREA = "Work inside the crew's home area";

    /** Every rule with the level it scores on and the default weight a dataset's multiplier applies to. */
    public static final Map<String, HardMediumSoftLongScore> DEFAULT_WEIGHTS = defaultWeights();

    private static Map<String, HardMediumSoftLongScore> defaultWeights() {
        Map<String, HardMediumSoftLongScore> weights = new LinkedHashMap<>();
        for (String hard : List.of(
                CAPABILITY,
                SKILL,
                SHIFT_HARD_END,
                ALLOWED_WINDOW,
                LATEST_START,
                CAPACITY,
                TOILET_MINIMUM_GAP,
                TOILET_ROUND_ORDER,
                BREAK,
                OUT_OF_SERVICE,
                STRICT_HOME_AREA,
                NO_WATER_IN_FROST_OR_RAIN)) {
            weights.put(hard, HardMediumSoftLongScore.ONE_HARD);
        }
        weights.put(UNASSIGNED, HardMediumSoftLongScore.ONE_MEDIUM);
        weights.put(SLA_LATENESS, HardMediumSoftLongScore.ONE_MEDIUM);
        weights.put(SNOW_DEADLINE, HardMediumSoftLongScore.ONE_MEDIUM);
        for (String soft : List.of(TRAVEL_COST, OVERTIME, TOILET_MAXIMUM_GAP, WORKLOAD_BALANCE, HOME_AREA)) {
            weights.put(soft, HardMediumSoftLongScore.ONE_SOFT);
        }
        return Collections.unmodifiableMap(weights);
    }

    /**
     * The weights of a dataset: each named rule's default weight times its multiplier.
     *
     * @throws IllegalArgumentException naming a rule that does not exist
     */
    public static ConstraintWeightOverrides<HardMediumSoftLongScore> weightsOf(Map<String, Integer> multipliers) {
        Map<String, HardMediumSoftLongScore> overrides = new LinkedHashMap<>();
        multipliers.forEach((name, multiplier) -> {
            HardMediumSoftLongScore weight = DEFAULT_WEIGHTS.get(name);
            if (weight == null) {
                throw new IllegalArgumentException("The constraint weight (" + name + ") names no plan rule."
                        + "\nMaybe use one of: " + String.join(", ", DEFAULT_WEIGHTS.keySet()) + ".");
            }
            overrides.put(name, weight.multiply(multiplier));
        });
        return ConstraintWeightOverrides.of(overrides);
    }

    /** The default weight of a rule, as a dataset's multiplier and the search's prices ({@link PlanCosts}) see it. */
    private static HardMediumSoftLongScore weight(String rule) {
        return DEFAULT_WEIGHTS.get(rule);
    }

    @Override
    public Constraint[] defineConstraints(ConstraintFactory factory) {
        return new Constraint[] {
            vehicleCanDoTheTask(factory),
            crewHasTheEquipment(factory),
            backBeforeTheShiftsHardEnd(factory),
            workInsideAllowedWindows(factory),
            startBeforeTheLatestStart(factory),
            taskFitsTheVehicle(factory),
            toiletRoundsKeepTheMinimumGap(factory),
            toiletRoundsInOrder(factory),
            breaksInsideTheirWindows(factory),
            noWorkForABrokenDownVehicle(factory),
            strictCrewsStayInsideTheirHomeArea(factory),
            noWaterOnTheStreetInFrostOrRain(factory),
            unassignedWork(factory),
            blindSpotClearedWithinItsSla(factory),
            snowClearedWithinItsDeadline(factory),
            drivingAndWorkingCost(factory),
            overtime(factory),
            toiletRoundsKeepTheMaximumGap(factory),
            balancedWorkBetweenCrews(factory),
            workInsideTheCrewsHomeArea(factory)
        };
    }

    Constraint vehicleCanDoTheTask(ConstraintFactory factory) {
        // A task only goes to a vehicle or crew whose type can do it.
        return factory.forEach(Task.class)
                .filter(task -> task.getRoute() != null && !task.getRoute().can(task.capability()))
                .penalizeLong(HardMediumSoftLongScore.ONE_HARD, task -> VIOLATION)
                .justifyWith((task, score) -> new Justifications.TaskOnRoute(
                        task.getId(),
                        task.getRoute().getId(),
                        "%s cannot do %s work".formatted(task.getRoute().getId(), task.capability())))
                .asConstraint(CAPABILITY);
    }

    Constraint crewHasTheEquipment(ConstraintFactory factory) {
        // A task that needs equipment (a loader for a large pile) goes to a crew that has it.
        return factory.forEach(Task.class)
                .filter(task -> task.getRoute() != null
                        && !task.requiredSkills().isEmpty()
                        && !task.getRoute().hasSkills(task.requiredSkills()))
                .penalizeLong(HardMediumSoftLongScore.ONE_HARD, task -> VIOLATION)
                .justifyWith((task, score) -> new Justifications.TaskOnRoute(
                        task.getId(),
                        task.getRoute().getId(),
                        "%s lacks %s".formatted(task.getRoute().getId(), task.requiredSkills())))
                .asConstraint(SKILL);
    }

    Constraint backBeforeTheShiftsHardEnd(ConstraintFactory factory) {
        // A route is back at its depot before its shift's hard end; minutes past it are penalized.
        return factory.forEach(Route.class)
                .filter(route -> route.pastHardEndSeconds() > 0)
                .penalizeLong(HardMediumSoftLongScore.ONE_HARD, route -> minutesCeil(route.pastHardEndSeconds()))
                .justifyWith((route, score) -> new Justifications.RouteIssue(
                        route.getId(),
                        minutesCeil(route.pastHardEndSeconds()),
                        "%s would be back %d min after the shift's hard end"
                                .formatted(route.getId(), minutesCeil(route.pastHardEndSeconds()))))
                .asConstraint(SHIFT_HARD_END);
    }

    Constraint workInsideAllowedWindows(ConstraintFactory factory) {
        // Main roads are washed only in their night window, nothing is washed in rush hours, toilets are cleaned
        // only while open.
        return factory.forEach(Route.class)
                .filter(route -> route.getSchedule().windowsMissed() > 0)
                .penalizeLong(
                        HardMediumSoftLongScore.ONE_HARD,
                        route -> VIOLATION * route.getSchedule().windowsMissed())
                .justifyWith((route, score) -> new Justifications.RouteIssue(
                        route.getId(),
                        route.getSchedule().windowsMissed(),
                        route.getSchedule().windowsMissed(),
                        taskIdsWhere(route, Stop::windowMissed),
                        "%s reaches %s after its last allowed window"
                                .formatted(route.getId(), tasksWhere(route, Stop::windowMissed))))
                .asConstraint(ALLOWED_WINDOW);
    }

    Constraint startBeforeTheLatestStart(ConstraintFactory factory) {
        // A task with a hard due time (benchmark instances) starts by it; time units past it are penalized.
        return factory.forEach(Route.class)
                .filter(route -> route.getSchedule().hardLateSeconds() > 0)
                .penalizeLong(
                        HardMediumSoftLongScore.ONE_HARD,
                        route -> route.getSchedule().hardLateSeconds())
                .justifyWith((route, score) -> new Justifications.RouteIssue(
                        route.getId(),
                        taskIdsWhere(route, stop -> stop.hardLateSeconds() > 0).size(),
                        minutesCeil(route.getSchedule().hardLateSeconds()),
                        taskIdsWhere(route, stop -> stop.hardLateSeconds() > 0),
                        "%s starts %s after the latest start"
                                .formatted(route.getId(), tasksWhere(route, stop -> stop.hardLateSeconds() > 0))))
                .asConstraint(LATEST_START);
    }

    Constraint taskFitsTheVehicle(ConstraintFactory factory) {
        // A single task never needs more water, body volume or salt than the vehicle holds, and a vehicle that must
        // refill, dump or reload salt has somewhere to do it: so salt never runs out on a de-icing pass.
        return factory.forEach(Route.class)
                .filter(route -> route.getSchedule().overCapacityStops() > 0)
                .penalizeLong(
                        HardMediumSoftLongScore.ONE_HARD,
                        route -> VIOLATION * route.getSchedule().overCapacityStops())
                .justifyWith((route, score) -> new Justifications.RouteIssue(
                        route.getId(),
                        route.getSchedule().overCapacityStops(),
                        route.getSchedule().overCapacityStops(),
                        taskIdsWhere(route, Stop::overCapacity),
                        capacityDetail(route)))
                .asConstraint(CAPACITY);
    }

    private static String capacityDetail(Route route) {
        var crew = route.getCrew();
        List<String> details = new ArrayList<>();
        List<Task> tasks = route.getTasks();
        List<Stop> stops = route.getSchedule().stops();
        for (int i = 0; i < stops.size(); i++) {
            if (!stops.get(i).overCapacity()) {
                continue;
            }
            var problem = tasks.get(i).getProblem();
            details.add(
                    problem.volumeM3() > 0
                            ? "truck body capacity %.1f m³ < volume %.1f m³"
                                    .formatted(crew.capacities().bodyM3(), problem.volumeM3())
                            : problem.saltKg() > 0
                                    ? "spreader with %.0f kg, no salt depot to reload, %.0f kg of salt needed to de-ice %s"
                                            .formatted(crew.capacities().saltKg(), problem.saltKg(), problem.label())
                                    : "water tank %.1f m³ < %.1f m³ needed to wash %s"
                                            .formatted(
                                                    crew.capacities().tankLitres() / 1000.0,
                                                    problem.lengthMetres()
                                                            * crew.rates().waterLitresPerMetre()
                                                            / 1000.0,
                                                    problem.label()));
        }
        return String.join("; ", details);
    }

    Constraint toiletRoundsKeepTheMinimumGap(ConstraintFactory factory) {
        // Two rounds of the same toilet are at least its minimum gap apart: cleaning twice within it is wasted.
        return toiletVisits(factory)
                .filter((toilet, visits) -> minimumGapShortfallMinutes(visits) > 0)
                .penalizeLong(HardMediumSoftLongScore.ONE_HARD, (toilet, visits) -> minimumGapShortfallMinutes(visits))
                .justifyWith((toilet, visits, score) -> new Justifications.ToiletRounds(
                        toilet,
                        minimumGapShortfallMinutes(visits),
                        taskIdsOf(visits),
                        "rounds of %s are %d min too close in all"
                                .formatted(visits.get(0).label(), minimumGapShortfallMinutes(visits))))
                .asConstraint(TOILET_MINIMUM_GAP);
    }

    Constraint toiletRoundsInOrder(ConstraintFactory factory) {
        // Round k of a toilet is cleaned before round k + 1: the crew's sheet and the toilet's log number the rounds
        // of the day in time order, and a round 3 before round 2 reads as a mistake. Hard, because the order costs a
        // plan little: the rounds of one toilet are alike and their earliest starts rise with their number, so any
        // plan's rounds, renumbered in time order, still start after their earliest starts.
        return toiletVisits(factory)
                .filter((toilet, visits) -> !roundsOutOfOrder(visits).isEmpty())
                .penalizeLong(
                        HardMediumSoftLongScore.ONE_HARD,
                        (toilet, visits) -> VIOLATION * roundsOutOfOrder(visits).size())
                .justifyWith((toilet, visits, score) -> new Justifications.ToiletRounds(
                        toilet,
                        roundsOutOfOrder(visits).size(),
                        taskIdsOf(visits),
                        "%s: %s".formatted(visits.get(0).label(), String.join(", ", roundsOutOfOrder(visits)))))
                .asConstraint(TOILET_ROUND_ORDER);
    }

    /** Each pair of numbered rounds of one toilet where the higher number starts no later than the lower one. */
    static List<String> roundsOutOfOrder(List<ToiletVisit> visits) {
        List<String> pairs = new ArrayList<>();
        for (ToiletVisit earlier : visits) {
            for (ToiletVisit later : visits) {
                if (earlier.round() > 0 && earlier.round() < later.round() && earlier.start() >= later.start()) {
                    pairs.add("round %d is cleaned before round %d".formatted(later.round(), earlier.round()));
                }
            }
        }
        return pairs;
    }

    private static BiConstraintStream<String, List<ToiletVisit>> toiletVisits(ConstraintFactory factory) {
        return factory.forEach(Route.class)
                .filter(route -> !route.getSchedule().toiletVisits().isEmpty())
                .flattenLast(route -> route.getSchedule().toiletVisits())
                .groupBy(ToiletVisit::toiletId, toList());
    }

    /** Minutes by which pairs of rounds fall short of the minimum gap, each pair rounded up and added. */
    static long minimumGapShortfallMinutes(List<ToiletVisit> visits) {
        long shortfall = 0;
        for (int i = 0; i < visits.size(); i++) {
            for (int j = i + 1; j < visits.size(); j++) {
                long gap = Math.abs(visits.get(i).start() - visits.get(j).start());
                shortfall += minutesCeil(Math.max(0, visits.get(i).minGapSeconds() - gap));
            }
        }
        return shortfall;
    }

    Constraint breaksInsideTheirWindows(ConstraintFactory factory) {
        // Every crew gets its breaks inside their windows.
        return factory.forEach(Route.class)
                .filter(route -> route.getSchedule().missedBreaks() > 0)
                .penalizeLong(
                        HardMediumSoftLongScore.ONE_HARD,
                        route -> VIOLATION * route.getSchedule().missedBreaks())
                .justifyWith((route, score) -> new Justifications.RouteIssue(
                        route.getId(),
                        route.getSchedule().missedBreaks(),
                        route.getSchedule().missedBreaks(),
                        List.of(),
                        "%s cannot take %d break(s) inside the window"
                                .formatted(route.getId(), route.getSchedule().missedBreaks())))
                .asConstraint(BREAK);
    }

    Constraint noWorkForABrokenDownVehicle(ConstraintFactory factory) {
        // A vehicle that broke down takes no work beyond what it had already done or started.
        return factory.forEach(Route.class)
                .filter(route -> route.getOutOfServiceFrom() != Long.MAX_VALUE
                        && route.getTasks().size() > route.getPinnedCount())
                .penalizeLong(
                        HardMediumSoftLongScore.ONE_HARD,
                        route -> VIOLATION * (route.getTasks().size() - route.getPinnedCount()))
                .justifyWith((route, score) -> new Justifications.RouteIssue(
                        route.getId(),
                        route.getTasks().size() - route.getPinnedCount(),
                        route.getTasks().size() - route.getPinnedCount(),
                        route
                                .getTasks()
                                .subList(
                                        route.getPinnedCount(), route.getTasks().size())
                                .stream()
                                .map(Task::getId)
                                .toList(),
                        "%s is out of service".formatted(route.getId())))
                .asConstraint(OUT_OF_SERVICE);
    }

    Constraint strictCrewsStayInsideTheirHomeArea(ConstraintFactory factory) {
        // A crew whose home area is strict (its vehicle's homeTerritoriesStrict) takes no work outside it.
        return factory.forEach(Task.class)
                .filter(task -> task.getRoute() != null && !task.getRoute().mayWorkAt(task))
                .penalizeLong(HardMediumSoftLongScore.ONE_HARD, task -> VIOLATION)
                .justifyWith((task, score) -> new Justifications.TaskOnRoute(
                        task.getId(),
                        task.getRoute().getId(),
                        "%s keeps to its home area; %s lies in %s / %s"
                                .formatted(
                                        task.getRoute().getId(),
                                        task.getId(),
                                        task.getProblem().subdistrictId(),
                                        task.getProblem().gridId())))
                .asConstraint(STRICT_HOME_AREA);
    }

    Constraint noWaterOnTheStreetInFrostOrRain(ConstraintFactory factory) {
        // No washing or sprinkling while the forecast says the water would freeze (below the district's washing
        // temperature) or the rain would waste it: ice on the morning commute is worse than an unwashed street.
        return factory.forEach(Route.class)
                .filter(route -> route.getSchedule().wetInBanStops() > 0)
                .penalizeLong(
                        HardMediumSoftLongScore.ONE_HARD,
                        route -> VIOLATION * route.getSchedule().wetInBanStops())
                .justifyWith((route, score) -> new Justifications.RouteIssue(
                        route.getId(),
                        route.getSchedule().wetInBanStops(),
                        route.getSchedule().wetInBanStops(),
                        taskIdsWhere(route, Stop::wetInBan),
                        "%s puts water on %s in frost or rain"
                                .formatted(route.getId(), tasksWhere(route, Stop::wetInBan))))
                .asConstraint(NO_WATER_IN_FROST_OR_RAIN);
    }

    Constraint unassignedWork(ConstraintFactory factory) {
        // Work that no route does is penalized by its priority, so that what stays undone is the least important,
        // and as much as a whole day's lateness, since it waits for another day: no lateness makes skipping it cheaper.
        return factory.forEachIncludingUnassigned(Task.class)
                .filter(task -> task.getRoute() == null)
                .penalizeLong(
                        weight(UNASSIGNED),
                        task -> PlanCosts.unassignedPoints(task.getProblem().priorityWeight()))
                .justifyWith((task, score) -> new Justifications.UnassignedTask(
                        task.getId(),
                        task.getProblem().priorityWeight(),
                        task.getProblem().label()))
                .asConstraint(UNASSIGNED);
    }

    Constraint blindSpotClearedWithinItsSla(ConstraintFactory factory) {
        // A reported blind spot is cleared by its deadline. Each one late costs its priority weight × (30 + m + m²/60)
        // for m minutes late: a charge per missed deadline, and lateness that grows faster than the minutes, so that
        // one report 14 h late (12,630) outweighs ten 10 min late (410) and overdue work is cleared first.
        return factory.forEach(Route.class)
                .filter(route -> slaLatenessPoints(route) > 0)
                .penalizeLong(weight(SLA_LATENESS), SanitationConstraintProvider::slaLatenessPoints)
                .justifyWith((route, score) -> new Justifications.RouteIssue(
                        route.getId(),
                        taskIdsWhere(route, SanitationConstraintProvider::pastDeadline)
                                .size(),
                        slaLateMinutes(route),
                        taskIdsWhere(route, SanitationConstraintProvider::pastDeadline),
                        "%s clears %s after the deadline"
                                .formatted(
                                        route.getId(), tasksWhere(route, SanitationConstraintProvider::pastDeadline))))
                .asConstraint(SLA_LATENESS);
    }

    private static boolean pastDeadline(Task task, Stop stop) {
        return stop.end() > task.getProblem().slaDeadline();
    }

    /** The minutes the route's stops end past their deadlines, each rounded up, as the plan's late list counts them. */
    private static long slaLateMinutes(Route route) {
        List<Task> tasks = route.getTasks();
        List<Stop> stops = route.getSchedule().stops();
        long minutes = 0;
        for (int i = 0; i < stops.size(); i++) {
            minutes += minutesCeil(
                    Math.max(0, stops.get(i).end() - tasks.get(i).getProblem().slaDeadline()));
        }
        return minutes;
    }

    /** The lateness points of a route's stops, each by {@link PlanCosts#slaLatenessPoints}. */
    static long slaLatenessPoints(Route route) {
        List<Task> tasks = route.getTasks();
        List<Stop> stops = route.getSchedule().stops();
        long points = 0;
        for (int i = 0; i < stops.size(); i++) {
            var problem = tasks.get(i).getProblem();
            points += PlanCosts.slaLatenessPoints(stops.get(i).end() - problem.slaDeadline(), problem.priorityWeight());
        }
        return points;
    }

    Constraint snowClearedWithinItsDeadline(ConstraintFactory factory) {
        // A street is ploughed and de-iced within its road class's hours after the snow stops (雪停路净: main roads
        // within hours, alleys within a day). A late pass costs its class weight (main 4 … alley 1) × (30 + m + m²/60)
        // for m minutes late, as a late blind spot costs by its priority: the dispatcher clears a main road before an
        // alley, and one street left for hours before many a few minutes late.
        return factory.forEach(Route.class)
                .filter(route -> snowLatenessPoints(route) > 0)
                .penalizeLong(weight(SNOW_DEADLINE), SanitationConstraintProvider::snowLatenessPoints)
                .justifyWith((route, score) -> new Justifications.RouteIssue(
                        route.getId(),
                        taskIdsWhere(route, SanitationConstraintProvider::snowLate)
                                .size(),
                        snowLateMinutes(route),
                        taskIdsWhere(route, SanitationConstraintProvider::snowLate),
                        "%s clears snow from %s after the deadline"
                                .formatted(route.getId(), tasksWhere(route, SanitationConstraintProvider::snowLate))))
                .asConstraint(SNOW_DEADLINE);
    }

    private static boolean snowLate(Task task, Stop stop) {
        return task.getProblem().snow() != null && task.getProblem().snow().lateSeconds(stop.end()) > 0;
    }

    private static long snowLateMinutes(Route route) {
        List<Task> tasks = route.getTasks();
        List<Stop> stops = route.getSchedule().stops();
        long minutes = 0;
        for (int i = 0; i < stops.size(); i++) {
            var snow = tasks.get(i).getProblem().snow();
            minutes +=
                    snow == null ? 0 : minutesCeil(snow.lateSeconds(stops.get(i).end()));
        }
        return minutes;
    }

    /** The lateness points of a route's snow passes, each by {@link PlanCosts#snowLatenessPoints}. */
    static long snowLatenessPoints(Route route) {
        List<Task> tasks = route.getTasks();
        List<Stop> stops = route.getSchedule().stops();
        long points = 0;
        for (int i = 0; i < stops.size(); i++) {
            points += PlanCosts.snowLatenessPoints(
                    tasks.get(i).getProblem(), stops.get(i).end());
        }
        return points;
    }

    Constraint drivingAndWorkingCost(ConstraintFactory factory) {
        // Every kilometre driven without working and every hour a crew is out costs money (in fen).
        return factory.forEach(Route.class)
                .filter(Route::isUsed)
                .penalizeLong(weight(TRAVEL_COST), SanitationConstraintProvider::routeCostFen)
                .justifyWith((route, score) -> new Justifications.RouteIssue(
                        route.getId(),
                        routeCostFen(route),
                        "%.1f km deadheading, %.1f h out"
                                .formatted(route.deadheadMetres() / 1000.0, route.workingSeconds() / 3600.0)))
                .asConstraint(TRAVEL_COST);
    }

    static long routeCostFen(Route route) {
        return PlanCosts.drivingAndWorkingFen(route.getCrew(), route.deadheadMetres(), route.workingSeconds());
    }

    Constraint overtime(ConstraintFactory factory) {
        // Work past the shift end is paid as overtime: each minute costs on top of the hourly cost.
        return factory.forEach(Route.class)
                .filter(route -> route.overtimeSeconds() > 0)
                .penalizeLong(weight(OVERTIME), route -> PlanCosts.overtimePoints(route.overtimeSeconds()))
                .justifyWith((route, score) -> new Justifications.RouteIssue(
                        route.getId(),
                        minutesCeil(route.overtimeSeconds()),
                        "%s works %d min overtime".formatted(route.getId(), minutesCeil(route.overtimeSeconds()))))
                .asConstraint(OVERTIME);
    }

    Constraint toiletRoundsKeepTheMaximumGap(ConstraintFactory factory) {
        // While a toilet is open it is not left uncleaned for longer than its maximum gap: the whole open period of
        // the planning day counts, from opening to the first round, between rounds in time order, and from the last
        // round to closing (UncleanedStretches, which the search prices the same way). A toilet none of whose rounds
        // is done is not matched here: "Unassigned work" already charges each of its rounds on the medium level,
        // which outweighs any soft gap, and the plan's figures count it as breached over its whole open period.
        return toiletVisits(factory)
                .filter((toilet, visits) -> UncleanedStretches.excessSeconds(visits) > 0)
                .penalizeLong(HardMediumSoftLongScore.ONE_SOFT, (toilet, visits) -> maximumGapPoints(visits))
                .justifyWith((toilet, visits, score) -> new Justifications.ToiletRounds(
                        toilet,
                        minutesCeil(UncleanedStretches.excessSeconds(visits)),
                        taskIdsOf(visits),
                        "%s is left %d min longer than its maximum gap of %d min: %s"
                                .formatted(
                                        visits.get(0).label(),
                                        minutesCeil(UncleanedStretches.excessSeconds(visits)),
                                        visits.get(0).maxGapSeconds() / 60,
                                        maximumGapDetail(visits))))
                .asConstraint(TOILET_MAXIMUM_GAP);
    }

    /** The default weight of the rounds of one toilet: 100 per minute over its maximum gap, as overtime costs. */
    public static long maximumGapPoints(List<ToiletVisit> visits) {
        return 100 * minutesCeil(UncleanedStretches.excessSeconds(visits));
    }

    private static String maximumGapDetail(List<ToiletVisit> visits) {
        return UncleanedStretches.breaches(visits).stream()
                .map(stretch -> "%s %d min".formatted(stretch.describe(), minutesCeil(stretch.seconds())))
                .collect(java.util.stream.Collectors.joining(", "));
    }

    /** The ids of the route's tasks whose stop matches, for a justification. */
    private static String tasksWhere(Route route, java.util.function.Predicate<Stop> test) {
        return tasksWhere(route, (task, stop) -> test.test(stop));
    }

    private static String tasksWhere(Route route, java.util.function.BiPredicate<Task, Stop> test) {
        return String.join(", ", taskIdsWhere(route, test));
    }

    private static List<String> taskIdsWhere(Route route, java.util.function.Predicate<Stop> test) {
        return taskIdsWhere(route, (task, stop) -> test.test(stop));
    }

    /** The toilet's rounds in time order: the collected visits come in no set order. */
    private static List<String> taskIdsOf(List<ToiletVisit> visits) {
        return visits.stream()
                .sorted(java.util.Comparator.comparingLong(ToiletVisit::start).thenComparing(ToiletVisit::taskId))
                .map(ToiletVisit::taskId)
                .toList();
    }

    private static List<String> taskIdsWhere(Route route, java.util.function.BiPredicate<Task, Stop> test) {
        List<String> ids = new ArrayList<>();
        List<Task> tasks = route.getTasks();
        List<Stop> stops = route.getSchedule().stops();
        for (int i = 0; i < stops.size(); i++) {
            if (test.test(tasks.get(i), stops.get(i))) {
                ids.add(tasks.get(i).getId());
            }
        }
        return ids;
    }

    Constraint balancedWorkBetweenCrews(ConstraintFactory factory) {
        // Crews share the work fairly: a long day weighs more than its minutes, so two 4-hour days beat one 8-hour day.
        // The square of a route's working minutes is convex, which is what makes the total favour even days; it is
        // also cheap to keep up to date, unlike a standard deviation over all routes.
        return factory.forEach(Route.class)
                .filter(Route::isUsed)
                .penalizeLong(weight(WORKLOAD_BALANCE), route -> PlanCosts.workloadPoints(route.workingSeconds()))
                .justifyWith((route, score) -> new Justifications.RouteIssue(
                        route.getId(),
                        minutesCeil(route.workingSeconds()),
                        "%s works %d min".formatted(route.getId(), minutesCeil(route.workingSeconds()))))
                .asConstraint(WORKLOAD_BALANCE);
    }

    Constraint workInsideTheCrewsHomeArea(ConstraintFactory factory) {
        // A crew owns an area (定点、定责、定岗): each task outside its home territories costs, so that a washing truck
        // does not cross the district for streets that a neighbouring crew passes anyway.
        return factory.forEach(Task.class)
                .filter(task -> task.getRoute() != null && !task.getRoute().isAtHome(task))
                .penalizeLong(
                        weight(HOME_AREA),
                        task -> PlanCosts.outsideHomeAreaPoints(task.getRoute().getCrew(), task.getProblem()))
                .justifyWith((task, score) -> new Justifications.TaskOnRoute(
                        task.getId(),
                        task.getRoute().getId(),
                        "%s lies in %s / %s, outside the home area of %s"
                                .formatted(
                                        task.getId(),
                                        task.getProblem().subdistrictId(),
                                        task.getProblem().gridId(),
                                        task.getRoute().getId())))
                .asConstraint(HOME_AREA);
    }

    static long minutesCeil(long seconds) {
        return (seconds + 59) / 60;
    }
}
