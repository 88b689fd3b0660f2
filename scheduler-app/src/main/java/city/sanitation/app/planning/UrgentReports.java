package city.sanitation.app.planning;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.api.solver.SolutionManager;
import city.sanitation.app.district.DistrictRepository;
import city.sanitation.app.infra.ConflictException;
import city.sanitation.app.ledger.BlindSpot;
import city.sanitation.app.ledger.BlindSpotLedger;
import city.sanitation.app.ledger.BlindSpotStatus;
import city.sanitation.planning.build.SanitationProblem;
import city.sanitation.planning.domain.Crew;
import city.sanitation.planning.domain.Route;
import city.sanitation.planning.domain.SanitationPlan;
import city.sanitation.planning.domain.Task;
import city.sanitation.planning.realtime.NewTask;
import city.sanitation.planning.report.UnassignedExplainer;
import city.sanitation.planning.report.UnassignedExplainer.Insertion;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * A new urgent report and today's plan: where the solver would put it (its best insertions, best first), and putting
 * it in, into the running solve as a real-time problem change, or by re-planning a plan that is not being solved.
 */
@Service
class UrgentReports {

    /**
     * A running job's travel matrices hold only the places known when it started; from a place they lack, travel
     * costs this much or more (the solver's stand-in for "unknown"), so such a report needs a re-plan on fresh data.
     */
    private static final long UNKNOWN_TRAVEL_SECONDS = 12 * 3600;

    private static final Duration HAND_OVER = Duration.ofSeconds(60);

    private static final Duration BUILD_POLL = Duration.ofMillis(100);

    private final PlanRepository plans;
    private final DistrictRepository districts;
    private final BlindSpotLedger ledger;
    private final ProblemAssembler assembler;
    private final PlanDocuments documents;
    private final LiveSolving solving;
    private final SolutionManager<SanitationPlan, HardMediumSoftLongScore> solutionManager;

    UrgentReports(
            PlanRepository plans,
            DistrictRepository districts,
            BlindSpotLedger ledger,
            ProblemAssembler assembler,
            PlanDocuments documents,
            LiveSolving solving,
            SolutionManager<SanitationPlan, HardMediumSoftLongScore> solutionManager) {
        this.plans = plans;
        this.districts = districts;
        this.ledger = ledger;
        this.assembler = assembler;
        this.documents = documents;
        this.solving = solving;
        this.solutionManager = solutionManager;
    }

    /**
     * One place for the report.
     *
     * @param position where in the crew's list of tasks it goes, 1 for first
     * @param start when the crew would start on it
     * @param minutesAdded how much longer the crew works with it in its route: its detour and the work itself
     * @param scoreChange what the plan's score gains (or loses) by it
     * @param breaksHardRule whether this place breaks a hard rule (a capacity, a shift's hard end)
     */
    record Recommendation(
            String vehicleId,
            String vehicleName,
            int position,
            LocalDateTime start,
            long minutesAdded,
            String scoreChange,
            boolean breaksHardRule) {}

    /**
     * How the report went in.
     *
     * @param how PROBLEM_CHANGE into the running solve, or REPLAN: a new solve from the newest version
     * @param runId the solver run that places it
     */
    record Inserted(long planId, String reportId, String how, Long runId) {}

    List<Recommendation> recommend(long planId, String reportId, int limit) {
        Plan plan = plans.plan(planId);
        openReport(plan, reportId);
        SanitationProblem problem = freshProblem(plan);
        Task task = taskOf(problem, reportId);
        baseAssignment(planId).ifPresent(assignment -> assembler.restore(problem, assignment));
        if (task.isAssigned()) {
            throw new ConflictException("The report (" + reportId + ") is already in the route of ("
                    + task.getRoute().getId() + ") in plan (" + planId + ").");
        }
        Map<String, String> names = new java.util.HashMap<>();
        problem.plan()
                .getRoutes()
                .forEach(route -> names.put(route.getId(), route.getCrew().name()));
        return new UnassignedExplainer(solutionManager)
                .bestInsertions(problem.plan(), task, limit).stream()
                        .map(insertion -> recommendation(problem, names, insertion))
                        .toList();
    }

