package city.sanitation.app.crew;

import city.sanitation.dataset.SanitationDataset;
import city.sanitation.planning.report.PlanReport.StopReport;
import city.sanitation.road.RoadNetwork;
import city.sanitation.road.RoadSegment;
import city.sanitation.task.WashingRequirement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The street passes of a district's data as the crews drive them: the junctions each pass runs between, its length and
 * the cross streets at its ends. Read once per data version and kept, as crews' phones ask all day.
 */
final class DrivenPasses implements Function<StopReport, RouteBlocks.Pass> {

    /** A pass's task id is its washing requirement's id with the pass number, and "-r" for the street's other side. */
    private static final Pattern PASS_SUFFIX = Pattern.compile("-p\\d+(-r)?$");

    private final RoadNetwork network;
    private final Map<String, WashingRequirement> requirements = new HashMap<>();
    private final Map<Long, TreeSet<String>> namesAtNode = new HashMap<>();

    DrivenPasses(SanitationDataset dataset) {
        this.network = dataset.roadNetwork();
        dataset.washingRequirements().forEach(requirement -> requirements.put(requirement.id(), requirement));
        for (RoadSegment segment : network.segments()) {
            if (!segment.name().isBlank()) {
                namesAtNode
                        .computeIfAbsent(segment.fromNode(), node -> new TreeSet<>())
                        .add(segment.name());
                namesAtNode
                        .computeIfAbsent(segment.toNode(), node -> new TreeSet<>())
                        .add(segment.name());
            }
        }
    }

    @Override
    public RouteBlocks.Pass apply(StopReport stop) {
        String taskId = stop.taskId();
        WashingRequirement requirement =
                requirements.get(PASS_SUFFIX.matcher(taskId).replaceFirst(""));
        if (requirement == null) {
            return null;
        }
        Optional<RoadSegment> segment = network.findSegment(requirement.segmentId());
        if (taskId.endsWith("-r")) {
            segment = segment.flatMap(network::reverseOf);
        }
        if (segment.isEmpty()) {
            return null;
        }
        RoadSegment driven = segment.get();
        boolean reversed = "reverse".equals(stop.direction());
        long from = reversed ? driven.toNode() : driven.fromNode();
        long to = reversed ? driven.fromNode() : driven.toNode();
        return new RouteBlocks.Pass(
                from, to, driven.lengthMetres(), crossStreet(from, driven.name()), crossStreet(to, driven.name()));
    }

    /** A street meeting this one at the junction, the same one whichever pass asks; null at a dead end. */
    private String crossStreet(long node, String street) {
        List<String> others = namesAtNode.getOrDefault(node, new TreeSet<>()).stream()
                .filter(name -> !name.equals(street))
                .toList();
        return others.isEmpty() ? null : others.get(0);
    }
}
