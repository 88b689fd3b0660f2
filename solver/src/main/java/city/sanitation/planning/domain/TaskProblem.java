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

    /** A task at location 0 without skills, windows, deadlines, weather or snow until its components are set. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder that starts from this task, so that a copy with one component changed keeps all the others. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** Builds a task through its canonical constructor, whose checks and copies still apply. */
    public static final class Builder {
        private Capability capability;
        private Set<String> requiredSkills = Set.of();
        private int startLocation;
        private int endLocation;
        private boolean eitherDirection;
        private double lengthMetres;
        private long serviceSeconds;
        private double volumeM3;
        private long earliestStart;
        private long latestStart = Long.MAX_VALUE;
        private List<TimeInterval> allowedWindows = List.of();
        private long slaDeadline = Long.MAX_VALUE;
        private int priorityWeight;
        private String groupId;
        private long minGapSeconds;
        private long maxGapSeconds;
        private String label;
        private String subdistrictId;
        private String gridId;
        private PassWeather weather;
        private SnowWork snow;

        private Builder() {}

        private Builder(TaskProblem task) {
            this.capability = task.capability;
            this.requiredSkills = task.requiredSkills;
            this.startLocation = task.startLocation;
            this.endLocation = task.endLocation;
            this.eitherDirection = task.eitherDirection;
            this.lengthMetres = task.lengthMetres;
            this.serviceSeconds = task.serviceSeconds;
            this.volumeM3 = task.volumeM3;
            this.earliestStart = task.earliestStart;
            this.latestStart = task.latestStart;
            this.allowedWindows = task.allowedWindows;
            this.slaDeadline = task.slaDeadline;
            this.priorityWeight = task.priorityWeight;
            this.groupId = task.groupId;
            this.minGapSeconds = task.minGapSeconds;
            this.maxGapSeconds = task.maxGapSeconds;
            this.label = task.label;
            this.subdistrictId = task.subdistrictId;
            this.gridId = task.gridId;
            this.weather = task.weather;
            this.snow = task.snow;
        }

        public Builder capability(Capability capability) {
            this.capability = capability;
            return this;
        }

        public Builder requiredSkills(Set<String> requiredSkills) {
            this.requiredSkills = requiredSkills;
            return this;
        }

        public Builder startLocation(int startLocation) {
            this.startLocation = startLocation;
            return this;
        }

        public Builder endLocation(int endLocation) {
            this.endLocation = endLocation;
            return this;
        }

        public Builder eitherDirection(boolean eitherDirection) {
            this.eitherDirection = eitherDirection;
            return this;
        }

        public Builder lengthMetres(double lengthMetres) {
            this.lengthMetres = lengthMetres;
            return this;
        }

        public Builder serviceSeconds(long serviceSeconds) {
            this.serviceSeconds = serviceSeconds;
            return this;
        }

        public Builder volumeM3(double volumeM3) {
            this.volumeM3 = volumeM3;
            return this;
        }

        public Builder earliestStart(long earliestStart) {
            this.earliestStart = earliestStart;
            return this;
        }

        public Builder latestStart(long latestStart) {
            this.latestStart = latestStart;
            return this;
        }

        public Builder allowedWindows(List<TimeInterval> allowedWindows) {
            this.allowedWindows = allowedWindows;
            return this;
        }

        public Builder slaDeadline(long slaDeadline) {
            this.slaDeadline = slaDeadline;
            return this;
        }

        public Builder priorityWeight(int priorityWeight) {
            this.priorityWeight = priorityWeight;
            return this;
        }

        public Builder groupId(String groupId) {
            this.groupId = groupId;
            return this;
        }

        public Builder minGapSeconds(long minGapSeconds) {
            this.minGapSeconds = minGapSeconds;
            return this;
        }

        public Builder maxGapSeconds(long maxGapSeconds) {
            this.maxGapSeconds = maxGapSeconds;
            return this;
        }

        public Builder label(String label) {
            this.label = label;
            return this;
        }

        public Builder subdistrictId(String subdistrictId) {
            this.subdistrictId = subdistrictId;
            return this;
        }

        public Builder gridId(String gridId) {
            this.gridId = gridId;
            return this;
        }

        public Builder weather(PassWeather weather) {
            this.weather = weather;
            return this;
        }

        public Builder snow(SnowWork snow) {
            this.snow = snow;
            return this;
        }

        public TaskProblem build() {
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
                    snow);
        }
    }
}
