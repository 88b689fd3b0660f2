package city.sanitation.planning.domain;

import ai.timefold.solver.core.api.domain.entity.PlanningEntity;
import ai.timefold.solver.core.api.domain.lookup.PlanningId;
import ai.timefold.solver.core.api.domain.variable.InverseRelationShadowVariable;
import ai.timefold.solver.core.api.domain.variable.PreviousElementShadowVariable;
import ai.timefold.solver.core.api.domain.variable.ShadowSources;
import ai.timefold.solver.core.api.domain.variable.ShadowVariable;
import city.sanitation.fleet.Capability;
import java.util.List;
import java.util.Set;

/**
 * One unit of work a route can take: a street pass, a blind-spot clean-up or a toilet round. Its problem data is
 * fixed; where and when it is done ({@link #getStop()}) follows from the route it is put in.
 */
@PlanningEntity
public class Task {

    @PlanningId
    private String id;

    private TaskKind kind;
    private TaskProblem problem;

    @InverseRelationShadowVariable(sourceVariableName = "tasks")
    private Route route;

    @PreviousElementShadowVariable(sourceVariableName = "tasks")
    private Task previous;

    @ShadowVariable(supplierName = "planStop")
    private Stop stop;

    /** For Timefold's cloning. */
    public Task() {}

    public Task(String id, TaskKind kind, TaskProblem problem) {
        this.id = id;
        this.kind = kind;
        this.problem = problem;
    }

    @ShadowSources({"route", "previous.stop"})
    public Stop planStop() {
        if (route == null) {
            return null;
        }
        if (previous != null && previous.stop == null) {
            return null;
        }
        RouteState before = previous == null ? route.startState() : previous.stop.after();
        return StopPlanner.plan(route, this, before);
    }

    public String getId() {
        return id;
    }

    public TaskKind getKind() {
        return kind;
    }

    public TaskProblem getProblem() {
        return problem;
    }

    public Route getRoute() {
        return route;
    }

    public void setRoute(Route route) {
        this.route = route;
    }

    public Task getPrevious() {
        return previous;
    }

    public void setPrevious(Task previous) {
        this.previous = previous;
    }

    public Stop getStop() {
        return stop;
    }

    public void setStop(Stop stop) {
        this.stop = stop;
    }

    public boolean isAssigned() {
        return route != null;
    }

    public Capability capability() {
        return problem.capability();
    }

    public Set<String> requiredSkills() {
        return problem.requiredSkills();
    }

    public List<TimeInterval> allowedWindows() {
        return problem.allowedWindows();
    }

    @Override
    public String toString() {
        return id;
    }
}
