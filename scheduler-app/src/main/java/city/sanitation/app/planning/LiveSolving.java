package city.sanitation.app.planning;

import ai.timefold.solver.core.api.solver.SolverManager;
import ai.timefold.solver.core.api.solver.change.ProblemChange;
import city.sanitation.app.district.DistrictRepository;
import city.sanitation.app.infra.BadRequestException;
import city.sanitation.app.infra.ConflictException;
import city.sanitation.app.planning.PlanAssignment.RouteAssignment;
import city.sanitation.app.planning.ProblemAssembler.StoredPlan;
import city.sanitation.planning.build.SanitationProblem;
import city.sanitation.planning.construction.GreedyConstruction;
import city.sanitation.planning.domain.SanitationPlan;
import jakarta.annotation.PreDestroy;
import java.io.IOException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * One solver job per plan: started by a dispatcher or the nightly job, bounded by the configured time, followed live
 * over Server-Sent Events, saved every few seconds while it runs and stored as a new proposed plan version when it
 * ends. On shutdown the running jobs are stopped and their best plans stored before the app goes.
 */
@Service
public class LiveSolving {

    private static final Logger LOG = LoggerFactory.getLogger(LiveSolving.class);

    private final SolverManager<SanitationPlan, Long> solverManager;
    private final ProblemAssembler assembler;
    private final PlanRepository plans;
    private final DistrictRepository districts;
    private final PlanDocuments documents;
    private final SolverProperties properties;
    private final SolveMemory memory;
    private final String instance;
    private final Map<Long, LiveJob> jobsByPlan = new ConcurrentHashMap<>();
    private final java.util.Set<Long> preparingRuns = ConcurrentHashMap.newKeySet();
    private final java.time.Instant startedAt = java.time.Instant.now();

    LiveSolving(
            SolverManager<SanitationPlan, Long> solverManager,
            ProblemAssembler assembler,
            PlanRepository plans,
            DistrictRepository districts,
            PlanDocuments documents,
            SolverProperties properties,
            SolveMemory memory,
            @Value("${sanitation.instance-name}") String instance) {
        this.solverManager = solverManager;
        this.assembler = assembler;
        this.plans = plans;
        this.districts = districts;
        this.documents = documents;
        this.properties = properties;
        this.memory = memory;
        this.instance = instance;
    }

    /** Starts solving a plan and returns the run; the plan's new version is stored when the run ends. */
    public SolverRun start(long planId, String trigger, SolveRequest request) {
        if (request.fromVersion() == null
                && request.pins() != null
                && !request.pins().isEmpty()) {
            throw new BadRequestException("pins", "pinning needs fromVersion: the version whose tasks are pinned");
        }
        return start(planId, trigger, () -> baseOf(planId, request));
    }

    /**
     * Continues an interrupted run: a new run of its plan that starts from the best plan the interrupted one saved
     * (with the crews' reported work kept in place), or afresh when it saved none.
     */
    public SolverRun resume(long planId, String trigger, long interruptedRunId) {
        return start(
                planId,
                trigger,
                () -> plans.bestAssignment(interruptedRunId)
                        .map(documents::assignment)
                        .map(saved -> saved.withReported(plans.crewProgress(planId))));
    }

    private SolverRun start(
            long planId, String trigger, java.util.function.Supplier<Optional<PlanAssignment>> baseOfRun) {
        Plan plan = plans.plan(planId);
        if (jobsByPlan.containsKey(planId)) {
            throw new ConflictException("The plan (" + planId + ") is already being solved.\nMaybe stop it first.");
        }
        Optional<PlanAssignment> base = baseOfRun.get();
        long datasetVersionId = districts.currentVersionId(plan.districtId());
        // Refused (503) before anything is stored when this instance lacks the heap the district needs.
        SolveMemory.Reservation reservation = memory.reserve(plan, datasetVersionId);
        long runId;
        try {
            runId = plans.startRun(planId, datasetVersionId, trigger, instance);
        } catch (DuplicateKeyException e) {
            reservation.release();
            throw new ConflictException("The plan (" + planId + ") is already being solved by another instance.");
        } catch (RuntimeException e) {
            reservation.release();
            throw e;
        }
        // Building a large district's problem takes seconds: the run is this instance's from now on, so that the
        // recovery of abandoned runs and the heartbeat treat it as solving.
        preparingRuns.add(runId);
        SanitationProblem problem;
        try {
            problem = assembler.build(plan, datasetVersionId);
            base.ifPresent(assignment -> assembler.restore(problem, assignment));
            GreedyConstruction.construct(problem.plan());
        } catch (RuntimeException e) {
            preparingRuns.remove(runId);
            reservation.release();
            plans.endRun(
                    runId,
                    RunOutcome.FAILED,
                    null,
                    "The problem could not be built: " + city.sanitation.app.infra.FailureReasons.describe(e));
            LOG.warn("Plan {} could not be built for solving", planId, e);
            return plans.run(runId);
        }
        LiveJob job = new LiveJob(runId, planId, problem);
        job.memory = reservation;
        jobsByPlan.put(planId, job);
        preparingRuns.remove(runId);
        job.solverJob = solverManager
                .solveBuilder()
                .withProblemId(runId)
                .withProblem(problem.plan())
                .withBestSolutionEventConsumer(event -> onBest(job, event.solution()))
                .withFinalBestSolutionConsumer(solved -> onFinal(job, solved))
                .withExceptionHandler((id, failure) -> onFailure(job, failure))
                .run();
        return plans.run(runId);
    }

