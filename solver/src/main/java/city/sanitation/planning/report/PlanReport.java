package city.sanitation.planning.report;

import city.sanitation.dataset.SetAsideItem;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A solved plan as crews and dispatchers read it: every route's ordered stops with times and places, the day's
 * figures, a reason for every task left undone, and the items of the day's data set aside because they could not be
 * planned. Plain data, written as JSON by {@link PlanReportJson}.
 *
 * @param setAside written only when there is one, so that a plan of sound data reads as before
 * @param rules each rule's effect on the score, from Timefold's score analysis; absent in plans written before it was
 *     reported
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
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<SetAsideItem> setAside,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<RuleEffect> rules) {

    public static final String FORMAT_VERSION = "1.0";

    public PlanReport {
        // A plan written before items were set aside has none.
        setAside = setAside == null ? List.of() : List.copyOf(setAside);
        rules = rules == null ? List.of() : List.copyOf(rules);
    }

    /** A report without the rules' effects. */
    public PlanReport(
            String formatVersion,
            String dataset,
            LocalDateTime horizonStart,
            String score,
            boolean feasible,
            Kpis kpis,
            List<RouteReport> routes,
            List<UnassignedTask> unassigned,
            List<LateTask> late,
            List<SetAsideItem> setAside) {
        this(
                formatVersion,
                dataset,
                horizonStart,
                score,
                feasible,
                kpis,
                routes,
                unassigned,
                late,
                setAside,
                List.of());
    }

    /** How many rules the plan breaks, costs every plan pays (driving, workload) not counted. */
    public long rulesBroken() {
        return rules.stream().filter(RuleEffect::broken).count();
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
        this(
                formatVersion,
                dataset,
                horizonStart,
                score,
                feasible,
                kpis,
                routes,
                unassigned,
                late,
                List.of(),
                List.of());
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
     * @param saltReloads spreaders' salt reloads at salt depots, not counted in {@code refills}; 0 in a plan written
     *     before it was reported
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
            List<VehicleTypeUtilisation> utilisationByVehicleType,
            int saltReloads) {

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
     * @param kind TASK, REFILL (water), SALT_RELOAD (a spreader's salt, at a salt depot), DUMP, BREAK, DEPOT_WAIT (back at the depot through a long wait) or DEPOT (the return
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
     * @param weatherCode why the forecast changed a street pass (swept instead of washed, swept dry, washed outside
     *     frost or rain hours, an alert's extra sprinkling), for the crew page to say; absent when it did not
     * @param weatherParams what the code's words name: cause, time, temperature, threshold, rain, snow or alert
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
            Double snapMetres,
            @JsonInclude(JsonInclude.Include.NON_NULL) String weatherCode,
            @JsonInclude(JsonInclude.Include.NON_NULL) Map<String, String> weatherParams) {

        /** A stop the weather did not shape. */
        public StopReport(
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
                Double snapMetres) {
            this(
                    sequence,
                    kind,
                    taskId,
                    taskKind,
                    label,
                    facilityId,
                    subdistrictId,
                    gridId,
                    direction,
                    arrival,
                    start,
                    end,
                    travelMetres,
                    waitMinutes,
                    waterAfterM3,
                    loadAfterM3,
                    lateMinutes,
                    lon,
                    lat,
                    snapMetres,
                    null,
                    null);
        }
    }

    /**
     * A task no route does.
     *
     * @param reason why, in English, for the command line and older clients
     * @param code why, for the pages to word in the reader's language with {@code params} (see {@link
     *     UnassignedExplainer.Explanation}); absent in plans written before reasons had codes
     */
    public record UnassignedTask(
            String taskId,
            String taskKind,
            String label,
            String subdistrictId,
            String reason,
            @JsonInclude(JsonInclude.Include.NON_NULL) String code,
            @JsonInclude(JsonInclude.Include.NON_NULL) Map<String, String> params) {

        public UnassignedTask(String taskId, String taskKind, String label, String subdistrictId, String reason) {
            this(taskId, taskKind, label, subdistrictId, reason, null, null);
        }
    }

    /**
     * A blind spot cleared after its deadline.
     *
     * @param code {@value #CLEARED_AFTER_DEADLINE}, with {@code params} task, vehicle, minutes, deadline and end;
     *     absent in plans written before reasons had codes
     * @param reason the same in English
     */
    public record LateTask(
            String taskId,
            String vehicleId,
            LocalDateTime deadline,
            LocalDateTime end,
            long lateMinutes,
            @JsonInclude(JsonInclude.Include.NON_NULL) String code,
            @JsonInclude(JsonInclude.Include.NON_NULL) Map<String, String> params,
            @JsonInclude(JsonInclude.Include.NON_NULL) String reason) {

        public static final String CLEARED_AFTER_DEADLINE = "CLEARED_AFTER_DEADLINE";

        public LateTask(String taskId, String vehicleId, LocalDateTime deadline, LocalDateTime end, long lateMinutes) {
            this(taskId, vehicleId, deadline, end, lateMinutes, null, null, null);
        }

        /** A late task with its code, parameters and sentence. */
        static LateTask explained(
                String taskId, String vehicleId, LocalDateTime deadline, LocalDateTime end, long lateMinutes) {
            Map<String, String> params = new LinkedHashMap<>();
            params.put("task", taskId);
            params.put("vehicle", vehicleId);
            params.put("minutes", String.valueOf(lateMinutes));
            params.put("deadline", deadline.toString());
            params.put("end", end.toString());
            return new LateTask(
                    taskId,
                    vehicleId,
                    deadline,
                    end,
                    lateMinutes,
                    CLEARED_AFTER_DEADLINE,
                    params,
                    "%s clears %s %d min after its deadline (%s)".formatted(vehicleId, taskId, lateMinutes, deadline));
        }
    }

    /**
     * One rule's effect on the plan, from Timefold's score analysis.
     *
     * @param rule the rule's stable code, e.g. SLA_LATENESS (the constraint names can be reworded)
     * @param level hard, medium or soft
     * @param count how many tasks, toilets, routes or breaks break it (or pay it, for a cost)
     * @param amount by how much, in {@code unit}
     * @param unit minutes, km, fen, rounds, breaks or tasks
     * @param scoreImpact what it takes off the score on its level: the impacts of a level add up to the score's
     * @param broken false for the costs every plan pays (driving and working, workload), true for a rule broken
     * @param taskIds the tasks behind it, worst first
     * @param vehicleIds the routes behind it, worst first
     */
    public record RuleEffect(
            String rule,
            String level,
            long count,
            long amount,
            String unit,
            long scoreImpact,
            boolean broken,
            List<String> taskIds,
            List<String> vehicleIds) {

        public RuleEffect {
            taskIds = taskIds == null ? List.of() : List.copyOf(taskIds);
            vehicleIds = vehicleIds == null ? List.of() : List.copyOf(vehicleIds);
        }
    }
}
