package city.sanitation.app.manager;

import java.util.List;
import java.util.Map;

/**
 * Two plan versions side by side.
 *
 * @param kpis one row per figure, with both values and the difference (right minus left)
 * @param movedTasks tasks that a different crew does in the right plan, or that only one plan assigns
 * @param bySubdistrict per subdistrict, the tasks each plan assigns there
 * @param byGrid per grid, the tasks each plan assigns there
 */
public record PlanComparison(
        Side left,
        Side right,
        List<KpiRow> kpis,
        List<MovedTask> movedTasks,
        Map<String, AreaRow> bySubdistrict,
        Map<String, AreaRow> byGrid) {

    public record Side(long planId, int version, String status, String score, boolean feasible) {}

    public record KpiRow(String kpi, double left, double right, double difference) {}

    /** @param fromVehicle null when the left plan leaves the task unassigned; toVehicle likewise for the right */
    public record MovedTask(String taskId, String taskKind, String label, String fromVehicle, String toVehicle) {}

    public record AreaRow(int leftTasks, int rightTasks, double leftWorkMinutes, double rightWorkMinutes) {}
}
