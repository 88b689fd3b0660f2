package city.sanitation.app.planning;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The dispatchers connected to this node who follow a plan's solve as Server-Sent Events, whichever node solves it:
 * the solving node's messages (SolveEvents) reach every node. Only open connections are kept: a plan's entry goes
 * with its last follower.
 */
@Component
class RunFollowers {

    private final PlanRepository plans;
    private final Map<Long, List<SseEmitter>> byPlan = new ConcurrentHashMap<>();

    RunFollowers(PlanRepository plans, SolveEvents events) {
        this.plans = plans;
        events.onEvent(this::deliver);
    }

    SseEmitter follow(long planId) {
        SseEmitter emitter = new SseEmitter(0L);
        Optional<SolverRun> running = plans.runningRun(planId);
        if (running.isEmpty()) {
            finished(emitter, planId);
            return emitter;
        }
        byPlan.computeIfAbsent(planId, id -> new CopyOnWriteArrayList<>()).add(emitter);
        emitter.onCompletion(() -> leave(planId, emitter));
        emitter.onTimeout(() -> leave(planId, emitter));
        emitter.onError(failure -> leave(planId, emitter));
        SolverRun run = running.get();
        String score = run.liveScore() != null ? run.liveScore() : run.bestScore();
        if (score != null) {
            send(emitter, SolveEvent.BEST, Map.of("planId", planId, "runId", run.id(), "score", score));
        }
        // The run may have ended between the look above and joining the followers.
        if (plans.runningRun(planId).isEmpty()) {
            endAll(planId);
        }
        return emitter;
    }

    private void deliver(SolveEvent event) {
        List<SseEmitter> followers = byPlan.get(event.planId());
        if (followers == null) {
            return;
        }
        switch (event.type()) {
            case SolveEvent.BEST ->
                broadcast(
                        event.planId(),
                        SolveEvent.BEST,
                        Map.of("planId", event.planId(), "runId", event.runId(), "score", event.score()));
            case SolveEvent.FINISHED -> {
                broadcast(
                        event.planId(),
                        SolveEvent.FINISHED,
                        event.score() == null
                                ? Map.of("planId", event.planId(), "runId", event.runId())
                                : Map.of("planId", event.planId(), "runId", event.runId(), "score", event.score()));
                completeAll(event.planId());
            }
            case SolveEvent.FAILED -> {
                broadcast(
                        event.planId(),
                        SolveEvent.FAILED,
                        Map.of("planId", event.planId(), "runId", event.runId(), "reason", event.reason()));
                completeAll(event.planId());
            }
            default -> {
                // requests to the solving node, not news for followers
            }
        }
    }

    /** A run that ended while this node missed the message still ends its followers' streams. */
    @Scheduled(fixedDelayString = "${sanitation.solver.checkpoint-interval:5s}")
    void endFollowersOfEndedRuns() {
        for (Long planId : byPlan.keySet()) {
            if (plans.runningRun(planId).isEmpty()) {
                endAll(planId);
            }
        }
    }

    private void endAll(long planId) {
        Optional<SolverRun> last = plans.lastRun(planId);
        if (last.isPresent() && last.get().outcome() == RunOutcome.FAILED) {
            SolverRun run = last.get();
            String reason = run.failureReason() == null ? "" : run.failureReason();
            broadcast(planId, SolveEvent.FAILED, Map.of("planId", planId, "runId", run.id(), "reason", reason));
        } else if (last.isPresent() && last.get().bestScore() != null) {
            SolverRun run = last.get();
            broadcast(
                    planId, SolveEvent.FINISHED, Map.of("planId", planId, "runId", run.id(), "score", run.bestScore()));
        } else {
            broadcast(planId, SolveEvent.FINISHED, Map.of("planId", planId, "solving", false));
        }
        completeAll(planId);
    }

    private void finished(SseEmitter emitter, long planId) {
        send(emitter, SolveEvent.FINISHED, Map.of("planId", planId, "solving", false));
        emitter.complete();
    }

    private void broadcast(long planId, String name, Object data) {
        List<SseEmitter> followers = byPlan.get(planId);
        if (followers == null) {
            return;
        }
        for (SseEmitter emitter : followers) {
            if (!send(emitter, name, data)) {
                leave(planId, emitter);
            }
        }
    }

    private void completeAll(long planId) {
        List<SseEmitter> followers = byPlan.remove(planId);
        if (followers != null) {
            followers.forEach(SseEmitter::complete);
        }
    }

    private void leave(long planId, SseEmitter emitter) {
        byPlan.computeIfPresent(planId, (id, followers) -> {
            followers.remove(emitter);
            return followers.isEmpty() ? null : followers;
        });
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
