package city.sanitation.planning;

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
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Seeded mixed problems on a 20 × 20 block grid (500 m blocks, 10 m/s, Manhattan distances): two washers, two
 * garbage trucks and two toilet crews, with passes, blind spots and toilet rounds.
 */
public final class RandomPlans {

    private static final int SIDE = 20;
    private static final long HOUR = 3600;

    public static final TravelTimes GRID = new TravelTimes() {
        @Override
        public long seconds(int from, int to) {
            return metres(from, to) / 10;
        }

        @Override
        public long metres(int from, int to) {
            return 500L * (Math.abs(from % SIDE - to % SIDE) + Math.abs(from / SIDE - to / SIDE));
        }
    };

    private RandomPlans() {}

    public static SanitationPlan mixed(long seed, int passes, int blindSpots, int toilets) {
        Random random = new Random(seed);
        List<Facility> hydrants =
                List.of(new Facility("h1", "Hydrant 1", 45, 900), new Facility("h2", "Hydrant 2", 354, 900));
        List<Facility> stations = List.of(new Facility("s1", "Station 1", 399, 900));
        List<Route> routes = new ArrayList<>();
        for (int i = 1; i <= 2; i++) {
            routes.add(new Route(
                    "washer-" + i,
                    crew("washer-" + i, "washer", Set.of(Capability.WASHING), Set.of(), 6000, 0, hydrants, stations)));
        }
        routes.add(new Route(
                "truck-1",
                crew(
                        "truck-1",
                        "truck",
                        Set.of(Capability.GARBAGE_PICKUP),
                        Set.of("loader"),
                        0,
                        8,
                        hydrants,
                        stations)));
        routes.add(new Route(
                "truck-2",
                crew("truck-2", "truck", Set.of(Capability.GARBAGE_PICKUP), Set.of(), 0, 5, hydrants, stations)));
        for (int i = 1; i <= 2; i++) {
            routes.add(new Route(
                    "toilet-crew-" + i,
                    crew(
                            "toilet-crew-" + i,
                            "toilet-crew",
                            Set.of(Capability.TOILET_CLEANING),
                            Set.of(),
                            0,
                            0,
                            hydrants,
                            stations)));
        }
        List<Task> tasks = new ArrayList<>();
        for (int i = 0; i < passes; i++) {
            int from = random.nextInt(SIDE * SIDE - 1);
            int to = from % SIDE == SIDE - 1 ? from + SIDE >= SIDE * SIDE ? from - SIDE : from + SIDE : from + 1;
            tasks.add(new Task(
                    "pass-" + i,
                    TaskKind.STREET_PASS,
                    TaskProblem.builder()
                            .capability(Capability.WASHING)
                            .startLocation(from)
                            .endLocation(to)
                            .eitherDirection(random.nextBoolean())
                            .lengthMetres(500)
                            .priorityWeight(2)
                            .groupId("req-" + i)
                            .label("Street " + i)
                            .subdistrictId("sd-1")
                            .gridId("grid-1")
                            .build()));
        }
        for (int i = 0; i < blindSpots; i++) {
            int location = random.nextInt(SIDE * SIDE);
            long reported = random.nextInt(4) * HOUR;
            double volume = 0.5 + random.nextInt(8) * 0.5;
            Set<String> skills = volume > 3 ? Set.of("loader") : Set.of();
            tasks.add(new Task(
                    "blind-spot-" + i,
                    TaskKind.BLIND_SPOT,
                    TaskProblem.builder()
                            .capability(Capability.GARBAGE_PICKUP)
                            .requiredSkills(skills)
                            .startLocation(location)
                            .endLocation(location)
                            .serviceSeconds(600 + (long) (volume * 300))
                            .volumeM3(volume)
                            .earliestStart(reported)
                            .slaDeadline(reported + 4 * HOUR)
                            .priorityWeight(1 + random.nextInt(4))
                            .groupId("report-" + i)
                            .label("Report " + i)
                            .subdistrictId("sd-1")
                            .gridId("grid-1")
                            .build()));
        }
        for (int t = 0; t < toilets; t++) {
            int location = random.nextInt(SIDE * SIDE);
            TimeInterval open = new TimeInterval(0, 8 * HOUR);
            for (int r = 0; r < 3; r++) {
                tasks.add(new Task(
                        "toilet-" + t + "-round-" + r,
                        TaskKind.TOILET_ROUND,
                        TaskProblem.builder()
                                .capability(Capability.TOILET_CLEANING)
                                .startLocation(location)
                                .endLocation(location)
                                .serviceSeconds(1200)
                                .earliestStart(open.start())
                                .allowedWindows(List.of(open))
                                .priorityWeight(4)
                                .groupId("toilet-" + t)
                                .minGapSeconds(HOUR)
                                .maxGapSeconds(4 * HOUR)
                                .label("Toilet " + t)
                                .subdistrictId("sd-1")
                                .gridId("grid-1")
                                .build()));
            }
        }
        return new SanitationPlan(
                "random-" + seed,
                PlanFixtures.HORIZON_START,
                routes,
                tasks,
                ai.timefold.solver.core.api.domain.solution.ConstraintWeightOverrides.none());
    }

    private static Crew crew(
            String id,
            String type,
            Set<Capability> capabilities,
            Set<String> skills,
            double tank,
            double body,
            List<Facility> hydrants,
            List<Facility> stations) {
        return Crew.builder()
                .vehicleId(id)
                .name(id)
                .vehicleTypeId(type)
                .capabilities(capabilities)
                .skills(skills)
                .depotLocation(210)
                .shift(CrewShift.fixed(0, 8 * HOUR, 10 * HOUR, List.of(new BreakWindow(3 * HOUR, 5 * HOUR, 1800))))
                .capacities(new CrewCapacities(tank, body, 0.0))
                .rates(new CrewRates(2.0, 1.2, 3.0, 60.0))
                .travel(GRID)
                .facilities(new CrewFacilities(hydrants, stations, List.of()))
                .build();
    }
}
