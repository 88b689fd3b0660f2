package city.sanitation.planning.build;

import city.sanitation.dataset.LoadedDataset;
import city.sanitation.dataset.PlacedKind;
import city.sanitation.dataset.SanitationDataset;
import city.sanitation.dataset.TaskPlacement;
import city.sanitation.fleet.Capability;
import city.sanitation.planning.domain.PassWeather;
import city.sanitation.planning.domain.Task;
import city.sanitation.planning.domain.TaskKind;
import city.sanitation.planning.domain.TaskProblem;
import city.sanitation.planning.domain.TimeInterval;
import city.sanitation.road.RoadClass;
import city.sanitation.road.RoadNetwork;
import city.sanitation.road.RoadSegment;
import city.sanitation.task.BlindSpotReport;
import city.sanitation.task.DailyWindow;
import city.sanitation.task.FlagshipToilet;
import city.sanitation.task.PassDirection;
import city.sanitation.task.WashingRequirement;
import city.sanitation.task.WashingWindowRule;
import city.sanitation.weather.WeatherRules;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Turns the dataset's work into tasks: the street passes due today, the open blind spots, today's toilet rounds. */
final class TaskFactory {

    /** Base time at a blind spot plus time per cubic metre loaded: the work grows with the pile. */
    static final long CLEANUP_BASE_SECONDS = 300;

    static final long CLEANUP_SECONDS_PER_M3 = 480;

    private final LoadedDataset loaded;
    private final SanitationDataset dataset;
    private final PlanningClock clock;
    private final WindowCalendar calendar;
    private final ServedPlaces places;
    private final WeatherPasses weather;

    TaskFactory(LoadedDataset loaded, PlanningClock clock, ServedPlaces places) {
        this.loaded = loaded;
        this.places = places;
        this.dataset = loaded.dataset();
        this.clock = clock;
        this.calendar = new WindowCalendar(clock);
        this.weather = new WeatherPasses(dataset, clock);
    }

    /** Whether the capability's work needs water (snow work does not: blades and salt). */
    static boolean usesWater(Capability capability) {
        return capability == Capability.WASHING
                || capability == Capability.SPRINKLING
                || capability == Capability.SWEEPING;
    }

    List<Task> tasks() {
        List<Task> tasks = new ArrayList<>();
        tasks.addAll(streetPasses());
        tasks.addAll(cleanups());
        tasks.addAll(toiletRounds());
        tasks.addAll(new SnowPasses(loaded, clock).tasks());
        return tasks;
    }

    static boolean isDue(WashingRequirement requirement, LocalDate day) {
        return requirement.lastDone() == null
                || !requirement
                        .lastDone()
                        .plusDays(requirement.frequency().intervalDays())
                        .isAfter(day);
    }

    private List<Task> streetPasses() {
        Map<RoadClass, List<TimeInterval>> windows = new EnumMap<>(RoadClass.class);
        for (RoadClass roadClass : RoadClass.values()) {
            List<DailyWindow> allowed = new ArrayList<>();
            List<DailyWindow> forbidden = new ArrayList<>();
            for (WashingWindowRule rule : dataset.washingWindowRules()) {
                if (rule.roadClass() == roadClass) {
                    allowed.addAll(rule.allowed());
                    forbidden.addAll(rule.forbidden());
                }
            }
            windows.put(roadClass, calendar.intervals(allowed, forbidden));
        }
        RoadNetwork network = dataset.roadNetwork();
        LocalDate day = dataset.horizon().planningDay();
        List<Task> passes = new ArrayList<>();
        for (WashingRequirement requirement : dataset.washingRequirements()) {
            if (!isDue(requirement, day)) {
                continue;
            }
            TaskPlacement placement =
                    loaded.placements(PlacedKind.WASHING_REQUIREMENT).get(requirement.id());
            for (StreetPasses.Pass pass : StreetPasses.of(requirement, network)) {
                passes.add(
                        pass(pass.taskId(), requirement, pass.segment(), pass.eitherDirection(), windows, placement));
            }
        }
        passes.addAll(alertSprinklingPasses());
        return passes;
    }

