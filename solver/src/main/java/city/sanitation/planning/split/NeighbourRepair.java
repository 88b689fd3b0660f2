package city.sanitation.planning.split;

import city.sanitation.dataset.LoadedDataset;
import city.sanitation.dataset.SanitationDataset;
import city.sanitation.planning.PlanSolverConfig;
import city.sanitation.planning.PlanningService;
import city.sanitation.planning.build.ProblemBuilder;
import city.sanitation.planning.build.SanitationProblem;
import city.sanitation.planning.domain.Route;
import city.sanitation.planning.domain.SanitationPlan;
import city.sanitation.planning.domain.Task;
import city.sanitation.planning.domain.TaskKind;
import city.sanitation.task.BlindSpotReport;
import city.sanitation.task.FlagshipToilet;
import city.sanitation.task.WashingRequirement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

/**
 * The repair across the borders of a district solved in parts that needs no whole-district matrices: what a part
 * left undone is offered to the routes of one part that borders it, in a problem of that part's work and vehicles plus
 * the offered tasks, with matrices over only their places (the product's greedy append, then its search for a short
 * time, as {@link BorderRepair} does over the whole plan). A task's receiver is the bordering part able to do it whose
 * work lies nearest to the task; work no vehicle of its own part can do (a vehicle type the part did not get) goes to
 * the nearest part that can, bordering or not. Each round offers every undone task to its next receiver; a round's
 * problems have no route and no task in common, so they are solved in parallel. A toilet's undone rounds move only
 * when none of its rounds is done, all to one part, as the rules between its rounds hold within one plan only.
 *
 * <p>Two parts border when their work comes within {@link #CELL_METRES} of each other, measured on a grid of cells of
 * that size (a cell of one part next to or on a cell of the other): the subdistricts' outlines are not in the dataset
 * and their streets do not end at the boundary, but where the two parts' work lies is what a truck's detour depends
 * on.
 */
public final class NeighbourRepair {

    /** The side of the grid cells that say where a part's work lies and which parts border. */
    public static final double CELL_METRES = 500;

    /**
     * A part's plan and the problem it was solved in, kept so that a part that only gives work away is scored again
     * without building its matrices again.
     */
    public record SolvedPart(String partId, LoadedDataset loaded, SanitationProblem problem, SanitationPlan plan) {}

    /**
     * One problem of the repair: the work of {@code receiverId} and the tasks offered to it.
     *
     * @param locations the places its matrices span
     */
    public record Group(
            int round, String receiverId, int tasks, int offered, int placed, int locations, double matrixSeconds) {}

    /** The parts' plans after the repair, each task in exactly one of them, and what each problem of it did. */
    public record Outcome(List<SolvedPart> parts, Map<String, Set<String>> borders, List<Group> groups) {

        /** The tasks on no route, counted from the routes (a plan fresh from the greedy construction has no shadows). */
        public int undone() {
            int undone = 0;
            for (SolvedPart part : parts) {
                undone += part.plan().getTasks().size();
                for (Route route : part.plan().getRoutes()) {
                    undone -= route.getTasks().size();
                }
            }
            return undone;
        }
    }

    private final LoadedDataset whole;
    private final PlanSolverConfig config;
    private final int threads;
    private final int rounds;

    /**
     * @param whole the district the parts were cut from, where the offered work is looked up
     * @param config the search of each problem; its time limit is each round's, shared among its problems by size
     * @param threads how many problems are solved at once
     * @param rounds how many receivers a task is offered to at most, one a round
     */
    public NeighbourRepair(LoadedDataset whole, PlanSolverConfig config, int threads, int rounds) {
        if (threads < 1 || rounds < 1) {
            throw new IllegalArgumentException(
                    "The thread count (%d) and the round count (%d) must be positive.%nMaybe use the machine's cores and 2 rounds."
                            .formatted(threads, rounds));
        }
        this.whole = whole;
        this.config = config;
        this.threads = threads;
        this.rounds = rounds;
    }

