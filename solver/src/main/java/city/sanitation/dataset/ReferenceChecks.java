package city.sanitation.dataset;

import city.sanitation.dataset.json.Located;
import city.sanitation.dataset.json.ParsedDataset;
import city.sanitation.fleet.Vehicle;
import city.sanitation.road.RoadClass;
import city.sanitation.task.WashingRequirement;
import city.sanitation.task.WashingWindowRule;
import city.sanitation.territory.Territory;
import city.sanitation.territory.TerritoryKind;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Every id a dataset refers to exists and is of the right kind. References to elements that could not be read are
 * not reported again.
 */
final class ReferenceChecks {

    private static final int LISTED_CANDIDATES = 5;

    private final ParsedDataset parsed;
    private final ProblemCollector problems;

    private ReferenceChecks(ParsedDataset parsed, ProblemCollector problems) {
        this.parsed = parsed;
        this.problems = problems;
    }

    /**
     * @param segmentIds the ids of the network's segments, or null when the network is unknown (its OSM file could
     *     not be loaded), in which case references to segments are not checked
     */
    static void check(ParsedDataset parsed, Set<String> segmentIds, ProblemCollector problems) {
        ReferenceChecks checks = new ReferenceChecks(parsed, problems);
        checks.vehicles();
        checks.homeTerritories();
        if (segmentIds != null) {
            checks.requirements(segmentIds);
        }
        checks.territories();
        checks.windowRules();
    }

    private void vehicles() {
        Set<String> typeIds =
                ids(parsed.vehicleTypes().stream().map(type -> type.value().id()));
        Set<String> depotIds =
                ids(parsed.depots().stream().map(depot -> depot.value().id()));
        for (Located<Vehicle> located : parsed.vehicles()) {
            Vehicle vehicle = located.value();
            reference(located.at("/typeId"), vehicle.typeId(), typeIds, "vehicle type", "vehicle", vehicle.id());
            reference(located.at("/depotId"), vehicle.depotId(), depotIds, "depot", "vehicle", vehicle.id());
        }
    }

    private void homeTerritories() {
        Set<String> territoryIds = ids(
                parsed.territories().stream().map(territory -> territory.value().id()));
        for (Located<Vehicle> located : parsed.vehicles()) {
            Vehicle vehicle = located.value();
            for (int i = 0; i < vehicle.homeTerritories().size(); i++) {
                reference(
                        located.at("/homeTerritories/" + i),
                        vehicle.homeTerritories().get(i),
                        territoryIds,
                        "home territory",
                        "vehicle",
                        vehicle.id());
            }
            if (vehicle.homeTerritoriesStrict() && vehicle.homeTerritories().isEmpty()) {
                problems.add(
                        located.at("/homeTerritoriesStrict"),
                        "The vehicle (" + vehicle.id()
                                + ") keeps strictly to its home territories but has none, so it could do no work."
                                + "\nMaybe list its subdistricts or grids in \"homeTerritories\".");
            }
        }
    }

    private void requirements(Set<String> segmentIds) {
        for (Located<WashingRequirement> located : parsed.washingRequirements()) {
            WashingRequirement requirement = located.value();
            reference(
                    located.at("/segmentId"),
                    requirement.segmentId(),
                    segmentIds,
                    "segment",
                    "washing requirement",
                    requirement.id());
        }
    }

    private void territories() {
        Map<String, Territory> byId = new HashMap<>();
        parsed.territories().forEach(located -> byId.putIfAbsent(located.value().id(), located.value()));
        Set<String> subdistrictIds = ids(parsed.territories().stream()
                .map(Located::value)
                .filter(territory -> territory.kind() == TerritoryKind.SUBDISTRICT)
                .map(Territory::id));
        for (Located<Territory> located : parsed.territories()) {
            Territory territory = located.value();
            String parentPointer = located.at("/properties/parent");
            if (territory.kind() == TerritoryKind.SUBDISTRICT) {
                if (territory.parentId() != null) {
                    problems.add(
                            parentPointer,
                            "The subdistrict (" + territory.id() + ") must not have a parent (" + territory.parentId()
                                    + "); only grids have one.");
                }
            } else if (territory.parentId() == null) {
                problems.add(
                        parentPointer,
                        "The grid (" + territory.id()
                                + ") has no parent subdistrict.\nMaybe add \"parent\": \"<id>\".");
            } else if (byId.containsKey(territory.parentId())
                    && byId.get(territory.parentId()).kind() != TerritoryKind.SUBDISTRICT) {
                problems.add(
                        parentPointer,
                        "The parent (" + territory.parentId() + ") of grid (" + territory.id()
                                + ") is a grid, not a subdistrict.");
            } else {
                reference(parentPointer, territory.parentId(), subdistrictIds, "subdistrict", "grid", territory.id());
            }
        }
    }

    private void windowRules() {
        Map<RoadClass, String> firstRule = new EnumMap<>(RoadClass.class);
        for (Located<WashingWindowRule> located : parsed.washingWindowRules()) {
            RoadClass roadClass = located.value().roadClass();
            String first = firstRule.putIfAbsent(roadClass, located.pointer());
            if (first != null) {
                problems.add(
                        located.at("/roadClass"),
                        "The road class (" + roadClass.jsonName() + ") already has a window rule at " + first
                                + ".\nMaybe merge the two rules.");
            }
        }
    }

    private void reference(
            String pointer, String id, Set<String> known, String targetKind, String ownerKind, String ownerId) {
        if (known.contains(id) || parsed.unreadableIds().contains(id)) {
            return;
        }
        String hint = known.isEmpty()
                ? "\nMaybe add a " + targetKind + " with that id."
                : "\nMaybe it is one of (" + candidates(known) + ").";
        problems.add(
                pointer,
                "The " + targetKind + " (" + id + ") of " + ownerKind + " (" + ownerId + ") does not exist." + hint,
                "MISSING_REFERENCE",
                ProblemCollector.params("target", targetKind, "id", id, "owner", ownerKind, "item", ownerId));
    }

    private static String candidates(Collection<String> known) {
        TreeSet<String> sorted = new TreeSet<>(known);
        String listed = sorted.stream().limit(LISTED_CANDIDATES).collect(Collectors.joining(", "));
        return sorted.size() > LISTED_CANDIDATES ? listed + ", ..." : listed;
    }

    private static Set<String> ids(java.util.stream.Stream<String> ids) {
        return ids.collect(Collectors.toSet());
    }
}
