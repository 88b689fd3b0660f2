package city.sanitation.planning.build;

import city.sanitation.dataset.LoadedDataset;
import city.sanitation.dataset.PlacedKind;
import city.sanitation.dataset.SanitationDataset;
import city.sanitation.dataset.TaskPlacement;
import city.sanitation.fleet.Capability;
import city.sanitation.planning.domain.SnowWork;
import city.sanitation.planning.domain.Task;
import city.sanitation.planning.domain.TaskKind;
import city.sanitation.planning.domain.TaskProblem;
import city.sanitation.planning.domain.TimeInterval;
import city.sanitation.road.RoadClass;
import city.sanitation.road.RoadNetwork;
import city.sanitation.road.RoadSegment;
import city.sanitation.task.WashingRequirement;
import city.sanitation.territory.Territory;
import city.sanitation.territory.TerritoryIndex;
import city.sanitation.weather.SnowEvent;
import city.sanitation.weather.SnowEvents;
import city.sanitation.weather.SnowRules;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.linearref.LengthIndexedLine;

/**
 * The snow work of the day: after snow at least {@code snow.minDepthCm} deep, every street segment of a class the
 * district clears gets a ploughing pass per lane of its direction, then (for the de-iced classes) one de-icing pass,
 * each due {@code clearWithinHours} of its class after the snow stops. They are street passes like any other: the
 * search plans them with no special case.
 *
 * <p>Ploughing may begin as soon as snow lies (the event's start: crews plough while it falls, as they do on main
 * roads); de-icing only once the snow has stopped, so that salt is not spread on snow still falling and ploughed off
 * with it. Several events of the day are one clearing: from the first one's start, due after the last one's end.
 *
 * <p>A district whose fleet has no plough (or no spreader) clears its snow another way (by hand, by contractors): it
 * gets no ploughing (or de-icing) passes, rather than one undone task per lane of its whole network.
 */
final class SnowPasses {

    private final LoadedDataset loaded;
    private final SanitationDataset dataset;
    private final PlanningClock clock;

    SnowPasses(LoadedDataset loaded, PlanningClock clock) {
        this.loaded = loaded;
        this.dataset = loaded.dataset();
        this.clock = clock;
    }

    /** The day's snow, from the first event deep enough to start to the last one's end; null when there is none. */
    static SnowEvent clearing(List<SnowEvent> events, SnowRules rules, LocalDateTime horizonEnd) {
        LocalDateTime start = null;
        LocalDateTime end = null;
        double depth = 0;
        for (SnowEvent event : events) {
            if (event.depthCm() < rules.minDepthCm() || !event.start().isBefore(horizonEnd)) {
                continue;
            }
            start = start == null || event.start().isBefore(start) ? event.start() : start;
            end = end == null || event.end().isAfter(end) ? event.end() : end;
            depth += event.depthCm();
        }
        return start == null ? null : new SnowEvent(start, end, depth, "clearing");
    }

    /**
     * The lanes of a segment's direction: from its lane count, which counts the whole carriageway (as the OSM import
     * and the generator write it: half of it each way on a two-way street); else from its width; else by road class.
     * A lane count of 1 is the format's default, so it says nothing on its own.
     */
    static int lanesOf(RoadSegment segment) {
        return segment.lanesPerDirection();
    }

