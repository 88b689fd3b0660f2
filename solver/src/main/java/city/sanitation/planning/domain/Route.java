package city.sanitation.planning.domain;

import ai.timefold.solver.core.api.domain.entity.PlanningEntity;
import ai.timefold.solver.core.api.domain.entity.PlanningPinToIndex;
import ai.timefold.solver.core.api.domain.lookup.PlanningId;
import ai.timefold.solver.core.api.domain.variable.PlanningListVariable;
import ai.timefold.solver.core.api.domain.variable.ShadowVariable;
import city.sanitation.fleet.Capability;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A vehicle with its crew (or a crew on foot) and the ordered tasks it does in its shift. It leaves its depot when its
 * first task needs it and comes back after its last task. Its shift begins when it leaves, within the shift's start
 * range, and ends that much later too (a fixed-length shift).
 */
@PlanningEntity
public class Route {

    @PlanningId
    private String id;

    private Crew crew;

    @PlanningListVariable(allowsUnassignedValues = true)
    private List<Task> tasks = new ArrayList<>();

    /** Tasks before this index are done or under way: the solver never moves them. */
    @PlanningPinToIndex
    private int pinnedCount;

    /** When the vehicle broke down, or Long.MAX_VALUE; it takes no new work after that. */
    private long outOfServiceFrom = Long.MAX_VALUE;

    /**
     * A washing truck's refills (and the directions of its passes) placed where they cost least for its order of
     * tasks ({@link RefillSplit}) rather than where the tank runs dry. Off by default: the split plans each route
     * better, but on the benchmarks the search it slows down found worse plans (benchmarks/README.md, session s8).
     */
    private boolean refillSplit;

    /**
     * The passes that may go either way are driven the ways that make the whole route cheapest ({@link
     * PassDirections}) rather than each from where the truck stands.
     */
    private boolean passDirections;

    @ShadowVariable(variableListenerClass = ScheduleUpdater.class, sourceVariableName = "tasks")
    private RouteSchedule schedule = RouteSchedule.EMPTY;

    /** For Timefold's cloning. */
    public Route() {}

    public Route(String id, Crew crew) {
        this.id = id;
        this.crew = crew;
    }

    public RouteState startState() {
        return new RouteState(
                crew.shift().start(),
                crew.depotLocation(),
                crew.capacities().tankLitres(),
                0.0,
                0,
                crew.capacities().saltKg());
    }

    /** The way back to the depot after the last task; an empty route stays home. */
    public RouteEnd end() {
        RouteEnd end = schedule.end();
        return end == null ? new RouteEnd(crew.shift().start(), 0, 0, null, false) : end;
    }

    public boolean isUsed() {
        return !tasks.isEmpty();
    }

    public boolean can(Capability capability) {
        return crew.capabilities().contains(capability);
    }

    public boolean hasSkills(Set<String> skills) {
        return crew.skills().containsAll(skills);
    }

    /** When the vehicle leaves its depot: the shift start, or later when its first task cannot begin sooner. */
    public long departure() {
        Stop first = firstStop();
        return first == null || first.depotWait() == null
                ? crew.shift().start()
                : first.depotWait().departure();
    }

    /** When the crew's paid shift begins: the departure, kept within the shift's start range. */
    public long shiftBegin() {
        return StopPlanner.shiftBegin(crew, firstStop());
    }

    /** The shift end, moved by as much as the shift began later than its earliest start. */
    public long shiftEnd() {
        return crew.shift().end() + shiftBegin() - crew.shift().start();
    }

    /** The shift's hard end, moved by as much as the shift began later than its earliest start. */
    public long hardEnd() {
        return crew.shift().hardEnd() + shiftBegin() - crew.shift().start();
    }

    /** Whether the task lies in the crew's home territories. */
    public boolean isAtHome(Task task) {
        return crew.isAtHome(task.getProblem());
    }

    /** Whether the crew may take the task at all: outside a strict home area it may not, nor a street the weather defers. */
    public boolean mayWorkAt(Task task) {
        // A street the weather defers waits for its next due day: no route takes it, whatever its place.
        return (!crew.homeTerritories().strict() || isAtHome(task))
                && !task.getProblem().deferredByWeather();
    }

    public long overtimeSeconds() {
        return Math.max(0, end().arrival() - shiftEnd());
    }

    public long pastHardEndSeconds() {
        return Math.max(0, end().arrival() - hardEnd());
    }

    /** Seconds from the shift's begin to coming back; 0 for an unused route. */
    public long workingSeconds() {
        return isUsed() ? end().arrival() - shiftBegin() : 0;
    }

    private Stop firstStop() {
        List<Stop> stops = schedule.stops();
        return stops.isEmpty() ? null : stops.get(0);
    }

    /** All driving metres of the route that are not washing: to, between and after tasks, detours included. */
    public long deadheadMetres() {
        return schedule.deadheadMetres();
    }

    public RouteSchedule getSchedule() {
        return schedule;
    }

    public void setSchedule(RouteSchedule schedule) {
        this.schedule = schedule;
    }

    public String getId() {
        return id;
    }

    public Crew getCrew() {
        return crew;
    }

    public List<Task> getTasks() {
        return tasks;
    }

    public void setTasks(List<Task> tasks) {
        this.tasks = tasks;
    }

    public int getPinnedCount() {
        return pinnedCount;
    }

    public void setPinnedCount(int pinnedCount) {
        this.pinnedCount = pinnedCount;
    }

    public long getOutOfServiceFrom() {
        return outOfServiceFrom;
    }

    public void setOutOfServiceFrom(long outOfServiceFrom) {
        this.outOfServiceFrom = outOfServiceFrom;
    }

    public boolean isRefillSplit() {
        return refillSplit;
    }

    public void setRefillSplit(boolean refillSplit) {
        this.refillSplit = refillSplit;
    }

    public boolean isPassDirections() {
        return passDirections;
    }

    public void setPassDirections(boolean passDirections) {
        this.passDirections = passDirections;
    }

    @Override
    public String toString() {
        return id;
    }
}
