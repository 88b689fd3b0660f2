package city.sanitation.planning.domain;

import ai.timefold.solver.core.api.domain.variable.ListVariableListener;
import ai.timefold.solver.core.api.score.director.ScoreDirector;

/** Works a route's schedule out again whenever its task list changes. */
public final class ScheduleUpdater implements ListVariableListener<SanitationPlan, Route, Task> {

    @Override
    public void beforeEntityAdded(ScoreDirector<SanitationPlan> scoreDirector, Route route) {}

    @Override
    public void afterEntityAdded(ScoreDirector<SanitationPlan> scoreDirector, Route route) {
        update(scoreDirector, route);
    }

    @Override
    public void beforeEntityRemoved(ScoreDirector<SanitationPlan> scoreDirector, Route route) {}

    @Override
    public void afterEntityRemoved(ScoreDirector<SanitationPlan> scoreDirector, Route route) {}

    @Override
    public void afterListVariableElementUnassigned(ScoreDirector<SanitationPlan> scoreDirector, Task task) {}

    @Override
    public void beforeListVariableChanged(
            ScoreDirector<SanitationPlan> scoreDirector, Route route, int fromIndex, int toIndex) {}

    @Override
    public void afterListVariableChanged(
            ScoreDirector<SanitationPlan> scoreDirector, Route route, int fromIndex, int toIndex) {
        scoreDirector.beforeVariableChanged(route, "schedule");
        route.setSchedule(RouteSchedule.of(route, route.getSchedule(), fromIndex));
        scoreDirector.afterVariableChanged(route, "schedule");
    }

    @Override
    public void resetWorkingSolution(ScoreDirector<SanitationPlan> scoreDirector) {
        for (Route route : scoreDirector.getWorkingSolution().getRoutes()) {
            update(scoreDirector, route);
        }
    }

    private static void update(ScoreDirector<SanitationPlan> scoreDirector, Route route) {
        scoreDirector.beforeVariableChanged(route, "schedule");
        route.setSchedule(RouteSchedule.of(route));
        scoreDirector.afterVariableChanged(route, "schedule");
    }
}