    List<Task> tasks() {
        SnowRules rules = dataset.weather().rules().snow();
        SnowEvent clearing = clearing(
                SnowEvents.of(dataset.weather()), rules, dataset.horizon().end());
        if (clearing == null) {
            return List.of();
        }
        long ploughFrom = Math.max(0, clock.toClock(clearing.start()));
        long deIceFrom = Math.max(0, clock.toClock(clearing.end()));
        long snowEnd = clock.toClock(clearing.end());
        Set<Capability> fleet = fleetCapabilities();
        boolean ploughs = fleet.contains(Capability.PLOUGHING);
        boolean spreads = fleet.contains(Capability.DE_ICING);
        if (!ploughs && !spreads) {
            return List.of();
        }
        Map<String, TaskPlacement> placements = placementsBySegment();
        TerritoryIndex territories = new TerritoryIndex(dataset.territories());
        RoadNetwork network = dataset.roadNetwork();
        List<Task> tasks = new ArrayList<>();
        for (RoadSegment segment : network.segments()) {
            RoadClass roadClass = segment.roadClass();
            if (!rules.clears(roadClass)) {
                continue;
            }
            long deadline = clock.toClock(
                    clearing.end().plusHours(rules.clearWithinHours().get(roadClass)));
            Place place = placeOf(segment, placements, territories);
            int lanes = lanesOf(segment);
            if (ploughs && ploughFrom < clock.end()) {
                SnowWork plough = new SnowWork(roadClass, deadline, 0.0, snowEnd);
                for (int lane = 1; lane <= lanes; lane++) {
                    tasks.add(pass(
                            SnowTaskId.plough(segment.id(), lane),
                            Capability.PLOUGHING,
                            segment,
                            ploughFrom,
                            plough,
                            place));
                }
            }
            if (spreads && rules.deIces(roadClass) && deIceFrom < clock.end()) {
                double salt = rules.saltKgPerLaneKm() * lanes * segment.lengthMetres() / 1000.0;
                SnowWork deIce = new SnowWork(roadClass, deadline, Math.round(salt * 10) / 10.0, snowEnd);
                tasks.add(pass(SnowTaskId.deIce(segment.id()), Capability.DE_ICING, segment, deIceFrom, deIce, place));
            }
        }
        return tasks;
    }

    private Task pass(String id, Capability capability, RoadSegment segment, long from, SnowWork snow, Place place) {
        RoadNetwork network = dataset.roadNetwork();
        String street = segment.name().isBlank() ? segment.id() : segment.name();
        return new Task(
                id,
                TaskKind.STREET_PASS,
                TaskProblem.builder()
                        .capability(capability)
                        .startLocation(network.nodeIndex(segment.fromNode()))
                        .endLocation(network.nodeIndex(segment.toNode()))
                        .lengthMetres(segment.lengthMetres())
                        .earliestStart(from)
                        .allowedWindows(List.of(new TimeInterval(from, clock.end())))
                        .priorityWeight(TaskFactory.passWeight(segment.roadClass()))
                        .groupId(segment.id())
                        .label(street)
                        .subdistrictId(place.subdistrictId())
                        .gridId(place.gridId())
                        .snow(snow)
                        .build());
    }

    /** What the district's vehicles can do between them. */
    private Set<Capability> fleetCapabilities() {
        Map<String, Set<Capability>> byType = new HashMap<>();
        dataset.vehicleTypes().forEach(type -> byType.put(type.id(), type.capabilities()));
        Set<Capability> capabilities = java.util.EnumSet.noneOf(Capability.class);
        dataset.vehicles().forEach(vehicle -> capabilities.addAll(byType.getOrDefault(vehicle.typeId(), Set.of())));
        return capabilities;
    }

    /** The subdistrict and grid of each washed segment, as its requirement was placed. */
    private Map<String, TaskPlacement> placementsBySegment() {
        Map<String, TaskPlacement> bySegment = new HashMap<>();
        Map<String, TaskPlacement> washing = loaded.placements(PlacedKind.WASHING_REQUIREMENT);
        for (WashingRequirement requirement : dataset.washingRequirements()) {
            TaskPlacement placement = washing.get(requirement.id());
            if (placement != null) {
                bySegment.putIfAbsent(requirement.segmentId(), placement);
            }
        }
        return bySegment;
    }

    /** Where a segment lies among the district's territories. */
    private record Place(String subdistrictId, String gridId) {}

    /** The subdistrict and grid of a segment: its requirement's, else where its middle lies. */
    private static Place placeOf(
            RoadSegment segment, Map<String, TaskPlacement> placements, TerritoryIndex territories) {
        TaskPlacement placement = placements.get(segment.id());
        if (placement != null) {
            return new Place(placement.subdistrictId(), placement.gridId());
        }
        Coordinate middle = new LengthIndexedLine(segment.geometry())
                .extractPoint(segment.geometry().getLength() / 2);
        return new Place(
                territories.subdistrictAt(middle.x, middle.y).map(Territory::id).orElse(null),
                territories.gridAt(middle.x, middle.y).map(Territory::id).orElse(null));
    }
}