    /**
     * On a day with a dust, heat or air-quality alert, each street of the alert's road classes gets extra sprinkling
     * passes while the alert lasts, due or not: the rush-hour bans still hold, the night-only rule of main roads does
     * not (sprinkling cools and settles the dust in the day).
     */
    private List<Task> alertSprinklingPasses() {
        WeatherRules rules = weather.rules();
        if (rules.alertSprinklingPasses() == 0) {
            return List.of();
        }
        Map<RoadClass, List<TimeInterval>> windows = new EnumMap<>(RoadClass.class);
        for (RoadClass roadClass : rules.alertSprinklingRoadClasses()) {
            List<DailyWindow> forbidden = new ArrayList<>();
            for (WashingWindowRule rule : dataset.washingWindowRules()) {
                if (rule.roadClass() == roadClass) {
                    forbidden.addAll(rule.forbidden());
                }
            }
            windows.put(roadClass, weather.alertSprinklingWindows(calendar.intervals(List.of(), forbidden)));
        }
        if (windows.values().stream().allMatch(List::isEmpty)) {
            return List.of();
        }
        PassWeather why = weather.alertSprinkling();
        RoadNetwork network = dataset.roadNetwork();
        Set<String> segments = new HashSet<>();
        List<Task> passes = new ArrayList<>();
        for (WashingRequirement requirement : dataset.washingRequirements()) {
            RoadSegment segment = network.findSegment(requirement.segmentId()).orElse(null);
            if (segment == null
                    || !windows.containsKey(segment.roadClass())
                    || windows.get(segment.roadClass()).isEmpty()
                    || !segments.add(segment.id())) {
                continue;
            }
            TaskPlacement placement =
                    loaded.placements(PlacedKind.WASHING_REQUIREMENT).get(requirement.id());
            Optional<RoadSegment> reverse = segment.oneWay() ? Optional.empty() : network.reverseOf(segment);
            boolean bothSides = requirement.direction() == PassDirection.BOTH_SIDES && reverse.isPresent();
            boolean either = requirement.direction() == PassDirection.EITHER && reverse.isPresent();
            for (int extra = 1; extra <= rules.alertSprinklingPasses(); extra++) {
                String id = requirement.id() + "-alert" + extra;
                List<TimeInterval> alertWindows = windows.get(segment.roadClass());
                passes.add(alertPass(id, requirement, segment, either, alertWindows, placement, why));
                if (bothSides) {
                    passes.add(alertPass(id + "-r", requirement, reverse.get(), false, alertWindows, placement, why));
                }
            }
        }
        return passes;
    }

    private Task alertPass(
            String id,
            WashingRequirement requirement,
            RoadSegment segment,
            boolean either,
            List<TimeInterval> windows,
            TaskPlacement placement,
            PassWeather why) {
        RoadNetwork network = dataset.roadNetwork();
        String street = segment.name().isBlank() ? segment.id() : segment.name();
        return new Task(
                id,
                TaskKind.STREET_PASS,
                TaskProblem.builder()
                        .capability(Capability.SPRINKLING)
                        .startLocation(network.nodeIndex(segment.fromNode()))
                        .endLocation(network.nodeIndex(segment.toNode()))
                        .eitherDirection(either)
                        .lengthMetres(segment.lengthMetres())
                        .allowedWindows(windows)
                        .priorityWeight(passWeight(segment.roadClass()))
                        .groupId(requirement.id())
                        .label(street)
                        .subdistrictId(placement == null ? null : placement.subdistrictId())
                        .gridId(placement == null ? null : placement.gridId())
                        .weather(why)
                        .build());
    }

    private Task pass(
            String id,
            WashingRequirement requirement,
            RoadSegment segment,
            boolean either,
            Map<RoadClass, List<TimeInterval>> windows,
            TaskPlacement placement) {
        RoadNetwork network = dataset.roadNetwork();
        String street = segment.name().isBlank() ? segment.id() : segment.name();
        WeatherPasses.Shaped shaped =
                weather.shape(requirement.capability(), windows.get(segment.roadClass()), segment.lengthMetres());
        return new Task(
                id,
                TaskKind.STREET_PASS,
                TaskProblem.builder()
                        .capability(shaped.capability())
                        .startLocation(network.nodeIndex(segment.fromNode()))
                        .endLocation(network.nodeIndex(segment.toNode()))
                        .eitherDirection(either)
                        .lengthMetres(segment.lengthMetres())
                        .volumeM3(shaped.volumeM3())
                        .allowedWindows(shaped.windows())
                        .priorityWeight(passWeight(segment.roadClass()))
                        .groupId(requirement.id())
                        .label(street)
                        .subdistrictId(placement == null ? null : placement.subdistrictId())
                        .gridId(placement == null ? null : placement.gridId())
                        .weather(shaped.weather())
                        .build());
    }