    /**
     * The plan a run starts from: the requested version with the dispatcher's pins, and in any case every task a crew
     * has reported started or done (with everything before it in its route) stays where it is. Crews who have begun
     * work on the day's published version (of this plan or another one of the day) keep their routes' beginnings even
     * in a re-plan from scratch.
     */
    private Optional<PlanAssignment> baseOf(long planId, SolveRequest request) {
        Map<String, java.util.Set<String>> progress = plans.crewProgress(planId);
        Optional<PlanVersion> version;
        if (request.fromVersion() != null) {
            version = Optional.of(plans.version(planId, request.fromVersion()));
        } else if (!progress.isEmpty()) {
            Plan plan = plans.plan(planId);
            version = plans.published(plan.districtId(), plan.planDate());
        } else {
            version = Optional.empty();
        }
        if (version.isEmpty()) {
            return Optional.empty();
        }
        PlanAssignment stored =
                documents.assignment(plans.document(version.get().id(), "assignment"));
        PlanAssignment withPins = pinned(stored, request.pins() == null ? Map.of() : request.pins());
        return Optional.of(withPins.withReported(progress));
    }

    private static PlanAssignment pinned(PlanAssignment assignment, Map<String, Integer> pins) {
        Map<String, RouteAssignment> routes = new LinkedHashMap<>(assignment.routes());
        pins.forEach((vehicleId, count) -> {
            RouteAssignment route = routes.get(vehicleId);
            if (route == null) {
                throw new BadRequestException("pins." + vehicleId, "the vehicle is not in the plan version");
            }
            if (count == null || count < 0 || count > route.taskIds().size()) {
                throw new BadRequestException(
                        "pins." + vehicleId,
                        "must be between 0 and the route's " + route.taskIds().size() + " tasks");
            }
            routes.put(
                    vehicleId,
                    new RouteAssignment(
                            route.taskIds(), Math.max(count, route.pinnedCount()), route.outOfServiceFrom()));
        });
        return new PlanAssignment(routes);
    }

    public Optional<String> liveScore(long planId) {
        return Optional.ofNullable(jobsByPlan.get(planId)).map(job -> job.bestScore);
    }

    /** The best assignment so far of the plan's running job, if one runs here and has found one. */
    Optional<PlanAssignment> liveAssignment(long planId) {
        return Optional.ofNullable(jobsByPlan.get(planId)).map(job -> job.best).map(PlanAssignment::of);
    }

    /** The problem the plan's running job solves, if one runs here. */
    Optional<SanitationProblem> liveProblem(long planId) {
        return Optional.ofNullable(jobsByPlan.get(planId)).map(job -> job.problem);
    }

    public boolean isSolving(long planId) {
        return jobsByPlan.containsKey(planId);
    }

    public int runningJobs() {
        return jobsByPlan.size();
    }

    /** Asks the plan's job to stop; its best plan so far becomes a new version. */
    public void stop(long planId) {
        LiveJob job = jobsByPlan.get(planId);
        if (job == null) {
            throw new ConflictException("The plan (" + planId + ") is not being solved on this instance.");
        }
        job.stopRequested = true;
        solverManager.terminateEarly(job.runId);
    }

