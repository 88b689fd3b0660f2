package city.sanitation.planning.score;

import ai.timefold.solver.core.api.domain.solution.ConstraintWeightOverrides;
import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import city.sanitation.planning.domain.Crew;
import city.sanitation.planning.domain.SanitationPlan;
import city.sanitation.planning.domain.TaskProblem;

/**
 * What a plan costs, each cost defined once: the constraints penalize by these points, and the ruin-and-recreate
 * search prices its trials by the same points times the same weights ({@link #of}), so that both optimise one
 * objective and a dataset's {@code constraintWeights} reach both.
 *
 * <p>A price folds the score's medium and soft levels into one number: a medium point is worth {@link #MEDIUM} soft
 * points, more than any plan's money, as the score's levels rank them. Hard rules are not priced: a trial that breaks
 * one is not taken.
 *
 * @param drivingAndWorking the price of a fen of {@link #drivingAndWorkingFen}
 * @param overtime the price of a point of {@link #overtimePoints}
 * @param slaLateness the price of a point of {@link #slaLatenessPoints}
 * @param workloadBalance the price of a point of {@link #workloadPoints}
 * @param unassigned the price of a point of {@link #unassignedPoints}
 * @param toiletMaximumGap the price of a point of {@link SanitationConstraintProvider#maximumGapPoints}
 * @param homeArea the price of a point of {@link #outsideHomeAreaPoints}
 * @param snowLateness the price of a point of {@link #snowLatenessPoints}
 */
public record PlanCosts(
        double drivingAndWorking,
        double overtime,
        double slaLateness,
        double workloadBalance,
        double unassigned,
        double toiletMaximumGap,
        double homeArea,
        double snowLateness) {

    /** A medium point in soft points: 1,000,000 yuan, above any district's daily cost. */
    public static final double MEDIUM = 1e8;

    /** A missed deadline, whatever the minutes: ten 10-minute delays must not outweigh one report left for hours. */
    static final long MISSED_DEADLINE_POINTS = 30;

    /** Lateness minutes whose square adds as much again as the minutes themselves. */
    static final long LATENESS_SQUARE_MINUTES = 60;

    /**
     * What leaving work undone costs per priority point: as much as a blind spot cleared a whole day late, since undone
     * work waits for another day, so that no lateness makes leaving work undone the cheaper plan.
     */
    static final long UNASSIGNED_POINTS_PER_PRIORITY = slaLatenessPoints(24 * 3600, 1);

    /**
     * A task done outside the crew's home area: 10 yuan, about what a kilometre and a half of deadheading costs a
     * washing truck, so that a crew helps out next door when its own area runs out of work but does not cross the
     * district for a street a neighbour passes anyway.
     */
    static final long OUTSIDE_HOME_AREA_POINTS = 1000;

    /** The costs at the rules' default weights. */
    public static final PlanCosts DEFAULT = of(ConstraintWeightOverrides.none());

    /** The costs under a plan's weights: each rule's default weight unless the plan overrides it. */
    public static PlanCosts of(SanitationPlan plan) {
        ConstraintWeightOverrides<HardMediumSoftLongScore> overrides = plan.getConstraintWeightOverrides();
        return of(overrides == null ? ConstraintWeightOverrides.none() : overrides);
    }

    static PlanCosts of(ConstraintWeightOverrides<HardMediumSoftLongScore> overrides) {
        return new PlanCosts(
                price(overrides, SanitationConstraintProvider.TRAVEL_COST),
                price(overrides, SanitationConstraintProvider.OVERTIME),
                price(overrides, SanitationConstraintProvider.SLA_LATENESS),
                price(overrides, SanitationConstraintProvider.WORKLOAD_BALANCE),
                price(overrides, SanitationConstraintProvider.UNASSIGNED),
                price(overrides, SanitationConstraintProvider.TOILET_MAXIMUM_GAP),
                price(overrides, SanitationConstraintProvider.HOME_AREA),
                price(overrides, SanitationConstraintProvider.SNOW_DEADLINE));
    }

    private static double price(ConstraintWeightOverrides<HardMediumSoftLongScore> overrides, String rule) {
        HardMediumSoftLongScore weight = overrides.getConstraintWeight(rule);
        if (weight == null) {
            weight = SanitationConstraintProvider.DEFAULT_WEIGHTS.get(rule);
        }
        return price(weight);
    }

    /** A score as a price: medium points outweigh soft ones; hard ones are never priced. */
    public static double price(HardMediumSoftLongScore score) {
        return score.mediumScore() * MEDIUM + score.softScore();
    }

    /** Deadheading kilometres and hours out at the crew's rates, in fen. */
    public static long drivingAndWorkingFen(Crew crew, long deadheadMetres, long workingSeconds) {
        double yuan = deadheadMetres / 1000.0 * crew.rates().costPerKm()
                + workingSeconds / 3600.0 * crew.rates().costPerHour();
        return Math.round(yuan * 100);
    }

    /** What a task costs on this crew for lying outside its home territories; nothing inside them. */
    public static long outsideHomeAreaPoints(Crew crew, TaskProblem task) {
        return crew.isAtHome(task) ? 0 : OUTSIDE_HOME_AREA_POINTS;
    }

    /** 100 per started minute past the shift end (a yuan a minute). */
    public static long overtimePoints(long overtimeSeconds) {
        return 100 * minutesCeil(overtimeSeconds);
    }

    /**
     * Priority weight × (a charge per missed deadline + late minutes + late minutes² / 60): each missed deadline
     * counts, and lateness grows faster than the minutes, so that one report left 14 hours costs more than ten
     * reports 10 minutes late, and a plan clears overdue work before it takes on work that can wait.
     */
    public static long slaLatenessPoints(long lateSeconds, int priorityWeight) {
        if (lateSeconds <= 0) {
            return 0;
        }
        long minutes = minutesCeil(lateSeconds);
        return priorityWeight * (MISSED_DEADLINE_POINTS + minutes + minutes * minutes / LATENESS_SQUARE_MINUTES);
    }

    /**
     * A snow pass finished past its deadline, weighed by its road class (main 4 … alley 1) as a late blind spot is by
     * its priority: a charge per missed deadline and lateness growing faster than its minutes, so that one main road
     * left hours after the snow stopped costs more than several alleys a few minutes late. A day late weighs as much
     * as leaving the pass undone.
     */
    public static long snowLatenessPoints(TaskProblem task, long end) {
        return task.snow() == null
                ? 0
                : slaLatenessPoints(task.snow().lateSeconds(end), task.snow().classWeight());
    }

    /** Squared working minutes, scaled so that an 8-hour day weighs about 40 yuan. */
    public static long workloadPoints(long workingSeconds) {
        long minutes = minutesCeil(workingSeconds);
        return minutes * minutes / 60;
    }

    /** Undone work by its priority, above any lateness of a day. */
    public static long unassignedPoints(int priorityWeight) {
        return UNASSIGNED_POINTS_PER_PRIORITY * priorityWeight;
    }

    static long minutesCeil(long seconds) {
        return (seconds + 59) / 60;
    }
}
