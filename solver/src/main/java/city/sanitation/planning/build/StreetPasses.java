package city.sanitation.planning.build;

import city.sanitation.road.RoadNetwork;
import city.sanitation.road.RoadSegment;
import city.sanitation.task.PassDirection;
import city.sanitation.task.WashFrequency;
import city.sanitation.task.WashingRequirement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The street passes one washing requirement asks for on a day it is due: its passes (twice for a twice-daily street),
 * each side of a two-sided street its own pass. Task ids are stable across days, so what a crew reported done can be
 * matched to the requirement afterwards.
 */
public final class StreetPasses {

    /** One pass: its task id, the segment driven, and whether it may be driven the other way instead. */
    record Pass(String taskId, RoadSegment segment, boolean eitherDirection) {}

    private StreetPasses() {}

    static List<Pass> of(WashingRequirement requirement, RoadNetwork network) {
        RoadSegment segment = network.findSegment(requirement.segmentId()).orElseThrow();
        Optional<RoadSegment> reverse = segment.oneWay() ? Optional.empty() : network.reverseOf(segment);
        int passCount = requirement.passes() * (requirement.frequency() == WashFrequency.TWICE_DAILY ? 2 : 1);
        boolean either = requirement.direction() == PassDirection.EITHER && reverse.isPresent();
        List<Pass> passes = new ArrayList<>();
        for (int pass = 1; pass <= passCount; pass++) {
            String id = requirement.id() + "-p" + pass;
            passes.add(new Pass(id, segment, either));
            if (requirement.direction() == PassDirection.BOTH_SIDES && reverse.isPresent()) {
                passes.add(new Pass(id + "-r", reverse.get(), false));
            }
        }
        return passes;
    }

    /**
     * The segment each pass of the requirements drives when it goes forward, by task id: what a stored plan's street
     * pass is, read back from its data. A requirement whose segment is not in the network has none.
     */
    public static Map<String, RoadSegment> segmentsByTaskId(
            List<WashingRequirement> requirements, RoadNetwork network) {
        Map<String, RoadSegment> segments = new HashMap<>();
        for (WashingRequirement requirement : requirements) {
            if (network.findSegment(requirement.segmentId()).isPresent()) {
                of(requirement, network).forEach(pass -> segments.put(pass.taskId(), pass.segment()));
            }
        }
        return segments;
    }

    /** The task ids of the requirement's passes on a day it is due. */
    public static List<String> taskIds(WashingRequirement requirement, RoadNetwork network) {
        return of(requirement, network).stream().map(Pass::taskId).toList();
    }
}
