package city.sanitation.app.planning;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.api.solver.SolutionManager;
import ai.timefold.solver.core.api.solver.SolverManager;
import ai.timefold.solver.core.api.solver.SolverStatus;
import ai.timefold.solver.core.api.solver.change.ProblemChange;
import city.sanitation.app.district.DistrictRepository;
import city.sanitation.app.infra.BadRequestException;
import city.sanitation.app.infra.ConflictException;
import city.sanitation.app.infra.FailureReasons;
import city.sanitation.app.planning.PlanAssignment.RouteAssignment;
import city.sanitation.app.planning.ProblemAssembler.StoredPlan;
import city.sanitation.planning.build.SanitationProblem;
import city.sanitation.planning.construction.GreedyConstruction;
import city.sanitation.planning.domain.SanitationPlan;
import jakarta.annotation.PreDestroy;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * Solving plans on a cluster of nodes sharing the database. A solve (a dispatcher's, the nightly job's) is stored as a
 * queued run with a one-shot job of the clustered Quartz store (SolveJobs); whichever node has a free solver slot takes
 * it, solves it for the configured time, saves its best plan every few seconds while it runs and stores a new proposed
 * plan version when it ends. Progress, stop requests and real-time changes travel between the nodes through the
 * database (SolveEvents), so a dispatcher on any node follows and stops a solve running on any other. On shutdown the
 * jobs running here are stopped and their best plans stored before the app goes.
 */
@Service
public class LiveSolving {

    /** How long a run this node had no heap for waits before a node looks at it again. */
    private static final Duration MEMORY_RETRY = Duration.ofSeconds(10);

    private static final Logger LOG = LoggerFactory.getLogger(LiveSolving.class);
    /** How often a waiter looks whether a run on another node has ended. */
    private static final Duration POLL = Duration.ofMillis(200);

    private final SolverManager<SanitationPlan, Long> solverManager;
    private final SolutionManager<SanitationPlan, HardMediumSoftLongScore> scores;
    private final ProblemAssembler assembler;
    private final PlanRepository plans;
    private final DistrictRepository districts;
    private final PlanDocuments documents;
    private final SolverProperties properties;
    private final SolveMemory memory;
    private final SolveJobs jobs;
    private final SolveEvents events;
    private final RunFollowers followers;
    private final TransactionTemplate transactions;
    private final String instance;
    /** The jobs solving on this node: at most its solver slots. */
    private final Map<Long, LiveJob> jobsByPlan = new ConcurrentHashMap<>();

    private final Set<Long> preparingRuns = ConcurrentHashMap.newKeySet();
    private final Instant startedAt = Instant.now();
    private volatile boolean closing;

    LiveSolving(
            SolverManager<SanitationPlan, Long> solverManager,
            SolutionManager<SanitationPlan, HardMediumSoftLongScore> scores,
            ProblemAssembler assembler,
            PlanRepository plans,
            DistrictRepository districts,
            PlanDocuments documents,
            SolverProperties properties,
            SolveMemory memory,
            SolveJobs jobs,
            SolveEvents events,
            RunFollowers followers,
            TransactionTemplate transactions,
            @Value("${sanitation.instance-name}") String instance) {
        this.solverManager = solverManager;
        this.scores = scores;
        this.assembler = assembler;
        this.plans = plans;
        this.districts = districts;
        this.documents = documents;
        this.properties = properties;
        this.memory = memory;
        this.jobs = jobs;
        this.events = events;
        this.followers = followers;
        this.transactions = transactions;
        this.instance = instance;
        events.onEvent(this::onRequest);
    }

    /**
     * Queues solving a plan and returns the run; a node with a free solver slot solves it, and the plan's new version
     * is stored when the run ends.
     */
    public SolverRun start(long planId, String trigger, SolveRequest request) {
        if (request.fromVersion() == null
                && request.pins() != null
                && !request.pins().isEmpty()) {
            throw new BadRequestException("pins", "pinning needs fromVersion: the version whose tasks are pinned");
        }
        plans.plan(planId);
        String base = baseOf(planId, request).map(documents::write).orElse(null);
        return queue(planId, trigger, base, null, null);
    }

