package city.sanitation.dataset.json;

import city.sanitation.fleet.Depot;
import city.sanitation.fleet.Hydrant;
import city.sanitation.fleet.SaltDepot;
import city.sanitation.fleet.TransferStation;
import city.sanitation.road.RoadClass;
import city.sanitation.road.RoadSegment;
import city.sanitation.task.BlindSpotCategory;
import city.sanitation.task.BlindSpotReport;
import city.sanitation.task.FlagshipToilet;
import city.sanitation.task.Priority;
import city.sanitation.task.ReportSource;
import city.sanitation.territory.Territory;
import city.sanitation.territory.TerritoryKind;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Set;
import java.util.TreeSet;
import org.locationtech.jts.geom.Geometry;

/** The GeoJSON features of a dataset, one pair of read/write methods per {@link FeatureKind}. */
public final class FeatureJson {

    private FeatureJson() {}

    public static FeatureKind kindOf(TrackedNode feature) {
        return feature.requireObject()
                .field("properties")
                .requireObject()
                .field("kind")
                .enumValue(FeatureKind.class);
    }

    // ---- segment

    public static ObjectNode write(RoadSegment segment) {
        ObjectNode properties = properties(FeatureKind.SEGMENT, segment.id());
        properties.put("from", segment.fromNode());
        properties.put("to", segment.toNode());
        properties.put("lengthM", segment.lengthMetres());
        properties.put("roadClass", JsonEnums.jsonName(segment.roadClass()));
        properties.put("name", segment.name());
        properties.put("oneWay", segment.oneWay());
        properties.put("lanes", segment.lanes());
        properties.put("widthM", segment.widthMetres());
        return feature(segment.geometry(), properties);
    }

    public static RoadSegment readSegment(TrackedNode feature) {
        TrackedNode properties = feature.field("properties");
        String id = properties.field("id").text();
        TrackedNode length = properties.field("lengthM");
        double lengthMetres = length.number();
        if (!(lengthMetres > 0)) {
            throw new MappingProblem(
                    length.pointer(), "The length (" + lengthMetres + ") of segment (" + id + ") must be positive.");
        }
        return new RoadSegment(
                id,
                properties.field("from").longInteger(),
                properties.field("to").longInteger(),
                GeoJson.readLineString(feature.field("geometry")),
                lengthMetres,
                properties.field("roadClass").enumValue(RoadClass.class),
                properties.field("name").textOr(""),
                properties.field("oneWay").bool(),
                properties.field("lanes").integerOr(1),
                properties.field("widthM").isPresent()
                        ? properties.field("widthM").number()
                        : 0.0);
    }

    // ---- subdistrict and grid

    public static ObjectNode write(Territory territory) {
        FeatureKind kind = territory.kind() == TerritoryKind.SUBDISTRICT ? FeatureKind.SUBDISTRICT : FeatureKind.GRID;
        ObjectNode properties = properties(kind, territory.id());
        properties.put("name", territory.name());
        if (territory.parentId() != null) {
            properties.put("parent", territory.parentId());
        }
        return feature(territory.geometry(), properties);
    }

    public static Territory readTerritory(TrackedNode feature, FeatureKind kind) {
        TrackedNode properties = feature.field("properties");
        return new Territory(
                properties.field("id").text(),
                kind == FeatureKind.SUBDISTRICT ? TerritoryKind.SUBDISTRICT : TerritoryKind.GRID,
                properties.field("name").text(),
                properties.field("parent").optionalText().orElse(null),
                GeoJson.readArea(feature.field("geometry")));
    }

    // ---- depot, hydrant, transfer station

    public static ObjectNode write(Depot depot) {
        ObjectNode properties = properties(FeatureKind.DEPOT, depot.id());
        properties.put("name", depot.name());
        return feature(depot.location(), properties);
    }

    public static Depot readDepot(TrackedNode feature) {
        TrackedNode properties = feature.field("properties");
        return new Depot(
                properties.field("id").text(),
                properties.field("name").text(),
                GeoJson.readPoint(feature.field("geometry")));
    }

    public static ObjectNode write(Hydrant hydrant) {
        ObjectNode properties = properties(FeatureKind.HYDRANT, hydrant.id());
        properties.put("name", hydrant.name());
        properties.put(
                "refillMinutes", Minutes.of(hydrant.refillTime(), "refill time", "hydrant (" + hydrant.id() + ")"));
        return feature(hydrant.location(), properties);
    }

    public static Hydrant readHydrant(TrackedNode feature) {
        TrackedNode properties = feature.field("properties");
        return new Hydrant(
                properties.field("id").text(),
                properties.field("name").text(),
                GeoJson.readPoint(feature.field("geometry")),
                properties.field("refillMinutes").minutes());
    }

