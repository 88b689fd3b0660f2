package city.sanitation.planning.report;

import city.sanitation.dataset.SetAsideItem;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDateTime;
import java.util.List;

/**
 * A solved plan as crews and dispatchers read it: every route's ordered stops with times and places, the day's
 * figures, a reason for every task left undone, and the items of the day's data set aside because they could not be
 * planned. Plain data, written as JSON by {@link PlanReportJson}.
 *
 * @param setAside written only when there is one, so that a plan of sound data reads as before
 */
public record PlanReport(
        String formatVersion,
        String dataset,
        LocalDateTime horizonStart,
        String score,
        boolean feasible,
        Kpis kpis,
        List<RouteReport> routes,
        List<UnassignedTask> unassigned,
        List<LateTask> late,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<SetAsideItem> setAside) {

    public static final String FORMAT_VERSION = "1.0";

    public PlanReport {
        // A plan written before items were set aside has none.
        setAside = setAside == null ? List.of() : List.copyOf(setAside);
    }

    /** A report with nothing set aside. */
    public PlanReport(
            String formatVersion,
            String dataset,
            LocalDateTime horizonStart,
            String score,
            boolean feasible,
            Kpis kpis,
            List<RouteReport> routes,
            List<UnassignedTask> unassigned,
            List<LateTask> late) {
        this(formatVersion, dataset, horizonStart, score, feasible, kpis, routes, unassigned, late, List.of());
    }

    /**
     * The day's figures a dispatcher reads first.
     *
     * @param toiletMaxGapBreaches toilets left uncleaned longer than their maximum gap while open: from opening to
     *     the first round, between rounds or from the last round to closing; a toilet with no round done counts
     * @param toiletMaxGapOverMinutes minutes those stretches exceed the maximum gap, added up over the toilets
     * @param waitingMinutesOnStreet crews waiting at their next task for it to be allowed or open
     * @param waitingMinutesAtDepot crews waiting at their depot inside their shifts: before leaving for a first task
     *     that cannot begin sooner, or back at the depot through a long wait
     * @param washingDeadheadKmPerKmWashed over the vehicles that can do street passes (washing, sprinkling or
     *     sweeping): the km they drive without washing per km they wash; null when they wash nothing, as the ratio
     *     has no value then
     * @param subdistrictsPerWashingVehicle the mean number of distinct subdistricts a vehicle washes in, over the
     *     vehicles that do at least one street pass; null when none does
     * @param worstLatenessMinutes the most minutes a done blind spot finishes past its deadline; 0 when none is late
     * @param utilisationByVehicleType per vehicle type, sorted by its id: how much of the used vehicles' shifts goes
     *     to work
     */
    public record Kpis(
            int vehiclesUsed,
            int vehiclesAvailable,
            double kmDriven,
            double kmDeadheaded,
            double kmWashed,
            double waterUsedM3,
            int refills,
            int dumps,
            int blindSpotsCleared,
            int blindSpotsClearedWithinSla,
            int blindSpotsOverdue,
            int blindSpotsUnassigned,
            int toiletRoundsDone,
            int toiletRoundsPlanned,
            int toiletMaxGapBreaches,
            long toiletMaxGapOverMinutes,
            int streetPassesDone,
            int streetPassesPlanned,
            long overtimeMinutes,
            int unassignedTasks,
            long waitingMinutesOnStreet,
            long waitingMinutesAtDepot,
            Double washingDeadheadKmPerKmWashed,
            Double subdistrictsPerWashingVehicle,
            long worstLatenessMinutes,
            List<VehicleTypeUtilisation> utilisationByVehicleType) {

        public Kpis {
            // A plan written before the figure was reported has none.
            utilisationByVehicleType =
                    utilisationByVehicleType == null ? List.of() : List.copyOf(utilisationByVehicleType);
        }
    }

    /**
     * How busy one vehicle type's crews are. Work is driving (detours and trips through the depot included), the
     * tasks themselves and refilling or dumping; waiting on the street or at the depot and breaks are not work.
     *
     * @param workingMinutes work of the used vehicles of this type, added up
     * @param shiftMinutes the shifts of the used vehicles of this type, added up (overtime not included)
     * @param utilisation {@code workingMinutes / shiftMinutes}, above 1 only with overtime; 0 when none is used. An
     *     unused vehicle is not counted: {@code vehiclesUsed} of {@code vehiclesAvailable} says how many stay home.
     */
    public record VehicleTypeUtilisation(
            String vehicleTypeId,
            int vehiclesAvailable,
            int vehiclesUsed,
            long workingMinutes,
            long shiftMinutes,
            double utilisation) {}

    public record RouteReport(
            String vehicleId,
            String vehicleName,
            String vehicleTypeId,
            LocalDateTime shiftStart,
            LocalDateTime shiftEnd,
            LocalDateTime departure,
            LocalDateTime returnTime,
            double kmDriven,
            double kmDeadheaded,
            double kmWashed,
            double waterUsedM3,
            long overtimeMinutes,
            long workingMinutes,
            int pinnedStops,
            List<StopReport> stops) {}

    /**
     * One stop of a route.
     *
     * @param kind TASK, REFILL, DUMP, BREAK, DEPOT_WAIT (back at the depot through a long wait) or DEPOT (the return
     *     home)
     * @param taskKind STREET_PASS, BLIND_SPOT or TOILET_ROUND for a task, else null
     * @param direction for a street pass: "forward" along the segment or "reverse"
     * @param travelMetres driving to this stop from the previous one
     * @param waitMinutes waiting at the stop: for a task on the street before it starts, at a DEPOT_WAIT the whole stay
     * @param waterAfterM3 water left after the stop (trucks with a tank)
     * @param loadAfterM3 garbage on board after the stop (trucks with a body)
     * @param lateMinutes past the blind spot's deadline
     * @param lon where the stop is served (WGS84): the point on the street, or a street pass's first end; null for
     *     a break, taken wherever the crew is
     * @param snapMetres from where the dataset puts the blind spot, toilet, facility or depot to where it is served;
     *     null for a street pass and a break
     */
    public record StopReport(
            int sequence,
            String kind,
            String taskId,
            String taskKind,
            String label,
            String facilityId,
            String subdistrictId,
            String gridId,
            String direction,
            LocalDateTime arrival,
            LocalDateTime start,
            LocalDateTime end,
            long travelMetres,
            long waitMinutes,
            double waterAfterM3,
            double loadAfterM3,
            long lateMinutes,
            Double lon,
            Double lat,
            Double snapMetres) {}

    public record UnassignedTask(String taskId, String taskKind, String label, String subdistrictId, String reason) {}

    public record LateTask(
            String taskId, String vehicleId, LocalDateTime deadline, LocalDateTime end, long lateMinutes) {}
}