    /**
     * Continues an interrupted run: a new run of its plan that starts from the best plan the interrupted one saved
     * (with the crews' reported work kept in place), else from what the interrupted one started from.
     */
    public SolverRun resume(long planId, String trigger, long interruptedRunId) {
        SolverRun interrupted = plans.run(interruptedRunId);
        Optional<String> checkpoint = plans.bestAssignment(interruptedRunId);
        String base =
                checkpoint.or(() -> plans.baseAssignment(interruptedRunId)).orElse(null);
        return queue(
                planId,
                trigger,
                base,
                interruptedRunId,
                checkpoint.isPresent() ? interrupted.bestScore() : interrupted.startScore());
    }

    private SolverRun queue(long planId, String trigger, String base, Long resumedFrom, String resumedScore) {
        Plan plan = plans.plan(planId);
        long datasetVersionId = districts.currentVersionId(plan.districtId());
        // Refused (503) before anything is stored when no node sized like this one could hold the district's solve.
        memory.checkFitsIdleNode(plan, datasetVersionId);
        Long runId;
        try {
            // The Quartz JDBC store joins the transaction: a run row never lacks its job, nor a job its row.
            runId = transactions.execute(status -> {
                long id = plans.queueRun(planId, datasetVersionId, trigger, base, resumedFrom, resumedScore);
                jobs.enqueue(id);
                return id;
            });
        } catch (DuplicateKeyException e) {
            throw new ConflictException("The plan (" + planId + ") is already being solved.\nMaybe stop it first.");
        }
        return plans.run(runId);
    }