    /** Waits until the plan's job has stored its version, or the timeout passes. */
    public boolean awaitFinished(long planId, Duration timeout) throws InterruptedException {
        LiveJob job = jobsByPlan.get(planId);
        return job == null || job.finished.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** A real-time change to the plan being solved (a task started, a breakdown); false when none is solving. */
    public boolean change(
            long planId, java.util.function.Function<SanitationProblem, ProblemChange<SanitationPlan>> change) {
        LiveJob job = jobsByPlan.get(planId);
        if (job == null) {
            return false;
        }
        solverManager.addProblemChange(job.runId, change.apply(job.problem));
        return true;
    }

    public SseEmitter follow(long planId) {
        SseEmitter emitter = new SseEmitter(0L);
        LiveJob job = jobsByPlan.get(planId);
        if (job == null) {
            send(emitter, "finished", Map.of("planId", planId, "solving", false));
            emitter.complete();
            return emitter;
        }
        job.listeners.add(emitter);
        emitter.onCompletion(() -> job.listeners.remove(emitter));
        emitter.onTimeout(() -> job.listeners.remove(emitter));
        if (job.bestScore != null) {
            send(emitter, "best", Map.of("planId", planId, "runId", job.runId, "score", job.bestScore));
        }
        return emitter;
    }

    private void onBest(LiveJob job, SanitationPlan best) {
        job.best = best;
        job.bestScore = String.valueOf(best.getScore());
        broadcast(job, "best", Map.of("planId", job.planId, "runId", job.runId, "score", job.bestScore));
        if (System.nanoTime() - job.lastCheckpointNanos
                >= properties.checkpointInterval().toNanos()) {
            saveUnsavedBest(job);
        }
    }

    private void onFinal(LiveJob job, SanitationPlan solved) {
        try {
            StoredPlan stored = assembler.documents(job.problem, solved);
            plans.addVersion(job.planId, job.runId, stored);
            plans.endRun(
                    job.runId, job.stopRequested ? RunOutcome.STOPPED : RunOutcome.COMPLETED, stored.score(), null);
            broadcast(job, "finished", Map.of("planId", job.planId, "runId", job.runId, "score", stored.score()));
        } catch (RuntimeException e) {
            LOG.error("The solved plan {} could not be stored", job.planId, e);
            plans.endRun(
                    job.runId,
                    RunOutcome.FAILED,
                    null,
                    "The solved plan could not be stored: " + city.sanitation.app.infra.FailureReasons.describe(e));
        } finally {
            finish(job);
        }
    }

    private void onFailure(LiveJob job, Throwable failure) {
        LOG.error("Solving plan {} failed", job.planId, failure);
        String reason = city.sanitation.app.infra.FailureReasons.describe(failure);
        plans.endRun(job.runId, RunOutcome.FAILED, null, reason);
        broadcast(job, "failed", Map.of("planId", job.planId, "runId", job.runId, "reason", reason));
        finish(job);
    }

    private void finish(LiveJob job) {
        job.memory.release();
        jobsByPlan.remove(job.planId, job);
        job.listeners.forEach(SseEmitter::complete);
        job.finished.countDown();
    }

    /** Tells the database this instance still solves its jobs, so that no other instance recovers them. */
    @org.springframework.scheduling.annotation.Scheduled(
            fixedDelayString = "${sanitation.solver.checkpoint-interval:5s}")
    void heartbeat() {
        preparingRuns.forEach(plans::heartbeat);
        jobsByPlan.values().forEach(job -> {
            plans.heartbeat(job.runId);
            saveUnsavedBest(job);
        });
    }

    /** A best plan found less than a checkpoint interval after the last save is saved here, at the latest. */
    private void saveUnsavedBest(LiveJob job) {
        synchronized (job) {
            SanitationPlan best = job.best;
            if (best != null && best != job.checkpointed) {
                job.checkpointed = best;
                job.lastCheckpointNanos = System.nanoTime();
                plans.checkpoint(job.runId, String.valueOf(best.getScore()), documents.write(PlanAssignment.of(best)));
            }
        }
    }

    boolean solvesRun(long runId) {
        return preparingRuns.contains(runId) || jobsByPlan.values().stream().anyMatch(job -> job.runId == runId);
    }

    /** When this instance started: its runs still RUNNING from before then were left by an earlier life. */
    java.time.Instant startedAt() {
        return startedAt;
    }

    String instance() {
        return instance;
    }

    /** Graceful shutdown: stop every job and wait for its best plan to be stored. */
    @PreDestroy
    void handOver() throws InterruptedException {
        for (LiveJob job : jobsByPlan.values()) {
            job.stopRequested = true;
            solverManager.terminateEarly(job.runId);
        }
        for (LiveJob job : jobsByPlan.values()) {
            if (!job.finished.await(30, TimeUnit.SECONDS)) {
                LOG.warn(
                        "Plan {} did not hand over its best plan in time; it is recovered at the next start",
                        job.planId);
            }
        }
    }

    private void broadcast(LiveJob job, String name, Object data) {
        for (SseEmitter emitter : job.listeners) {
            if (!send(emitter, name, data)) {
                job.listeners.remove(emitter);
            }
        }
    }

    private static boolean send(SseEmitter emitter, String name, Object data) {
        try {
            emitter.send(SseEmitter.event().name(name).data(data));
            return true;
        } catch (IOException | IllegalStateException e) {
            return false;
        }
    }
}
