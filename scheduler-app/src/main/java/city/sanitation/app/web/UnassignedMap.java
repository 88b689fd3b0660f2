package city.sanitation.app.web;

import city.sanitation.app.district.DistrictData;
import city.sanitation.app.ledger.BlindSpot;
import city.sanitation.app.ledger.BlindSpotLedger;
import city.sanitation.app.ledger.BlindSpotStatus;
import city.sanitation.app.planning.PlanDocuments;
import city.sanitation.app.planning.PlanRepository;
import city.sanitation.app.planning.PlanVersion;
import city.sanitation.dataset.SanitationDataset;
import city.sanitation.dataset.json.GeoJson;
import city.sanitation.planning.report.PlanReport;
import city.sanitation.planning.report.PlanReport.UnassignedTask;
import city.sanitation.task.FlagshipToilet;
import city.sanitation.task.WashingRequirement;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.locationtech.jts.geom.Geometry;
import org.springframework.stereotype.Service;

/**
 * Where the tasks a plan version leaves undone are, so the board can highlight them: the street of a pass, the
 * place of a blind spot, the toilet of a round. The report names the tasks and their reasons; their places come
 * from the district's data and the blind-spot ledger.
 */
@Service
class UnassignedMap {

    private final ObjectMapper mapper = new ObjectMapper();
    private final PlanRepository plans;
    private final PlanDocuments documents;
    private final DistrictData data;
    private final BlindSpotLedger ledger;

    UnassignedMap(PlanRepository plans, PlanDocuments documents, DistrictData data, BlindSpotLedger ledger) {
        this.plans = plans;
        this.documents = documents;
        this.data = data;
        this.ledger = ledger;
    }

    String geoJson(long planId, int version) {
        String districtId = plans.plan(planId).districtId();
        PlanVersion stored = plans.version(planId, version);
        PlanReport report = documents.report(plans.document(stored.id(), "report"));
        ObjectNode collection = mapper.createObjectNode().put("type", "FeatureCollection");
        ArrayNode features = collection.putArray("features");
        if (report.unassigned().isEmpty()) {
            return write(collection);
        }
        Places places = new Places(data.current(districtId), districtId);
        for (UnassignedTask task : report.unassigned()) {
            places.of(task).ifPresent(geometry -> {
                ObjectNode feature = features.addObject().put("type", "Feature");
                feature.set("geometry", GeoJson.write(geometry));
                ObjectNode properties = feature.putObject("properties")
                        .put("taskId", task.taskId())
                        .put("taskKind", task.taskKind())
                        .put("label", task.label())
                        .put("subdistrictId", task.subdistrictId())
                        .put("reason", task.reason());
                // The reason as a code, for the page to word in the reader's language.
                if (task.code() != null) {
                    properties.put("code", task.code());
                    task.params().forEach(properties.putObject("params")::put);
                }
            });
        }
        return write(collection);
    }

    private String write(ObjectNode collection) {
        try {
            return mapper.writeValueAsString(collection);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Task ids follow the solver's naming: requirement "-p1" (and "-r" reversed), toilet "-round-2", report id. */
    private final class Places {

        private final SanitationDataset dataset;
        private final String districtId;
        private final Map<String, WashingRequirement> requirements;
        private final Map<String, FlagshipToilet> toilets;
        private Map<String, BlindSpot> blindSpots;

        Places(SanitationDataset dataset, String districtId) {
            this.dataset = dataset;
            this.districtId = districtId;
            this.requirements = dataset.washingRequirements().stream()
                    .collect(Collectors.toMap(WashingRequirement::id, Function.identity(), (a, b) -> a));
            this.toilets = dataset.toilets().stream()
                    .collect(Collectors.toMap(FlagshipToilet::id, Function.identity(), (a, b) -> a));
        }

        Optional<Geometry> of(UnassignedTask task) {
            String id = task.taskId();
            return switch (String.valueOf(task.taskKind())) {
                case "STREET_PASS" ->
                    Optional.ofNullable(
                                    requirements.get(id.replaceFirst("-r$", "").replaceFirst("-p\\d+$", "")))
                            .flatMap(requirement -> dataset.roadNetwork().findSegment(requirement.segmentId()))
                            .map(segment -> segment.geometry());
                case "TOILET_ROUND" ->
                    Optional.ofNullable(toilets.get(id.replaceFirst("-round-\\d+$", "")))
                            .map(FlagshipToilet::location);
                case "BLIND_SPOT" ->
                    Optional.ofNullable(blindSpots().get(id))
                            .map(spot -> GeoJson.WGS84.createPoint(
                                    new org.locationtech.jts.geom.Coordinate(spot.lon(), spot.lat())));
                default -> Optional.empty();
            };
        }

        private Map<String, BlindSpot> blindSpots() {
            if (blindSpots == null) {
                blindSpots = ledger.list(districtId, EnumSet.noneOf(BlindSpotStatus.class)).stream()
                        .collect(Collectors.toMap(BlindSpot::id, Function.identity(), (a, b) -> a));
            }
            return blindSpots;
        }
    }
}
