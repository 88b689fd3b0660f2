package city.sanitation.planning.domain;

import city.sanitation.fleet.Capability;
import java.util.List;
import java.util.Set;

/**
 * The fixed facts of a task. Times are seconds since the horizon start.
 *
 * @param startLocation where the work starts (a pass: its segment's first node)
 * @param endLocation where the work ends (a pass: its segment's last node; a point task: its start location)
 * @param eitherDirection a pass that may also be driven from {@code endLocation} to {@code startLocation}
 * @param lengthMetres street length washed by a pass; 0 for point tasks
 * @param serviceSeconds fixed working time of a point task; passes take length / washing speed instead
 * @param volumeM3 garbage picked up by a clean-up; 0 otherwise
 * @param earliestStart not before (a report's time, a toilet's opening)
 * @param latestStart a hard latest start (benchmark instances' due dates); Long.MAX_VALUE when there is none
 * @param allowedWindows when the work may be done, start to end; empty means any time
 * @param slaDeadline when a clean-up should be finished by its service level; Long.MAX_VALUE when none
 * @param priorityWeight how much leaving it undone weighs against other work
 * @param groupId the toilet of a round, the requirement of a pass, the report of a clean-up
 * @param minGapSeconds toilet rounds: least time between two rounds of the same toilet
 * @param maxGapSeconds toilet rounds: most time between two consecutive rounds while open
 * @param label what a crew reads: street name, toilet name, report description
 * @param weather how the forecast shapes a street pass and why; null when it does not
 * @param snow the deadline and salt of a ploughing or de-icing pass; null for other work
 */
public record TaskProblem(
        Capability capability,
        Set<String> requiredSkills,
        int startLocation,
        int endLocation,
        boolean eitherDirection,
        double lengthMetres,
        long serviceSeconds,
        double volumeM3,
        long earliestStart,
        long latestStart,
        List<TimeInterval> allowedWindows,
        long slaDeadline,
        int priorityWeight,
        String groupId,
        long minGapSeconds,
        long maxGapSeconds,
        String label,
        String subdistrictId,
        String gridId,
        PassWeather weather,
        SnowWork snow) {

    /** A task that is not snow work. */
    public TaskProblem(
            Capability capability,
            Set<String> requiredSkills,
            int startLocation,
            int endLocation,
            boolean eitherDirection,
            double lengthMetres,
            long serviceSeconds,
            double volumeM3,
            long earliestStart,
            long latestStart,
            List<TimeInterval> allowedWindows,
            long slaDeadline,
            int priorityWeight,
            String groupId,
            long minGapSeconds,
            long maxGapSeconds,
            String label,
            String subdistrictId,
            String gridId,
            PassWeather weather) {
        this(
                capability,
                requiredSkills,
                startLocation,
                endLocation,
                eitherDirection,
                lengthMetres,
                serviceSeconds,
                volumeM3,
                earliestStart,
                latestStart,
                allowedWindows,
                slaDeadline,
                priorityWeight,
                groupId,
                minGapSeconds,
                maxGapSeconds,
                label,
                subdistrictId,
                gridId,
                weather,
                null);
    }

    /** A task the weather does not shape. */
    public TaskProblem(
            Capability capability,
            Set<String> requiredSkills,
            int startLocation,
            int endLocation,
            boolean eitherDirection,
            double lengthMetres,
            long serviceSeconds,
            double volumeM3,
            long earliestStart,
            long latestStart,
            List<TimeInterval> allowedWindows,
            long slaDeadline,
            int priorityWeight,
            String groupId,
            long minGapSeconds,
            long maxGapSeconds,
            String label,
            String subdistrictId,
            String gridId) {
        this(
                capability,
                requiredSkills,
                startLocation,
                endLocation,
                eitherDirection,
                lengthMetres,
                serviceSeconds,
                volumeM3,
                earliestStart,
                latestStart,
                allowedWindows,
                slaDeadline,
                priorityWeight,
                groupId,
                minGapSeconds,
                maxGapSeconds,
                label,
                subdistrictId,
                gridId,
                null);
    }

    public TaskProblem {
        requiredSkills = Set.copyOf(requiredSkills);
        allowedWindows = List.copyOf(allowedWindows);
    }

    /**
     * Whether doing the task puts water on the street: a street pass, unless the weather made it a dry one or it is
     * snow work (a plough's blade and a spreader's salt use none).
     */
    public boolean usesWater() {
        return lengthMetres > 0 && snow == null && (weather == null || !weather.isDry());
    }

    /** Salt or de-icer the task spreads; 0 for all but de-icing passes. */
    public double saltKg() {
        return snow == null ? 0.0 : snow.saltKg();
    }

    /** Whether the weather defers the street to its next due day, so that no route should take it today. */
    public boolean deferredByWeather() {
        return weather != null && weather.isDeferred();
    }

    /** Whether water would go on the street in an hour the forecast bans it, working from {@code start} to {@code end}. */
    public boolean wetDuringBan(long start, long end) {
        return weather != null && lengthMetres > 0 && weather.wetDuringBan(start, end);
    }

    /** The same task with a hard latest start, as benchmark instances' due dates need. */
    public TaskProblem withLatestStart(long newLatestStart) {
        return new TaskProblem(
                capability,
                requiredSkills,
                startLocation,
                endLocation,
                eitherDirection,
                lengthMetres,
                serviceSeconds,
                volumeM3,
                earliestStart,
                newLatestStart,
                allowedWindows,
                slaDeadline,
                priorityWeight,
                groupId,
                minGapSeconds,
                maxGapSeconds,
                label,
                subdistrictId,
                gridId,
                weather,
                snow);
    }
}
