package city.sanitation.planning.domain;

import ai.timefold.solver.core.api.domain.entity.PlanningEntity;
import ai.timefold.solver.core.api.domain.lookup.PlanningId;
import ai.timefold.solver.core.api.domain.variable.InverseRelationShadowVariable;
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

    /** Which of its toilet's rounds of the day this is, 1 the first; 0 for work that is not numbered. */
    private int round;

    @InverseRelationShadowVariable(sourceVariableName = "tasks")
    private Route route;

    /** For Timefold's cloning. */
    public Task() {}

    public Task(String id, TaskKind kind, TaskProblem problem) {
        this(id, kind, problem, 0);
    }

    public Task(String id, TaskKind kind, TaskProblem problem, int round) {
        this.id = id;
        this.kind = kind;
        this.problem = problem;
        this.round = round;
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

    public int getRound() {
        return round;
    }

    public Route getRoute() {
        return route;
    }

    public void setRoute(Route route) {
        this.route = route;
    }

    /** How the route does this task, or null when unassigned. Looked up in the route's schedule, not stored. */
    public Stop getStop() {
        if (route == null) {
            return null;
        }
        int index = route.getTasks().indexOf(this);
        List<Stop> stops = route.getSchedule().stops();
        return index < 0 || index >= stops.size() ? null : stops.get(index);
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