    public Outcome repair(List<SolvedPart> solved) throws InterruptedException {
        Map<String, PartState> states = new LinkedHashMap<>();
        Map<String, String> origin = new HashMap<>();
        for (SolvedPart part : solved) {
            PartState state = new PartState(part);
            if (states.put(part.partId(), state) != null) {
                throw new IllegalArgumentException(
                        "The part (%s) is given twice.%nMaybe pass each part of the split once."
                                .formatted(part.partId()));
            }
            for (Task task : part.plan().getTasks()) {
                String before = origin.put(task.getId(), part.partId());
                if (before != null) {
                    throw new IllegalArgumentException(
                            "The task (%s) is in both part (%s) and part (%s).%nMaybe repair the parts of one split."
                                    .formatted(task.getId(), before, part.partId()));
                }
            }
        }
        Cells cells = new Cells(states.values());
        Map<String, Set<String>> borders = cells.borders();
        List<Group> groups = new ArrayList<>();
        for (int round = 0; round < rounds; round++) {
            Set<String> assigned = assignedIds(states.values());
            Map<String, List<Task>> offers = offers(states, origin, assigned, cells, borders, round);
            if (offers.isEmpty()) {
                break;
            }
            groups.addAll(solveRound(round, offers, states, origin, assigned));
        }
        Set<String> assigned = assignedIds(states.values());
        List<SolvedPart> repaired = new ArrayList<>();
        for (PartState state : states.values()) {
            state.keepOnlyItsOwn(origin, assigned);
            repaired.add(new SolvedPart(state.id, state.loaded, state.problem, state.plan));
        }
        return new Outcome(repaired, borders, groups);
    }

    private static Set<String> assignedIds(Iterable<PartState> states) {
        Set<String> assigned = new HashSet<>();
        states.forEach(state ->
                state.plan.getRoutes().forEach(route -> route.getTasks().forEach(task -> assigned.add(task.getId()))));
        return assigned;
    }

    /** Per receiver, the undone tasks offered to it in this round. */
    private static Map<String, List<Task>> offers(
            Map<String, PartState> states,
            Map<String, String> origin,
            Set<String> assigned,
            Cells cells,
            Map<String, Set<String>> borders,
            int round) {
        Map<String, List<Task>> offers = new TreeMap<>();
        Set<String> toiletsWithARoundDone = new HashSet<>();
        for (PartState state : states.values()) {
            state.plan
                    .getRoutes()
                    .forEach(route -> route.getTasks().stream()
                            .filter(task -> task.getKind() == TaskKind.TOILET_ROUND)
                            .forEach(task ->
                                    toiletsWithARoundDone.add(task.getProblem().groupId())));
        }
        for (PartState from : states.values()) {
            for (Task task : from.tasksById.values()) {
                if (assigned.contains(task.getId()) || !from.id.equals(origin.get(task.getId()))) {
                    continue;
                }
                // A toilet's rounds are judged together (the minimum gap is a hard rule): they move only all
                // together, to one part, when none is done yet; a toilet half done stays with its part.
                if (task.getKind() == TaskKind.TOILET_ROUND
                        && toiletsWithARoundDone.contains(task.getProblem().groupId())) {
                    continue;
                }
                List<String> receivers = receivers(task, from, states, cells, borders);
                if (round < receivers.size()) {
                    offers.computeIfAbsent(receivers.get(round), key -> new ArrayList<>())
                            .add(task);
                }
            }
        }
        return offers;
    }

    /**
     * The parts bordering {@code from} that can do the task, its nearest first; when neither {@code from} nor any of
     * them can, every part that can.
     */
    private static List<String> receivers(
            Task task, PartState from, Map<String, PartState> states, Cells cells, Map<String, Set<String>> borders) {
        long cell = cells.cellOf(from.problem, task);
        Comparator<PartState> nearest = Comparator.<PartState>comparingDouble(part -> cells.distance(cell, part.id))
                .thenComparing(part -> part.id);
        List<PartState> bordering = borders.getOrDefault(from.id, Set.of()).stream()
                .map(states::get)
                .filter(part -> part.canDo(task))
                .sorted(nearest)
                .toList();
        if (!bordering.isEmpty() || from.canDo(task)) {
            return bordering.stream().map(part -> part.id).toList();
        }
        return states.values().stream()
                .filter(part -> part != from && part.canDo(task))
                .sorted(nearest)
                .map(part -> part.id)
                .toList();
    }

