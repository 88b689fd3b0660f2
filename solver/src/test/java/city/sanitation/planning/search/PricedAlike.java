package city.sanitation.planning.search;

import static org.assertj.core.api.Assertions.assertThat;

import city.sanitation.planning.domain.Task;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Checks for trials that take a route's rest from its sums ({@link ShiftedRestsTest}, {@link TimedRestsTest}): they
 * must price every place as trials that replan every stop, and a route changed step by step as one built afresh.
 */
final class PricedAlike {

    private PricedAlike() {}

    /** What pricing a task cost each way, in the network's look-ups, and how many places were feasible. */
    record Pricing(long replayLookups, long shortcutLookups, int places) {}

    /**
     * Prices {@code task} at every place of both trials and asserts the same feasible places and prices, to the last
     * bit, and the same cheapest place.
     */
    static Pricing assertPricedAlike(
            RouteTrials replayed, RouteTrials shortcut, Task task, CountingNetwork network, String description) {
        network.lookups = 0;
        List<Insertion> everyStop = replayed.feasibleInsertions(task);
        long replay = network.lookups;
        network.lookups = 0;
        List<Insertion> fromSums = shortcut.feasibleInsertions(task);
        long fromSumsLookups = network.lookups;

        assertThat(fromSums).as(description).isEqualTo(everyStop);
        assertThat(shortcut.cheapestInsertion(task)).as(description).isEqualTo(replayed.cheapestInsertion(task));
        return new Pricing(replay, fromSumsLookups, everyStop.size());
    }

    /**
     * Changes the route as the search does: an insert at a random place, or every fifth step a restore that keeps a
     * random head of the route and puts one task after it.
     */
    static void changeRandomly(RouteTrials changed, List<Task> pool, Random random, int step) {
        List<Task> tasks = new ArrayList<>(changed.tasks());
        if (step % 5 == 4 && !tasks.isEmpty()) {
            List<Task> replaced = new ArrayList<>(tasks.subList(0, random.nextInt(tasks.size())));
            replaced.add(pool.get(random.nextInt(pool.size())));
            changed.replaceTasks(replaced);
        } else {
            changed.insert(random.nextInt(tasks.size() + 1), pool.get(random.nextInt(pool.size())));
        }
    }
}
