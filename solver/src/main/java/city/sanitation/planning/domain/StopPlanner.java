package city.sanitation.planning.domain;

import java.util.List;

/**
 * Works out how a route does a task given where it stands: a break if one is due, a refill or dump if the tank or
 * body would not last, the drive, the wait for an allowed window and the work itself. Pure functions of their
 * arguments, so that derived stops are always consistent with the route.
 */
final class StopPlanner {

    private StopPlanner() {}

    static Stop plan(Route route, Task task, RouteState before) {
        Crew crew = route.getCrew();
        TaskProblem problem = task.getProblem();
        boolean first = isRouteStart(crew, before);
        Stop forward = planOriented(crew, problem, before, false, first, false);
        if (!problem.eitherDirection()) {
            return forward;
        }
        Stop reversed = planOriented(crew, problem, before, true, first, false);
        return isBetter(reversed, forward) ? reversed : forward;
    }

    /**
     * Plans {@code task} the way {@link RefillSplit} chose: in the given direction, refilling first when told to (and
     * also when the tank would not last, which a rounding difference in the water sums could cause).
     */
    static Stop planChosen(Route route, Task task, RouteState before, boolean refill, boolean reversed) {
        Crew crew = route.getCrew();
        TaskProblem problem = task.getProblem();
        return planOriented(
                crew, problem, before, reversed && problem.eitherDirection(), isRouteStart(crew, before), refill);
    }

    /** Whether the route has not left its depot yet: every task takes time, so no later state is at the start. */
    private static boolean isRouteStart(Crew crew, RouteState state) {
        return state.time() == crew.shift().start()
                && state.location() == crew.depotLocation()
                && state.breaksTaken() == 0
                && state.loadM3() == 0.0;
    }

    /**
     * When the crew's shift begins given its first stop: when the vehicle leaves (it waits at the depot for its first
     * task unpaid, within the shift's start range), but not after a break it took at the depot before leaving.
     */
    static long shiftBegin(Crew crew, Stop firstStop) {
        if (firstStop == null || firstStop.depotWait() == null) {
            return crew.shift().start();
        }
        long begin = Math.min(firstStop.depotWait().departure(), crew.shift().latestStart());
        if (firstStop.takenBreak() != null) {
            begin = Math.min(begin, firstStop.takenBreak().start());
        }
        return Math.max(crew.shift().start(), begin);
    }

    private static boolean isBetter(Stop candidate, Stop incumbent) {
        if (candidate.windowMissed() != incumbent.windowMissed()) {
            return !candidate.windowMissed();
        }
        if (candidate.end() != incumbent.end()) {
            return candidate.end() < incumbent.end();
        }
        return candidate.travelMetres() < incumbent.travelMetres();
    }

    static long serviceSeconds(Crew crew, TaskProblem problem) {
        if (problem.lengthMetres() <= 0) {
            return problem.serviceSeconds();
        }
        double speed = crew.rates().washingMetresPerSecond() > 0 ? crew.rates().washingMetresPerSecond() : 1.0;
        return (long) Math.ceil(problem.lengthMetres() / speed);
    }