    private List<Group> solveRound(
            int round,
            Map<String, List<Task>> offers,
            Map<String, PartState> states,
            Map<String, String> origin,
            Set<String> assigned)
            throws InterruptedException {
        Set<String> offeredThisRound = new HashSet<>();
        offers.values().forEach(tasks -> tasks.forEach(task -> offeredThisRound.add(task.getId())));
        int totalTasks = 0;
        Map<String, Integer> sizes = new HashMap<>();
        for (Map.Entry<String, List<Task>> offer : offers.entrySet()) {
            int size = states.get(offer.getKey()).assignedCount()
                    + offer.getValue().size();
            sizes.put(offer.getKey(), size);
            totalTasks += size;
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            Map<String, Future<Solved>> futures = new LinkedHashMap<>();
            // Largest first, so that the pool's threads end about together.
            List<String> receivers = new ArrayList<>(offers.keySet());
            receivers.sort(Comparator.comparingInt((String id) -> sizes.get(id)).reversed());
            for (String receiverId : receivers) {
                PartState receiver = states.get(receiverId);
                Set<String> kept = receiver.keptInGroup(offers.get(receiverId), offeredThisRound, origin, assigned);
                Duration share = share(sizes.get(receiverId), totalTasks, offers.size());
                futures.put(receiverId, pool.submit(() -> solveGroup(receiver, offers.get(receiverId), kept, share)));
            }
            List<Group> groups = new ArrayList<>();
            for (Map.Entry<String, Future<Solved>> entry : futures.entrySet()) {
                Solved result = entry.getValue().get();
                states.get(entry.getKey()).replace(result.loaded(), result.problem(), result.plan());
                Set<String> placed = new HashSet<>();
                result.plan().getTasks().stream().filter(Task::isAssigned).forEach(task -> placed.add(task.getId()));
                List<Task> offered = offers.get(entry.getKey());
                groups.add(new Group(
                        round,
                        entry.getKey(),
                        result.plan().getTasks().size(),
                        offered.size(),
                        (int) offered.stream()
                                .filter(task -> placed.contains(task.getId()))
                                .count(),
                        result.locations(),
                        result.matrixSeconds()));
            }
            return groups;
        } catch (ExecutionException e) {
            throw new IllegalStateException("Repairing between neighbouring parts failed.", e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /** A round's time shared out among its problems by their tasks, as the parts' time is, and no less than 1 s. */
    private Duration share(int tasks, int totalTasks, int problems) {
        long roundMillis = config.timeLimit().toMillis();
        double parallel = Math.min(threads, problems);
        long millis = Math.round(roundMillis * parallel * tasks / Math.max(1, totalTasks));
        return Duration.ofMillis(Math.max(1_000, Math.min(roundMillis, millis)));
    }

    private record Solved(
            LoadedDataset loaded,
            SanitationProblem problem,
            SanitationPlan plan,
            int locations,
            double matrixSeconds) {}

    private Solved solveGroup(PartState receiver, List<Task> offered, Set<String> kept, Duration share) {
        LoadedDataset loaded = withWork(receiver.loaded, offered);
        long start = System.nanoTime();
        ProblemBuilder builder = new ProblemBuilder();
        SanitationProblem problem = builder.build(loaded);
        double matrixSeconds = (System.nanoTime() - start) / 1e9;
        SanitationPlan plan = problem.plan();
        Map<String, Task> byId = new HashMap<>();
        plan.getTasks().forEach(task -> byId.put(task.getId(), task));
        Map<String, Route> routes = new HashMap<>();
        plan.getRoutes().forEach(route -> routes.put(route.getId(), route));
        for (Route before : receiver.plan.getRoutes()) {
            Route route = routes.get(before.getId());
            for (Task task : before.getTasks()) {
                Task rebuilt = byId.get(task.getId());
                if (route == null || rebuilt == null) {
                    throw new IllegalStateException(
                            "The task (%s) on route (%s) of part (%s) is not in the part's rebuilt problem.%nMaybe the dataset changed under the repair."
                                    .formatted(task.getId(), before.getId(), receiver.id));
                }
                route.getTasks().add(rebuilt);
            }
        }
        // Tasks done or offered elsewhere (the other rounds of a toilet, an item's passes in another part) stay out.
        plan.setTasks(new ArrayList<>(plan.getTasks().stream()
                .filter(task -> kept.contains(task.getId()))
                .toList()));
        SanitationPlan solved = new PlanningService(config.withTimeLimit(share)).solve(problem, event -> {});
        return new Solved(loaded, problem, solved, builder.matrixLocationCount(loaded), matrixSeconds);
    }

    /** The receiver's dataset with the work items of the offered tasks it does not have yet. */
    private LoadedDataset withWork(LoadedDataset receiver, List<Task> offered) {
        SanitationDataset dataset = receiver.dataset();
        Set<String> groupIds = new HashSet<>();
        offered.forEach(task -> groupIds.add(task.getProblem().groupId()));
        List<WashingRequirement> washing = new ArrayList<>(dataset.washingRequirements());
        List<BlindSpotReport> blindSpots = new ArrayList<>(dataset.blindSpots());
        List<FlagshipToilet> toilets = new ArrayList<>(dataset.toilets());
        addMissing(washing, whole.dataset().washingRequirements(), WashingRequirement::id, groupIds);
        addMissing(blindSpots, whole.dataset().blindSpots(), BlindSpotReport::id, groupIds);
        addMissing(toilets, whole.dataset().toilets(), FlagshipToilet::id, groupIds);
        SanitationDataset withWork = new SanitationDataset(
                dataset.formatVersion(),
                dataset.name(),
                dataset.horizon(),
                dataset.roadNetwork(),
                dataset.osmSource(),
                dataset.territories(),
                dataset.depots(),
                dataset.hydrants(),
                dataset.transferStations(),
                dataset.vehicleTypes(),
                dataset.vehicles(),
                washing,
                dataset.washingWindowRules(),
                blindSpots,
                toilets,
                dataset.constraintWeights(),
                dataset.weather(),
                dataset.saltDepots());
        return new LoadedDataset(withWork, receiver.placements(), receiver.setAside());
    }

    private static <T> void addMissing(List<T> into, List<T> all, Function<T, String> idOf, Set<String> wanted) {
        Set<String> present = new HashSet<>();
        into.forEach(item -> present.add(idOf.apply(item)));
        for (T item : all) {
            String id = idOf.apply(item);
            if (wanted.contains(id) && present.add(id)) {
                into.add(item);
            }
        }
    }

    /** A part as the repair goes: its current dataset, problem and plan, and every task it was ever built with. */
    private static final class PartState {

        private final String id;
        private LoadedDataset loaded;
        private SanitationProblem problem;
        private SanitationPlan plan;
        private final Map<String, Task> tasksById = new LinkedHashMap<>();

        PartState(SolvedPart part) {
            this.id = part.partId();
            replace(part.loaded(), part.problem(), part.plan());
        }

        void replace(LoadedDataset loaded, SanitationProblem problem, SanitationPlan plan) {
            this.loaded = loaded;
            this.problem = problem;
            this.plan = plan;
            // The solved plan's tasks are clones; those it left out (done or offered elsewhere) are the problem's.
            problem.plan().getTasks().forEach(task -> tasksById.put(task.getId(), task));
            plan.getTasks().forEach(task -> tasksById.put(task.getId(), task));
        }

        int assignedCount() {
            return plan.getRoutes().stream()
                    .mapToInt(route -> route.getTasks().size())
                    .sum();
        }

        boolean canDo(Task task) {
            return plan.getRoutes().stream()
                    .anyMatch(route -> route.can(task.capability()) && route.hasSkills(task.requiredSkills()));
        }

        /** What a problem of this part keeps: its routes' tasks, the offered ones and its own undone work not offered. */
        Set<String> keptInGroup(
                List<Task> offered, Set<String> offeredThisRound, Map<String, String> origin, Set<String> assigned) {
            Set<String> kept = new HashSet<>();
            plan.getRoutes().forEach(route -> route.getTasks().forEach(task -> kept.add(task.getId())));
            offered.forEach(task -> kept.add(task.getId()));
            for (Task task : tasksById.values()) {
                String taskId = task.getId();
                if (id.equals(origin.get(taskId)) && !assigned.contains(taskId) && !offeredThisRound.contains(taskId)) {
                    kept.add(taskId);
                }
            }
            return kept;
        }

        /** The plan's tasks become those on its routes and the undone ones it started with. */
        void keepOnlyItsOwn(Map<String, String> origin, Set<String> assigned) {
            Set<String> onRoutes = new HashSet<>();
            plan.getRoutes().forEach(route -> route.getTasks().forEach(task -> onRoutes.add(task.getId())));
            List<Task> tasks = new ArrayList<>();
            for (Task task : tasksById.values()) {
                String taskId = task.getId();
                if (onRoutes.contains(taskId) || (id.equals(origin.get(taskId)) && !assigned.contains(taskId))) {
                    tasks.add(task);
                }
            }
            plan.setTasks(tasks);
        }
    }

    /** Where the parts' work lies on a grid of {@link #CELL_METRES} cells, to find borders and the nearest part. */
    private static final class Cells {

        private final double metresPerDegreeLon;
        private final Map<String, Set<Long>> byPart = new LinkedHashMap<>();

        Cells(java.util.Collection<PartState> parts) {
            double latitude = parts.stream()
                    .flatMap(part -> part.tasksById.values().stream()
                            .map(task -> part.problem.places()
                                    .lonLat(task.getProblem().startLocation())[1]))
                    .findFirst()
                    .orElse(0.0);
            metresPerDegreeLon = 111_320 * Math.cos(Math.toRadians(latitude));
            for (PartState part : parts) {
                Set<Long> cells = new HashSet<>();
                part.tasksById.values().forEach(task -> cells.add(cellOf(part.problem, task)));
                byPart.put(part.id, cells);
            }
        }

        long cellOf(SanitationProblem problem, Task task) {
            double[] lonLat = problem.places().lonLat(task.getProblem().startLocation());
            long x = (long) Math.floor(lonLat[0] * metresPerDegreeLon / CELL_METRES);
            long y = (long) Math.floor(lonLat[1] * 110_574 / CELL_METRES);
            return (x << 32) | (y & 0xffffffffL);
        }

        /** Two parts border when a cell of one is on or next to a cell of the other. */
        Map<String, Set<String>> borders() {
            Map<String, Set<Long>> grown = new HashMap<>();
            byPart.forEach((part, cells) -> {
                Set<Long> around = new HashSet<>();
                for (long cell : cells) {
                    for (int dx = -1; dx <= 1; dx++) {
                        for (int dy = -1; dy <= 1; dy++) {
                            around.add(((x(cell) + dx) << 32) | ((y(cell) + dy) & 0xffffffffL));
                        }
                    }
                }
                grown.put(part, around);
            });
            Map<String, Set<String>> borders = new TreeMap<>();
            for (String part : byPart.keySet()) {
                Set<String> neighbours = new java.util.TreeSet<>();
                for (String other : byPart.keySet()) {
                    if (!other.equals(part) && byPart.get(other).stream().anyMatch(grown.get(part)::contains)) {
                        neighbours.add(other);
                    }
                }
                borders.put(part, neighbours);
            }
            return borders;
        }

        /** From a cell to the nearest cell of a part's work, in metres. */
        double distance(long cell, String part) {
            double best = Double.MAX_VALUE;
            for (long other : byPart.getOrDefault(part, Set.of())) {
                double dx = x(other) - x(cell);
                double dy = y(other) - y(cell);
                best = Math.min(best, dx * dx + dy * dy);
            }
            return Math.sqrt(best) * CELL_METRES;
        }

        private static long x(long cell) {
            return cell >> 32;
        }

        private static long y(long cell) {
            return (int) cell;
        }
    }
}
