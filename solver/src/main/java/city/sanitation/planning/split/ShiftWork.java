package city.sanitation.planning.split;

import city.sanitation.fleet.Capability;
import city.sanitation.fleet.Vehicle;
import city.sanitation.fleet.VehicleType;
import city.sanitation.task.DailyWindow;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The work of each part that a group of vehicles (one type, one shift window) can do, so that vehicles are shared out
 * by type and shift: a main road washed only at night needs a night truck, and sharing a type out by all its work
 * could send every night truck to the parts with the most day work. Work several groups can do is counted to each in
 * proportion to the group's vehicles.
 */
final class ShiftWork {

    /** One task's share of the work: its capability, its amount, and the daily windows it may be done in. */
    record Item(String part, Capability capability, double amount, List<DailyWindow> allowed) {}

    /** The vehicles of one type on one shift window; the window is null for a type whose work fits every shift. */
    record Group(String typeId, LocalDateTime start, LocalDateTime end) {}

    private static final Comparator<LocalDateTime> NULLS_FIRST = Comparator.nullsFirst(Comparator.naturalOrder());

    private final Set<String> typesByShift = new HashSet<>();
    private final Map<Group, Map<String, Double>> workByGroup = new HashMap<>();

    ShiftWork(List<Item> items, List<Vehicle> vehicles, Map<String, VehicleType> types) {
        // A type whose work all fits each of its shifts is shared out as one: split by shift, a part with a little
        // work would get none of the day crews and none of the late ones.
        for (Item item : items) {
            if (item.allowed().isEmpty()) {
                continue;
            }
            for (Vehicle vehicle : vehicles) {
                if (types.get(vehicle.typeId()).capabilities().contains(item.capability())
                        && !fits(vehicle.shift().start(), vehicle.shift().end(), item.allowed())) {
                    typesByShift.add(vehicle.typeId());
                }
            }
        }
        Map<Group, Integer> sizes = new TreeMap<>(Comparator.comparing(Group::typeId)
                .thenComparing(Group::start, NULLS_FIRST)
                .thenComparing(Group::end, NULLS_FIRST));
        vehicles.forEach(vehicle -> sizes.merge(groupOf(vehicle), 1, Integer::sum));
        for (Item item : items) {
            List<Group> able = new ArrayList<>();
            int ableVehicles = 0;
            for (Map.Entry<Group, Integer> group : sizes.entrySet()) {
                Group key = group.getKey();
                if (types.get(key.typeId()).capabilities().contains(item.capability())
                        && (key.start() == null || fits(key.start(), key.end(), item.allowed()))) {
                    able.add(key);
                    ableVehicles += group.getValue();
                }
            }
            for (Group group : able) {
                workByGroup
                        .computeIfAbsent(group, key -> new TreeMap<>())
                        .merge(item.part(), item.amount() * sizes.get(group) / ableVehicles, Double::sum);
            }
        }
    }

    /** The group a vehicle is shared out with. */
    Group groupOf(Vehicle vehicle) {
        return typesByShift.contains(vehicle.typeId())
                ? new Group(
                        vehicle.typeId(),
                        vehicle.shift().start(),
                        vehicle.shift().end())
                : new Group(vehicle.typeId(), null, null);
    }

    /** The work of each part the group can do, its share where other groups can do it too. */
    Map<String, Double> of(Group group) {
        return workByGroup.getOrDefault(group, Map.of());
    }

    /** Whether a shift overlaps one of the daily windows (every time when there are none). */
    private static boolean fits(LocalDateTime start, LocalDateTime end, List<DailyWindow> allowed) {
        if (allowed.isEmpty()) {
            return true;
        }
        for (LocalDate day = start.toLocalDate().minusDays(1); !day.isAfter(end.toLocalDate()); day = day.plusDays(1)) {
            for (DailyWindow window : allowed) {
                LocalDateTime open = day.atTime(window.start());
                LocalDateTime close =
                        window.wrapsMidnight() ? day.plusDays(1).atTime(window.end()) : day.atTime(window.end());
                if (open.isBefore(end) && close.isAfter(start)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The part to give a group's next vehicle by the smallest divisors (Adams): a part with work and none yet first,
     * the largest work first among those; then the most work per vehicle it has. Null when no candidate has work.
     */
    static String nextSeat(Map<String, Double> work, Map<String, Integer> given, Iterable<String> candidates) {
        String best = null;
        boolean bestHasNone = false;
        double bestPriority = 0;
        for (String part : candidates) {
            double amount = work.getOrDefault(part, 0.0);
            if (amount <= 0) {
                continue;
            }
            int seats = given.getOrDefault(part, 0);
            boolean hasNone = seats == 0;
            double priority = hasNone ? amount : amount / seats;
            if (best == null || (hasNone && !bestHasNone) || (hasNone == bestHasNone && priority > bestPriority)) {
                best = part;
                bestHasNone = hasNone;
                bestPriority = priority;
            }
        }
        return best;
    }
}