    public static ObjectNode write(TransferStation station) {
        ObjectNode properties = properties(FeatureKind.TRANSFER_STATION, station.id());
        properties.put("name", station.name());
        properties.put(
                "dumpMinutes", Minutes.of(station.dumpTime(), "dump time", "transfer station (" + station.id() + ")"));
        return feature(station.location(), properties);
    }

    public static TransferStation readTransferStation(TrackedNode feature) {
        TrackedNode properties = feature.field("properties");
        return new TransferStation(
                properties.field("id").text(),
                properties.field("name").text(),
                GeoJson.readPoint(feature.field("geometry")),
                properties.field("dumpMinutes").minutes());
    }

    public static ObjectNode write(SaltDepot depot) {
        ObjectNode properties = properties(FeatureKind.SALT_DEPOT, depot.id());
        properties.put("name", depot.name());
        properties.put(
                "reloadMinutes", Minutes.of(depot.reloadTime(), "reload time", "salt depot (" + depot.id() + ")"));
        return feature(depot.location(), properties);
    }

    public static SaltDepot readSaltDepot(TrackedNode feature) {
        TrackedNode properties = feature.field("properties");
        return new SaltDepot(
                properties.field("id").text(),
                properties.field("name").text(),
                GeoJson.readPoint(feature.field("geometry")),
                properties.field("reloadMinutes").minutes());
    }

    // ---- blind spot

    public static ObjectNode write(BlindSpotReport report) {
        ObjectNode properties = properties(FeatureKind.BLIND_SPOT, report.id());
        properties.put("category", JsonEnums.jsonName(report.category()));
        properties.put("volumeM3", report.volumeM3());
        properties.put("priority", JsonEnums.jsonName(report.priority()));
        properties.put("reportedAt", report.reportedAt().toString());
        properties.put("deadline", report.deadline().toString());
        properties.set("equipment", sortedTexts(report.equipment()));
        properties.put("source", JsonEnums.jsonName(report.source()));
        properties.put("description", report.description());
        return feature(report.location(), properties);
    }

    public static BlindSpotReport readBlindSpot(TrackedNode feature) {
        TrackedNode properties = feature.field("properties");
        return new BlindSpotReport(
                properties.field("id").text(),
                GeoJson.readPoint(feature.field("geometry")),
                properties.field("category").enumValue(BlindSpotCategory.class),
                properties.field("volumeM3").number(),
                properties.field("priority").enumValue(Priority.class),
                properties.field("reportedAt").localDateTime(),
                properties.field("deadline").localDateTime(),
                properties.field("equipment").textSet(),
                properties.field("source").enumValue(ReportSource.class),
                properties.field("description").textOr(""));
    }

    // ---- toilet

    public static ObjectNode write(FlagshipToilet toilet) {
        ObjectNode properties = properties(FeatureKind.TOILET, toilet.id());
        String owner = "toilet (" + toilet.id() + ")";
        properties.put("name", toilet.name());
        properties.put("opensAt", toilet.opensAt().toString());
        properties.put("closesAt", toilet.closesAt().toString());
        properties.put("roundsPerDay", toilet.roundsPerDay());
        properties.put("minGapMinutes", Minutes.of(toilet.minGap(), "minimum gap", owner));
        properties.put("maxGapMinutes", Minutes.of(toilet.maxGap(), "maximum gap", owner));
        properties.put("roundMinutes", Minutes.of(toilet.roundDuration(), "round duration", owner));
        return feature(toilet.location(), properties);
    }

    public static FlagshipToilet readToilet(TrackedNode feature) {
        TrackedNode properties = feature.field("properties");
        return new FlagshipToilet(
                properties.field("id").text(),
                properties.field("name").text(),
                GeoJson.readPoint(feature.field("geometry")),
                properties.field("opensAt").localTime(),
                properties.field("closesAt").localTime(),
                properties.field("roundsPerDay").integer(),
                properties.field("minGapMinutes").minutes(),
                properties.field("maxGapMinutes").minutes(),
                properties.field("roundMinutes").minutes());
    }

    // ---- shared

    private static ObjectNode properties(FeatureKind kind, String id) {
        ObjectNode properties = JsonNodeFactory.instance.objectNode();
        properties.put("kind", kind.jsonName());
        properties.put("id", id);
        return properties;
    }

    private static ObjectNode feature(Geometry geometry, ObjectNode properties) {
        ObjectNode feature = JsonNodeFactory.instance.objectNode();
        feature.put("type", "Feature");
        feature.set("geometry", GeoJson.write(geometry));
        feature.set("properties", properties);
        return feature;
    }

    static ArrayNode sortedTexts(Set<String> texts) {
        ArrayNode array = JsonNodeFactory.instance.arrayNode();
        new TreeSet<>(texts).forEach(array::add);
        return array;
    }
}