    /** Main roads matter most when not everything fits: they are the city's face and the most travelled. */
    static int passWeight(RoadClass roadClass) {
        return switch (roadClass) {
            case MAIN -> 4;
            case SECONDARY -> 3;
            case BRANCH -> 2;
            case ALLEY -> 1;
        };
    }

    private List<Task> cleanups() {
        List<Task> cleanups = new ArrayList<>();
        for (BlindSpotReport report : dataset.blindSpots()) {
            TaskPlacement placement = loaded.placement(PlacedKind.BLIND_SPOT, report.id());
            long service = CLEANUP_BASE_SECONDS + Math.round(CLEANUP_SECONDS_PER_M3 * report.volumeM3());
            String street = placement.snappedSegment().name();
            String label = report.description().isBlank()
                    ? report.category()
                                    .name()
                                    .toLowerCase(java.util.Locale.ROOT)
                                    .replace('_', ' ') + " at " + street
                    : report.description();
            cleanups.add(new Task(
                    report.id(),
                    TaskKind.BLIND_SPOT,
                    TaskProblem.builder()
                            .capability(Capability.GARBAGE_PICKUP)
                            .requiredSkills(report.equipment())
                            .startLocation(places.locationOf(placement))
                            .endLocation(places.locationOf(placement))
                            .serviceSeconds(service)
                            .volumeM3(report.volumeM3())
                            .earliestStart(Math.max(0, clock.toClock(report.reportedAt())))
                            .slaDeadline(clock.toClock(report.deadline()))
                            .priorityWeight(report.priority().weight())
                            .groupId(report.id())
                            .label(label)
                            .subdistrictId(placement.subdistrictId())
                            .gridId(placement.gridId())
                            .build()));
        }
        return cleanups;
    }

    private List<Task> toiletRounds() {
        List<Task> rounds = new ArrayList<>();
        LocalDate day = dataset.horizon().planningDay();
        for (FlagshipToilet toilet : dataset.toilets()) {
            TaskPlacement placement = loaded.placement(PlacedKind.TOILET, toilet.id());
            long open = Math.max(0, clock.at(day, toilet.opensAt()));
            long close = toilet.opensAt().equals(toilet.closesAt())
                    ? clock.at(day.plusDays(1), toilet.closesAt())
                    : toilet.closesAt().isBefore(toilet.opensAt())
                            ? clock.at(day.plusDays(1), toilet.closesAt())
                            : clock.at(day, toilet.closesAt());
            close = Math.min(close, clock.end());
            if (close <= open) {
                continue;
            }
            TimeInterval opening = new TimeInterval(open, close);
            // Round k is cleaned before round k + 1; spreading their earliest starts over the opening hours gives the
            // construction that order and keeps rounds renumbered in time order feasible.
            long spacing = (close - open) / (toilet.roundsPerDay() + 1);
            for (int round = 0; round < toilet.roundsPerDay(); round++) {
                rounds.add(new Task(
                        toilet.id() + "-round-" + (round + 1),
                        TaskKind.TOILET_ROUND,
                        TaskProblem.builder()
                                .capability(Capability.TOILET_CLEANING)
                                .startLocation(places.locationOf(placement))
                                .endLocation(places.locationOf(placement))
                                .serviceSeconds(toilet.roundDuration().getSeconds())
                                .earliestStart(open + round * spacing)
                                .allowedWindows(List.of(opening))
                                .priorityWeight(3)
                                .groupId(toilet.id())
                                .minGapSeconds(toilet.minGap().getSeconds())
                                .maxGapSeconds(toilet.maxGap().getSeconds())
                                .label(toilet.name())
                                .subdistrictId(placement.subdistrictId())
                                .gridId(placement.gridId())
                                .build(),
                        round + 1));
            }
        }
        return rounds;
    }
}
