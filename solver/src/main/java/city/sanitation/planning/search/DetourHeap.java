package city.sanitation.planning.search;

/**
 * A binary min-heap laid out in a range of a {@code long[]}, for the insertion places beyond the few shortest
 * detours: when none of those is feasible, the search takes the rest in the order of their detours only up to the
 * first feasible one, so heaping them costs a pass and each taken a logarithm, where sorting them all cost a fifth
 * of the search on long routes with tight windows.
 */
final class DetourHeap {

    private DetourHeap() {}

    /** Makes {@code keys[from, to)} a heap whose least key is at {@code from}. */
    static void heapify(long[] keys, int from, int to) {
        for (int i = (to - from) / 2 - 1; i >= 0; i--) {
            siftDown(keys, from, to, i);
        }
    }

    /**
     * Takes the least key out of the heap {@code keys[from, to)} and returns it: the heap is then {@code keys[from,
     * to - 1)}.
     */
    static long pollMin(long[] keys, int from, int to) {
        long least = keys[from];
        keys[from] = keys[to - 1];
        siftDown(keys, from, to - 1, 0);
        return least;
    }

    private static void siftDown(long[] keys, int from, int to, int node) {
        int size = to - from;
        long key = keys[from + node];
        while (true) {
            int child = 2 * node + 1;
            if (child >= size) {
                break;
            }
            if (child + 1 < size && keys[from + child + 1] < keys[from + child]) {
                child++;
            }
            if (keys[from + child] >= key) {
                break;
            }
            keys[from + node] = keys[from + child];
            node = child;
        }
        keys[from + node] = key;
    }
}
