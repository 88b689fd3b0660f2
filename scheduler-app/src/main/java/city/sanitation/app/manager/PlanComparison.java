package city.sanitation.app.manager;

import city.sanitation.app.weather.ForecastSummary;
import java.util.List;
import java.util.Map;

/**
 * Two plan versions side by side.
 *
 * @param kpis one row per figure, with both values and the difference (right minus left)
 * @param movedTasks tasks that a different crew does in the right plan, or that only one plan assigns
 * @param bySubdistrict per subdistrict, the tasks each plan assigns there
 * @param byGrid per grid, the tasks each plan assigns there
 * @param codes per reason a task is undone and per way the weather changed a street pass, how many of each plan
 */
public record PlanComparison(
        Side left,
        Side right,
        List<KpiRow> kpis,
        List<MovedTask> movedTasks,
        Map<String, AreaRow> bySubdistrict,
        Map<String, AreaRow> byGrid,
        List<CodeCount> codes) {

    /**
     * One plan version.
     *
     * @param whatIf whether it is a version of a what-if plan (the day under another forecast)
     * @param forecast the forecast it was planned with, in one line; null when it had none
     */
    public record Side(
            long planId,
            int version,
            String status,
            String score,
            boolean feasible,
            boolean whatIf,
            ForecastSummary forecast) {

        Side(long planId, int version, String status, String score, boolean feasible) {
            this(planId, version, status, score, feasible, false, null);
        }
    }

    /**
     * How many tasks of each plan carry a code.
     *
     * @param kind {@code undone}: the reason code of unassigned tasks ({@code OTHER} for a plan written before reasons
     *     had codes); {@code weather}: the weatherCode of street passes the forecast changed (swept instead, deferred
     *     passes are undone with their WEATHER_DEFERRED_ reason)
     */
    public record CodeCount(String kind, String code, int left, int right) {}

    /**
     * One figure of both plans.
     *
     * @param left null when the figure has no value in the left plan (nothing washed, or a plan written before the
     *     figure was reported); right likewise
     * @param difference right minus left; null when either has no value
     * @param vehicleTypeId the vehicle type a per-type figure is of; null for a figure of the whole plan
     */
    public record KpiRow(String kpi, Double left, Double right, Double difference, String vehicleTypeId) {

        KpiRow(String kpi, Double left, Double right) {
            this(kpi, left, right, null);
        }

        KpiRow(String kpi, Double left, Double right, String vehicleTypeId) {
            this(
                    kpi,
                    left,
                    right,
                    left == null || right == null ? null : Math.round((right - left) * 100) / 100.0,
                    vehicleTypeId);
        }
    }

    /** @param fromVehicle null when the left plan leaves the task unassigned; toVehicle likewise for the right */
    public record MovedTask(String taskId, String taskKind, String label, String fromVehicle, String toVehicle) {}

    public record AreaRow(int leftTasks, int rightTasks, double leftWorkMinutes, double rightWorkMinutes) {}
}
