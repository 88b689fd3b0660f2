package city.sanitation.app.planning;

import city.sanitation.app.ledger.BlindSpotLedger;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The heap this instance's solves have reserved. A solve reserves its district's estimate before anything of it is
 * stored, and is refused when the heap less the headroom and the other solves' reservations cannot hold it: an
 * out-of-memory error in the middle of solving would take down every solve and request of the instance.
 */
@Component
class SolveMemory {

    private static final long MB = 1024 * 1024;

    private final long maxHeap;
    private final SolveMemoryProperties properties;
    private final DayDataReader dayData;
    private final BlindSpotLedger ledger;
    /** One per running solve: it leaves with its solve. */
    private final Set<Reservation> reservations = ConcurrentHashMap.newKeySet();

    @Autowired
    SolveMemory(SolveMemoryProperties properties, DayDataReader dayData, BlindSpotLedger ledger) {
        this(Runtime.getRuntime().maxMemory(), properties, dayData, ledger);
    }

    SolveMemory(long maxHeap, SolveMemoryProperties properties, DayDataReader dayData, BlindSpotLedger ledger) {
        this.maxHeap = maxHeap;
        this.properties = properties;
        this.dayData = dayData;
        this.ledger = ledger;
    }

    /** Reserves the heap a solve of the plan's district on the data version needs, or refuses it (503). */
    Reservation reserve(Plan plan, long datasetVersionId) {
        return reserve(estimate(plan, datasetVersionId));
    }

    private Supplier<MemoryEstimate> estimate(Plan plan, long datasetVersionId) {
        return (() -> {
            try {
                return MemoryEstimate.of(
                        plan.districtId(),
                        dayData.version(datasetVersionId, "district " + plan.districtId())
                                .loaded()
                                .dataset(),
                        plan.planDate(),
                        ledger.openReports(plan.districtId()).size());
            } catch (RuntimeException unreadable) {
                // The build that follows fails on the same data and records why in the run.
                return new MemoryEstimate(plan.districtId(), java.util.List.of(), 0, 0);
            }
        });
    }

    /**
     * Refuses (503) a solve no node sized like this one could hold even with no other solve running: queued, it would
     * never start anywhere. Whether the heap is free at the time is the solving node's check ({@link #reserve}).
     */
    void checkFitsIdleNode(Plan plan, long datasetVersionId) {
        reserve(estimate(plan, datasetVersionId), false);
    }

    Reservation reserve(Supplier<MemoryEstimate> estimate) {
        return reserve(estimate, true);
    }

    private Reservation reserve(Supplier<MemoryEstimate> estimate, boolean besideRunningSolves) {
        MemoryEstimate need = estimate.get();
        long bytes = Math.max(need.bytes(), properties.perSolve().toBytes());
        synchronized (reservations) {
            long reserved = besideRunningSolves ? reserved() : 0;
            long available = maxHeap - properties.headroom().toBytes() - reserved;
            if (bytes > available) {
                throw new NotEnoughMemoryException(String.format(
                        "The solve of district (%s) needs (%d) MB of heap, but this instance has (%d) MB available: a"
                                + " maximum heap of %d MB, less %d MB of headroom"
                                + " (sanitation.solver.memory.headroom) and %d MB reserved by %d running solve(s).\n"
                                + "Maybe raise -Xmx or lower sanitation.solver.slots, or try again when a solve has"
                                + " ended.",
                        need.districtId(),
                        megabytes(bytes),
                        megabytes(Math.max(0, available)),
                        megabytes(maxHeap),
                        megabytes(properties.headroom().toBytes()),
                        megabytes(reserved),
                        reservations.size()));
            }
            Reservation reservation = new Reservation(need.districtId(), bytes);
            // A check for an idle node holds nothing: counted even for a moment, it could turn away a solve beside it.
            if (besideRunningSolves) {
                reservations.add(reservation);
            }
            return reservation;
        }
    }

    long reserved() {
        return reservations.stream().mapToLong(Reservation::bytes).sum();
    }

    private static long megabytes(long bytes) {
        return (bytes + MB - 1) / MB;
    }

    /** A running solve's share of the heap; released when the solve ends, however it ends. */
    final class Reservation {

        private final String districtId;
        private final long bytes;

        private Reservation(String districtId, long bytes) {
            this.districtId = districtId;
            this.bytes = bytes;
        }

        String districtId() {
            return districtId;
        }

        long bytes() {
            return bytes;
        }

        void release() {
            reservations.remove(this);
        }
    }
}