    /**
     * The plan a run starts from: the requested version with the dispatcher's pins, and in any case every task a crew
     * has reported started or done (with everything before it in its route) stays where it is. Crews who have begun
     * work on the day's published version (of this plan or another one of the day) keep their routes' beginnings even
     * in a re-plan from scratch.
     */
    private Optional<PlanAssignment> baseOf(long planId, SolveRequest request) {
        Map<String, Set<String>> progress = plans.crewProgress(planId);
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

    /** Takes a queued run for this node (its Quartz thread is free); false when it is not queued any more. */
    boolean take(long runId) {
        preparingRuns.add(runId);
        if (plans.take(runId, instance)) {
            return true;
        }
        preparingRuns.remove(runId);
        return false;
    }

    /**
     * Solves a run this node took, in the Quartz thread that took it, and returns when the run has ended and its plan
     * is stored: the thread is the solver slot.
     */
    void solveTaken(long runId) throws InterruptedException {
        SolverRun run = plans.run(runId);
        long planId = run.planId();
        SanitationProblem problem;
        String startScore;
        SolveMemory.Reservation reservation = null;
        try {
            Plan plan = plans.plan(planId);
            long datasetVersionId = districts.currentVersionId(plan.districtId());
            try {
                reservation = memory.reserve(plan, datasetVersionId);
            } catch (NotEnoughMemoryException busy) {
                // This node's other solves hold the heap: the run waits in the queue for this node or another.
                preparingRuns.remove(runId);
                plans.release(runId, instance);
                jobs.requeueLater(runId, MEMORY_RETRY);
                LOG.info("Run {} of plan {} goes back to the queue: {}", runId, planId, busy.getMessage());
                return;
            }
            // Building a large district's problem takes seconds: the run is this node's from now on, so that the
            // recovery of abandoned runs and the heartbeat treat it as solving.
            problem = assembler.build(plan, datasetVersionId);
            Optional<PlanAssignment> base = plans.baseAssignment(runId)
                    .map(documents::assignment)
                    .map(saved -> saved.withReported(plans.crewProgress(planId)));
            base.ifPresent(assignment -> assembler.restore(problem, assignment));
            GreedyConstruction.construct(problem.plan());
            startScore = String.valueOf(scores.update(problem.plan()));
            plans.started(runId, datasetVersionId, startScore);
        } catch (RuntimeException e) {
            preparingRuns.remove(runId);
            if (reservation != null) {
                reservation.release();
            }
            String reason = "The problem could not be built: " + FailureReasons.describe(e);
            if (plans.endRun(runId, RunOutcome.FAILED, null, reason)) {
                events.send(new SolveEvent(SolveEvent.FAILED, planId, runId, null, reason));
            }
            LOG.warn("Plan {} could not be built for solving", planId, e);
            return;
        }
        if (closing) {
            preparingRuns.remove(runId);
            reservation.release();
            plans.release(runId, instance);
            jobs.requeue(runId);
            LOG.info("Run {} of plan {} goes back to the queue: this node is shutting down", runId, planId);
            return;
        }
        LiveJob job = new LiveJob(runId, planId, problem);
        job.memory = reservation;
        job.bestScore = startScore;
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
        applyChanges(job);
        if (plans.run(runId).stopRequestedAt() != null) {
            stopHere(job);
        }
        long deadline =
                System.nanoTime() + properties.timeLimit().plusMinutes(5).toNanos();
        while (!job.finished.await(1, TimeUnit.SECONDS)) {
            if (cancelledBeforeItBegan(job)) {
                // Timefold cancels a job stopped before its solver thread began, without a final best solution: the
                // plan it would have started from is the stopped run's plan.
                onFinal(job, problem.plan());
            } else if (System.nanoTime() > deadline) {
                LOG.warn("Run {} of plan {} outlived its time limit; stopping it", runId, planId);
                stopHere(job);
                job.finished.await(1, TimeUnit.MINUTES);
                return;
            }
        }
    }

    private static boolean cancelledBeforeItBegan(LiveJob job) {
        if (job.solverJob == null || job.solverJob.getSolverStatus() != SolverStatus.NOT_SOLVING) {
            return false;
        }
        try {
            job.solverJob.getFinalBestSolution();
            return false;
        } catch (CancellationException cancelled) {
            return true;
        } catch (ExecutionException | InterruptedException failedOrInterrupted) {
            if (failedOrInterrupted instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            return false;
        }
    }

    /** The newest best score of the plan's queued or running solve, on whichever node. */
    public Optional<String> liveScore(long planId) {
        LiveJob here = jobsByPlan.get(planId);
        if (here != null && here.bestScore != null) {
            return Optional.of(here.bestScore);
        }
        return plans.runningRun(planId).map(run -> run.liveScore() != null ? run.liveScore() : run.bestScore());
    }

    /** The best assignment so far of the plan's running job, if one runs here and has found one. */
    Optional<PlanAssignment> liveAssignment(long planId) {
        return Optional.ofNullable(jobsByPlan.get(planId)).map(job -> job.best).map(PlanAssignment::of);
    }

    /** The problem the plan's running job solves, if one runs here. */
    Optional<SanitationProblem> liveProblem(long planId) {
        return Optional.ofNullable(jobsByPlan.get(planId)).map(job -> job.problem);
    }

    /** Whether the plan has a solve queued or running, on any node. */
    public boolean isSolving(long planId) {
        return plans.runningRun(planId).isPresent();
    }

    /** Solver jobs running on this node. */
    public int runningJobs() {
        return jobsByPlan.size();
    }

    /** Asks the plan's solve to stop, on whichever node it runs; its best plan so far becomes a new version. */
    public void stop(long planId) {
        stop(planId, null);
    }

    public void stop(long planId, String actor) {
        SolverRun run = plans.runningRun(planId)
                .orElseThrow(() -> new ConflictException("The plan (" + planId + ") is not being solved.\n"
                        + "Maybe it finished meanwhile: GET /api/plans/" + planId + " shows how its runs ended."));
        if (plans.stopQueued(run.id())) {
            jobs.remove(run.id());
            events.send(SolveEvent.of(SolveEvent.FINISHED, planId, run.id()));
            return;
        }
        plans.requestStop(run.id(), actor);
        LiveJob here = jobOfRun(run.id());
        if (here != null) {
            stopHere(here);
        } else {
            events.send(SolveEvent.of(SolveEvent.STOP, planId, run.id()));
        }
    }

    /** Waits until the plan has no solve queued or running (on any node), or the timeout passes. */
    public boolean awaitFinished(long planId, Duration timeout) throws InterruptedException {
        long end = System.nanoTime() + timeout.toNanos();
        while (isSolving(planId)) {
            if (System.nanoTime() > end) {
                return false;
            }
            Thread.sleep(POLL.toMillis());
        }
        return true;
    }

    /**
     * A real-time change to the plan being solved (a task started, a breakdown), on whichever node solves it, or
     * once a queued solve starts; false when none is queued or solving.
     */
    public boolean change(long planId, SolveChange change) {
        Optional<SolverRun> run = plans.runningRun(planId);
        if (run.isEmpty()) {
            return false;
        }
        plans.addChange(run.get().id(), documents.write(change));
        LiveJob here = jobOfRun(run.get().id());
        if (here != null) {
            applyChanges(here);
        } else {
            events.send(SolveEvent.of(SolveEvent.CHANGE, planId, run.get().id()));
        }
        return true;
    }

    /** A change made against the problem of a job running on this node; false when none runs here. */
    boolean changeHere(long planId, Function<SanitationProblem, ProblemChange<SanitationPlan>> change) {
        LiveJob job = jobsByPlan.get(planId);
        if (job == null) {
            return false;
        }
        solverManager.addProblemChange(job.runId, change.apply(job.problem));
        return true;
    }

    /** The best score as it improves, as Server-Sent Events, wherever the solve runs. */
    public SseEmitter follow(long planId) {
        return followers.follow(planId);
    }

    private void onRequest(SolveEvent event) {
        LiveJob job = jobOfRun(event.runId());
        if (job == null) {
            return;
        }
        if (SolveEvent.STOP.equals(event.type())) {
            stopHere(job);
        } else if (SolveEvent.CHANGE.equals(event.type())) {
            applyChanges(job);
        }
    }

    private void applyChanges(LiveJob job) {
        for (String stored : plans.takeChanges(job.runId)) {
            try {
                SolveChange change = documents.read(stored, SolveChange.class);
                solverManager.addProblemChange(job.runId, change.toProblemChange(job.problem));
            } catch (RuntimeException e) {
                LOG.warn("A change ({}) to run {} of plan {} could not be applied", stored, job.runId, job.planId, e);
            }
        }
    }

    private void stopHere(LiveJob job) {
        job.stopRequested = true;
        solverManager.terminateEarly(job.runId);
    }

    private LiveJob jobOfRun(long runId) {
        return jobsByPlan.values().stream()
                .filter(job -> job.runId == runId)
                .findFirst()
                .orElse(null);
    }

    private void onBest(LiveJob job, SanitationPlan best) {
        job.best = best;
        job.bestScore = String.valueOf(best.getScore());
        if (System.nanoTime() - job.lastCheckpointNanos
                >= properties.checkpointInterval().toNanos()) {
            saveUnsavedBest(job);
        }
    }

    /**
     * The newest best score of each job solving here goes to every node at most once per progress interval: a solver
     * finds hundreds of better plans a second at first, and each message is a database round trip.
     */
    @Scheduled(fixedDelayString = "${sanitation.solver.progress-interval:500ms}")
    void publishProgress() {
        for (LiveJob job : jobsByPlan.values()) {
            String score = job.bestScore;
            if (score != null && !score.equals(job.publishedScore)) {
                job.publishedScore = score;
                plans.liveScore(job.runId, score);
                events.send(new SolveEvent(SolveEvent.BEST, job.planId, job.runId, score, null));
            }
        }
    }

    private void onFinal(LiveJob job, SanitationPlan solved) {
        try {
            StoredPlan stored = assembler.documents(job.problem, solved);
            RunOutcome outcome = job.stopRequested ? RunOutcome.STOPPED : RunOutcome.COMPLETED;
            // A run another node took over (this node was taken for dead) has ended already: its plan is not stored.
            boolean ours = Boolean.TRUE.equals(transactions.execute(status -> {
                if (!plans.endRun(job.runId, outcome, stored.score(), null)) {
                    return false;
                }
                plans.addVersion(job.planId, job.runId, stored);
                return true;
            }));
            if (ours) {
                events.send(new SolveEvent(SolveEvent.FINISHED, job.planId, job.runId, stored.score(), null));
            } else {
                LOG.warn(
                        "Run {} of plan {} was ended elsewhere meanwhile; its final plan is not stored",
                        job.runId,
                        job.planId);
            }
        } catch (RuntimeException e) {
            LOG.error("The solved plan {} could not be stored", job.planId, e);
            fail(job, "The solved plan could not be stored: " + FailureReasons.describe(e));
        } finally {
            finish(job);
        }
    }

    private void onFailure(LiveJob job, Throwable failure) {
        LOG.error("Solving plan {} failed", job.planId, failure);
        try {
            fail(job, FailureReasons.describe(failure));
        } finally {
            finish(job);
        }
    }

    private void fail(LiveJob job, String reason) {
        try {
            if (plans.endRun(job.runId, RunOutcome.FAILED, null, reason)) {
                events.send(new SolveEvent(SolveEvent.FAILED, job.planId, job.runId, null, reason));
            }
        } catch (RuntimeException e) {
            LOG.error(
                    "Run {} of plan {} could not be marked failed; it is recovered as interrupted",
                    job.runId,
                    job.planId,
                    e);
        }
    }

    private void finish(LiveJob job) {
        job.memory.release();
        jobsByPlan.remove(job.planId, job);
        job.finished.countDown();
    }

    /**
     * Tells the database this node still solves its jobs, so that no other node recovers them; saves a best plan not
     * saved yet, and picks up stop requests and changes whose messages this node missed.
     */
    @Scheduled(fixedDelayString = "${sanitation.solver.checkpoint-interval:5s}")
    void heartbeat() {
        preparingRuns.forEach(plans::heartbeat);
        jobsByPlan.values().forEach(job -> {
            plans.heartbeat(job.runId);
            saveUnsavedBest(job);
            applyChanges(job);
        });
        if (!jobsByPlan.isEmpty()) {
            for (long runId : plans.stopRequested(instance)) {
                LiveJob job = jobOfRun(runId);
                if (job != null && !job.stopRequested) {
                    stopHere(job);
                }
            }
        }
    }

    /** A best plan found less than a checkpoint interval after the last save is saved here, at the latest. */
    private void saveUnsavedBest(LiveJob job) {
        synchronized (job) {
            SanitationPlan best = job.best;
            if (best != null && best != job.checkpointed) {
                job.lastCheckpointNanos = System.nanoTime();
                // A save that fails (the database away for a moment) is tried again at the next heartbeat.
                try {
                    plans.checkpoint(
                            job.runId,
                            instance,
                            String.valueOf(best.getScore()),
                            documents.write(PlanAssignment.of(best)));
                    job.checkpointed = best;
                } catch (RuntimeException e) {
                    LOG.warn(
                            "The checkpoint of run {} of plan {} was not saved: {}",
                            job.runId,
                            job.planId,
                            e.toString());
                }
            }
        }
    }

    boolean solvesRun(long runId) {
        return preparingRuns.contains(runId) || jobOfRun(runId) != null;
    }

    /** When this node started: its runs still RUNNING, taken before then, were left by an earlier life. */
    Instant startedAt() {
        return startedAt;
    }

    String instance() {
        return instance;
    }

    /**
     * Graceful shutdown: stop every job solving here and wait for its best plan to be stored; a run still being built
     * goes back to the queue for another node.
     */
    @PreDestroy
    void handOver() throws InterruptedException {
        closing = true;
        for (LiveJob job : jobsByPlan.values()) {
            stopHere(job);
        }
        for (LiveJob job : jobsByPlan.values()) {
            if (!job.finished.await(30, TimeUnit.SECONDS)) {
                LOG.warn(
                        "Plan {} did not hand over its best plan in time; it is recovered at the next start",
                        job.planId);
            }
        }
    }
}
