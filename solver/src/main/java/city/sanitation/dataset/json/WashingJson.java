package city.sanitation.dataset.json;

import city.sanitation.fleet.Capability;
import city.sanitation.road.RoadClass;
import city.sanitation.task.DailyWindow;
import city.sanitation.task.PassDirection;
import city.sanitation.task.WashFrequency;
import city.sanitation.task.WashingRequirement;
import city.sanitation.task.WashingWindowRule;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/** The {@code washing} member of a dataset: what streets need and when streets of each class may be washed. */
public final class WashingJson {

    private WashingJson() {}

    public static ObjectNode write(WashingRequirement requirement) {
        ObjectNode json = JsonNodeFactory.instance.objectNode();
        json.put("id", requirement.id());
        json.put("segmentId", requirement.segmentId());
        json.put("direction", JsonEnums.jsonName(requirement.direction()));
        json.put("passes", requirement.passes());
        json.put("frequency", JsonEnums.jsonName(requirement.frequency()));
        json.put("capability", JsonEnums.jsonName(requirement.capability()));
        if (requirement.lastDone() != null) {
            json.put("lastDone", requirement.lastDone().toString());
        }
        return json;
    }

    public static WashingRequirement readRequirement(TrackedNode json) {
        json.requireObject();
        TrackedNode lastDone = json.field("lastDone");
        return new WashingRequirement(
                json.field("id").text(),
                json.field("segmentId").text(),
                json.field("direction").enumValue(PassDirection.class),
                json.field("passes").integer(),
                json.field("frequency").enumValue(WashFrequency.class),
                json.field("capability").enumValue(Capability.class),
                lastDone.isPresent() ? lastDone.localDate() : null);
    }

    public static ObjectNode write(WashingWindowRule rule) {
        ObjectNode json = JsonNodeFactory.instance.objectNode();
        json.put("roadClass", rule.roadClass().jsonName());
        json.set("allowed", windows(rule.allowed()));
        json.set("forbidden", windows(rule.forbidden()));
        return json;
    }

    public static WashingWindowRule readWindowRule(TrackedNode json) {
        json.requireObject();
        return new WashingWindowRule(
                json.field("roadClass").enumValue(RoadClass.class),
                windows(json.field("allowed")),
                windows(json.field("forbidden")));
    }

    private static ArrayNode windows(List<DailyWindow> windows) {
        ArrayNode array = JsonNodeFactory.instance.arrayNode();
        for (DailyWindow window : windows) {
            array.addObject()
                    .put("start", window.start().toString())
                    .put("end", window.end().toString());
        }
        return array;
    }

    private static List<DailyWindow> windows(TrackedNode array) {
        List<DailyWindow> windows = new ArrayList<>();
        for (TrackedNode window : array.elements()) {
            window.requireObject();
            windows.add(new DailyWindow(
                    window.field("start").localTime(), window.field("end").localTime()));
        }
        return windows;
    }
}
