package city.sanitation.app.district;

import city.sanitation.app.infra.BadRequestException;
import city.sanitation.app.infra.BadRequestException.FieldProblem;
import city.sanitation.app.infra.NotFoundException;
import city.sanitation.dataset.DatasetProblem;
import city.sanitation.dataset.InvalidDatasetException;
import city.sanitation.dataset.LoadedDataset;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Toilets, hydrants and washing requirements edited one at a time, in the dataset file's own format (GeoJSON features
 * for toilets and hydrants). An edit changes a copy of the stored document, which is then checked as a whole by the
 * dataset reader; only a document that passes becomes the district's new version.
 */
@Service
public class DatasetElements {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final DistrictRepository districts;
    private final DatasetDocuments documents;
    private final DistrictData data;

    DatasetElements(DistrictRepository districts, DatasetDocuments documents, DistrictData data) {
        this.districts = districts;
        this.documents = documents;
        this.data = data;
    }

    /** A list of a dataset's elements that can be edited one by one. */
    public enum ElementList {
        TOILETS("toilet", "toilet"),
        HYDRANTS("hydrant", "hydrant"),
        SALT_DEPOTS("salt depot", "salt_depot"),
        WASHING_REQUIREMENTS("washing requirement", null);

        private final String what;
        /** The GeoJSON feature kind, or null for the elements of {@code washing.requirements}. */
        private final String featureKind;

        ElementList(String what, String featureKind) {
            this.what = what;
            this.featureKind = featureKind;
        }

        boolean isFeature() {
            return featureKind != null;
        }

        private ArrayNode array(ObjectNode root) {
            // The stored documents were written by the dataset writer, which always writes both arrays.
            return isFeature()
                    ? (ArrayNode) root.get("features")
                    : (ArrayNode) root.get("washing").get("requirements");
        }

        private String pointer(int index) {
            return (isFeature() ? "/features/" : "/washing/requirements/") + index;
        }

        private boolean holds(JsonNode element) {
            return !isFeature()
                    || featureKind.equals(
                            element.path("properties").path("kind").asText());
        }

        private String idOf(JsonNode element) {
            return isFeature()
                    ? element.path("properties").path("id").asText(null)
                    : element.path("id").asText(null);
        }
    }

    static String shortened(String text) {
        return text.length() <= 64 ? text : text.substring(0, 64) + "…";
    }

    /** The elements as stored in the current version: a FeatureCollection, or an array of requirements. */
    public String list(String districtId, ElementList list) {
        ObjectNode root = currentDocument(districtId);
        ArrayNode elements = JSON.createArrayNode();
        list.array(root).forEach(element -> {
            if (list.holds(element)) {
                elements.add(element);
            }
        });
        if (!list.isFeature()) {
            return elements.toString();
        }
        ObjectNode collection = JSON.createObjectNode().put("type", "FeatureCollection");
        collection.set("features", elements);
        return collection.toString();
    }

    /** Adds the element with this id, or replaces it. */
    @Transactional
    public DatasetVersion put(String districtId, ElementList list, String id, String body, String actor) {
        if (!id.matches(VehicleRequest.ID)) {
            throw new BadRequestException(
                    list.isFeature() ? "properties.id" : "id", "(" + shortened(id) + ") " + VehicleRequest.ID_RULE);
        }
        ObjectNode element = parseElement(list, id, body);
        districts.lockForChange(districtId);
        ObjectNode root = currentDocument(districtId);
        ArrayNode array = list.array(root);
        int index = indexOf(list, array, id);
        boolean added = index < 0;
        if (added) {
            array.add(element);
            index = array.size() - 1;
        } else {
            array.set(index, element);
        }
        return store(districtId, root, list, index, list.what + " " + id + (added ? " added" : " changed"), actor);
    }

    @Transactional
    public DatasetVersion remove(String districtId, ElementList list, String id, String actor) {
        districts.lockForChange(districtId);
        ObjectNode root = currentDocument(districtId);
        ArrayNode array = list.array(root);
        int index = indexOf(list, array, id);
        if (index < 0) {
            throw new NotFoundException(list.what, id);
        }
        array.remove(index);
        return store(districtId, root, list, -1, list.what + " " + id + " removed", actor);
    }

    private ObjectNode currentDocument(String districtId) {
        districts.get(districtId);
        try {
            return (ObjectNode) JSON.readTree(districts.document(districts.currentVersionId(districtId)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("The stored dataset of district (" + districtId + ") is not JSON.", e);
        }
    }

    private static int indexOf(ElementList list, ArrayNode array, String id) {
        for (int i = 0; i < array.size(); i++) {
            if (list.holds(array.get(i)) && id.equals(list.idOf(array.get(i)))) {
                return i;
            }
        }
        return -1;
    }

    /** The request body as an element of the list, with the id of the path; the rest is checked with the dataset. */
    private static ObjectNode parseElement(ElementList list, String id, String body) {
        JsonNode node;
        try {
            node = JSON.readTree(body == null ? "" : body);
        } catch (JsonProcessingException e) {
            throw new BadRequestException("body", "is not JSON: " + e.getOriginalMessage());
        }
        if (!(node instanceof ObjectNode element)) {
            throw new BadRequestException(
                    "body", "must be a JSON object" + (list.isFeature() ? " (a GeoJSON Feature)" : ""));
        }
        ObjectNode idHolder = element;
        if (list.isFeature()) {
            if (!"Feature".equals(element.path("type").asText())) {
                throw new BadRequestException(
                        "type", "must be \"Feature\": a " + list.what + " is a GeoJSON Feature with a Point geometry");
            }
            if (!(element.get("properties") instanceof ObjectNode properties)) {
                throw new BadRequestException("properties", "must be an object");
            }
            idHolder = properties;
            JsonNode kind = properties.get("kind");
            if (kind == null) {
                properties.put("kind", list.featureKind);
            } else if (!list.featureKind.equals(kind.asText())) {
                throw new BadRequestException(
                        "properties.kind", "(" + kind.asText() + ") must be " + list.featureKind + " here");
            }
        }
        String prefix = list.isFeature() ? "properties." : "";
        JsonNode bodyId = idHolder.get("id");
        if (bodyId == null) {
            idHolder.put("id", id);
        } else if (!id.equals(bodyId.asText())) {
            throw new BadRequestException(
                    prefix + "id", "(" + bodyId.asText() + ") must be the id of the path (" + id + ")");
        }
        return element;
    }

    private DatasetVersion store(
            String districtId, ObjectNode root, ElementList list, int index, String note, String actor) {
        LoadedDataset checked;
        try {
            checked = documents.read(root.toString(), note);
        } catch (InvalidDatasetException e) {
            throw new BadRequestException(fields(e.problems(), index < 0 ? null : list.pointer(index)));
        }
        return data.store(districtId, checked.dataset(), note, actor);
    }

    /**
     * The problems found by the dataset reader, named by the field of the edited element where they are in it (e.g.
     * {@code properties.roundsPerDay}), else by their place in the whole document.
     */
    private static List<FieldProblem> fields(List<DatasetProblem> problems, String elementPointer) {
        List<FieldProblem> fields = new ArrayList<>();
        for (DatasetProblem problem : problems) {
            String path = problem.path();
            String field;
            if (elementPointer != null && path.startsWith(elementPointer + "/")) {
                field = path.substring(elementPointer.length() + 1).replace('/', '.');
            } else if (elementPointer != null && path.equals(elementPointer)) {
                field = "body";
            } else {
                field = path.isEmpty() ? "body" : path;
            }
            fields.add(new FieldProblem(field, problem.reason()));
        }
        return fields;
    }
}
