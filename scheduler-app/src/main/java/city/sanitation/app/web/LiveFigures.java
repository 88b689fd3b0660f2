package city.sanitation.app.web;

/**
 * The figures a running solver job already knows, for the board to update while it solves: the best plan so far is
 * checkpointed every few seconds (sanitation.solver.checkpoint-interval), and how many vehicles it uses and how many
 * tasks it assigns can be read from that checkpoint without rebuilding the plan. The full figures come with the
 * version stored when the job ends.
 *
 * @param checkpointed false until the job's first checkpoint, when only the score is known
 */
record LiveFigures(
        long planId, Long runId, String bestScore, boolean checkpointed, int vehiclesUsed, int tasksAssigned) {}
