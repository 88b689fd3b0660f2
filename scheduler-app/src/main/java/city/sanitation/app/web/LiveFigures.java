package city.sanitation.app.web;

import java.time.OffsetDateTime;

/**
 * The figures a running solver job already knows, for the board to update while it solves: the best plan so far is
 * checkpointed every few seconds (sanitation.solver.checkpoint-interval), and how many vehicles it uses and how many
 * tasks it assigns can be read from that checkpoint without rebuilding the plan. The full figures come with the
 * version stored when the job ends.
 *
 * @param checkpointed false until the job's first checkpoint, when only the score is known
 * @param queued the solve waits for a free solver on one of the nodes (every slot busy, e.g. with nightly plans)
 * @param queuedAhead how many solves queued before it still wait too, so the dispatcher knows the wait is real
 * @param takenAt when a node took the solve, from which its time limit counts; null while queued
 */
record LiveFigures(
        long planId,
        Long runId,
        String bestScore,
        boolean checkpointed,
        int vehiclesUsed,
        int tasksAssigned,
        boolean queued,
        int queuedAhead,
        OffsetDateTime takenAt) {}
