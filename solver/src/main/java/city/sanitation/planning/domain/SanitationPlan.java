package city.sanitation.planning.domain;

import ai.timefold.solver.core.api.domain.solution.ConstraintWeightOverrides;
import ai.timefold.solver.core.api.domain.solution.PlanningEntityCollectionProperty;
import ai.timefold.solver.core.api.domain.solution.PlanningScore;
import ai.timefold.solver.core.api.domain.solution.PlanningSolution;
import ai.timefold.solver.core.api.domain.valuerange.ValueRangeProvider;
import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import java.time.LocalDateTime;
import java.util.List;

/**
 * One night-and-day plan of a district: every route and every task, assigned or not. Clock times in the model are
 * seconds since {@link #getHorizonStart()}.
 */
@PlanningSolution
public class SanitationPlan {

    private String name;
    private LocalDateTime horizonStart;

    @PlanningEntityCollectionProperty
    private List<Route> routes;

    @PlanningEntityCollectionProperty
    @ValueRangeProvider
    private List<Task> tasks;

    private ConstraintWeightOverrides<HardMediumSoftLongScore> constraintWeightOverrides;

    @PlanningScore
    private HardMediumSoftLongScore score;

    /** For Timefold's cloning. */
    public SanitationPlan() {}

    public SanitationPlan(
            String name,
            LocalDateTime horizonStart,
            List<Route> routes,
            List<Task> tasks,
            ConstraintWeightOverrides<HardMediumSoftLongScore> constraintWeightOverrides) {
        this.name = name;
        this.horizonStart = horizonStart;
        this.routes = routes;
        this.tasks = tasks;
        this.constraintWeightOverrides = constraintWeightOverrides;
    }

    public LocalDateTime clockToTime(long seconds) {
        return horizonStart.plusSeconds(seconds);
    }

    public String getName() {
        return name;
    }

    public LocalDateTime getHorizonStart() {
        return horizonStart;
    }

    public List<Route> getRoutes() {
        return routes;
    }

    public List<Task> getTasks() {
        return tasks;
    }

    public ConstraintWeightOverrides<HardMediumSoftLongScore> getConstraintWeightOverrides() {
        return constraintWeightOverrides;
    }

    public void setConstraintWeightOverrides(
            ConstraintWeightOverrides<HardMediumSoftLongScore> constraintWeightOverrides) {
        this.constraintWeightOverrides = constraintWeightOverrides;
    }

    public void setRoutes(List<Route> routes) {
        this.routes = routes;
    }

    public void setTasks(List<Task> tasks) {
        this.tasks = tasks;
    }

    public HardMediumSoftLongScore getScore() {
        return score;
    }

    public void setScore(HardMediumSoftLongScore score) {
        this.score = score;
    }
}
