package city.sanitation.planning;

import ai.timefold.solver.core.api.domain.solution.ConstraintWeightOverrides;
import city.sanitation.fleet.Capability;
import city.sanitation.planning.domain.BreakWindow;
import city.sanitation.planning.domain.Crew;
import city.sanitation.planning.domain.CrewCapacities;
import city.sanitation.planning.domain.CrewFacilities;
import city.sanitation.planning.domain.CrewRates;
import city.sanitation.planning.domain.CrewShift;
import city.sanitation.planning.domain.Facility;
import city.sanitation.planning.domain.Route;
import city.sanitation.planning.domain.SanitationPlan;
import city.sanitation.planning.domain.Task;
import city.sanitation.planning.domain.TaskKind;
import city.sanitation.planning.domain.TaskProblem;
import city.sanitation.planning.domain.TimeInterval;
import city.sanitation.planning.domain.TravelTimes;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * Small plans on a straight road: location i lies i km from location 0, and every vehicle drives 10 m/s, so one
 * location step is 1000 m and 100 s. The depot is location 0, the hydrant location 5, the transfer station 9.
 */
public final class PlanFixtures {

    public static final long HOUR = 3600;
    public static final LocalDateTime HORIZON_START = LocalDateTime.of(2026, 11, 28, 18, 0);

    public static final TravelTimes LINE = new TravelTimes() {
        @Override
        public long seconds(int from, int to) {
            return Math.abs(from - to) * 100L;
        }

        @Override
        public long metres(int from, int to) {
            return Math.abs(from - to) * 1000L;
        }
    };

    public static final Facility HYDRANT = new Facility("hydrant-1", "Hydrant", 5, 600);
    public static final Facility STATION = new Facility("station-1", "Transfer station", 9, 900);

    private PlanFixtures() {}

    public static Crew washer(String id) {
        return crew(id, "washer", Set.of(Capability.WASHING), Set.of(), 8000, 0, List.of());
    }

    public static Crew garbageTruck(String id, Set<String> skills) {
        return crew(id, "garbage-truck", Set.of(Capability.GARBAGE_PICKUP), skills, 0, 5.0, List.of());
    }

    public static Crew toiletCrew(String id) {
        return crew(id, "toilet-crew", Set.of(Capability.TOILET_CLEANING), Set.of(), 0, 0, List.of());
    }

    public static Crew crew(
            String id,
            String typeId,
            Set<Capability> capabilities,
            Set<String> skills,
            double tankLitres,
            double bodyM3,
            List<BreakWindow> breaks) {
        return Crew.builder()
                .vehicleId(id)
                .name(id)
                .vehicleTypeId(typeId)
                .capabilities(capabilities)
                .skills(skills)
                .shift(CrewShift.fixed(0, 8 * HOUR, 9 * HOUR, breaks))
                .capacities(new CrewCapacities(tankLitres, bodyM3, 0.0))
                .rates(new CrewRates(2.0, 1.0, 3.0, 60.0))
                .travel(LINE)
                .facilities(new CrewFacilities(List.of(HYDRANT), List.of(STATION), List.of()))
                .build();
    }

    /**
     * {@code crew} whose shift may begin as late as {@code latestShiftStart} and who waits at the depot when the stay
     * there would be at least {@code depotWaitMinSeconds}.
     */
    public static Crew withShiftRange(Crew crew, long latestShiftStart, long depotWaitMinSeconds) {
        CrewShift shift = crew.shift();
        return crew.toBuilder()
                .shift(new CrewShift(
                        shift.start(),
                        shift.end(),
                        shift.hardEnd(),
                        latestShiftStart,
                        depotWaitMinSeconds,
                        shift.breaks()))
                .build();
    }

    public static Route route(Crew crew, Task... tasks) {
        Route route = new Route(crew.vehicleId(), crew);
        route.setTasks(new ArrayList<>(Arrays.asList(tasks)));
        return route;
    }