    private static Stop planOriented(
            Crew crew,
            TaskProblem problem,
            RouteState before,
            boolean reversed,
            boolean firstStop,
            boolean refillAnyway) {
        TravelTimes travel = crew.travel();
        int from = reversed ? problem.endLocation() : problem.startLocation();
        int to = reversed ? problem.startLocation() : problem.endLocation();
        long service = serviceSeconds(crew, problem);
        long time = before.time();
        int location = before.location();
        double water = before.waterLitres();
        double load = before.loadM3();
        int breaksTaken = before.breaksTaken();

        TakenBreak takenBreak = null;
        if (breaksTaken < crew.shift().breaks().size()) {
            BreakWindow window = crew.shift().breaks().get(breaksTaken);
            long endIfWorkingFirst = Math.max(time + travel.seconds(location, from), problem.earliestStart()) + service;
            if (time >= window.earliestStart() || endIfWorkingFirst + window.durationSeconds() > window.latestEnd()) {
                long breakStart = Math.max(time, window.earliestStart());
                long breakEnd = breakStart + window.durationSeconds();
                takenBreak = new TakenBreak(breakStart, breakEnd, breakEnd > window.latestEnd());
                time = breakEnd;
                breaksTaken++;
            }
        }

        boolean overCapacity = false;
        double waterNeed = waterNeed(crew, problem);
        Detour detour = null;
        if (waterNeed > crew.capacities().tankLitres() && crew.carriesWater()) {
            overCapacity = true;
        } else if (waterNeed > water || (refillAnyway && crew.carriesWater())) {
            detour = bestDetour(crew.facilities().hydrants(), Detour.DetourKind.REFILL, travel, time, location, from);
            if (detour == null) {
                overCapacity = true;
            } else {
                water = crew.capacities().tankLitres();
            }
        }
        double volume = problem.volumeM3();
        if (volume > 0 && crew.carriesGarbage()) {
            if (volume > crew.capacities().bodyM3()) {
                overCapacity = true;
            } else if (load + volume > crew.capacities().bodyM3()) {
                detour = bestDetour(
                        crew.facilities().transferStations(), Detour.DetourKind.DUMP, travel, time, location, from);
                if (detour == null) {
                    overCapacity = true;
                } else {
                    load = 0.0;
                }
            }
        }

        // A de-icing pass spreads salt: a spreader reloads at the best salt depot when what is left would not last,
        // as a washing truck refills water; salt and water are never needed by the same pass.
        double salt = before.saltKg();
        double saltNeed = problem.saltKg();
        if (saltNeed > 0) {
            if (saltNeed > crew.capacities().saltKg()) {
                overCapacity = true;
            } else if (saltNeed > salt) {
                detour = bestDetour(
                        crew.facilities().saltDepots(), Detour.DetourKind.RELOAD_SALT, travel, time, location, from);
                if (detour == null) {
                    overCapacity = true;
                } else {
                    salt = crew.capacities().saltKg();
                }
            }
        }

        long travelSeconds;
        long travelMetres;
        if (detour == null) {
            travelSeconds = travel.seconds(location, from);
            travelMetres = travel.metres(location, from);
        } else {
            int facility = detour.facility().location();
            travelSeconds = travel.seconds(location, facility) + travel.seconds(facility, from);
            travelMetres = travel.metres(location, facility) + travel.metres(facility, from);
        }
        long detourService = detour == null ? 0 : detour.facility().serviceSeconds();
        long arrival = time + travelSeconds + detourService;
        long earliest = Math.max(arrival, problem.earliestStart());
        long start = earliestFit(problem.allowedWindows(), earliest, service);
        boolean windowMissed = start < 0;
        if (windowMissed) {
            start = earliest;
        }
        DepotWait depotWait = null;
        if (!windowMissed && detour == null) {
            int depot = crew.depotLocation();
            if (firstStop) {
                // Nothing to gain by leaving early: the vehicle leaves so as to arrive when the task can begin.
                long departure = start - travelSeconds;
                if (departure > time) {
                    depotWait = new DepotWait(time, departure, 0);
                    arrival = start;
                }
            } else if (start - arrival >= crew.shift().depotWaitMinSeconds()) {
                long depotArrival = time + travel.seconds(location, depot);
                long depotDeparture = start - travel.seconds(depot, from);
                if (depotDeparture - depotArrival >= crew.shift().depotWaitMinSeconds()) {
                    long inboundMetres = travel.metres(location, depot);
                    depotWait = new DepotWait(depotArrival, depotDeparture, inboundMetres);
                    travelSeconds = depotArrival - time + start - depotDeparture;
                    travelMetres = inboundMetres + travel.metres(depot, from);
                    arrival = start;
                }
            }
        }
        long end = start + service;
        long hardLate = Math.max(0, start - problem.latestStart());
        RouteState after = new RouteState(
                end,
                to,
                Math.max(0.0, water - waterNeed),
                overCapacity ? load : load + volume,
                breaksTaken,
                Math.max(0.0, salt - saltNeed));
        return new Stop(
                reversed,
                arrival,
                start,
                end,
                travelSeconds,
                travelMetres,
                detour,
                depotWait,
                takenBreak,
                windowMissed,
                hardLate,
                overCapacity,
                problem.wetDuringBan(start, end),
                after);
    }

    /** The water {@code crew} puts on the street doing {@code problem}. */
    static double waterNeed(Crew crew, TaskProblem problem) {
        return crew.carriesWater() && problem.usesWater()
                ? problem.lengthMetres() * crew.rates().waterLitresPerMetre()
                : 0.0;
    }

    /** The facility that makes the way from {@code location} to {@code destination} quickest. */
    static Detour bestDetour(
            List<Facility> facilities,
            Detour.DetourKind kind,
            TravelTimes travel,
            long time,
            int location,
            int destination) {
        Facility best = null;
        long bestSeconds = Long.MAX_VALUE;
        for (Facility facility : facilities) {
            long seconds = travel.seconds(location, facility.location())
                    + facility.serviceSeconds()
                    + travel.seconds(facility.location(), destination);
            if (seconds < bestSeconds) {
                bestSeconds = seconds;
                best = facility;
            }
        }
        if (best == null) {
            return null;
        }
        long arrival = time + travel.seconds(location, best.location());
        return new Detour(best, kind, arrival, arrival + best.serviceSeconds());
    }

    /** The earliest start at or after {@code earliest} such that the work fits in one window; -1 if none. */
    static long earliestFit(List<TimeInterval> windows, long earliest, long duration) {
        if (windows.isEmpty()) {
            return earliest;
        }
        for (TimeInterval window : windows) {
            long start = Math.max(earliest, window.start());
            if (start + duration <= window.end()) {
                return start;
            }
        }
        return -1;
    }

    static RouteEnd planReturn(Route route, RouteState state) {
        Crew crew = route.getCrew();
        TravelTimes travel = crew.travel();
        Detour detour = null;
        long seconds;
        long metres;
        if (crew.carriesGarbage() && state.loadM3() > 0) {
            detour = bestDetour(
                    crew.facilities().transferStations(),
                    Detour.DetourKind.DUMP,
                    travel,
                    state.time(),
                    state.location(),
                    crew.depotLocation());
        }
        if (detour == null) {
            seconds = travel.seconds(state.location(), crew.depotLocation());
            metres = travel.metres(state.location(), crew.depotLocation());
        } else {
            int facility = detour.facility().location();
            seconds = travel.seconds(state.location(), facility)
                    + detour.facility().serviceSeconds()
                    + travel.seconds(facility, crew.depotLocation());
            metres = travel.metres(state.location(), facility) + travel.metres(facility, crew.depotLocation());
        }
        long arrival = state.time() + seconds;
        boolean breakMissed = false;
        for (int i = state.breaksTaken(); i < crew.shift().breaks().size(); i++) {
            breakMissed |= crew.shift().breaks().get(i).latestEnd() < arrival;
        }
        return new RouteEnd(arrival, seconds, metres, detour, breakMissed);
    }
}
