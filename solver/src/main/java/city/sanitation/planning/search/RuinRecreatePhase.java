package city.sanitation.planning.search;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.api.score.director.ScoreDirector;
import ai.timefold.solver.core.api.solver.phase.PhaseCommand;
import ai.timefold.solver.core.impl.score.director.InnerScoreDirector;
import city.sanitation.planning.domain.Route;
import city.sanitation.planning.domain.SanitationPlan;
import city.sanitation.planning.domain.Task;
import city.sanitation.planning.domain.TaskKind;
import city.sanitation.planning.domain.TaskProblem;
import city.sanitation.planning.domain.TravelTimes;
import city.sanitation.planning.score.PlanCosts;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A large neighbourhood search ahead of the local search: it removes related tasks (strings of neighbouring routes near
 * a random task, see {@link StringRemoval}, or a task and its nearest ones), puts them back (by {@link
 * RegretInsertion}, or greedily by {@link BlinkInsertion}, which long routes use, see {@link #setGreedyShare}), and
 * accepts the result by simulated annealing whose temperature falls from {@code startTemperature} to {@code
 * endTemperature} (both relative to the plan's mean cost per task) over its budget: a share of the solver's time limit,
 * counted from the solve's first phase, when it is known, else {@code iterationLimit} iterations. Routes are priced by
 * the score's own costs and weights ({@link PlanCosts}); the rules between routes that it cannot see (toilet rounds'
 * maximum gap) are left to the local search that follows, which also gets the best plan this phase found. While work is
 * late, some ruins start from a late task, so that the recreate can move it to where it is done soonest, an idle
 * vehicle included.
 */
public final class RuinRecreatePhase implements PhaseCommand<SanitationPlan> {

    private static final Logger LOGGER = LoggerFactory.getLogger(RuinRecreatePhase.class);

    /** Above this many tasks a removed task is only tried in the routes that own tasks near it. */
    private static final int NEARBY_ROUTES_ABOVE = 1000;

    /** About how many undone tasks a step tries in every route when none near them has room (large plans). */
    private static final int FARTHER_TRIES_PER_STEP = 5;
    /** The share of ruins that start from a late task while there is one. */
    private static final double LATE_SEED_SHARE = 0.3;
    /** Iterations the schedule spans when neither a time limit nor an iteration limit is given. */
    private static final int DEFAULT_ITERATIONS = 50_000;

    /** The share of the solver's time limit the phase spends unless told otherwise. */
    public static final double DEFAULT_TIME_SHARE = 0.9;

    private String ruin = "strings";
    private String recreate = "regret";
    private int unimprovedIterations = 0;
    private int iterationLimit = 0;
    private long solverTimeLimitMillis = 0;
    private double timeShare = DEFAULT_TIME_SHARE;
    private double startTemperature = 1.0;
    private double endTemperature = 0.01;
    private double averageRemoved = 10;
    private int maxStringLength = 10;
    private double blinkRate = 0.01;
    private int maxRemoved = 20;
    private int longRouteRemoved = 0;
    private int neighbourCount = 60;
    private boolean nearerEnds = false;
    private int stringBlock = 0;
    private long seed = 0;
    private double routeEliminationRate = 0;
    private int shortestDetoursAbove = 0;
    private double giantTourSplitRate = 0;
    private boolean shiftedRests = true;
    private boolean timedRests = true;
    private double routeOpeningRate = 0;
    private double returnToBestAfter = 0;
    private double greedyShare = 0;
    private double windowWeight = 0;
    private double timedShare = 0;
    private int reheatAfterReturns = 0;
    private int eliteRuns = 0;
    private double eliteRunShare = 0.25;
    private double eliteChildShare = 0.1;
    private double eliteChildTemperature = 0.1;
    private double stretchMoveRate = 0;
    private int longestStretch = 12;
    private boolean stretchRuin = true;
    private double stretchExchangeRate = 0;

    /** Set from the solver configuration's custom properties: "strings" or "radial". */
    public void setRuin(String ruin) {
        this.ruin = ruin;
    }

    /** "blink" (greedy with blinks) or "regret" (regret-2). */
    public void setRecreate(String recreate) {
        this.recreate = recreate;
    }

    /** Stop after this many iterations without a new best; 0 never stops early. */
    public void setUnimprovedIterations(int unimprovedIterations) {
        this.unimprovedIterations = unimprovedIterations;
    }

    /** The iterations the cooling spans, and the most this phase makes; 0 when the time limit sets the pace. */
    public void setIterationLimit(int iterationLimit) {
        this.iterationLimit = iterationLimit;
    }

    /** The whole solver's time limit; the phase spends {@code timeShare} of it. Set by {@code PlanSolverConfig}. */
    public void setSolverTimeLimitMillis(long solverTimeLimitMillis) {
        this.solverTimeLimitMillis = solverTimeLimitMillis;
    }

    public void setTimeShare(double timeShare) {
        this.timeShare = timeShare;
    }

    public void setStartTemperature(double startTemperature) {
        this.startTemperature = startTemperature;
    }

    public void setEndTemperature(double endTemperature) {
        this.endTemperature = endTemperature;
    }

    public void setAverageRemoved(double averageRemoved) {
        this.averageRemoved = averageRemoved;
    }

    public void setMaxStringLength(int maxStringLength) {
        this.maxStringLength = maxStringLength;
    }

    public void setBlinkRate(double blinkRate) {
        this.blinkRate = blinkRate;
    }

    /** The most tasks the radial ruin removes. */
    public void setMaxRemoved(int maxRemoved) {
        this.maxRemoved = maxRemoved;
    }

    /**
     * Where the routes are long ({@link #setShortestDetoursAbove}) and the plan is not a large district's, the strings
     * ruin removes this many tasks on average and strings this long at most, instead of {@link #setAverageRemoved} and
     * {@link #setMaxStringLength}; 0 keeps those. A ruin of ten tasks moves a fifth of a 50-task route: too little to
     * reorder it (session s11).
     */
    public void setLongRouteRemoved(int longRouteRemoved) {
        this.longRouteRemoved = longRouteRemoved;
    }

    /** Passes that may go either way are as near as their nearer ends ({@link PassNearness}). */
    public void setNearerEnds(boolean nearerEnds) {
        this.nearerEnds = nearerEnds;
    }

    /** A route may give one string per this many of its tasks (0: one per route); see {@link StringRemoval}. */
    public void setStringBlock(int stringBlock) {
        this.stringBlock = stringBlock;
    }

    /**
     * The share of ruins that empty a short route instead (see {@link RouteElimination}), on plans whose routes are
     * long by {@link #setShortestDetoursAbove}; 0 never does.
     */
    public void setRouteEliminationRate(double routeEliminationRate) {
        this.routeEliminationRate = routeEliminationRate;
    }

    /** Routes this long on average are priced at their shortest detours first (see {@link LongRoutePricing}). */
    public void setShortestDetoursAbove(int shortestDetoursAbove) {
        this.shortestDetoursAbove = shortestDetoursAbove;
    }

    /**
     * The share of recreates after which the routes are strung into one tour and cut again into trips where that
     * costs least ({@link GiantTourSplit}), on plans of alike washing trucks whose day has no clock in it; 0 never.
     * After every recreate it took a third of the iterations on val (session s9).
     */
    public void setGiantTourSplitRate(double giantTourSplitRate) {
        this.giantTourSplitRate = giantTourSplitRate;
    }

    /**
     * Whether a trial takes the rest of a route without a clock from the route's sums instead of replanning it
     * ({@link RouteTrials}): the same prices, several times more iterations on arc routes of one tank (session s10).
     * Off only to measure the search as it was.
     */
    public void setShiftedRests(boolean shiftedRests) {
        this.shiftedRests = shiftedRests;
    }

    /**
     * The share of iterations that move a stretch of a long route to an idle vehicle before the strings ruin
     * ({@link RouteOpening}); used only where routes are long ({@code shortestDetoursAbove}) and the plan small.
     */
    public void setRouteOpeningRate(double routeOpeningRate) {
        this.routeOpeningRate = routeOpeningRate;
    }

    /**
     * Whether a trial also follows a delay and a fuller garbage body down a route with a clock from the route's sums
     * ({@link RouteTrials}, {@link RouteSlack}): the same prices; on long routes with wide windows an insertion costs a
     * few stop plans instead of the route's rest (session s11). Off only to measure the search as it was.
     */
    public void setTimedRests(boolean timedRests) {
        this.timedRests = timedRests;
    }

    /**
     * After this share of the budget without a new best the search goes on from the best plan ({@link ReturnToBest});
     * not on plans of more than 1,000 tasks, which ruin around neighbouring routes only.
     */
    public void setReturnToBestAfter(double returnToBestAfter) {
        this.returnToBestAfter = returnToBestAfter;
    }

    /**
     * On long routes ({@code shortestDetoursAbove}, not large districts), the share of recreates that put the open
     * tasks back greedily, in a drawn order, each at its cheapest place ({@link BlinkInsertion} with the long-route
     * pricing), instead of by regret-2: a regret recreate prices every open task again after each insertion, a greedy
     * one prices each once, so the search makes more iterations.
     */
    public void setGreedyShare(double greedyShare) {
        this.greedyShare = greedyShare;
    }

    /**
     * On long routes, how much a second between two tasks' window midpoints weighs against a second of travel between
     * them in the neighbours a {@link #setTimedShare timed} strings ruin walks; 0 never walks them.
     */
    public void setWindowWeight(double windowWeight) {
        this.windowWeight = windowWeight;
    }

    /**
     * On long routes, the share of strings ruins that walk from the seed to the tasks near it in place and in time
     * ({@link #setWindowWeight}) instead of in place only. Where windows are staggered, routes share a neighbourhood
     * at different hours, and its tasks near in place are in the routes that pass it at other times.
     */
    public void setTimedShare(double timedShare) {
        this.timedShare = timedShare;
    }

    /**
     * After this many returns to the best plan without a better one in between, the annealing starts again from the
     * best plan at its start temperature and cools over the rest of the budget, returning to the best of the new
     * cycle, not of the search; 0 never does. Not with less than a fifth of the budget left.
     */
    public void setReheatAfterReturns(int reheatAfterReturns) {
        this.reheatAfterReturns = reheatAfterReturns;
    }

    /**
     * On long routes ({@code shortestDetoursAbove}, plans of up to 1,000 tasks, nothing pinned or undone, no toilet
     * rounds), this many independent runs of {@link #setEliteRunShare} of the budget each from the first plan, then
     * children of their best plans ({@link RouteCrossover}) for the rest ({@link EliteRuns}); 0 runs one annealing.
     */
    public void setEliteRuns(int eliteRuns) {
        this.eliteRuns = eliteRuns;
    }

    public void setEliteRunShare(double eliteRunShare) {
        this.eliteRunShare = eliteRunShare;
    }

    /** The share of the budget each child of two elite plans is annealed for. */
    public void setEliteChildShare(double eliteChildShare) {
        this.eliteChildShare = eliteChildShare;
    }

    /** A child's annealing starts at this share of the start temperature. */
    public void setEliteChildTemperature(double eliteChildTemperature) {
        this.eliteChildTemperature = eliteChildTemperature;
    }

    /**
     * On long routes (as {@link #setRouteOpeningRate}), the share of iterations that first move a stretch of a route
     * whole to its cheapest place near its ends' neighbours ({@link StretchRelocation}) and ruin around it; 0 never.
     */
    public void setStretchMoveRate(double stretchMoveRate) {
        this.stretchMoveRate = stretchMoveRate;
    }

    /** The most tasks a {@link #setStretchMoveRate stretch move} takes. */
    public void setLongestStretch(int longestStretch) {
        this.longestStretch = longestStretch;
    }

    /** Whether a stretch move is followed by a strings ruin around the stretch, or taken as it is. */
    public void setStretchRuin(boolean stretchRuin) {
        this.stretchRuin = stretchRuin;
    }

    /**
     * On long routes (as {@link #setRouteOpeningRate}), the share of iterations that first swap a stretch of one route
     * for a stretch of another, each where it costs least ({@link StretchExchange}), then ruin around both or not as
     * {@link #setStretchRuin} says; 0 never.
     */
    public void setStretchExchangeRate(double stretchExchangeRate) {
        this.stretchExchangeRate = stretchExchangeRate;
    }

    public void setSeed(long seed) {
        this.seed = seed;
    }

    /** The per-solve state, made at the first step that sees a new working solution. */
    private Search search;

    @Override
    public void changeWorkingSolution(ScoreDirector<SanitationPlan> scoreDirector, BooleanSupplier isPhaseTerminated) {
        advance(scoreDirector, isPhaseTerminated, 1);
    }

    /**
     * The same search as {@code count} commands of one custom phase, each running on to the next {@code 1/count} of
     * the budget and writing its best back: Timefold takes each command as a step and publishes a better plan as a new
     * best solution while the phase runs. The commands share this instance, so each solver needs its own.
     */
    public List<PhaseCommand<SanitationPlan>> inSteps(int count) {
        List<PhaseCommand<SanitationPlan>> steps = new ArrayList<>(count);
        for (int k = 1; k <= count; k++) {
            double until = (double) k / count;
            steps.add((scoreDirector, isPhaseTerminated) -> advance(scoreDirector, isPhaseTerminated, until));
        }
        return steps;
    }

    private void advance(ScoreDirector<SanitationPlan> scoreDirector, BooleanSupplier isPhaseTerminated, double until) {
        if (search == null || search.plan != scoreDirector.getWorkingSolution()) {
            search = new Search(scoreDirector.getWorkingSolution(), scoreDirector);
        }
        search.run(scoreDirector, isPhaseTerminated, until);
    }

    /** Where the search stands: the trial routes hold the current plan; the best is kept aside. */
    private final class Search {

        private final SanitationPlan plan;
        private final PlanCosts costs;
        private final long started = System.nanoTime();
        private final List<RouteTrials> routes = new ArrayList<>();
        private final List<Task> movable = new ArrayList<>();
        /**
         * Tasks no route does, which ruin and recreate tries to place; a toilet round placed stays where it is put, as
         * the others do.
         */
        private final List<Task> unassigned = new ArrayList<>();
        /**
         * Tasks past their service level as the current plan has them: on large plans they are still tried in every
         * route, at every place, since the vehicle that could clear them in time may own nothing near them.
         */
        private final Set<Task> late = Collections.newSetFromMap(new IdentityHashMap<>());

        private final boolean toiletRounds;
        private final boolean nearbyRoutesOnly;
        private boolean finished;
        private long toiletShortfall;
        /** Whether work put in or taken out can move toilet rounds, and so their gaps, which then count in the cost. */
        private boolean toiletGapsMove;

        private List<List<Task>> writtenTasks;
        private HardMediumSoftLongScore writtenScore;
        private Map<Task, Task[]> neighbours;
        /** Near in place and in time (window midpoints); null where not used. */
        private Map<Task, Task[]> timedNeighbours;

        private RegretInsertion.Pricing longRoutePricing;
        /** Routes are emptied only where they are long and every route is priced (not on large districts). */
        private double eliminationRate;

        private Map<Task, Set<Task>> nearSets;
        private TravelTimes travel;
        private StringRemoval strings;
        private final RouteElimination eliminations = new RouteElimination(2);
        private double openingRate;
        private double stretchRate;
        private StretchRelocation stretches;
        private double exchangeRate;
        private StretchExchange exchanges;
        private int exchangesMade;
        private int exchangesKept;
        private GiantTourSplit tourSplit;
        private BlinkInsertion blinks;
        private Random random;
        private double current;
        private double initialCost;
        private double best;
        private List<List<Task>> bestTasks;
        private boolean bestWritten = true;
        private double temperatureScale;
        private Schedule schedule;
        private int sinceBest;
        /** The best plan of the current annealing cycle: the search's best unless the cooling started again. */
        private double cycleBest;

        private List<List<Task>> cycleBestTasks;
        private AnnealingCycles cycles;
        private ReturnToBest returns;
        /** Independent runs and children of their best plans; null where one annealing spans the budget. */
        private EliteRuns elite;

        private List<List<Task>> initialTasks;
        private List<String> kinds;

        private long iterations;
        private double progress;

        Search(SanitationPlan plan, ScoreDirector<SanitationPlan> scoreDirector) {
            this.plan = plan;
            this.costs = PlanCosts.of(plan);
            Set<Task> assigned = Collections.newSetFromMap(new IdentityHashMap<>());
            for (Route route : plan.getRoutes()) {
                assigned.addAll(route.getTasks());
                if (route.getOutOfServiceFrom() != Long.MAX_VALUE) {
                    continue;
                }
                routes.add(new RouteTrials(route, costs, shiftedRests, timedRests));
                for (Task task : route.getTasks()
                        .subList(route.getPinnedCount(), route.getTasks().size())) {
                    // Toilet rounds stay where they are: their gaps span routes.
                    if (task.getKind() != TaskKind.TOILET_ROUND) {
                        movable.add(task);
                    }
                }
            }
            for (Task task : plan.getTasks()) {
                if (!assigned.contains(task)) {
                    unassigned.add(task);
                }
            }
            toiletRounds = plan.getTasks().stream().anyMatch(task -> task.getKind() == TaskKind.TOILET_ROUND);
            nearbyRoutesOnly = plan.getTasks().size() > NEARBY_ROUTES_ABOVE;
            if (movable.size() + unassigned.size() < 2 || routes.isEmpty()) {
                finished = true;
                return;
            }
            travel = routes.get(0).route().getCrew().travel();
            List<Task> placeable = new ArrayList<>(movable);
            placeable.addAll(unassigned);
            List<Task> moving = placeable.stream()
                    .filter(task -> task.getKind() != TaskKind.TOILET_ROUND)
                    .toList();
            toiletGapsMove = routes.stream()
                    .anyMatch(route -> route.tasks().stream().anyMatch(task -> task.getKind() == TaskKind.TOILET_ROUND)
                            && moving.stream().anyMatch(task -> route.route().can(task.capability())));
            neighbours = nearestTasks(placeable, travel, neighbourCount, nearerEnds);
            longRoutePricing = LongRoutePricing.forLongRoutes(routes, shortestDetoursAbove);
            eliminationRate = longRoutePricing != null && !nearbyRoutesOnly ? routeEliminationRate : 0;
            timedNeighbours = longRoutePricing != null && !nearbyRoutesOnly && timedShare > 0 && windowWeight > 0
                    ? nearestInPlaceAndTime(placeable, travel, neighbourCount, windowWeight)
                    : null;
            openingRate = longRoutePricing != null && !nearbyRoutesOnly ? routeOpeningRate : 0;
            stretchRate = longRoutePricing != null && !nearbyRoutesOnly ? stretchMoveRate : 0;
            stretches = stretchRate > 0 ? new StretchRelocation(longestStretch) : null;
            exchangeRate = longRoutePricing != null && !nearbyRoutesOnly ? stretchExchangeRate : 0;
            exchanges = exchangeRate > 0 ? new StretchExchange(longestStretch) : null;
            tourSplit = giantTourSplitRate > 0 && !nearbyRoutesOnly
                    ? GiantTourSplit.forTimeFreeWashers(routes, placeable)
                    : null;
            nearSets = new IdentityHashMap<>();
            for (Map.Entry<Task, Task[]> entry : neighbours.entrySet()) {
                Set<Task> near = Collections.newSetFromMap(new IdentityHashMap<>());
                near.addAll(List.of(entry.getValue()));
                nearSets.put(entry.getKey(), near);
            }
            // Districts above NEARBY_ROUTES_ABOVE tasks ruin around neighbouring routes; their ruins stay as measured.
            boolean longRuins = longRoutePricing != null && !nearbyRoutesOnly && longRouteRemoved > 0;
            strings = new StringRemoval(
                    longRuins ? longRouteRemoved : averageRemoved,
                    longRuins ? longRouteRemoved : maxStringLength,
                    0.5,
                    0.01,
                    stringBlock);
            blinks = new BlinkInsertion(blinkRate);
            // Measured on plans of up to a few hundred tasks (session s13); large districts keep the search as it was.
            returns = new ReturnToBest(nearbyRoutesOnly ? 0 : returnToBestAfter);
            cycles = new AnnealingCycles(nearbyRoutesOnly || returnToBestAfter == 0 ? 0 : reheatAfterReturns);
            random = new Random(seed);
            elite = eliteRuns > 0
                            && longRoutePricing != null
                            && !nearbyRoutesOnly
                            && !toiletRounds
                            && unassigned.isEmpty()
                            && routes.stream().allMatch(route -> route.route().getPinnedCount() == 0)
                    ? new EliteRuns(eliteRuns, eliteRunShare, eliteChildShare, eliteChildTemperature)
                    : null;
            kinds = elite != null ? routes.stream().map(RouteTrials::kind).toList() : null;
            toiletShortfall = toiletRounds ? ToiletGaps.shortfallSeconds(routes) : 0;
            current = cost();
            initialCost = current;
            best = current;
            bestTasks = snapshot(routes);
            cycleBest = best;
            cycleBestTasks = bestTasks;
            initialTasks = bestTasks;
            writtenTasks = bestTasks;
            writtenScore = scoreOf(scoreDirector);
            temperatureScale = softCost(routes) / Math.max(1, movable.size());
            schedule = schedule(SolveClock.takeSearchStartedNanos(started));
        }

        void run(ScoreDirector<SanitationPlan> scoreDirector, BooleanSupplier isPhaseTerminated, double until) {
            if (finished) {
                return;
            }
            // Past its budget a step only hands over: trying every undone task again would overrun the time the
            // phases after it are counting on.
            if (!unassigned.isEmpty() && progress < until) {
                placeUnassigned();
            }
            while (movable.size() >= 2 && progress < until && !isPhaseTerminated.getAsBoolean()) {
                if (progress >= 1 || (unimprovedIterations > 0 && sinceBest >= unimprovedIterations)) {
                    break;
                }
                // The last iteration is not begun if an iteration as long as the average would end past the budget:
                // on a large district one takes a second, and the phases after this one count on their time.
                if (until >= 1 && schedule.wouldOverrun(iterations, started)) {
                    break;
                }
                iterate();
            }
            if (!bestWritten) {
                handOver(scoreDirector);
                bestWritten = true;
            }
            if (progress >= 1
                    || until >= 1
                    || movable.size() < 2
                    || (unimprovedIterations > 0 && sinceBest >= unimprovedIterations)
                    || isPhaseTerminated.getAsBoolean()) {
                finished = true;
                double seconds = Math.max(1e-9, (System.nanoTime() - started) / 1e9);
                LOGGER.info(
                        "Ruin and recreate ended: {} iterations ({} per second), {} reheats, route cost {} from {}.",
                        iterations,
                        Math.round(iterations / seconds),
                        cycles.reheats(),
                        Math.round(best),
                        Math.round(initialCost));
                if (exchanges != null) {
                    LOGGER.info("Stretch exchanges: {} made, {} kept.", exchangesMade, exchangesKept);
                }
                if (elite != null) {
                    LOGGER.info(
                            "Elite runs: {} children, {} better than both parents.",
                            elite.children(),
                            elite.betterChildren(cycleBest));
                }
            }
        }

        private void iterate() {
            sinceBest++;
            iterations++;
            List<List<Task>> before = snapshot(routes);
            List<Task> lateTasks = new ArrayList<>();
            routes.forEach(route -> route.addLateTasks(lateTasks));
            late.clear();
            late.addAll(lateTasks);
            List<Task> seeds = !lateTasks.isEmpty() && random.nextDouble() < LATE_SEED_SHARE ? lateTasks : movable;
            RouteElimination.Emptied emptied = eliminationRate > 0 && random.nextDouble() < eliminationRate
                    ? eliminations.ruin(routes, RuinRecreatePhase::removable, random)
                    : null;
            // A route short keeps the search so unless a stretch moves to the idle vehicle in one step; the strings
            // are then ruined around the stretch, so that the recreate fits the two routes to each other.
            RouteOpening.Opened opened = emptied == null && openingRate > 0 && random.nextDouble() < openingRate
                    ? RouteOpening.open(routes, RuinRecreatePhase::removable, random)
                    : null;
            StretchRelocation.Moved moved =
                    emptied == null && opened == null && stretchRate > 0 && random.nextDouble() < stretchRate
                            ? stretches.move(routes, neighbours, RuinRecreatePhase::removable, random)
                            : null;
            StretchExchange.Exchanged swapped = emptied == null
                            && opened == null
                            && moved == null
                            && exchangeRate > 0
                            && random.nextDouble() < exchangeRate
                    ? exchanges.exchange(routes, neighbours, RuinRecreatePhase::removable, random)
                    : null;
            if (swapped != null) {
                exchangesMade++;
            }
            List<Task> open = emptied != null
                    ? emptied.open()
                    : (moved != null || swapped != null) && !stretchRuin
                            ? new ArrayList<>()
                            : "radial".equals(ruin)
                                    ? radialRuin(routes, movable, seeds, neighbours, random)
                                    : strings.ruin(
                                            routes,
                                            opened != null
                                                    ? opened.stretch()
                                                    : moved != null
                                                            ? moved.stretch()
                                                            : swapped != null ? swapped.both() : seeds,
                                            timedNeighbours != null && random.nextDouble() < timedShare
                                                    ? timedNeighbours
                                                    : neighbours,
                                            RuinRecreatePhase::removable,
                                            random);
            Function<Task, boolean[]> nearby = nearbyRoutesOnly ? nearbyRoutes() : null;
            Function<Task, boolean[]> candidates = emptied == null ? nearby : emptied.elsewhere(nearby, routes.size());
            boolean greedy = greedyShare > 0
                    && longRoutePricing != null
                    && !nearbyRoutesOnly
                    && random.nextDouble() < greedyShare;
            List<Task> left = "regret".equals(recreate) && !greedy
                    ? RegretInsertion.insert(open, routes, candidates, pricing(), () -> false, (r, p, t) -> {})
                    : blinkInsert(
                            open,
                            task -> candidates == null ? routes : pick(routes, candidates.apply(task)),
                            greedy ? longRoutePricing : null);
            if (tourSplit != null && left.isEmpty() && random.nextDouble() < giantTourSplitRate) {
                tourSplit.improve(routes, random);
            }
            double candidate = cost();
            double temperature = elite != null
                    ? temperatureScale * schedule.temperature(elite.cooled(progress), elite.startShare())
                    : temperatureScale * schedule.temperature(cycles.cooled(progress));
            if (left.isEmpty()
                    && (!toiletRounds || ToiletGaps.shortfallSeconds(routes) <= toiletShortfall)
                    && (candidate < current
                            // an emptied route is kept only when that costs no more: annealing it through traps the
                            // search with a route too few where the fleet is free (long-route suite, C108 and RC105)
                            || (emptied == null
                                    && candidate < current - temperature * Math.log(random.nextDouble())))) {
                current = candidate;
                if (swapped != null) {
                    exchangesKept++;
                }
                if (candidate < cycleBest - 1e-9) {
                    cycleBest = candidate;
                    cycleBestTasks = snapshot(routes);
                    cycles.newBest();
                    returns.newBest(progress);
                    if (candidate < best - 1e-9) {
                        best = candidate;
                        bestTasks = cycleBestTasks;
                        bestWritten = false;
                        sinceBest = 0;
                    }
                }
            } else {
                restore(routes, before);
            }
            progress = schedule.progress(iterations);
            if (elite != null && elite.sliceEnded(progress)) {
                nextSlice();
                return;
            }
            // A reheated cycle walks away from the best before it settles: it is not called back in its first half.
            if (cycles.returnsAllowed(progress) && returns.due(progress)) {
                if (cycleBestTasks != null && current > cycleBest + 1e-9) {
                    restore(routes, cycleBestTasks);
                    current = cycleBest;
                }
                if (elite == null && cycles.returnedInVain(progress)) {
                    reheat();
                }
            }
        }

        /**
         * Puts the open tasks back greedily with blinks, into the routes {@code routesFor} gives each, largest or
         * farthest from the depot first as drawn; {@code pricing} null prices every place.
         */
        private List<Task> blinkInsert(
                List<Task> open, Function<Task, List<RouteTrials>> routesFor, RegretInsertion.Pricing pricing) {
            return blinks.insert(
                    open,
                    routesFor,
                    pricing,
                    task -> task.getProblem().volumeM3() + task.getProblem().lengthMetres(),
                    task -> depotDistance(task, routes.get(0), travel),
                    random);
        }

        /**
         * Keeps the ended slice's best in the elite and starts the next slice: an independent run from the first plan,
         * or a child of two elite plans with its open tasks put back greedily (the receiving plan where they do not
         * all fit).
         */
        private void nextSlice() {
            if (elite.next(cycleBestTasks, cycleBest)) {
                restore(routes, initialTasks);
            } else {
                EliteRuns.Elite[] parents = elite.parents(random);
                if (parents == null) {
                    restore(routes, bestTasks);
                } else {
                    RouteCrossover.Child child =
                            RouteCrossover.child(parents[0].tasks(), parents[1].tasks(), kinds, neighbours, random);
                    restore(routes, child.routes());
                    List<Task> left = blinkInsert(child.open(), task -> routes, longRoutePricing);
                    if (!left.isEmpty()) {
                        restore(routes, parents[1].tasks());
                    }
                }
            }
            current = cost();
            cycleBest = current;
            cycleBestTasks = snapshot(routes);
            returns.newBest(progress);
            if (current < best - 1e-9) {
                best = current;
                bestTasks = cycleBestTasks;
                bestWritten = false;
                sinceBest = 0;
            }
        }

        /**
         * Starts the annealing again from the best plan: the new cycle cools from the start temperature over the rest
         * of the budget, and its returns go to its own best, so that it may settle in another order of clusters.
         */
        private void reheat() {
            restore(routes, bestTasks);
            current = best;
            cycles.reheat(progress);
            cycleBest = Double.MAX_VALUE;
            cycleBestTasks = null;
        }

        /**
         * Tries the tasks no route does, from the best plan so far, highest priority first, each at its cheapest
         * feasible place among the routes near it, where that costs less than leaving it undone.
         */
        private void placeUnassigned() {
            restore(routes, bestTasks);
            unassigned.sort(
                    Comparator.comparingInt((Task task) -> -task.getProblem().priorityWeight()));
            Function<Task, boolean[]> candidates = nearbyRoutes();
            List<Task> placed = new ArrayList<>();
            for (Task task : unassigned) {
                boolean[] tried = nearbyRoutesOnly ? candidates.apply(task) : null;
                RouteTrials target = null;
                Insertion cheapest = null;
                for (int r = 0; r < routes.size(); r++) {
                    if (tried != null && !tried[r]) {
                        continue;
                    }
                    Insertion insertion = pricing().cheapest(routes.get(r), task);
                    if (insertion != null && (cheapest == null || insertion.cost() < cheapest.cost())) {
                        cheapest = insertion;
                        target = routes.get(r);
                    }
                }
                // Nowhere near its neighbours: a few such tasks a step, drawn at random, are tried everywhere, so
                // that work whose neighbourhood is full still finds a farther route with room.
                if (cheapest == null && tried != null && random.nextInt(unassigned.size()) < FARTHER_TRIES_PER_STEP) {
                    for (RouteTrials route : routes) {
                        Insertion insertion = route.cheapestInsertion(task);
                        if (insertion != null && (cheapest == null || insertion.cost() < cheapest.cost())) {
                            cheapest = insertion;
                            target = route;
                        }
                    }
                }
                double leftUndone = costs.unassigned()
                        * PlanCosts.unassignedPoints(task.getProblem().priorityWeight());
                boolean fits = cheapest != null && cheapest.cost() < leftUndone;
                if (fits) {
                    List<Task> before = new ArrayList<>(target.tasks());
                    target.insert(cheapest.position(), task);
                    if (toiletRounds && ToiletGaps.shortfallSeconds(routes) > toiletShortfall) {
                        target.replaceTasks(before);
                        fits = false;
                    }
                }
                // The cheapest place near its neighbours may break the toilet's gaps, which no single route sees.
                if (!fits && toiletRounds && task.getKind() == TaskKind.TOILET_ROUND) {
                    fits = placeKeepingToiletGaps(task, leftUndone);
                }
                if (fits) {
                    placed.add(task);
                }
            }
            if (!placed.isEmpty()) {
                unassigned.removeAll(placed);
                placed.stream()
                        .filter(task -> task.getKind() != TaskKind.TOILET_ROUND)
                        .forEach(movable::add);
                bestTasks = snapshot(routes);
                bestWritten = false;
            }
            current = cost();
            best = current;
            cycleBest = best;
            cycleBestTasks = bestTasks;
            if (!placed.isEmpty()) {
                LOGGER.info("Ruin and recreate placed {} unassigned tasks; {} left.", placed.size(), unassigned.size());
            }
        }

        /**
         * Puts a toilet round whose cheapest place breaks its toilet's gaps (too close to, or out of order with, the
         * other rounds, which no single route sees) at the cheapest place that keeps them, if one costs less than
         * leaving it undone: toilet crews are few, so every place of every route is tried.
         */
        private boolean placeKeepingToiletGaps(Task round, double leftUndone) {
            List<Map.Entry<RouteTrials, Insertion>> places = new ArrayList<>();
            for (RouteTrials route : routes) {
                for (Insertion insertion : route.feasibleInsertions(round)) {
                    if (insertion.cost() < leftUndone) {
                        places.add(Map.entry(route, insertion));
                    }
                }
            }
            places.sort(Comparator.comparingDouble(place -> place.getValue().cost()));
            // Only routes with rounds bear on the gaps: on a large district a few dozen of hundreds of routes.
            List<RouteTrials> withRounds = routes.stream()
                    .filter(route -> route.tasks().stream().anyMatch(task -> task.getKind() == TaskKind.TOILET_ROUND))
                    .toList();
            for (Map.Entry<RouteTrials, Insertion> place : places) {
                RouteTrials route = place.getKey();
                List<RouteTrials> read = withRounds;
                if (!withRounds.contains(route)) {
                    read = new ArrayList<>(withRounds);
                    read.add(route);
                }
                List<Task> before = new ArrayList<>(route.tasks());
                route.insert(place.getValue().position(), round);
                if (ToiletGaps.shortfallSeconds(read) <= toiletShortfall) {
                    return true;
                }
                route.replaceTasks(before);
            }
            return false;
        }

        /** The routes' cost, with the toilets' maximum gaps as the score charges them when the search can move them. */
        private double cost() {
            return total(routes)
                    + (toiletGapsMove ? costs.toiletMaximumGap() * ToiletGaps.maximumGapPoints(routes) : 0);
        }

        /** On large plans, a task is only tried next to its nearest tasks, unless it is late. */
        private RegretInsertion.Pricing pricing() {
            if (longRoutePricing != null && !nearbyRoutesOnly) {
                return longRoutePricing;
            }
            return nearbyRoutesOnly
                    ? (route, task) -> late.contains(task)
                            ? route.cheapestInsertion(task)
                            : route.cheapestInsertionNear(task, nearSets.get(task))
                    : RouteTrials::cheapestInsertion;
        }

        /**
         * For each task, the routes that now own one of its nearest tasks, and one empty route of each kind; for a late
         * task, every route.
         */
        private Function<Task, boolean[]> nearbyRoutes() {
            Map<Task, Integer> routeOf = new IdentityHashMap<>();
            Set<String> emptyKinds = new HashSet<>();
            boolean[] empties = new boolean[routes.size()];
            for (int r = 0; r < routes.size(); r++) {
                for (Task task : routes.get(r).tasks()) {
                    routeOf.put(task, r);
                }
                if (routes.get(r).isEmpty() && emptyKinds.add(routes.get(r).kind())) {
                    empties[r] = true;
                }
            }
            return task -> {
                if (late.contains(task)) {
                    boolean[] every = new boolean[routes.size()];
                    Arrays.fill(every, true);
                    return every;
                }
                boolean[] near = empties.clone();
                Task[] around = neighbours.get(task);
                if (around != null) {
                    for (Task other : around) {
                        Integer r = routeOf.get(other);
                        if (r != null) {
                            near[r] = true;
                        }
                    }
                }
                return near;
            };
        }

        /**
         * Writes the best plan into the working solution, unless Timefold's score of it is worse than of the plan
         * last handed over (rules this search does not price, such as workload balance, may outweigh its gain).
         */
        private void handOver(ScoreDirector<SanitationPlan> scoreDirector) {
            writeBack(scoreDirector, routes, bestTasks);
            HardMediumSoftLongScore score = scoreOf(scoreDirector);
            if (score != null && writtenScore != null && score.compareTo(writtenScore) < 0) {
                writeBack(scoreDirector, routes, writtenTasks);
                return;
            }
            writtenTasks = bestTasks;
            writtenScore = score;
        }
    }

    private Schedule schedule(long startedNanos) {
        long budgetNanos = solverTimeLimitMillis > 0 ? Math.round(solverTimeLimitMillis * timeShare * 1e6) : 0;
        int iterations = iterationLimit > 0 ? iterationLimit : (budgetNanos > 0 ? 0 : DEFAULT_ITERATIONS);
        return new Schedule(startedNanos, budgetNanos, iterations, startTemperature, endTemperature);
    }

    /** How far the phase is through its budget, and the annealing temperature there. */
    record Schedule(
            long startedNanos, long budgetNanos, int iterations, double startTemperature, double endTemperature) {

        /**
         * Whether one more iteration, as long as the average of those made since {@code iterationsStartedNanos}, would
         * end past the time budget.
         */
        boolean wouldOverrun(long iterationsDone, long iterationsStartedNanos) {
            if (budgetNanos <= 0 || iterationsDone == 0) {
                return false;
            }
            long now = System.nanoTime();
            long average = (now - iterationsStartedNanos) / iterationsDone;
            return now + average > startedNanos + budgetNanos;
        }

        double progress(long iterationsDone) {
            double byTime = budgetNanos > 0 ? (System.nanoTime() - startedNanos) / (double) budgetNanos : 0;
            double byIterations = iterations > 0 ? iterationsDone / (double) iterations : 0;
            return Math.max(byTime, byIterations);
        }

        /** Falls geometrically from the start to the end temperature as progress goes from 0 to 1. */
        double temperature(double progress) {
            return temperature(progress, 1);
        }

        /** As {@link #temperature(double)}, but starting at {@code startShare} times the start temperature. */
        double temperature(double progress, double startShare) {
            double start = startTemperature * startShare;
            return start * Math.pow(endTemperature / start, Math.min(1, progress));
        }
    }

    private List<Task> radialRuin(
            List<RouteTrials> routes,
            List<Task> movable,
            List<Task> seeds,
            Map<Task, Task[]> neighbours,
            Random random) {
        Task seedTask = seeds.get(random.nextInt(seeds.size()));
        int count = 2 + random.nextInt(Math.max(1, Math.min(maxRemoved, movable.size() / 4) - 1));
        Set<Task> removed = new LinkedHashSet<>();
        removed.add(seedTask);
        for (Task near : neighbours.get(seedTask)) {
            if (removed.size() >= count) {
                break;
            }
            removed.add(near);
        }
        List<Task> open = new ArrayList<>();
        for (RouteTrials route : routes) {
            if (route.tasks().stream().anyMatch(removed::contains)) {
                List<Task> kept = new ArrayList<>(route.tasks());
                for (Task task : route.tasks()
                        .subList(route.route().getPinnedCount(), route.tasks().size())) {
                    if (removed.contains(task) && removable(task)) {
                        open.add(task);
                    }
                }
                kept.removeAll(open);
                route.replaceTasks(kept);
            }
        }
        Collections.shuffle(open, random);
        return open;
    }

    private static boolean removable(Task task) {
        return task.getKind() != TaskKind.TOILET_ROUND;
    }

    private static List<RouteTrials> pick(List<RouteTrials> routes, boolean[] chosen) {
        List<RouteTrials> picked = new ArrayList<>();
        for (int r = 0; r < routes.size(); r++) {
            if (chosen[r]) {
                picked.add(routes.get(r));
            }
        }
        return picked;
    }

    /** Timefold's score of the working solution; null when the score director is not Timefold's own. */
    @SuppressWarnings("unchecked")
    private static HardMediumSoftLongScore scoreOf(ScoreDirector<SanitationPlan> scoreDirector) {
        if (scoreDirector instanceof InnerScoreDirector<?, ?> inner) {
            return ((InnerScoreDirector<SanitationPlan, HardMediumSoftLongScore>) inner)
                    .calculateScore()
                    .raw();
        }
        return null;
    }

    private static double depotDistance(Task task, RouteTrials route, TravelTimes travel) {
        return travel.metres(
                route.route().getCrew().depotLocation(), task.getProblem().startLocation());
    }

    /** For each task, up to {@code count} others by increasing driving distance from where it ends to their start. */
    static Map<Task, Task[]> nearestTasks(List<Task> tasks, TravelTimes travel, int count) {
        return nearestTasks(tasks, travel, count, false);
    }

    static Map<Task, Task[]> nearestTasks(List<Task> tasks, TravelTimes travel, int count, boolean nearerEnds) {
        Map<Task, Task[]> nearest = new IdentityHashMap<>();
        int n = tasks.size();
        int size = Math.min(count, n - 1);
        int[] starts = new int[n];
        for (int j = 0; j < n; j++) {
            starts[j] = tasks.get(j).getProblem().startLocation();
        }
        // A bounded max-heap of (metres, index) keys: the k nearest of n in n log k, as districts have 10,000 tasks.
        long[] heap = new long[Math.max(1, size)];
        for (int i = 0; i < n; i++) {
            int from = tasks.get(i).getProblem().endLocation();
            int filled = 0;
            for (int j = 0; j < n && size > 0; j++) {
                if (j == i) {
                    continue;
                }
                long metres = nearerEnds
                        ? PassNearness.metres(
                                tasks.get(i).getProblem(), tasks.get(j).getProblem(), travel)
                        : travel.metres(from, starts[j]);
                long key = (Math.min(metres, (1L << 39) - 1) << 24) | j;
                if (filled < size) {
                    heap[filled] = key;
                    siftUp(heap, filled++);
                } else if (key < heap[0]) {
                    heap[0] = key;
                    siftDown(heap, size);
                }
            }
            long[] sorted = Arrays.copyOf(heap, filled);
            Arrays.sort(sorted);
            Task[] row = new Task[filled];
            for (int k = 0; k < filled; k++) {
                row[k] = tasks.get((int) (sorted[k] & ((1 << 24) - 1)));
            }
            nearest.put(tasks.get(i), row);
        }
        return nearest;
    }

    /**
     * For each task, the {@code count} others with the least travel time to them plus {@code windowWeight} times the
     * distance between the midpoints of their windows (none where either has no latest start). Plans of up to 1,000
     * tasks only: a full sort per task.
     */
    static Map<Task, Task[]> nearestInPlaceAndTime(
            List<Task> tasks, TravelTimes travel, int count, double windowWeight) {
        Map<Task, Task[]> nearest = new IdentityHashMap<>();
        int n = tasks.size();
        int size = Math.min(count, n - 1);
        double[] midpoints = new double[n];
        for (int j = 0; j < n; j++) {
            TaskProblem problem = tasks.get(j).getProblem();
            midpoints[j] = problem.latestStart() >= Long.MAX_VALUE / 4
                    ? Double.NaN
                    : (problem.earliestStart() + (double) problem.latestStart()) / 2;
        }
        double[] keys = new double[n];
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            int from = tasks.get(i).getProblem().endLocation();
            for (int j = 0; j < n; j++) {
                double apart = Double.isNaN(midpoints[i]) || Double.isNaN(midpoints[j])
                        ? 0
                        : Math.abs(midpoints[i] - midpoints[j]);
                keys[j] = j == i
                        ? Double.POSITIVE_INFINITY
                        : travel.seconds(from, tasks.get(j).getProblem().startLocation()) + windowWeight * apart;
                order[j] = j;
            }
            Arrays.sort(order, Comparator.comparingDouble(j -> keys[j]));
            Task[] row = new Task[size];
            for (int k = 0; k < size; k++) {
                row[k] = tasks.get(order[k]);
            }
            nearest.put(tasks.get(i), row);
        }
        return nearest;
    }

    private static void siftUp(long[] heap, int index) {
        while (index > 0) {
            int parent = (index - 1) / 2;
            if (heap[parent] >= heap[index]) {
                return;
            }
            long swap = heap[parent];
            heap[parent] = heap[index];
            heap[index] = swap;
            index = parent;
        }
    }

    private static void siftDown(long[] heap, int size) {
        int index = 0;
        while (true) {
            int largest = index;
            int left = 2 * index + 1;
            int right = left + 1;
            if (left < size && heap[left] > heap[largest]) {
                largest = left;
            }
            if (right < size && heap[right] > heap[largest]) {
                largest = right;
            }
            if (largest == index) {
                return;
            }
            long swap = heap[largest];
            heap[largest] = heap[index];
            heap[index] = swap;
            index = largest;
        }
    }

    private static double total(List<RouteTrials> routes) {
        double total = 0;
        for (RouteTrials route : routes) {
            total += route.cost();
        }
        return total;
    }

    private static double softCost(List<RouteTrials> routes) {
        double total = 0;
        for (RouteTrials route : routes) {
            total += route.softCost();
        }
        return total;
    }

    private static List<List<Task>> snapshot(List<RouteTrials> routes) {
        List<List<Task>> copy = new ArrayList<>(routes.size());
        for (RouteTrials route : routes) {
            copy.add(new ArrayList<>(route.tasks()));
        }
        return copy;
    }

    private static void restore(List<RouteTrials> routes, List<List<Task>> snapshot) {
        for (int r = 0; r < routes.size(); r++) {
            if (!routes.get(r).tasks().equals(snapshot.get(r))) {
                routes.get(r).replaceTasks(snapshot.get(r));
            }
        }
    }

    /**
     * Makes the plan's routes hold {@code bestTasks}. A task that joins the plan or leaves it is told to Timefold as
     * assigned or unassigned: a list change alone leaves a task that left every route still counted as done.
     */
    private static void writeBack(
            ScoreDirector<SanitationPlan> scoreDirector, List<RouteTrials> routes, List<List<Task>> bestTasks) {
        Set<Task> planned = Collections.newSetFromMap(new IdentityHashMap<>());
        Set<Task> written = Collections.newSetFromMap(new IdentityHashMap<>());
        for (int r = 0; r < routes.size(); r++) {
            planned.addAll(routes.get(r).route().getTasks());
            written.addAll(bestTasks.get(r));
        }
        boolean changed = false;
        for (int r = 0; r < routes.size(); r++) {
            Route route = routes.get(r).route();
            List<Task> tasks = route.getTasks();
            List<Task> target = bestTasks.get(r);
            if (tasks.equals(target)) {
                continue;
            }
            int pinned = route.getPinnedCount();
            int oldSize = tasks.size();
            List<Task> leaving = tasks.subList(pinned, oldSize).stream()
                    .filter(task -> !written.contains(task))
                    .toList();
            List<Task> joining = target.subList(pinned, target.size()).stream()
                    .filter(task -> !planned.contains(task))
                    .toList();
            leaving.forEach(task ->
                    scoreDirector.beforeListVariableElementUnassigned(route, RegretInsertionConstruction.TASKS, task));
            joining.forEach(task ->
                    scoreDirector.beforeListVariableElementAssigned(route, RegretInsertionConstruction.TASKS, task));
            scoreDirector.beforeListVariableChanged(route, RegretInsertionConstruction.TASKS, pinned, oldSize);
            tasks.subList(pinned, oldSize).clear();
            tasks.addAll(target.subList(pinned, target.size()));
            scoreDirector.afterListVariableChanged(route, RegretInsertionConstruction.TASKS, pinned, tasks.size());
            joining.forEach(task ->
                    scoreDirector.afterListVariableElementAssigned(route, RegretInsertionConstruction.TASKS, task));
            leaving.forEach(task ->
                    scoreDirector.afterListVariableElementUnassigned(route, RegretInsertionConstruction.TASKS, task));
            changed = true;
        }
        if (changed) {
            scoreDirector.triggerVariableListeners();
        }
    }
}
