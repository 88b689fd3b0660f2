package city.sanitation.dataset.json;

import city.sanitation.fleet.BreakRule;
import city.sanitation.fleet.Capability;
import city.sanitation.fleet.Shift;
import city.sanitation.fleet.Vehicle;
import city.sanitation.fleet.VehicleType;
import city.sanitation.road.RoadClass;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/** The {@code fleet} member of a dataset: vehicle types and vehicles. */
public final class FleetJson {

    private FleetJson() {}

    public static ObjectNode write(VehicleType type) {
        ObjectNode json = JsonNodeFactory.instance.objectNode();
        json.put("id", type.id());
        json.put("name", type.name());
        ArrayNode capabilities = json.putArray("capabilities");
        new TreeSet<>(type.capabilities()).forEach(capability -> capabilities.add(JsonEnums.jsonName(capability)));
        json.put("tankCapacityM3", type.tankCapacityM3());
        json.put("bodyCapacityM3", type.bodyCapacityM3());
        json.put("washingSpeedKmh", type.washingSpeedKmh());
        ObjectNode speeds = json.putObject("drivingSpeedKmh");
        for (RoadClass roadClass : RoadClass.values()) {
            Double speed = type.drivingSpeedKmh().get(roadClass);
            if (speed != null) {
                speeds.put(roadClass.jsonName(), speed);
            }
        }
        json.put("waterUseLitresPerMetre", type.waterUseLitresPerMetre());
        json.put("costPerKm", type.costPerKm());
        json.put("costPerHour", type.costPerHour());
        if (type.hopperCapacityM3() > 0) {
            json.put("hopperCapacityM3", type.hopperCapacityM3());
        }
        if (type.saltCapacityKg() != 0) {
            json.put("saltCapacityKg", type.saltCapacityKg());
        }
        return json;
    }

    public static VehicleType readVehicleType(TrackedNode json) {
        json.requireObject();
        TrackedNode hopper = json.field("hopperCapacityM3");
        TrackedNode salt = json.field("saltCapacityKg");
        return VehicleType.builder()
                .id(json.field("id").text())
                .name(json.field("name").text())
                .capabilities(json.field("capabilities").enumSet(Capability.class))
                .tankCapacityM3(json.field("tankCapacityM3").number())
                .bodyCapacityM3(json.field("bodyCapacityM3").number())
                .washingSpeedKmh(json.field("washingSpeedKmh").number())
                .drivingSpeedKmh(drivingSpeeds(json.field("drivingSpeedKmh").requireObject()))
                .waterUseLitresPerMetre(json.field("waterUseLitresPerMetre").number())
                .costPerKm(json.field("costPerKm").number())
                .costPerHour(json.field("costPerHour").number())
                .hopperCapacityM3(hopper.isPresent() ? hopper.number() : 0.0)
                .saltCapacityKg(salt.isPresent() ? salt.number() : 0.0)
                .build();
    }

    private static Map<RoadClass, Double> drivingSpeeds(TrackedNode json) {
        Map<RoadClass, Double> speeds = new EnumMap<>(RoadClass.class);
        for (Iterator<String> names = json.node().fieldNames(); names.hasNext(); ) {
            String name = names.next();
            TrackedNode speed = json.field(name);
            RoadClass roadClass = JsonEnums.parseOrNull(RoadClass.class, name);
            if (roadClass == null) {
                throw new MappingProblem(
                        speed.pointer(),
                        "The road class (" + name + ") is not one of "
                                + String.join(", ", JsonEnums.jsonNames(RoadClass.class)) + ".");
            }
            speeds.put(roadClass, speed.number());
        }
        return speeds;
    }

    public static ObjectNode write(Vehicle vehicle) {
        ObjectNode json = JsonNodeFactory.instance.objectNode();
        json.put("id", vehicle.id());
        json.put("name", vehicle.name());
        json.put("typeId", vehicle.typeId());
        json.put("depotId", vehicle.depotId());
        ObjectNode shift = json.putObject("shift");
        shift.put("start", vehicle.shift().start().toString());
        shift.put("end", vehicle.shift().end().toString());
        shift.put("hardEnd", vehicle.shift().hardEnd().toString());
        if (vehicle.shift().latestStart() != null) {
            shift.put("latestStart", vehicle.shift().latestStart().toString());
        }
        ArrayNode breaks = json.putArray("breaks");
        for (BreakRule rule : vehicle.breaks()) {
            ObjectNode breakJson = breaks.addObject();
            breakJson.put("earliestStart", rule.earliestStart().toString());
            breakJson.put("latestEnd", rule.latestEnd().toString());
            breakJson.put(
                    "durationMinutes", Minutes.of(rule.duration(), "break duration", "vehicle (" + vehicle.id() + ")"));
        }
        json.set("skills", FeatureJson.sortedTexts(vehicle.skills()));
        if (!vehicle.homeTerritories().isEmpty()) {
            ArrayNode home = json.putArray("homeTerritories");
            vehicle.homeTerritories().forEach(home::add);
        }
        if (vehicle.homeTerritoriesStrict()) {
            json.put("homeTerritoriesStrict", true);
        }
        return json;
    }

    public static Vehicle readVehicle(TrackedNode json) {
        json.requireObject();
        TrackedNode shift = json.field("shift").requireObject();
        List<BreakRule> breaks = new ArrayList<>();
        for (TrackedNode rule : json.field("breaks").elements()) {
            rule.requireObject();
            breaks.add(new BreakRule(
                    rule.field("earliestStart").localDateTime(),
                    rule.field("latestEnd").localDateTime(),
                    rule.field("durationMinutes").minutes()));
        }
        return new Vehicle(
                json.field("id").text(),
                json.field("name").text(),
                json.field("typeId").text(),
                json.field("depotId").text(),
                new Shift(
                        shift.field("start").localDateTime(),
                        shift.field("end").localDateTime(),
                        shift.field("hardEnd").localDateTime(),
                        latestStart(shift.field("latestStart"))),
                breaks,
                json.field("skills").textSet(),
                List.copyOf(json.field("homeTerritories").textSet()),
                json.field("homeTerritoriesStrict").boolOr(false));
    }

    private static LocalDateTime latestStart(TrackedNode latestStart) {
        return latestStart.isPresent() ? latestStart.localDateTime() : null;
    }
}
