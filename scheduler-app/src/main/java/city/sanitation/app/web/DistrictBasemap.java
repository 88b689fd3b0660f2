package city.sanitation.app.web;

import city.sanitation.app.district.DistrictData;
import city.sanitation.app.district.DistrictRepository;
import city.sanitation.dataset.SanitationDataset;
import city.sanitation.dataset.json.GeoJson;
import city.sanitation.road.RoadSegment;
import city.sanitation.territory.Territory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.springframework.stereotype.Service;

/**
 * The district's own map, drawn without any tile server: its streets by road class, its subdistrict and grid
 * boundaries, and its depots, hydrants, transfer stations and salt depots, as one GeoJSON FeatureCollection. The newest data version
 * of each district is drawn once and kept, since a district's streets rarely change while dispatchers look at them
 * all day.
 */
@Service
class DistrictBasemap {

    private final ObjectMapper mapper = new ObjectMapper();
    private final DistrictRepository districts;
    private final DistrictData data;
    private final Map<String, Drawn> byDistrict = new ConcurrentHashMap<>();

    /** The map of one data version of a district; a newer version replaces it. */
    private record Drawn(long datasetVersionId, String geoJson) {}

    DistrictBasemap(DistrictRepository districts, DistrictData data) {
        this.districts = districts;
        this.data = data;
    }

    String geoJson(String districtId) {
        districts.get(districtId);
        long versionId = districts.currentVersionId(districtId);
        Drawn drawn = byDistrict.get(districtId);
        if (drawn == null || drawn.datasetVersionId() != versionId) {
            drawn = new Drawn(versionId, draw(data.current(districtId)));
            byDistrict.put(districtId, drawn);
        }
        return drawn.geoJson();
    }

    private String draw(SanitationDataset dataset) {
        ObjectNode collection = mapper.createObjectNode().put("type", "FeatureCollection");
        ArrayNode features = collection.putArray("features");
        Envelope extent = new Envelope();
        for (Territory territory : dataset.territories()) {
            extent.expandToInclude(territory.geometry().getEnvelopeInternal());
            ObjectNode properties = feature(features, territory.geometry())
                    .put("layer", territory.kind().name().toLowerCase(java.util.Locale.ROOT))
                    .put("id", territory.id())
                    .put("name", territory.name());
            if (territory.parentId() != null) {
                properties.put("parentId", territory.parentId());
            }
        }
        // A two-way street is two directed segments; the map draws the street once.
        Set<String> drawn = new HashSet<>();
        for (RoadSegment segment : dataset.roadNetwork().segments()) {
            String street = Math.min(segment.fromNode(), segment.toNode()) + "-"
                    + Math.max(segment.fromNode(), segment.toNode()) + "-" + segment.name();
            if (!drawn.add(street)) {
                continue;
            }
            extent.expandToInclude(segment.geometry().getEnvelopeInternal());
            feature(features, segment.geometry())
                    .put("layer", "street")
                    .put("roadClass", segment.roadClass().jsonName())
                    .put("name", segment.name())
                    .put("oneWay", segment.oneWay());
        }
        dataset.depots().forEach(depot -> facility(features, "depot", depot.id(), depot.name(), depot.location()));
        dataset.hydrants()
                .forEach(hydrant -> facility(features, "hydrant", hydrant.id(), hydrant.name(), hydrant.location()));
        dataset.transferStations()
                .forEach(station ->
                        facility(features, "transferStation", station.id(), station.name(), station.location()));
        dataset.saltDepots()
                .forEach(depot -> facility(features, "saltDepot", depot.id(), depot.name(), depot.location()));
        collection
                .putArray("bbox")
                .add(GeoJson.round(extent.getMinX()))
                .add(GeoJson.round(extent.getMinY()))
                .add(GeoJson.round(extent.getMaxX()))
                .add(GeoJson.round(extent.getMaxY()));
        collection.put("name", dataset.name());
        try {
            return mapper.writeValueAsString(collection);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void facility(ArrayNode features, String layer, String id, String name, Geometry location) {
        feature(features, location).put("layer", layer).put("id", id).put("name", name);
    }

    private ObjectNode feature(ArrayNode features, Geometry geometry) {
        ObjectNode feature = features.addObject().put("type", "Feature");
        feature.set("geometry", GeoJson.write(geometry));
        return feature.putObject("properties");
    }
}