    /** A pass along a street from location {@code from} to {@code to}, {@code metres} long. */
    public static Task pass(String id, int from, int to, double metres, TimeInterval... windows) {
        return pass(id, from, to, metres, "sd-1", windows);
    }

    /** A pass along a street of the subdistrict {@code subdistrictId}. */
    public static Task pass(String id, int from, int to, double metres, String subdistrictId, TimeInterval... windows) {
        return new Task(
                id,
                TaskKind.STREET_PASS,
                TaskProblem.builder()
                        .capability(Capability.WASHING)
                        .startLocation(from)
                        .endLocation(to)
                        .lengthMetres(metres)
                        .allowedWindows(List.of(windows))
                        .priorityWeight(2)
                        .groupId(id)
                        .label("Street " + id)
                        .subdistrictId(subdistrictId)
                        .gridId("grid-1")
                        .build());
    }

    public static Task blindSpot(
            String id,
            int location,
            double volumeM3,
            long reportedAt,
            long deadline,
            int priorityWeight,
            String... skills) {
        return new Task(
                id,
                TaskKind.BLIND_SPOT,
                TaskProblem.builder()
                        .capability(Capability.GARBAGE_PICKUP)
                        .requiredSkills(Set.of(skills))
                        .startLocation(location)
                        .endLocation(location)
                        .serviceSeconds(600)
                        .volumeM3(volumeM3)
                        .earliestStart(reportedAt)
                        .slaDeadline(deadline)
                        .priorityWeight(priorityWeight)
                        .groupId(id)
                        .label("Blind spot " + id)
                        .subdistrictId("sd-1")
                        .gridId("grid-1")
                        .build());
    }

    /**
     * A pickup of {@code volumeM3} at {@code location}, five minutes' work, that must begin between {@code
     * earliestStart} and {@code latestStart} (a hard window, as a Solomon customer's).
     */
    public static Task timedPickup(String id, int location, double volumeM3, long earliestStart, long latestStart) {
        return new Task(
                id,
                TaskKind.BLIND_SPOT,
                TaskProblem.builder()
                        .capability(Capability.GARBAGE_PICKUP)
                        .startLocation(location)
                        .endLocation(location)
                        .serviceSeconds(300)
                        .volumeM3(volumeM3)
                        .earliestStart(earliestStart)
                        .latestStart(latestStart)
                        .priorityWeight(1)
                        .groupId(id)
                        .label(id)
                        .subdistrictId("sd-1")
                        .gridId("grid-1")
                        .build());
    }

    public static Task toiletRound(
            String id, String toiletId, int location, TimeInterval opening, long minGap, long maxGap) {
        return new Task(
                id,
                TaskKind.TOILET_ROUND,
                TaskProblem.builder()
                        .capability(Capability.TOILET_CLEANING)
                        .startLocation(location)
                        .endLocation(location)
                        .serviceSeconds(1200)
                        .earliestStart(opening.start())
                        .allowedWindows(List.of(opening))
                        .priorityWeight(4)
                        .groupId(toiletId)
                        .minGapSeconds(minGap)
                        .maxGapSeconds(maxGap)
                        .label("Toilet " + toiletId)
                        .subdistrictId("sd-1")
                        .gridId("grid-1")
                        .build());
    }

    /** Round {@code round} of the toilet, numbered as the dataset's rounds are: {@code <toilet>-round-<round>}. */
    public static Task toiletRound(
            String toiletId, int round, int location, TimeInterval opening, long minGap, long maxGap) {
        Task unnumbered = toiletRound(toiletId + "-round-" + round, toiletId, location, opening, minGap, maxGap);
        return new Task(unnumbered.getId(), unnumbered.getKind(), unnumbered.getProblem(), round);
    }

    public static SanitationPlan plan(List<Route> routes, List<Task> tasks) {
        return new SanitationPlan("test", HORIZON_START, routes, tasks, ConstraintWeightOverrides.none());
    }
}
