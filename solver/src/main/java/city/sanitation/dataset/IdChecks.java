package city.sanitation.dataset;

import city.sanitation.dataset.json.Located;
import city.sanitation.dataset.json.ParsedDataset;
import city.sanitation.fleet.Depot;
import city.sanitation.fleet.Hydrant;
import city.sanitation.fleet.SaltDepot;
import city.sanitation.fleet.TransferStation;
import city.sanitation.road.RoadSegment;
import city.sanitation.task.BlindSpotReport;
import city.sanitation.task.FlagshipToilet;
import city.sanitation.territory.Territory;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Every id is unique in its namespace: all features share one (a reference must never be ambiguous, whatever its
 * kind), and vehicle types, vehicles and washing requirements have one each.
 */
final class IdChecks {

    private IdChecks() {}

    static void check(ParsedDataset parsed, ProblemCollector problems) {
        List<Identified> features = new ArrayList<>();
        addAll(features, parsed.segments(), RoadSegment::id);
        addAll(features, parsed.territories(), Territory::id);
        addAll(features, parsed.depots(), Depot::id);
        addAll(features, parsed.hydrants(), Hydrant::id);
        addAll(features, parsed.transferStations(), TransferStation::id);
        addAll(features, parsed.blindSpots(), BlindSpotReport::id);
        addAll(features, parsed.toilets(), FlagshipToilet::id);
        addAll(features, parsed.saltDepots(), SaltDepot::id);
        features.sort(Comparator.comparingInt(identified -> featureIndex(identified.pointer())));
        reportDuplicates(features, "/properties/id", problems);

        List<Identified> vehicleTypes = new ArrayList<>();
        addAll(vehicleTypes, parsed.vehicleTypes(), type -> type.id());
        reportDuplicates(vehicleTypes, "/id", problems);
        List<Identified> vehicles = new ArrayList<>();
        addAll(vehicles, parsed.vehicles(), vehicle -> vehicle.id());
        reportDuplicates(vehicles, "/id", problems);
        List<Identified> requirements = new ArrayList<>();
        addAll(requirements, parsed.washingRequirements(), requirement -> requirement.id());
        reportDuplicates(requirements, "/id", problems);
    }

    private record Identified(String id, String pointer) {}

    private static <T> void addAll(List<Identified> into, List<Located<T>> elements, Function<T, String> id) {
        for (Located<T> element : elements) {
            into.add(new Identified(id.apply(element.value()), element.pointer()));
        }
    }

    private static void reportDuplicates(List<Identified> elements, String idField, ProblemCollector problems) {
        Map<String, String> firstPointerById = new HashMap<>();
        for (Identified element : elements) {
            String first = firstPointerById.putIfAbsent(element.id(), element.pointer());
            if (first != null) {
                problems.add(
                        element.pointer() + idField,
                        "The id (" + element.id() + ") is already used by " + first + ".\nMaybe give it another id.",
                        "DUPLICATE_ID",
                        ProblemCollector.params("id", element.id()));
            }
        }
    }

    private static int featureIndex(String pointer) {
        return Integer.parseInt(pointer.substring(pointer.lastIndexOf('/') + 1));
    }
}