    /**
     * Puts the report into the plan: a problem change when the plan is being solved here and its job knows the
     * report's place, nothing more when the running job has it already or its solve waits in the queue (it is built with the report when a node takes
     * it), otherwise a re-plan from the newest version (after the running job, if any, has handed over its plan).
     */
    Inserted insert(long planId, String reportId, String actor) throws InterruptedException {
        Plan plan = plans.plan(planId);
        openReport(plan, reportId);
        Optional<SanitationProblem> live = liveProblemOnceBuilt(planId);
        if (live.isPresent()) {
            Optional<SolverRun> running = runningRun(planId);
            if (running.isPresent()
                    && live.get().plan().getTasks().stream()
                            .anyMatch(task -> task.getId().equals(reportId))) {
                // The solve was built from the ledger after the report was filed (or the report went in before):
                // the solver is placing it already, so asking again is answered as the first time.
                return new Inserted(
                        planId, reportId, "PROBLEM_CHANGE", running.get().id());
            }
            long datasetVersionId = districts.currentVersionId(plan.districtId());
            Task task = taskOf(freshProblem(plan), reportId);
            // Node numbers are those of the job's data version; on another version they may mean other places.
            if (running.isPresent()
                    && running.get().datasetVersionId() == datasetVersionId
                    && knownToAllCapableCrews(live.get(), task)) {
                Task added = new Task(task.getId(), task.getKind(), task.getProblem());
                if (solving.changeHere(planId, problem -> new NewTask(added))) {
                    return new Inserted(
                            planId, reportId, "PROBLEM_CHANGE", running.get().id());
                }
            } else {
                stopAndHandOver(planId);
            }
        } else {
            Optional<SolverRun> queued = runningRun(planId).filter(run -> run.instanceName() == null);
            if (queued.isPresent()) {
                // No node has taken the solve yet: the node that takes it builds the problem from the ledger then,
                // the report filed before this included.
                return new Inserted(
                        planId, reportId, "PROBLEM_CHANGE", queued.get().id());
            }
            if (solving.isSolving(planId)) {
                // Solving on another node: the report goes in with a re-plan once that run has handed over.
                stopAndHandOver(planId);
            }
        }
        List<PlanVersion> versions = plans.versions(planId);
        Integer from =
                versions.isEmpty() ? null : versions.get(versions.size() - 1).version();
        SolverRun run = solving.start(
                planId, "URGENT_REPORT", new SolveRequest(actor == null ? "dispatcher" : actor, from, Map.of()));
        return new Inserted(planId, reportId, "REPLAN", run.id());
    }

    /**
     * The problem of the plan's solve running here; when this node has taken the solve and is still building its
     * problem, waits for it (the report then joins it as a problem change rather than stopping it for a re-plan).
     */
    private Optional<SanitationProblem> liveProblemOnceBuilt(long planId) throws InterruptedException {
        long end = System.nanoTime() + HAND_OVER.toNanos();
        while (true) {
            Optional<SanitationProblem> live = solving.liveProblem(planId);
            boolean buildingHere = live.isEmpty()
                    && runningRun(planId)
                            .map(run -> solving.solvesRun(run.id()))
                            .orElse(false);
            if (!buildingHere || System.nanoTime() > end) {
                return live;
            }
            Thread.sleep(BUILD_POLL.toMillis());
        }
    }

    private void stopAndHandOver(long planId) throws InterruptedException {
        try {
            solving.stop(planId);
        } catch (ConflictException finishedMeanwhile) {
            return;
        }
        if (!solving.awaitFinished(planId, HAND_OVER)) {
            throw new ConflictException("The plan (" + planId + ") did not stop within " + HAND_OVER.toSeconds()
                    + " s to take the report in.\nMaybe try again in a moment.");
        }
    }

    private void openReport(Plan plan, String reportId) {
        BlindSpot report = ledger.get(plan.districtId(), reportId);
        if (report.status() != BlindSpotStatus.REPORTED && report.status() != BlindSpotStatus.PLANNED) {
            throw new ConflictException(
                    "The report (" + reportId + ") is " + report.status() + "; only open reports can be inserted.");
        }
    }

    private SanitationProblem freshProblem(Plan plan) {
        return assembler.build(plan, districts.currentVersionId(plan.districtId()));
    }

    private static Task taskOf(SanitationProblem problem, String reportId) {
        return problem.plan().getTasks().stream()
                .filter(task -> task.getId().equals(reportId))
                .findFirst()
                .orElseThrow(() -> new ConflictException("The report (" + reportId
                        + ") is not work of the plan's day: it was reported after the day's planning horizon."));
    }

    /** The running job's best so far, else the newest stored version; none for a plan never solved. */
    private Optional<PlanAssignment> baseAssignment(long planId) {
        Optional<PlanAssignment> live = solving.liveAssignment(planId);
        if (live.isPresent()) {
            return live;
        }
        List<PlanVersion> versions = plans.versions(planId);
        return versions.isEmpty()
                ? Optional.empty()
                : Optional.of(documents.assignment(
                        plans.document(versions.get(versions.size() - 1).id(), "assignment")));
    }

    private static boolean knownToAllCapableCrews(SanitationProblem live, Task task) {
        boolean anyCapable = false;
        for (Route route : live.plan().getRoutes()) {
            if (!route.can(task.capability())) {
                continue;
            }
            anyCapable = true;
            Crew crew = route.getCrew();
            int place = task.getProblem().startLocation();
            if (crew.travel().seconds(crew.depotLocation(), place) >= UNKNOWN_TRAVEL_SECONDS
                    || crew.travel().seconds(place, crew.depotLocation()) >= UNKNOWN_TRAVEL_SECONDS) {
                return false;
            }
        }
        return anyCapable;
    }

    private Optional<SolverRun> runningRun(long planId) {
        return plans.runs(planId).stream()
                .filter(run -> run.outcome() == RunOutcome.RUNNING)
                .findFirst();
    }

    private static Recommendation recommendation(
            SanitationProblem problem, Map<String, String> names, Insertion insertion) {
        HardMediumSoftLongScore change = insertion.scoreChange();
        return new Recommendation(
                insertion.routeId(),
                names.get(insertion.routeId()),
                insertion.position() + 1,
                insertion.start() < 0 ? null : problem.clock().toTime(insertion.start()),
                Math.round(insertion.workingSecondsAdded() / 60.0),
                String.valueOf(change),
                change.hardScore() < 0);
    }
}
